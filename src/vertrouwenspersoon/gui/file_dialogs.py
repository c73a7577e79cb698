"""File choosers as injectable callables, so tests decide where files go without a modal dialog.

The recovery sheet and backups are written only where the advisor picks: pages receive a
chooser, the app passes the real QFileDialog one, tests pass a function returning a tmp path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

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
