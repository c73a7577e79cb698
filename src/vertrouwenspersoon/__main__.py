"""Entry point: a known subcommand runs the command line, anything else starts the desktop app.

This is the only module that knows both the CLI and the GUI; the CLI itself never imports Qt widgets.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from vertrouwenspersoon.security.hygiene import harden_process

    harden_process()
    if not _wants_app(argv):
        from vertrouwenspersoon import cli

        return cli.main(argv)
    from vertrouwenspersoon.gui.app import run_app

    return run_app(argv)


def _wants_app(argv: list[str]) -> bool:
    """`vertrouwenspersoon [--vault DIR]` starts the app; everything else is the CLI's to judge."""
    return not argv or argv[0] == "--vault" or argv[0].startswith("--vault=")


if __name__ == "__main__":
    raise SystemExit(main())
