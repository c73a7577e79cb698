"""HiGHS's own prints (a banner; a raw printf on a rare MIP path that no option silences) never reach the
terminal: a real process, a real C printf, and a real HiGHS solve."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import ctypes, threading
from vertrouwenspersoon.reports.quiet_stdout import quiet_c_stdout
from vertrouwenspersoon.reports import milp

libc = ctypes.CDLL(None)
print("before", flush=True)
with quiet_c_stdout():
    libc.printf(b"noise from C, still in its buffer\n")
    with quiet_c_stdout():  # nested
        libc.printf(b"nested noise\n")

def worker():
    with quiet_c_stdout():
        libc.printf(b"noise from a worker thread\n")

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
program = milp.Program([], [])
x = program.add_var(0, 10)
program.objective[x] = 1.0
print("solution", milp.solve(program), flush=True)
libc.printf(b"after, from C\n")
print("after", flush=True)
"""


def test_c_prints_inside_are_dropped_and_everything_outside_is_kept() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "before" and lines[1] in ("solution [0.0]", "solution [-0.0]"), lines
    assert sorted(lines[2:]) == ["after", "after, from C"], lines  # C's buffer may flush after Python's
    assert "noise" not in done.stdout and "HiGHS" not in done.stdout and "Running" not in done.stdout
