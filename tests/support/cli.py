"""Runs the real `vertrouwenspersoon` command line in a subprocess, as a script would."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class CliRunner:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: object, stdin: str | None = None, timeout: float = 120) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "vertrouwenspersoon", *map(str, args)],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)
