"""Measurements that need a fresh process, run by benchmarks.run as `python -m benchmarks.probe ...`.

- `rss DIR`: resident memory of a process that unlocks the vault and runs every read once
  (the parent process also generated the data set, so its own RSS would say nothing).
- `memsec DIR on|off`: due list and case load with `PRAGMA cipher_memory_security` on or off.
  SQLCipher makes that setting process-wide and, once on, impossible to switch off again, so each
  side gets its own process.
Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path
from typing import Any


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def memory() -> dict[str, Any]:
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    maxrss_kib = maxrss // 1024 if sys.platform == "darwin" else maxrss
    return {
        "vm_rss_kib": _status_kib("VmRSS"),
        "vm_hwm_kib": _status_kib("VmHWM"),
        "ru_maxrss_kib": maxrss_kib,
    }


def _dataset(directory: str) -> Any:
    from benchmarks.dataset import DataSet

    path = Path(directory)
    return DataSet(path, json.loads((path / "manifest.json").read_text(encoding="utf-8")))


def rss(directory: str, cache_mib: int | None = None) -> dict[str, Any]:
    from benchmarks.dataset import repository
    from benchmarks.suite import case_with_contacts, read_benchmarks

    data = _dataset(directory)
    before = memory()
    vault = data.open_vault()
    try:
        if cache_mib is not None:  # what-if: a different page cache than store/connection.py sets
            vault.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
        after_open = memory()
        repo = repository(vault)
        case_id, contacts = case_with_contacts(vault.conn)
        done = []
        for bench in read_benchmarks(case_id, contacts):
            bench.call(repo, vault)
            done.append(bench.key)
        # a long scroll through the whole case list, and every case opened once: the worst a session does
        offset = 0
        while page := repo.rows(limit=200, offset=offset):
            offset += len(page)
        for (some_id,) in vault.conn.execute("SELECT id FROM cases ORDER BY id").fetchall():
            repo.load(some_id)
        done.append("scroll_and_load_all")
        after_reads = memory()
    finally:
        vault.close()
    return {"before_open": before, "after_open": after_open, "after_reads": after_reads, "reads": done}


def memsec(directory: str, setting: str, runs: int) -> dict[str, Any]:
    from benchmarks.dataset import TODAY, repository
    from benchmarks.suite import case_with_contacts
    from benchmarks.timing import measure

    data = _dataset(directory)
    vault = data.open_vault()
    try:
        if setting == "on":
            vault.conn.execute("PRAGMA cipher_memory_security = ON")
        actual = str(vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
        repo = repository(vault)
        case_id, contacts = case_with_contacts(vault.conn)
        result = {
            "requested": setting,
            "cipher_memory_security": actual,
            "contacts": contacts,
            "due": measure(lambda: repo.due(TODAY, 14), runs=runs).to_dict(),
            "open_case": measure(lambda: repo.load(case_id), runs=runs).to_dict(),
            "first_page": measure(lambda: (repo.rows(limit=100), repo.count()), runs=runs).to_dict(),
        }
    finally:
        vault.close()
    return result


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "rss":
        print(json.dumps(rss(argv[1], int(argv[2]) if len(argv) > 2 else None)))
        return 0
    if len(argv) >= 3 and argv[0] == "memsec" and argv[2] in ("on", "off"):
        runs = int(argv[3]) if len(argv) > 3 else 30
        print(json.dumps(memsec(argv[1], argv[2], runs)))
        return 0
    print("usage: python -m benchmarks.probe rss DIR [CACHE_MIB] | memsec DIR on|off [RUNS]", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
