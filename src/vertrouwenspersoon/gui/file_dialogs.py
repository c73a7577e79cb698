"""File choosers as injectable callables, so tests decide where files go without a modal dialog.

The recovery sheet and backups are written only where the advisor picks: pages receive a
chooser, the app passes the real QFileDialog one, tests pass a function returning a tmp path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vertrouwenspersoon import errors
from vertrouwenspersoon.gui.i18n import core_text
from vertrouwenspersoon.store.output_guard import refuse_inside_vault

# (parent, title, suggested file name or start folder, name filter) -> chosen path or None
SaveChooser = Callable[[QWidget | None, str, str, str], Path | None]
OpenChooser = Callable[[QWidget | None, str, str, str], Path | None]


def ask_save_path(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
    """Native save dialog; never a temp folder chosen for the advisor."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, start: str, name_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return Path(path) if path else None


def outside_vaults(chooser: SaveChooser) -> SaveChooser:
    """`chooser`, refusing any place inside a vault folder, as the CLI refuses such an `--out`.

    A report or recovery sheet saved there would sit unencrypted beside the vault (on a stolen laptop, the
    recovery key next to the vault it opens), and one saved over keyslots.json or vault.db destroys it.
    The advisor sees why (a window-modal note, not a blocking one) and chooses again.
    """
    if getattr(chooser, "refuses_vault_folders", False):
        return chooser

    def choose(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> Path | None:
        path = chooser(parent, title, suggested, name_filter)
        if path is None:
            return None
        try:
            refuse_inside_vault(path)
        except errors.BadInputError as refused:
            note = QMessageBox(
                QMessageBox.Icon.Warning, title, core_text(refused.key, **refused.params), parent=parent
            )
            note.setObjectName("outsideVaultNote")
            note.setInformativeText(QCoreApplication.translate("FileDialogs", "Er is niets bewaard."))
            note.open()
            return None
        return path

    choose.refuses_vault_folders = True  # type: ignore[attr-defined]
    return choose
