"""The window's place and size, remembered between sessions: geometry only, never anything it showed.

A first start fits the screen it opens on (a 1280×720 laptop beside Teams included); later starts come back
where the advisor left the window, clamped to a screen that is still there.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from vertrouwenspersoon import paths
from vertrouwenspersoon.store import atomic

PREFERRED = QSize(1100, 700)
FILE_NAME = "window-geometry"


def state_file() -> Path:
    return paths.config_dir() / FILE_NAME


def restore(window: QWidget, path: Path | None = None) -> None:
    """Last session's geometry if there is one, else the preferred size within the available screen."""
    target = path or state_file()
    with contextlib.suppress(OSError):
        if target.is_file() and window.restoreGeometry(QByteArray(target.read_bytes())):
            _keep_on_screen(window)
            return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else PREFERRED
    window.resize(
        max(window.minimumSizeHint().width(), min(PREFERRED.width(), available.width() - 40)),
        max(window.minimumSizeHint().height(), min(PREFERRED.height(), available.height() - 60)),
    )


def save(window: QWidget, path: Path | None = None) -> None:
    """Keep the geometry (a few bytes of position and size) beside the user's settings."""
    target = path or state_file()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(target, bytes(window.saveGeometry().data()))


def _keep_on_screen(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    size = window.size().boundedTo(area.size())
    window.resize(size)
    if not area.intersects(window.frameGeometry()):
        window.move(area.topLeft())
