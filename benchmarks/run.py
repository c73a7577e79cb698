"""Run the benchmark suite against the budgets of DESIGN.md "Performance".

    python -m benchmarks.run [--quick] [--runs N] [--rebuild] [--seed S]
    python benchmarks/run.py --quick

Prints a table and writes benchmarks/results/latest.json. Benchmarks inform, they are not tests:
the exit code is 0 even when a budget fails (FAIL lines are printed to stderr too); it is non-zero
only when the suite itself could not run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python benchmarks/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import dataset, suite
from benchmarks.timing import Timing, from_samples, measure
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.store.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from vertrouwenspersoon.store.keyslots import KeySlots

REPO_ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.3
RSS_BUDGET_MIB = 300
IMPORT_BUDGET_S = 60.0
UNLOCK_OVERHEAD_S = 0.100
GUI_BUDGET_S = 1.5
STORES = ("encrypted", "plain", "stdlib")


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _row(key: str, title: str, budget: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "title": title, "budget": budget, "status": status, **extra}


def _verdict(value: float, budget: float) -> str:
    return "PASS" if value <= budget else "FAIL"


# -- import --------------------------------------------------------------------------------------
def import_row(data: dataset.DataSet, full: bool) -> dict[str, Any]:
    seconds = data.manifest["seconds"]
    enc, plain = seconds["import_encrypted"], seconds["import_plain"]
    note = "measured when the cached set was built (" + data.manifest["built_at"] + ")"
    if not full:
        note += f"; quick set of {data.manifest['counts']['cases']} cases, the budget is for 20,000"
    return _row(
        "import",
        f"import of the whole set ({data.manifest['counts']['cases']} cases)",
        f"<= {IMPORT_BUDGET_S:.0f} s",
        _verdict(enc, IMPORT_BUDGET_S),
        encrypted={"median": enc, "p95": enc, "runs": 1},
        plain={"median": plain, "p95": plain, "runs": 1},
        stdlib={"median": seconds["import_stdlib"], "p95": seconds["import_stdlib"], "runs": 1},
        ratio=enc / plain,
        note=note,
    )


# -- unlock --------------------------------------------------------------------------------------
def unlock_rows(data: dataset.DataSet, runs: int) -> list[dict[str, Any]]:
    slots = KeySlots.load(data.vault_dir)
    params = kdf.KdfParams.from_dict(slots.slots[PASSPHRASE_SLOT].params["kdf"])  # type: ignore[arg-type]
    kdf_timing = measure(lambda: kdf.derive(dataset.PASSPHRASE, params), runs=runs, warmup=1)
    open_samples, inner_kdf, due_samples, page_samples = [], [], [], []
    derive = kdf.derive
    spent: list[float] = []

    def timed_derive(*args: Any, **kwargs: Any) -> bytes:
        start = time.perf_counter()
        try:
            return derive(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    kdf.derive = timed_derive  # type: ignore[assignment]  # the KDF inside each open, paired with it
    try:
        for n in range(runs + 1):
            spent.clear()
            start = time.perf_counter()
            vault = data.open_vault()
            opened = time.perf_counter() - start
            try:
                repo = dataset.repository(vault)
                start = time.perf_counter()
                repo.due(dataset.TODAY, 14, limit=200)
                repo.overdue_count(dataset.TODAY)
                first_due = time.perf_counter() - start
                start = time.perf_counter()
                repo.rows(limit=100)
                repo.count()
                first_page = time.perf_counter() - start
            finally:
                vault.close()
            if n > 0:  # the first open is the warm-up
                open_samples.append(opened)
                inner_kdf.append(sum(spent))
                due_samples.append(first_due)
                page_samples.append(first_page)
    finally:
        kdf.derive = derive  # type: ignore[assignment]
    open_timing = from_samples(open_samples, warmup=1)
    overhead_timing = from_samples([o - k for o, k in zip(open_samples, inner_kdf, strict=True)], warmup=1)
    overhead = overhead_timing.median
    kdf_note = f"Argon2id {params.memory_kib // 1024} MiB, t={params.time_cost}, p={params.parallelism}"
    return [
        _row(
            "kdf",
            "KDF alone (passphrase slot)",
            "~0.5 s (calibrated)",
            "INFO",
            encrypted=kdf_timing.to_dict(),
            note=kdf_note,
        ),
        _row(
            "unlock",
            "unlock: Vault.open total",
            f"<= KDF + {UNLOCK_OVERHEAD_S * 1000:.0f} ms",
            _verdict(overhead, UNLOCK_OVERHEAD_S),
            encrypted=open_timing.to_dict(),
            overhead=overhead_timing.to_dict(),
            kdf_inside_open=from_samples(inner_kdf, warmup=1).to_dict(),
            note=(
                f"overhead over the KDF: median {overhead * 1000:.1f} ms, p95 {overhead_timing.p95 * 1000:.1f} ms "
                f"(each open minus the Argon2id call inside that same open)"
            ),
        ),
        _row(
            "due_cold",
            "due list, first call after unlock (cold cache)",
            "<= 20 ms",
            _verdict(from_samples(due_samples).median, 0.020),
            encrypted=from_samples(due_samples).to_dict(),
        ),
        _row(
            "first_page_cold",
            "case list first page, first call after unlock (cold cache)",
            "<= 50 ms",
            _verdict(from_samples(page_samples).median, 0.050),
            encrypted=from_samples(page_samples).to_dict(),
        ),
    ]


# -- reads, encrypted and plain -----------------------------------------------------------------
def read_rows(data: dataset.DataSet, runs: int, warmup: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    stores = {"encrypted": data.open_vault(), "plain": data.open_plain(), "stdlib": data.open_stdlib()}
    rows = []
    try:
        case_id, contacts = suite.case_with_contacts(stores["plain"].conn)
        repos = {name: dataset.repository(store) for name, store in stores.items()}
        for bench in suite.read_benchmarks(case_id, contacts):
            n = max(3, round(runs * bench.runs_scale))
            timings: dict[str, Timing] = {}
            for name in STORES:
                log(f"  {bench.title} [{name}] x{n}")
                timings[name] = measure(
                    lambda b=bench, r=repos[name], s=stores[name]: b.call(r, s), runs=n, warmup=warmup
                )
            enc = timings["encrypted"]
            rows.append(
                _row(
                    bench.key,
                    bench.title,
                    f"<= {bench.budget_s * 1000:.0f} ms",
                    "INFO" if bench.informative else _verdict(enc.median, bench.budget_s),
                    **{name: t.to_dict() for name, t in timings.items()},
                    ratio=enc.median / timings["plain"].median,
                    ratio_stdlib=enc.median / timings["stdlib"].median,
                    p95_over_budget=not bench.informative and enc.p95 > bench.budget_s,
                )
            )
        info = {"case_id": case_id, "case_contacts": contacts}
    finally:
        for store in stores.values():
            store.close()
    if suite.report_functions() is None:
        for key, title, budget in (
            ("statistics", "annual statistics", "<= 300 ms"),
            ("pdf", "annual PDF", "<= 2000 ms"),
        ):
            rows.append(
                _row(key, title, budget, "N/A", note="not yet measurable: no facts_for_year/build_report")
            )
    return rows, info


# -- fresh-process measurements -------------------------------------------------------------------
def _probe(*args: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def rss_row(data: dataset.DataSet) -> dict[str, Any]:
    found = _probe("rss", str(data.directory))
    peak_mib = found["after_reads"]["vm_hwm_kib"] / 1024
    return _row(
        "rss",
        "RSS with the set open (peak, fresh process)",
        f"<= {RSS_BUDGET_MIB} MB",
        _verdict(peak_mib, RSS_BUDGET_MIB),
        encrypted={"peak_mib": peak_mib, "rss_mib": found["after_reads"]["vm_rss_kib"] / 1024},
        note=(
            f"before open {found['before_open']['vm_rss_kib'] / 1024:.0f} MiB, "
            f"after unlock {found['after_open']['vm_rss_kib'] / 1024:.0f} MiB, "
            f"after every read + scrolling the list + loading every case "
            f"{found['after_reads']['vm_rss_kib'] / 1024:.0f} MiB (peak {peak_mib:.0f} MiB)"
        ),
        detail=found,
    )


def memsec_rows(data: dataset.DataSet, runs: int) -> list[dict[str, Any]]:
    off = _probe("memsec", str(data.directory), "off", str(runs))
    on = _probe("memsec", str(data.directory), "on", str(runs))
    rows = []
    for key, title in (
        ("due", "due list"),
        ("open_case", f"open a case ({on['contacts']} contacts)"),
        ("first_page", "first page + count"),
    ):
        rows.append(
            _row(
                f"memsec_{key}",
                f"cipher_memory_security ON vs OFF: {title}",
                "informative",
                "INFO",
                off=off[key],
                on=on[key],
                ratio=on[key]["median"] / off[key]["median"],
                note=f"read back: off={off['cipher_memory_security']} on={on['cipher_memory_security']}",
            )
        )
    return rows


def gui_row(data: dataset.DataSet, runs: int) -> dict[str, Any]:
    if importlib.util.find_spec("vertrouwenspersoon.gui.app") is None:
        return _row(
            "gui_start",
            "GUI start to unlock screen",
            f"<= {GUI_BUDGET_S} s",
            "N/A",
            note="not yet measurable: vertrouwenspersoon.gui.app does not exist yet",
        )
    from benchmarks import gui_start

    try:
        return gui_start.measure_row(GUI_BUDGET_S, data.vault_dir, runs)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return _row(
            "gui_start", "GUI start to unlock screen", f"<= {GUI_BUDGET_S} s", "ERROR", note=str(error)
        )


# -- output ---------------------------------------------------------------------------------------
def _ms(t: dict[str, Any] | None, field: str = "median") -> str:
    if not t or field not in t:
        return "-"
    value = t[field]
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.1f} ms"


def print_table(rows: list[dict[str, Any]]) -> None:
    head = (
        f"{'benchmark':<50} {'budget':<17} {'enc median':>11} {'enc p95':>10} {'plain':>10} "
        f"{'stdlib':>10} {'enc/plain':>9} {'enc/std':>8}  status"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        enc = r.get("encrypted")
        if r["key"] == "rss":
            cells = f"{enc['peak_mib']:>8.0f} MiB {'':>10} {'-':>10} {'-':>10}"
        elif r["key"].startswith("memsec_"):
            cells = f"{_ms(r['on']):>11} {_ms(r['on'], 'p95'):>10} {'off ' + _ms(r['off']):>21}"
        else:
            cells = (
                f"{_ms(enc):>11} {_ms(enc, 'p95'):>10} {_ms(r.get('plain')):>10} {_ms(r.get('stdlib')):>10}"
            )
        ratio = f"{r['ratio']:.2f}x" if "ratio" in r else "-"
        ratio_std = f"{r['ratio_stdlib']:.2f}x" if "ratio_stdlib" in r else "-"
        flags = []
        if r.get("p95_over_budget") and r["status"] == "PASS":
            flags.append("p95 over budget")
        if (
            "ratio" in r
            and r["key"] not in ("import",)
            and not r["key"].startswith("memsec_")
            and r["ratio"] > RATIO_TARGET
        ):
            flags.append(f"ratio > {RATIO_TARGET}x")
        status = r["status"] + (" (" + ", ".join(flags) + ")" if flags else "")
        print(f"{r['title'][:50]:<50} {r['budget']:<17} {cells} {ratio:>9} {ratio_std:>8}  {status}")
        if r.get("note"):
            print(f"{'':<4}{r['note']}")


def environment(data: dataset.DataSet) -> dict[str, Any]:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        sqlcipher_sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = (conn.execute("PRAGMA cipher_provider_version").fetchone() or [None])[0]
    finally:
        conn.close()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "sqlcipher": cipher,
        "sqlcipher_sqlite": sqlcipher_sqlite,
        "crypto_provider": provider,
        "stdlib_sqlite": sqlite3.sqlite_version,
        "stdlib_contentless_delete": data.manifest.get("stdlib_contentless_delete"),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Benchmarks against DESIGN.md's performance budgets.")
    parser.add_argument(
        "--quick", action="store_true", help=f"{dataset.QUICK_COUNT} cases, few runs (smoke run)"
    )
    parser.add_argument("--runs", type=int, help="repetitions per fast read benchmark (default 30, quick 8)")
    parser.add_argument("--seed", type=int, default=dataset.SEED)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached data set")
    parser.add_argument("--out", type=Path, default=dataset.RESULTS / "latest.json")
    args = parser.parse_args(argv)

    full = not args.quick
    runs = args.runs or (30 if full else 8)
    warmup = 3 if full else 1
    started = time.perf_counter()
    data = dataset.ensure(
        args.seed, dataset.FULL_COUNT if full else dataset.QUICK_COUNT, rebuild=args.rebuild
    )
    counts = data.manifest["counts"]
    log(f"data set {dataset.NAME}: {counts} ({data.directory})")

    rows = [import_row(data, full)]
    log("unlock ...")
    rows += unlock_rows(data, 5 if full else 2)
    log("reads ...")
    read, info = read_rows(data, runs, warmup)
    rows += read
    log("RSS (fresh process) ...")
    rows.append(rss_row(data))
    log("cipher_memory_security (fresh processes) ...")
    rows += memsec_rows(data, runs)
    log("GUI start (fresh processes) ...")
    rows.append(gui_row(data, 5 if full else 2))

    print(
        f"\n{dataset.NAME} seed={data.manifest['seed']}: {counts['cases']} cases, {counts['contacts']} contacts, "
        f"{counts['followups']} follow-ups; {os.cpu_count()} cores; medians of {runs} runs after {warmup} warm-up"
    )
    print_table(rows)
    failures = [r for r in rows if r["status"] == "FAIL"]
    for r in failures:
        log(f"FAIL: {r['title']} (budget {r['budget']})")
    result = {
        "data_set": {k: data.manifest[k] for k in ("name", "seed", "counts", "today", "kdf", "file_bytes")},
        "quick": not full,
        "runs": runs,
        "warmup": warmup,
        "environment": environment(data),
        "case": info,
        "rows": rows,
        "failures": [r["key"] for r in failures],
        "wall_seconds": time.perf_counter() - started,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out} ({result['wall_seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
