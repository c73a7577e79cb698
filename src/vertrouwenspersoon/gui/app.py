"""`vertrouwenspersoon [--vault DIR]`: the desktop app.

Imports stay lazy (only QtWidgets, settings and the shell before the first window) so the
unlock screen appears well within 1.5 s; process hardening already happened in __main__.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vertrouwenspersoon import messages

messages.register(
    {
        "gui.system-libraries": (
            "Vertrouwenspersoon kan niet starten: deze computer mist wat Qt nodig heeft ({names}). Installeer "
            "het met een van deze opdrachten en start dan opnieuw:\n{commands}",
            "Vertrouwenspersoon cannot start: this computer lacks what Qt needs ({names}). Install it with one "
            "of these commands, then start again:\n{commands}",
        )
    }
)


def _vault_dir(argument: str | None, settings) -> Path:  # type: ignore[no-untyped-def]
    from vertrouwenspersoon import paths

    if argument:
        return Path(argument).expanduser()
    configured = str(settings.get("default_vault_location") or "")
    if configured:
        return Path(os.path.expandvars(configured)).expanduser()
    return paths.default_vault_dir()


def _system_libraries_missing() -> str | None:
    """Before Qt aborts with its own message: which system packages are missing, and how to install them."""
    from vertrouwenspersoon import system_libraries
    from vertrouwenspersoon.policy import load_settings

    missing = system_libraries.missing_qt_libraries()
    if not missing:
        return None
    commands = system_libraries.install_commands([m.debian for m in missing], [m.fedora for m in missing])
    return messages.text(
        "gui.system-libraries",
        str(load_settings().get("default_language")),
        names=", ".join(m.soname for m in missing),
        commands="\n".join("  " + line for line in commands),
    )


def run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="vertrouwenspersoon")
    parser.add_argument("--vault", metavar="DIR")
    args, qt_args = parser.parse_known_args(argv)
    if problem := _system_libraries_missing():
        print(problem, file=sys.stderr)
        return 2  # bad input (DESIGN.md's exit codes): the machine lacks something the user can install

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # argv[0] names the X11 window class instance: always "vertrouwenspersoon" (the .desktop entry's
    # StartupWMClass), also when started as `python -m vertrouwenspersoon` (argv[0] "__main__.py").
    app = QApplication.instance() or QApplication(["vertrouwenspersoon", *qt_args])
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
