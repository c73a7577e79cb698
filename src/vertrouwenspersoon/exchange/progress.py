"""The progress callback importers report through: ``progress(done, total)``.

``total`` is the number of items (cases or spreadsheet rows) and ``done`` grows from 0 to
``total``; the last call is always ``(total, total)``. A terminal shows a counter, the GUI a bar.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


def no_progress(done: int, total: int) -> None:
    """The default: report nothing."""
