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
    """Our copies: marked sensitive, cleared after 30 s and on lock.

    `watch()` adopts every text this application puts on CLIPBOARD or (X11) PRIMARY — Ctrl+C or Cut in a
    notes field, a context menu's Copy, or merely selecting text — so no copy of case text outlives the
    lock, whichever widget made it. Text another program owns is never touched."""

    def __init__(
        self, clock: Clock, clipboard: QClipboard | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._clipboard = clipboard
        self._held: dict[QClipboard.Mode, tuple[bytes, datetime]] = {}
        self._marking = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_expiry)

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def watch(self) -> None:
        # bound methods, not lambdas: Qt drops the connection when this object is deleted
        board = self.clipboard
        board.dataChanged.connect(self._adopt_clipboard)
        board.selectionChanged.connect(self._adopt_selection)

    def _adopt_clipboard(self) -> None:
        self._adopt(QClipboard.Mode.Clipboard)

    def _adopt_selection(self) -> None:
        self._adopt(QClipboard.Mode.Selection)

    def copy(self, text: str) -> None:
        self._set(text, QClipboard.Mode.Clipboard)

    def _set(self, text: str, mode: QClipboard.Mode) -> None:
        self._marking = True
        try:
            self.clipboard.setMimeData(sensitive_mime(text), mode)
        finally:
            self._marking = False
        self._held[mode] = (_digest(text), self.clock.now())
        self._timer.start()

    def _adopt(self, mode: QClipboard.Mode) -> None:
        if self._marking:
            return
        board = self.clipboard
        if not _owns(board, mode):
            self._held.pop(mode, None)  # another program's text now: not ours to clear
            return
        text = board.text(mode)
        if not text:
            return
        mime = board.mimeData(mode)
        if mode == QClipboard.Mode.Clipboard and (mime is None or not mime.hasFormat(_HINT)):
            self._set(text, mode)  # a widget's plain copy: add the hints that keep it out of histories
            return
        self._held[mode] = (_digest(text), self.clock.now())
        self._timer.start()

    @property
    def holds_ours(self) -> bool:
        return any(self._is_ours(mode) for mode in self._held)

    def _is_ours(self, mode: QClipboard.Mode) -> bool:
        held = self._held.get(mode)
        return held is not None and _digest(self.clipboard.text(mode)) == held[0]

    def check_expiry(self) -> bool:
        """Clear what has been held 30 s on the clock; True when something was cleared."""
        now = self.clock.now()
        cleared = False
        for mode, held in list(self._held.items()):
            if now - held[1] >= CLEAR_AFTER:
                cleared |= self._clear(mode)
        if not self._held:
            self._timer.stop()
        return cleared

    def clear_if_ours(self) -> bool:
        cleared = False
        for mode in list(self._held):
            cleared |= self._clear(mode)
        self._timer.stop()
        return cleared

    def _clear(self, mode: QClipboard.Mode) -> bool:
        ours = self._is_ours(mode)
        self._held.pop(mode, None)
        if ours:
            self._marking = True
            try:
                self.clipboard.clear(mode)
            finally:
                self._marking = False
        return ours


_HINT = "x-kde-passwordManagerHint"


def _owns(board: QClipboard, mode: QClipboard.Mode) -> bool:
    """Whether this application put the current text there. Qt's offscreen platform keeps one
    in-process clipboard and reports no owner: everything on it is ours."""
    if QGuiApplication.platformName() == "offscreen":
        return True
    if mode == QClipboard.Mode.Selection:
        return board.ownsSelection()
    return board.ownsClipboard()
