"""Text typed but not saved goes into the vault as a draft, a moment after each keystroke.

Notes are written right after a painful conversation; losing them to a lock, an auto-lock, a quit or a
crash is the worst thing this app could do. Each watched editor is written to `store.drafts` half a second
after the last keystroke and at once when the session locks (before any page is cleared), never to QSettings
or a temp file. Text equal to what is saved is no draft: it is removed. Nothing here waits for the advisor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.store.drafts import DraftStore

DELAY_MS = 500
Editor = QPlainTextEdit | QLineEdit


@dataclass
class _Watched:
    editor: Editor
    case_id: int | None
    saved: Callable[[], str]  # the text as it is stored (then no draft is needed)


def text_of(editor: Editor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def set_text(editor: Editor, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


class DraftKeeper(QObject):
    def __init__(self, store: DraftStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._watched: dict[str, _Watched] = {}
        self._pending: set[str] = set()
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def watch(self, place: str, editor: Editor, saved: Callable[[], str], case_id: int | None = None) -> None:
        """Keep `editor`'s text at `place` from now on (an editor moves to its new place when the page
        shows another case)."""
        for old, watched in list(self._watched.items()):
            if watched.editor is editor and old != place:
                self.unwatch(old)
        known = any(w.editor is editor for w in self._watched.values())
        self._watched[place] = _Watched(editor, case_id, saved)
        if not known:
            editor.textChanged.connect(lambda *_: self._typed(editor))
            editor.destroyed.connect(lambda *_: self._gone(editor))

    def unwatch(self, place: str) -> None:
        """Stop keeping a place (its last text is written first)."""
        if place in self._pending:
            self.flush()
        self._watched.pop(place, None)

    def draft(self, place: str) -> str | None:
        found = self.store.get(place)
        return found.text if found else None

    def forget(self, place: str) -> None:
        """The text was saved for real or thrown away on purpose: the draft goes."""
        self._pending.discard(place)
        if not self._closed:
            self.store.discard(place)

    def close(self) -> None:
        """The session locks: write what is pending, then nothing more. Pages clear their editors
        afterwards, and an emptied editor must not read as "the advisor deleted the text"."""
        self.flush()
        self._closed = True
        self._watched.clear()

    def flush(self) -> None:
        """Write every pending place now."""
        self._timer.stop()
        if self._closed:
            return
        for place in sorted(self._pending):
            watched = self._watched.get(place)
            if watched is None:
                continue
            text = text_of(watched.editor)
            try:
                if text == watched.saved():
                    self.store.discard(place)
                else:
                    self.store.keep(place, text, watched.case_id)
            except VpError:
                continue  # vault already closed or disk full: the editor still holds the text
        self._pending.clear()

    def _place_of(self, editor: Editor) -> str | None:
        return next((p for p, w in self._watched.items() if w.editor is editor), None)

    def _typed(self, editor: Editor) -> None:
        place = self._place_of(editor)
        if place is None:
            return
        self._pending.add(place)
        self._timer.start()

    def _gone(self, editor: Editor) -> None:
        place = self._place_of(editor)
        if place is not None:
            self._pending.discard(place)  # a deleted editor's text can no longer be read
            del self._watched[place]
