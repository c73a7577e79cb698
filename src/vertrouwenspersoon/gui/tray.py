"""The tray icon: the overdue count and nothing else, so a glance at the taskbar says "something waits"
without saying what, for whom or in which case. Shown only where the desktop has a tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from vertrouwenspersoon.gui import theme

SIZE = 64


def base_icon() -> QIcon:
    """The program's icon; a plain accent square if it is missing (never a blank tray slot)."""
    from vertrouwenspersoon.paths import resource_dir

    path = resource_dir() / "icons" / "vertrouwenspersoon.svg"
    if path.is_file():
        return QIcon(str(path))
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(theme.ACCENT)
    return QIcon(pixmap)


def with_count(icon: QIcon, count: int) -> QIcon:
    """`icon` with a red badge holding the count (9+ above nine)."""
    if count <= 0:
        return icon
    pixmap = icon.pixmap(SIZE, SIZE)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRectF(SIZE * 0.42, SIZE * 0.42, SIZE * 0.58, SIZE * 0.58)
    painter.setBrush(theme.OVERDUE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(SIZE * 0.34))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "9+" if count > 9 else str(count))
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    show_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base_icon()
        self.icon = QSystemTrayIcon(self.base, self)
        self.menu = QMenu()
        self.show_action = QAction(self)
        self.lock_action = QAction(self)
        self.quit_action = QAction(self)
        for action, signal in (
            (self.show_action, self.show_requested),
            (self.lock_action, self.lock_requested),
            (self.quit_action, self.quit_requested),
        ):
            action.triggered.connect(signal)
            self.menu.addAction(action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.count = 0
        self.retranslate()

    def set_overdue(self, count: int) -> None:
        self.count = max(0, count)
        self.icon.setIcon(with_count(self.base, self.count))
        self.retranslate()

    def retranslate(self) -> None:
        tip = "Vertrouwenspersoon"
        if self.count:
            tip += " — " + QCoreApplication.translate("Tray", "%1 te laat").replace("%1", str(self.count))
        self.icon.setToolTip(tip)
        self.show_action.setText(QCoreApplication.translate("Tray", "Venster tonen"))
        self.lock_action.setText(QCoreApplication.translate("Tray", "Vergrendelen"))
        self.quit_action.setText(QCoreApplication.translate("Tray", "Afsluiten"))

    def show(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()
