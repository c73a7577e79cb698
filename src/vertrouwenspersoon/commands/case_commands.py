"""Case commands: cases, due, purge, demo. Listings never show aliases or notes (CONTRACT.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta

from vertrouwenspersoon import app_context, messages
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault, reader
from vertrouwenspersoon.domain.clock import SystemClock
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.domain.validation import EARLIEST, LATEST
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
            "--today: {value} is geen datum van de vorm JJJJ-MM-DD.",
            "--today: {value} is not a date of the form YYYY-MM-DD.",
        ),
        "days.invalid": ("--days moet tussen 0 en 3650 liggen.", "--days must be between 0 and 3650."),
        "date.out-of-range": (
            "{option} moet tussen {earliest} en {latest} liggen.",
            "{option} must be between {earliest} and {latest}.",
        ),
        "demo.bound": (
            "{option} moet een geheel getal tussen {low} en {high} zijn.",
            "{option} must be a whole number between {low} and {high}.",
        ),
    }
)

# Bounds checked by argparse, so a usage error (exit 1) comes before any vault is opened or created.
DEMO_MAX_YEARS = 50
DEMO_MAX_CASES = 20_000
MAX_DAYS = 3650


def _date_arg(text: str) -> date:
    """A day no case can lie outside of (domain/validation.py), so `today + --days` never overflows."""
    if not (text.isascii() and len(text) == 10):  # fromisoformat also reads fullwidth digits
        raise UsageError("date.invalid", value=text[:20])
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError("date.invalid", value=text) from None
    if not EARLIEST <= day <= LATEST:
        raise UsageError(
            "date.out-of-range", option="--today", earliest=EARLIEST.isoformat(), latest=LATEST.isoformat()
        )
    return day


def _bounded_int(text: str, low: int, high: int) -> int | None:
    """An ASCII whole number in [low, high], or None; never converts a 5,000-digit text."""
    text = text.strip()
    digits = text[1:] if text[:1] in "+-" else text
    if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(high)):
        return None
    value = int(text)
    return value if low <= value <= high else None


def _days_arg(text: str) -> int:
    value = _bounded_int(text, 0, MAX_DAYS)
    if value is None:
        raise UsageError("days.invalid")
    return value


def _demo_arg(option: str, low: int, high: int):  # type: ignore[no-untyped-def]
    def parse(text: str) -> int:
        value = _bounded_int(text, low, high)
        if value is None:
            raise UsageError("demo.bound", option=option, low=low, high=high)
        return value

    return parse


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
        until = today + timedelta(days=args.days)  # --today and --days are bounded: no overflow
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
    """Synthetic cases into an empty or new vault.

    The arguments are bounded by argparse and the cases are made before a vault is created, so nothing
    about them can fail once a new vault exists (`demo --years 3000` crashed there, and the new vault's
    recovery key was never printed)."""
    settings = load_settings()
    today = SystemClock().today()
    units = tuple(settings.get("units") or ())  # a unit must be one of the institution's own
    cases = generate_cases(args.seed, args.cases, today.year - args.years + 1, today.year, today, units)
    secrets = reader(args)
    if is_vault(args.vault):
        vault = open_vault(args, secrets)
    else:
        from vertrouwenspersoon.commands.vault_commands import recovery_key_printer

        # the key is printed (and flushed) just before the new vault becomes the folder's, before it is
        # filled: a SIGKILL anywhere leaves no vault or one whose recovery key was shown
        vault, _key = Vault.create(
            args.vault,
            secrets.new_passphrase(),
            show_recovery_key=recovery_key_printer(args.passphrase_stdin),
        )
    with vault:
        repo = app_context.case_repository(vault, settings)
        existing = repo.count()
        if existing:
            raise BadInputError("demo.not-empty", count=existing)
        repo.import_cases(cases)
    print(messages.text("demo.done", count=len(cases)))
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
    demo.add_argument(
        "--cases",
        type=_demo_arg("--cases", 1, DEMO_MAX_CASES),
        default=300,
        metavar="N",
        help=f"number of synthetic cases (1 to {DEMO_MAX_CASES})",
    )
    demo.add_argument(
        "--years",
        type=_demo_arg("--years", 1, DEMO_MAX_YEARS),
        default=3,
        metavar="Y",
        help=f"spread over the last Y years (1 to {DEMO_MAX_YEARS})",
    )
    demo.add_argument(
        "--seed",
        type=_demo_arg("--seed", 0, 2**63 - 1),
        default=2026,
        help="the same seed gives the same cases",
    )
