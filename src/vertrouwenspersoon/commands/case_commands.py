"""Case commands: cases, due, purge, demo. Listings never show aliases or notes (CONTRACT.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from vertrouwenspersoon import app_context, messages
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault, reader
from vertrouwenspersoon.domain.clock import SystemClock
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.errors import BadInputError, UsageError
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.store.vault import Vault, is_vault

messages.register(
    {
        "cases.none": ("Er staan nog geen dossiers in deze kluis.", "There are no cases in this vault yet."),
        "due.none": (
            "Niets te doen tot en met {until}: geen openstaande afspraken of nazorg.",
            "Nothing due up to {until}: no open follow-ups or aftercare.",
        ),
        "due.overdue": ("te laat", "overdue"),
        "due.kind.agreement": ("afspraak", "follow-up"),
        "due.kind.aftercare": ("nazorg", "aftercare"),
        "purge.would": (
            "Van deze {count} dossier(s) zouden de persoonsgegevens nu worden verwijderd:",
            "The personal data of these {count} case(s) would be removed now:",
        ),
        "purge.done": (
            "Persoonsgegevens verwijderd uit {count} dossier(s); de anonieme statistiek blijft.",
            "Personal data removed from {count} case(s); the anonymous statistics remain.",
        ),
        "purge.none": (
            "Er zijn geen dossiers waarvan de bewaartermijn is verstreken.",
            "No case has passed its retention term.",
        ),
        "demo.done": (
            "{count} synthetische dossiers toegevoegd (namen en notities zijn overduidelijk nep).",
            "{count} synthetic cases added (names and notes are obviously fake).",
        ),
        "demo.not-empty": (
            "Demogegevens gaan alleen in een lege kluis; deze bevat al {count} dossier(s).",
            "Demo data only goes into an empty vault; this one already holds {count} case(s).",
        ),
        "date.invalid": (
            "{value} is geen datum van de vorm JJJJ-MM-DD.",
            "{value} is not a date of the form YYYY-MM-DD.",
        ),
        "days.invalid": ("--days moet tussen 0 en 3650 liggen.", "--days must be between 0 and 3650."),
    }
)


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError("date.invalid", value=text) from None


def _days_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError("days.invalid") from None
    if not 0 <= value <= 3650:
        raise UsageError("days.invalid")
    return value


def _print_json(document: dict) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_cases(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        repo = app_context.case_repository(vault)
        rows = repo.rows(sort="reference", descending=False, limit=10**9)
    if args.json:
        _print_json(
            {
                "format": "vertrouwenspersoon-cases-list",
                "version": 1,
                "cases": [
                    {
                        "reference": r.reference,
                        "status": r.status,
                        "opened_on": r.opened_on.isoformat(),
                        "closed_on": r.closed_on.isoformat() if r.closed_on else None,
                        "behaviour": list(r.behaviour),
                        "next_due_on": r.next_due_on.isoformat() if r.next_due_on else None,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    if not rows:
        print(messages.text("cases.none"))
    for r in rows:
        due = r.next_due_on.isoformat() if r.next_due_on else "-"
        print(
            f"{r.reference:<10} {r.status:<15} {r.opened_on.isoformat()}  {due:<10}  {', '.join(r.behaviour)}"
        )
    return 0


def run_due(args: argparse.Namespace) -> int:
    today = args.today or SystemClock().today()
    with open_vault(args) as vault:
        items = app_context.case_repository(vault).due(today, args.days)
    if args.json:
        _print_json(
            {
                "format": "vertrouwenspersoon-due",
                "version": 1,
                "today": today.isoformat(),
                "days": args.days,
                "items": [
                    {
                        "reference": i.reference,
                        "kind": i.kind,
                        "due_on": i.due_on.isoformat(),
                        "overdue": i.overdue,
                    }
                    for i in items
                ],
            }
        )
        return 0
    if not items:
        until = date.fromordinal(today.toordinal() + args.days)
        print(messages.text("due.none", until=until.isoformat()))
    for i in items:
        late = f"  ({messages.text('due.overdue')})" if i.overdue else ""
        print(f"{i.due_on.isoformat()}  {i.reference:<10} {messages.text('due.kind.' + i.kind)}{late}")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    settings = load_settings()
    today = args.today or SystemClock().today()
    months = int(settings.get("retention_months"))
    with open_vault(args) as vault:
        repo = app_context.case_repository(vault, settings)
        if args.dry_run:
            found = [reference for _id, reference in repo.purge_candidates(today, months)]
            if found:
                print(messages.text("purge.would", count=len(found)))
        else:
            found = repo.purge(today, months)
            if found:
                print(messages.text("purge.done", count=len(found)))
    for reference in found:
        print(reference)
    if not found:
        print(messages.text("purge.none"))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    secrets = reader(args)
    if is_vault(args.vault):
        vault = open_vault(args, secrets)
        key_text = None
    else:
        vault, key_text = Vault.create(args.vault, secrets.new_passphrase())
    with vault:
        repo = app_context.case_repository(vault)
        existing = repo.count()
        if existing:
            raise BadInputError("demo.not-empty", count=existing)
        today = SystemClock().today()
        cases = generate_cases(args.seed, args.cases, today.year - args.years + 1, today.year, today)
        repo.import_cases(cases)
    print(messages.text("demo.done", count=len(cases)))
    if key_text:
        print(messages.text("init.recovery-intro"))
        print(key_text)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    def command(name: str, run, help_text: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        parser = sub.add_parser(name, help=help_text, description=help_text)
        add_vault_option(parser, required=True)
        add_stdin_option(parser)
        parser.set_defaults(run=run)
        return parser

    command("cases", run_cases, "list cases (no aliases or notes)").add_argument(
        "--json", action="store_true", help="one JSON document instead of a table"
    )
    due = command("due", run_due, "follow-ups and aftercare due")
    due.add_argument("--days", type=_days_arg, default=14, metavar="N", help="look N days ahead")
    due.add_argument(
        "--today",
        type=_date_arg,
        default=None,
        metavar="YYYY-MM-DD",
        help="count from this day instead of today",
    )
    due.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    purge = command("purge", run_purge, "remove the personal part of cases past their retention term")
    purge.add_argument("--dry-run", action="store_true", help="say what would be removed, remove nothing")
    purge.add_argument("--today", type=_date_arg, default=None, help=argparse.SUPPRESS)
    demo = command("demo", run_demo, "fill an empty (or new) vault with synthetic cases")
    demo.add_argument("--cases", type=int, default=300, metavar="N", help="number of synthetic cases")
    demo.add_argument("--years", type=int, default=3, metavar="Y", help="spread over the last Y years")
    demo.add_argument("--seed", type=int, default=2026, help="the same seed gives the same cases")
