"""Keep a C library's own prints off the terminal while it runs.

HiGHS writes a banner when its first solver object is made and, on a rare path of its MIP search
("HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();"), a raw printf that no
option turns off; C's stdout buffer then flushes it to the terminal when the program exits, after the
program's own output. Inside `quiet_c_stdout()` file descriptor 1 points at the null device, and C's
buffers are flushed before it points back, so what HiGHS printed goes nowhere. Nested and concurrent
users (two report workers in the GUI) share one redirection: the first in redirects, the last out restores.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_state = {"users": 0, "saved": -1}
_libc = ctypes.CDLL(None) if os.name == "posix" else None


def _flush_c_stdio() -> None:
    if _libc is not None:
        _libc.fflush(None)  # every C stdio stream; HiGHS uses printf


@contextlib.contextmanager
def quiet_c_stdout() -> Iterator[None]:
    with _lock:
        if _state["users"] == 0:
            sys.stdout.flush()
            _flush_c_stdio()
            saved = os.dup(1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.close(devnull)
            _state["saved"] = saved
        _state["users"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["users"] -= 1
            if _state["users"] == 0:
                _flush_c_stdio()
                os.dup2(_state["saved"], 1)
                os.close(_state["saved"])
                _state["saved"] = -1
