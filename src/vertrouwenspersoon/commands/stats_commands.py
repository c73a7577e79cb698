"""`stats keygen` and `stats merge`: the ombudsperson's side of the statistics bundles (DESIGN.md).

`stats export` seals one year's exact aggregates of the vault to the ombudsperson's public key.
Secrets come from the terminal, or with --passphrase-stdin one line each from standard input
(`commands.secrets_input`): keygen asks the new private-key passphrase, merge the private key's passphrase.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault, reader
from vertrouwenspersoon.commands.report_commands import _year_arg, output_kind, write_report
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.reports import bundle, ledger, statistics
from vertrouwenspersoon.reports.api import report_from_merged
from vertrouwenspersoon.reports.bundle_checks import listed_units_only
from vertrouwenspersoon.reports.disclosure import cell_values
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.store.facts_source import facts_for_year
from vertrouwenspersoon.store.years import YearRepository, advisor_id

messages.register(
    {
        "stats.help": (
            "statistiekbundels voor de ombudsfunctionaris",
            "statistics bundles for the ombudsperson",
        ),
        "stats.keygen_help": (
            "maak het sleutelpaar van de ombudsfunctionaris",
            "make the ombudsperson's key pair",
        ),
        "stats.merge_help": ("voeg bundels samen tot één verslag", "merge bundles into one report"),
        "stats.keys_written": (
            "Publieke sleutel: {public}\nPrivésleutel: {private}",
            "Public key: {public}\nPrivate key: {private}",
        ),
        "stats.export_help": (
            "verzegel de jaarcijfers voor de ombudsfunctionaris",
            "seal the year's figures for the ombudsperson",
        ),
        "stats.exported": (
            "Statistiekbundel {year} verzegeld voor de ombudsfunctionaris: {file}",
            "Statistics bundle {year} sealed for the ombudsperson: {file}",
        ),
        "stats.report_written": ("Verslag geschreven: {file}", "Report written: {file}"),
    }
)


def _run_keygen(args: argparse.Namespace) -> int:
    public, private = bundle.keygen(args.out, reader(args).new_passphrase())
    print(messages.text("stats.keys_written", public=public, private=private))
    return 0


def _run_merge(args: argparse.Namespace) -> int:
    out = Path(args.out)
    output_kind(out)
    passphrase = reader(args).read("file-passphrase")
    key = bundle.load_private_key(args.key, passphrase)
    k = int(load_settings().get("report_k"))
    earlier = bundle.load_ledger(args.key, key)
    merged = bundle.merge(args.files, key)
    report = report_from_merged(
        merged.per_year,
        k=k,
        institution=args.institution,
        lang=args.lang,
        parts=merged.parts,
        ledger=publications([*merged.published, *earlier]),
    )
    bundle.append_ledger(args.key, report.merge_records)
    write_report(report, out)
    print(messages.text("stats.report_written", file=out))
    return 0


def _run_export(args: argparse.Namespace) -> int:
    settings = load_settings()
    units = tuple(settings.get("units") or ())
    with open_vault(args) as vault:
        # only the institution's units leave the laptop (others count as unknown), as the record says
        figures = listed_units_only(statistics.compute(facts_for_year(vault, args.year), args.year), units)
        years = YearRepository(vault)
        population = advisor_id(vault)
        k = int(settings.get("report_k"))
        bundle.load_public_key(args.to)
        years.record_publication(ledger.bundle_record(population, args.year, k, cell_values(figures, k)))
        bundle.export_bundle(
            figures,
            population,
            args.year,
            args.to,
            args.out,
            published=years.ledger((args.year,)),
            units=units,
        )
        vault.record("stats.export", "year", str(args.year))
    print(messages.text("stats.exported", year=args.year, file=args.out))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    stats = subparsers.add_parser("stats", help=messages.text("stats.help"))
    sub = stats.add_subparsers(dest="stats_command", metavar="STATS_COMMAND", parser_class=type(stats))
    stats.set_defaults(run=lambda _args: stats.error("choose keygen or merge"))
    keygen = sub.add_parser("keygen", help=messages.text("stats.keygen_help"))
    keygen.add_argument("--out", required=True, metavar="DIR", help="folder for the public and private key")
    add_stdin_option(keygen)
    keygen.set_defaults(run=_run_keygen)
    merge = sub.add_parser("merge", help=messages.text("stats.merge_help"))
    merge.add_argument("--key", required=True, metavar="PRIVKEY", help="the ombudsperson's private key file")
    merge.add_argument("files", nargs="+", metavar="FILE", help="the advisors' statistics bundles")
    merge.add_argument(
        "--out", required=True, metavar="FILE.pdf|FILE.json", help="PDF or JSON, by the name's extension"
    )
    merge.add_argument(
        "--lang", choices=("nl", "en"), default=messages.current_language(), help="language of the report"
    )
    merge.add_argument("--institution", default="", help="name printed on the merged report")
    add_stdin_option(merge)
    merge.set_defaults(run=_run_merge)
    export = sub.add_parser("export", help=messages.text("stats.export_help"))
    add_vault_option(export, required=True)
    export.add_argument("--year", type=_year_arg, required=True, help="the calendar year")
    export.add_argument("--to", required=True, metavar="PUBKEY", help="the ombudsperson's public key file")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the sealed bundle to write")
    add_stdin_option(export)
    export.set_defaults(run=_run_export)
