"""The command line: a stable contract that scripts and tests rely on (DESIGN.md "Command line").

Each group of subcommands lives in its own module under `commands/` and registers itself here.
The CLI never imports the GUI; errors become one sentence on stderr and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from vertrouwenspersoon import __version__, messages
from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.errors import UsageError, VpError
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.store.output_guard import refuse_inside_vault

# Modules with `register(subparsers)`; each adds its subcommands with `set_defaults(run=...)`.
COMMAND_MODULES = (
    "vertrouwenspersoon.commands.vault_commands",
    "vertrouwenspersoon.commands.case_commands",
    "vertrouwenspersoon.commands.report_commands",
    "vertrouwenspersoon.commands.exchange_commands",
    "vertrouwenspersoon.commands.stats_commands",
)

EXIT_USAGE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130

messages.register(
    {
        "cli.interrupted": (
            "Afgebroken; er is niets half opgeslagen.",
            "Interrupted; nothing was half saved.",
        ),
        "cli.file": (
            "{path}: {detail}. Controleer de naam en de map van het bestand.",
            "{path}: {detail}. Check the file's name and folder.",
        ),
        "cli.usage": (
            "{detail}. Gebruik --help voor de mogelijkheden.",
            "{detail}. Use --help to see the options.",
        ),
    }
)


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors; DESIGN.md reserves 2 for bad input, so usage is 1."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError("cli.usage", detail=message[:1].upper() + message[1:])


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vertrouwenspersoon", description="Vertrouwenspersoon — encrypted offline case file"
    )
    parser.add_argument("--version", action="version", version=f"vertrouwenspersoon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "run", None):
            build_parser().print_help()
            return EXIT_USAGE
        if getattr(args, "out", None) is not None:  # every command's output file or folder
            refuse_inside_vault(Path(args.out))
        _report_policy_problems()
        return int(args.run(args) or 0)
    except VpError as error:
        print(error.message(), file=sys.stderr)
        return error.exit_code
    except DomainError as error:  # invalid case data: names case and field, never the content
        print(error.describe(messages.current_language()), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(messages.text("cli.interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (keeps the interpreter from failing at exit)
        return 0
    except OSError as error:  # a file the user named: one sentence, never a traceback
        path = error.filename or ""
        print(
            messages.text("cli.file", path=path, detail=error.strerror or type(error).__name__),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


def _report_policy_problems() -> None:
    """Say on stderr what of the policy or the user's settings was ignored (the app's settings page shows
    the same): a broken policy never stops a command, but nobody should work on a default unknowingly."""
    for warning in load_settings().warnings:
        print(warning.message(), file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
