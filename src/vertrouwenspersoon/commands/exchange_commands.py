"""`import` and `export`: cases in and out in the exchange format (CONTRACT.md).

Export is sealed with a passphrase unless the advisor explicitly asks for --plain, which is
announced on the terminal first. Import is all or nothing and reports the first error by case
and field.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vertrouwenspersoon import app_context, messages
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault, reader
from vertrouwenspersoon.domain.reference import is_reference
from vertrouwenspersoon.errors import UsageError
from vertrouwenspersoon.exchange.json_file import write_export
from vertrouwenspersoon.exchange.loader import load_cases
from vertrouwenspersoon.policy import load_settings

messages.register(
    {
        "import.done": ("{count} dossier(s) geïmporteerd.", "{count} case(s) imported."),
        "import.progress": ("Importeren: {done}/{total}", "Importing: {done}/{total}"),
        "export.done": (
            "{count} dossier(s) geëxporteerd naar {path} ({kind}).",
            "{count} case(s) exported to {path} ({kind}).",
        ),
        "export.sealed": ("versleuteld met wachtwoordzin", "sealed with a passphrase"),
        "export.plain": ("ONVERSLEUTELD", "UNENCRYPTED"),
        "export.plain-warning": (
            "Let op: --plain schrijft de dossiers ONVERSLEUTELD, met namen en notities, naar {path}. "
            "Bewaar of verstuur dit bestand niet onbeveiligd en verwijder het zodra het niet meer nodig is.",
            "Warning: --plain writes the cases UNENCRYPTED, with names and notes, to {path}. "
            "Do not keep or send this file unprotected, and delete it as soon as it is no longer needed.",
        ),
        "export.bad-reference": (
            "--case verwacht een dossiernummer van de vorm JJJJ-NNN (bijvoorbeeld 2026-014).",
            "--case expects a case reference of the form YYYY-NNN (for example 2026-014).",
        ),
    }
)


def _reference_arg(text: str) -> str:
    """A case reference, checked before the vault is opened; anything else is not repeated back."""
    if not is_reference(text):
        raise UsageError("export.bad-reference")
    return text


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else "\r"
        print(messages.text("import.progress", done=done, total=total), end=end, file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    secrets = reader(args)
    settings = load_settings()
    with open_vault(args, secrets) as vault:
        repo = app_context.case_repository(vault, settings)
        cases = load_cases(
            args.file, repo.taxonomy, passphrase=lambda: secrets.read("file-passphrase"), progress=_progress
        )
        repo.import_cases(cases, progress=_progress)
    print(messages.text("import.done", count=len(cases)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    secrets = reader(args)
    with open_vault(args, secrets) as vault:
        repo = app_context.case_repository(vault)
        cases = [repo.load_reference(args.case)] if args.case else list(repo.all_cases())
        if args.plain:
            print(messages.text("export.plain-warning", path=args.out), file=sys.stderr)
            passphrase = None
        else:
            passphrase = secrets.new_passphrase()
        write_export(args.out, cases, passphrase=passphrase)
        vault.record("case.export", "case" if args.case else "cases", args.case or str(len(cases)))
    kind = messages.text("export.plain" if args.plain else "export.sealed")
    print(messages.text("export.done", count=len(cases), path=args.out, kind=kind))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="import cases from the exchange format (.json, sealed) or .csv/.xlsx")
    add_vault_option(imp, required=True)
    add_stdin_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE", help=".json (plain or sealed), .csv or .xlsx")
    imp.set_defaults(run=run_import)
    exp = sub.add_parser("export", help="export cases, sealed with a passphrase (or --plain JSON)")
    add_vault_option(exp, required=True)
    add_stdin_option(exp)
    exp.add_argument(
        "--case", type=_reference_arg, metavar="REF", default=None, help="only this case (its reference)"
    )
    exp.add_argument("--plain", action="store_true", help="write unencrypted JSON (after a warning)")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write")
    exp.set_defaults(run=run_export)
