"""`stats keygen` and `stats merge`: the ombudsperson's side of the statistics bundles (DESIGN.md).

`stats export` needs the vault and is wired by the vault commands through `reports.bundle.export_bundle`.
Secrets come from the terminal, or with --passphrase-stdin one line each from standard input
(`commands.secrets_input`): keygen asks the new private-key passphrase, merge the private key's passphrase.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.commands.common import add_stdin_option, reader
from vertrouwenspersoon.errors import UsageError
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.reports.api import report_from_merged
from vertrouwenspersoon.reports.atomic_file import write_atomic

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
        "stats.out_kind": ("--out moet eindigen op .pdf of .json", "--out must end in .pdf or .json"),
        "stats.report_written": ("Verslag geschreven: {file}", "Report written: {file}"),
    }
)


def _run_keygen(args: argparse.Namespace) -> int:
    public, private = bundle.keygen(args.out, reader(args).new_passphrase())
    print(messages.text("stats.keys_written", public=public, private=private))
    return 0


def _run_merge(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".json"):
        raise UsageError("cli.usage", detail=messages.text("stats.out_kind"))
    passphrase = reader(args).read("file-passphrase")
    key = bundle.load_private_key(args.key, passphrase)
    report = report_from_merged(bundle.merge(args.files, key), institution=args.institution, lang=args.lang)
    if kind == ".pdf":
        report.write_pdf(out)
    else:
        write_atomic(out, (json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    print(messages.text("stats.report_written", file=out))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    stats = subparsers.add_parser("stats", help=messages.text("stats.help"))
    sub = stats.add_subparsers(dest="stats_command", metavar="STATS_COMMAND", parser_class=type(stats))
    stats.set_defaults(run=lambda _args: stats.error("choose keygen or merge"))
    keygen = sub.add_parser("keygen", help=messages.text("stats.keygen_help"))
    keygen.add_argument("--out", required=True, metavar="DIR")
    add_stdin_option(keygen)
    keygen.set_defaults(run=_run_keygen)
    merge = sub.add_parser("merge", help=messages.text("stats.merge_help"))
    merge.add_argument("--key", required=True, metavar="PRIVKEY")
    merge.add_argument("files", nargs="+", metavar="FILE")
    merge.add_argument("--out", required=True, metavar="FILE.pdf|FILE.json")
    merge.add_argument("--lang", choices=("nl", "en"), default=messages.current_language())
    merge.add_argument("--institution", default="")
    add_stdin_option(merge)
    merge.set_defaults(run=_run_merge)
