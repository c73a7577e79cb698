"""Copying a field: mark it sensitive for clipboard managers and clear it after 30 seconds.

The MIME data carries the hints that keep clipboard history and sync away from it
(KDE/Klipper `x-kde-passwordManagerHint`, Windows' exclusion formats, macOS' concealed type).
We remember only a hash of what we copied, and clear the clipboard on timeout, lock and quit —
and only if it still holds our text, so we never wipe something the advisor copied elsewhere.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from vertrouwenspersoon.domain.clock import Clock

CLEAR_AFTER = timedelta(seconds=30)
CHECK_INTERVAL_MS = 1000

HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
    "org.nspasteboard.ConcealedType": b"",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for name, value in HINTS.items():
        mime.setData(name, value)
    return mime


class SensitiveClipboard(QObject):
    def __init__(
        self, clock: Clock, clipboard: QClipboard | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._clipboard = clipboard
        self._digest: bytes | None = None
        self._copied_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_expiry)

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        self.clipboard.setMimeData(sensitive_mime(text))
        self._digest = _digest(text)
        self._copied_at = self.clock.now()
        self._timer.start()

    @property
    def holds_ours(self) -> bool:
        return self._digest is not None and _digest(self.clipboard.text()) == self._digest

    def check_expiry(self) -> bool:
        """Clear once 30 s have passed on the clock; True when it cleared."""
        if self._copied_at is None or self.clock.now() - self._copied_at < CLEAR_AFTER:
            return False
        return self.clear_if_ours()

    def clear_if_ours(self) -> bool:
        ours = self.holds_ours
        if ours:
            self.clipboard.clear()
        self._digest = None
        self._copied_at = None
        self._timer.stop()
        return ours
