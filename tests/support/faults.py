"""Faults for the safety suite: the real CLI killed (SIGKILL) or failing (ENOSPC, EIO) mid-write.

The CLI runs in a subprocess exactly as `python -m vertrouwenspersoon` does, with one change: Argon2 is
calibrated to the tests' cheap parameters (as `make_vault` uses), so that hundreds of runs fit in minutes.
Faults at the syscall level come from strace's fault injection (`-e inject=...`), which is installed on
the CI image and this machine.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CHEAP_CLI = (
    "import sys\n"
    "from vertrouwenspersoon.security import kdf\n"
    "kdf.calibrate = lambda *a, **k: kdf.weak_params_for_tests()\n"
    "from vertrouwenspersoon.__main__ import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)

# What a vault folder holds after one open and close: anything else is a leftover.
VAULT_FILES = {"vault.db", "keyslots.json", "vault.lock"}
BACKUP_NAME = re.compile(r"^(auto-\d{4}-\d{2}-\d{2}|pre-migration-.*)\.vpbackup$")

STRACE = shutil.which("strace")


@dataclass
class Run:
    code: int  # negative: killed by that signal
    out: str
    err: str
    seconds: float


def cli_argv(*args: object) -> list[str]:
    return [sys.executable, "-c", CHEAP_CLI, *map(str, args)]


def run(args: list[object], stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60) -> Run:
    """The cheap CLI to completion."""
    start = time.monotonic()
    done = subprocess.run(
        cli_argv(*args), input=stdin, capture_output=True, text=True, env=env, timeout=timeout
    )
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


def run_killed(args: list[object], stdin: str, delay: float, env: dict[str, str] | None = None) -> Run:
    """The cheap CLI, SIGKILLed `delay` seconds after it started (or its result if it finished first)."""
    start = time.monotonic()
    child = subprocess.Popen(
        cli_argv(*args),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    child.stdin.write(stdin)
    child.stdin.close()
    child.stdin = None  # communicate() below only collects the output
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    return Run(child.returncode, out, err, time.monotonic() - start)


def run_traced(
    args: list[object],
    stdin: str,
    syscall: str,
    when: int,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> Run:
    """The cheap CLI killed by strace at the `when`-th call of `syscall` (before that call runs).

    strace must trace a syscall to tamper with it; its log goes to /dev/null and `-qq` drops its
    notes. strace exits 137 when its tracee was killed; that is reported as -SIGKILL.
    """
    assert STRACE, "strace is needed for syscall-level faults"
    start = time.monotonic()
    argv = [STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={syscall}"]
    argv += ["-e", f"inject={syscall}:signal=SIGKILL:when={when}", *cli_argv(*args)]
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=timeout)
    code = -signal.SIGKILL if done.returncode == 128 + signal.SIGKILL else done.returncode
    return Run(code, done.stdout, done.stderr, time.monotonic() - start)


def run_failing(
    args: list[object], stdin: str, syscall: str, error: str, when: int, env: dict[str, str] | None = None
) -> Run:
    """The cheap CLI whose `when`-th call of `syscall` fails with `error` (ENOSPC, EIO), and every later one."""
    assert STRACE, "strace is needed for syscall-level faults"
    start = time.monotonic()
    argv = [STRACE, "-f", "-qq", "-o", os.devnull, "-e", f"trace={syscall}"]
    argv += ["-e", f"inject={syscall}:error={error}:when={when}+", *cli_argv(*args)]
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=60)
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


def syscall_counts(
    args: list[object], stdin: str, syscalls: tuple[str, ...], env: dict[str, str], log: Path
) -> dict[str, int]:
    """How often one complete run calls each of `syscalls` (in any thread), counted by strace."""
    assert STRACE, "strace is needed for syscall-level faults"
    argv = [STRACE, "-f", "-qq", "-o", str(log), "-e", "trace=" + ",".join(syscalls), *cli_argv(*args)]
    subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=60)
    counts = dict.fromkeys(syscalls, 0)
    for line in log.read_text().splitlines():
        name = line.split(" ", 1)[-1].lstrip().split("(", 1)[0]
        if name in counts and "resumed>" not in line:
            counts[name] += 1
    log.unlink()
    return counts


def spread(total: int, most: int) -> list[int]:
    """At most `most` call numbers from 1..total, evenly spread, always with the last one."""
    if total <= most:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (most - 1)) for i in range(most)})


def leftovers(directory: Path) -> list[str]:
    """Files in a vault folder that are not the vault, its lock or a complete backup's name."""
    found = []
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory)
        if path.is_dir() and relative.parts == ("backups",):
            continue
        if len(relative.parts) == 1 and relative.name in VAULT_FILES:
            continue
        if relative.parts[0] == "backups" and len(relative.parts) == 2 and BACKUP_NAME.match(relative.name):
            continue
        found.append(str(relative))
    return found


RECOVERY_LINE = re.compile(r"^\d{5}(-\d{5}){8}$")


def printed_recovery_keys(out: str) -> list[str]:
    """The recovery keys a command printed (the bare line it prints for scripts)."""
    return [line.strip() for line in out.splitlines() if RECOVERY_LINE.match(line.strip())]
