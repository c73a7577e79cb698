"""`report`: the anonymised annual report of this vault, as PDF or JSON (CONTRACT.md "Report JSON").

The same published figures go to either file; `--finalise` records them as the year's published
edition, which the retention rule waits for and next year's disclosure control protects.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault
from vertrouwenspersoon.errors import DamagedVaultError, UsageError
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.reports.api import PublishedReport, build_report
from vertrouwenspersoon.reports.attack_model import Publication
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.facts_source import facts_for_year
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository, advisor_id

messages.register(
    {
        "report.written": ("Jaarverslag {year} geschreven: {file}", "Annual report {year} written: {file}"),
        "report.finalised": (
            "Jaar {year} is afgesloten: deze cijfers gelden als gepubliceerd.",
            "Year {year} is finalised: these figures count as published.",
        ),
        "report.ledger_damaged": (
            "Het register van eerdere publicaties in de kluis is beschadigd; zet een back-up terug.",
            "The vault's register of earlier publications is damaged; restore a backup.",
        ),
        "report.out_kind": ("--out moet eindigen op .pdf of .json", "--out must end in .pdf or .json"),
        "report.year": (
            "--year moet een jaartal tussen 2000 en 2100 zijn",
            "--year must be a year between 2000 and 2100",
        ),
    }
)


def output_kind(out: Path) -> str:
    kind = out.suffix.lower()
    if kind not in (".pdf", ".json"):
        raise UsageError("cli.usage", detail=messages.text("report.out_kind"))
    return kind


def write_report(report: PublishedReport, out: Path) -> None:
    if output_kind(out) == ".pdf":
        report.write_pdf(out)
    else:
        text = json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n"
        atomic.write_bytes(out, text.encode("utf-8"))


def year_report(vault: Vault, year: int, lang: str) -> PublishedReport:
    """Build year Y's report from the vault with the settings' k, protected against the ledger."""
    settings = load_settings()
    years = YearRepository(vault)
    return build_report(
        facts_for_year(vault, year),
        year,
        k=int(settings.get("report_k")),
        narrative=years.narrative(year),
        previous=years.trend_documents(year),
        ledger=vault_ledger(years, year),
        population=advisor_id(vault),
        institution=str(settings.get("institution_name")),
        lang=lang,
    )


def vault_ledger(years: YearRepository, year: int) -> list[Publication]:
    try:
        return publications(years.ledger_around(year))
    except (KeyError, TypeError, ValueError) as error:
        raise DamagedVaultError("report.ledger_damaged") from error


def _year_arg(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise UsageError("cli.usage", detail=messages.text("report.year")) from None
    if not 2000 <= year <= 2100:
        raise UsageError("cli.usage", detail=messages.text("report.year"))
    return year


def run_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    output_kind(out)
    with open_vault(args) as vault:
        report = year_report(vault, args.year, args.lang)
        years = YearRepository(vault)
        years.record_publication(report.record)
        write_report(report, out)
        vault.record("report.create", "year", str(args.year))
        if args.finalise:
            years.finalise(args.year, report.to_json())
    print(messages.text("report.written", year=args.year, file=out))
    if args.finalise:
        print(messages.text("report.finalised", year=args.year))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="write the anonymised annual report (PDF or JSON)")
    add_vault_option(parser, required=True)
    add_stdin_option(parser)
    parser.add_argument("--year", type=_year_arg, required=True, help="the calendar year reported on")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf|FILE.json",
        help="PDF or JSON, by the name's extension",
    )
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=messages.current_language(), help="language of the report"
    )
    parser.add_argument(
        "--finalise", action="store_true", help="record these figures as the year's published edition"
    )
    parser.set_defaults(run=run_report)
