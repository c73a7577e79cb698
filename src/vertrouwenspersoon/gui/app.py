"""`vertrouwenspersoon [--vault DIR]`: the desktop app.

Imports stay lazy (only QtWidgets, settings and the shell before the first window) so the
unlock screen appears well within 1.5 s; process hardening already happened in __main__.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _vault_dir(argument: str | None, settings) -> Path:  # type: ignore[no-untyped-def]
    from vertrouwenspersoon import paths

    if argument:
        return Path(argument).expanduser()
    configured = str(settings.get("default_vault_location") or "")
    if configured:
        return Path(os.path.expandvars(configured)).expanduser()
    return paths.default_vault_dir()


def run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vertrouwenspersoon")
    parser.add_argument("--vault", metavar="DIR")
    args, qt_args = parser.parse_known_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Vertrouwenspersoon")
    app.setApplicationDisplayName("Vertrouwenspersoon")
    app.setOrganizationName("Vertrouwenspersoon")
    app.setDesktopFileName("nl.vertrouwenspersoon")  # matches the .desktop entry and icon names

    from vertrouwenspersoon.gui import i18n, theme, wheel_guard
    from vertrouwenspersoon.policy import load_settings

    theme.apply(app)  # type: ignore[arg-type]
    wheel_guard.install()
    settings = load_settings()
    i18n.set_language(str(settings.get("default_language")))

    from vertrouwenspersoon import messages
    from vertrouwenspersoon.gui.shell import AppShell
    from vertrouwenspersoon.gui.single_instance import SingleInstance

    vault_dir = _vault_dir(args.vault, settings)
    instance = SingleInstance(vault_dir, app)
    if not instance.acquire():  # before any passphrase is asked for
        print(messages.text("gui.already-open", i18n.language()), file=sys.stderr)
        return 0
    shell = AppShell(vault_dir, settings)
    instance.raise_requested.connect(shell.bring_to_front)
    shell.show()
    try:
        return int(app.exec())
    finally:
        instance.release()
