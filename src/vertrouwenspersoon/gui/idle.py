"""Auto-lock after idle time, measured with an injected clock.

An application-wide event filter records the clock's time at every keyboard, mouse or touch
event; a coarse QTimer calls `check_idle()`, which emits `idle` once the advisor has been away
for the configured minutes. Tests advance a FixedClock and call `check_idle()` directly, so
nothing ever sleeps; the timer only decides how promptly the lock follows in real use.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from vertrouwenspersoon.domain.clock import Clock

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)
CHECK_INTERVAL_MS = 10_000


class IdleMonitor(QObject):
    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timeout = timedelta(minutes=minutes)
        self.last_activity = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_idle)
        self._active = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.last_activity = self.clock.now()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self.timeout = timedelta(minutes=minutes)

    def touch(self) -> None:
        self.last_activity = self.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_activity = self.clock.now()
        return False

    def check_idle(self) -> bool:
        """Emit `idle` (once) when the idle time has passed; True if it did."""
        if not self._active or self.clock.now() - self.last_activity < self.timeout:
            return False
        self.stop()
        self.idle.emit()
        return True
