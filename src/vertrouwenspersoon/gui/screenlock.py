"""Lock when the operating system locks the screen, where the platform tells us (best effort).

Linux: the session bus's org.freedesktop.ScreenSaver and org.gnome.ScreenSaver `ActiveChanged`
signals (KDE, GNOME, most others). Without a session bus, or on other platforms, this quietly
does nothing: the idle lock still applies.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot

SERVICES = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = 0

    def start(self) -> int:
        """Subscribe to what the session bus offers; returns how many subscriptions took."""
        if not sys.platform.startswith("linux"):
            return 0
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return 0
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return 0
        for service, path, interface in SERVICES:
            try:
                if bus.connect(service, path, interface, "ActiveChanged", self, "1on_active_changed(bool)"):
                    self.connected += 1
            except (RuntimeError, TypeError):
                continue
        return self.connected

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
