"""A small reusable worker: run a function off the GUI thread, with progress, cancel and a result.

Everything that can take more than 100 ms (Argon2 unlock, vault creation, backups, restore)
goes through here so the window never freezes. Failures arrive as one clear sentence: a
`VpError` in the user's language, anything else as a generic sentence — never a traceback,
because a traceback could carry file contents or case text into a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by `Progress.check()` once the advisor pressed Cancel."""


class Progress:
    """Handed to the task: report a percentage and check for cancellation between steps."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        self._cancel = threading.Event()

    def report(self, percent: int) -> None:
        self._worker.progressed.emit(max(0, min(100, int(percent))))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


Task = Callable[[Progress], Any]

_running: set[Worker] = set()


class Worker(QObject):
    """Runs `task(progress)` in the global QThreadPool.

    Signals arrive on the GUI thread (queued, because this object lives there):
    `progressed(percent)`, then exactly one of `succeeded(result)`, `failed(sentence)` or
    `cancelled()` (`failed_with(error)` comes just before `failed`), and finally `finished()`.
    """

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    failed_with = Signal(object)  # the VpError itself (key + harmless params), or None
    cancelled = Signal()
    finished = Signal()

    def __init__(self, task: Task, parent: QObject | None = None) -> None:
        # No Qt parent on purpose: a closing window must not delete a worker whose thread still
        # runs (its signals would then fire from a deleted object). `_running` keeps it alive,
        # and Qt drops connections to receivers that are gone.
        super().__init__()
        del parent
        self._task = task
        self.progress = Progress(self)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Worker:
        _running.add(self)  # keep alive until finished, even without a parent
        self.running = True
        self.finished.connect(self._done)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the task to stop at its next `check()`; the worker then emits `cancelled`."""
        self.progress._cancel.set()

    def _done(self) -> None:
        self.running = False
        _running.discard(self)

    def _run(self) -> None:
        lang = i18n.language()
        try:
            result = self._task(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except VpError as error:
            self.failed_with.emit(error)
            self.failed.emit(error.message(lang))
        except DomainError as error:  # invalid case data: the sentence names case and field only
            self.failed_with.emit(None)
            self.failed.emit(error.describe(lang))
        except Exception as error:
            log.error("background task failed: %s", type(error).__name__)
            self.failed_with.emit(None)
            self.failed.emit(unexpected_error_text())
        else:
            if self.progress.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.finished.emit()


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "Worker",
        "Er ging iets onverwachts mis; er is niets gewijzigd. Probeer het opnieuw of start het programma opnieuw.",
    )


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self._worker._run()


def run(task: Task, parent: QObject | None = None) -> Worker:
    """A worker for `task` that starts on the next turn of the event loop.

    The caller connects its signals right after this returns. Starting at once would race them:
    a task that fails within microseconds emits before anyone is connected, and a signal with
    no receiver at emit time is lost (seen as an import that never finished).
    """
    job = Worker(task, parent)
    job.running = True
    _running.add(job)
    QTimer.singleShot(0, job.start)
    return job
