"""Candidate fixes for the budgets that fail, measured on throw-away copies of the cached data set.

    python -m benchmarks.experiments [--quick] [--runs N]

Nothing here changes the app: each candidate (an index, a different ORDER BY) is applied to a copy
of the vault and of plain.db in a temporary directory, and the same query is timed before and after,
warm (same connection, repeated) and cold (a new connection each run: empty page cache, as right
after unlock). The numbers back the proposals in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import dataset, suite
from benchmarks.run import _probe
from benchmarks.timing import measure
from vertrouwenspersoon.store.search_query import fts_query

DUE_SQL = (
    "SELECT c.id, c.reference, c.alias, c.anonymous, f.position, f.kind, f.description, f.due_on "
    "FROM followups f JOIN cases c ON c.id = f.case_id "
    "WHERE f.done_on IS NULL AND f.cancelled_on IS NULL AND f.due_on <= ? "
    "ORDER BY f.due_on, c.ref_year, c.ref_number, f.position"
)
DUE_COVERING = (
    "CREATE INDEX followups_open_cover ON followups (due_on, case_id, position, kind, description) "
    "WHERE done_on IS NULL AND cancelled_on IS NULL",
    "CREATE INDEX cases_list_cover ON cases (id, ref_year, ref_number, reference, alias, anonymous)",
)
CONTACTS_COVERING = (
    "DROP INDEX contacts_by_time",
    "CREATE INDEX contacts_by_time ON contacts (at, case_id, minutes)",
)
FACTS_CONTACTS_SQL = (
    "SELECT case_id, substr(at, 1, 10), minutes FROM contacts WHERE at >= ? AND at < ? "
    "AND case_id IN (SELECT id FROM cases WHERE opened_on < ?)"
)
FACTS_COVERING = (
    "CREATE INDEX contacts_case_time ON contacts (case_id, at, minutes)",
    "CREATE INDEX followups_case_kind ON followups (case_id, kind, position, due_on, done_on, cancelled_on)",
    "CREATE INDEX cases_facts ON cases (id, opened_on, closed_on, role, gender, unit, channel, relation, "
    "hierarchical, setting)",
)
CACHE_SIZES_MIB = (8, 32, 64, 128)
SEARCH_RANK = (
    "SELECT c.id FROM cases c JOIN (SELECT rowid AS hit, rank FROM case_search WHERE case_search MATCH ? "
    "ORDER BY rank LIMIT 50) ON hit = c.id ORDER BY rank"
)
SEARCH_NEWEST = "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT 50"


def _copy(data: dataset.DataSet, into: Path) -> dataset.DataSet:
    shutil.copytree(data.vault_dir, into / "vault", ignore=shutil.ignore_patterns("backups", "*.lock"))
    shutil.copy2(data.plain_path, into / "plain.db")
    shutil.copy2(data.stdlib_path, into / "stdlib.db")
    return dataset.DataSet(into, data.manifest)


def _timings(data: dataset.DataSet, query: Callable[[Any], object], runs: int) -> dict[str, dict[str, float]]:
    """Warm and cold medians (ms) on the vault and on the plain copy."""
    found: dict[str, dict[str, float]] = {}
    vault = data.open_vault()
    plain = data.open_plain()
    try:
        for name, conn, fresh in (
            ("encrypted", vault.conn, vault.open_reader),
            ("plain", plain.conn, lambda: dataset.open_plain(data.plain_path).conn),
        ):
            warm = measure(lambda c=conn: query(c), runs=runs, warmup=2)
            cold_samples = []
            for _ in range(max(3, runs // 3)):
                other = fresh()
                try:
                    cold_samples.append(measure(lambda c=other: query(c), runs=1, warmup=0).median)
                finally:
                    other.close()
            cold_samples.sort()
            found[name] = {
                "warm_ms": round(warm.median * 1000, 2),
                "warm_p95_ms": round(warm.p95 * 1000, 2),
                "cold_ms": round(cold_samples[len(cold_samples) // 2] * 1000, 2),
            }
    finally:
        vault.close()
        plain.close()
    return found


def _facts_for_year(
    data: dataset.DataSet, year: int, runs: int, label: str, cache_mib: int | None = None
) -> dict[str, Any]:
    """The whole store read of the annual statistics (store.facts_source.facts_for_year), warm."""
    functions = suite.report_functions()
    if functions is None:
        return {}
    facts_for_year = functions[0]
    found: dict[str, dict[str, float]] = {}
    for name, store in (("encrypted", data.open_vault()), ("plain", data.open_plain())):
        try:
            if cache_mib is not None:
                store.conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
            warm = measure(lambda s=store: facts_for_year(s, year), runs=max(5, runs // 2), warmup=2)
            found[name] = {"warm_ms": round(warm.median * 1000, 2), "warm_p95_ms": round(warm.p95 * 1000, 2)}
            found[name]["cold_ms"] = None
        finally:
            store.close()
    return {f"facts_for_year ({label})": found}


SEARCH_WORDS = (suite.NAME_PREFIX, suite.COMMON_WORD, suite.ABSENT_PREFIX, "te", "Test")


def _search_prefix_index(path: Path, runs: int) -> dict[str, Any]:
    """A second FTS5 table like case_search (same columns and tokenizer), with and without FTS5 prefix
    indexes, filled from the plain copy's tables by SQL; each search word with rank and newest-first order."""
    found: dict[str, Any] = {}
    store = dataset.open_plain(path)
    conn = store.conn
    try:
        for label, option in (("no prefix index", ""), ("prefix='2 3 4'", "prefix = '2 3 4',")):
            conn.execute("DROP TABLE IF EXISTS search_trial")
            conn.execute(
                "CREATE VIRTUAL TABLE search_trial USING fts5(alias, notes, contact_notes, followup_texts, "
                f"content = '', contentless_delete = 1, {option} tokenize = \"unicode61 remove_diacritics 2\")"
            )
            conn.execute(
                "INSERT INTO search_trial (rowid, alias, notes, contact_notes, followup_texts) "
                "SELECT id, coalesce(alias, ''), coalesce(notes, ''), "
                "(SELECT group_concat(coalesce(notes, ''), char(10)) FROM contacts WHERE case_id = cases.id), "
                "(SELECT group_concat(coalesce(description, ''), char(10)) FROM followups WHERE case_id = cases.id) "
                "FROM cases"
            )
            for word in SEARCH_WORDS:
                query = fts_query(word)
                for order in ("rank", "rowid DESC"):
                    sql = (
                        f"SELECT rowid FROM search_trial WHERE search_trial MATCH ? ORDER BY {order} LIMIT 50"
                    )
                    timing = measure(
                        lambda s=sql, q=query: conn.execute(s, (q,)).fetchall(), runs=runs, warmup=2
                    )
                    nan = None
                    found[f"search '{word}' {order} ({label}, plain)"] = {
                        "encrypted": {"warm_ms": nan, "warm_p95_ms": nan, "cold_ms": nan},
                        "plain": {
                            "warm_ms": round(timing.median * 1000, 2),
                            "warm_p95_ms": nan,
                            "cold_ms": nan,
                        },
                    }
        conn.execute("DROP TABLE IF EXISTS search_trial")
    finally:
        store.close()
    return found


def _apply(data: dataset.DataSet, statements: tuple[str, ...]) -> None:
    vault = data.open_vault()
    plain = data.open_plain()
    try:
        for conn in (vault.conn, plain.conn):
            for statement in statements:
                conn.execute(statement)
            conn.execute("ANALYZE")
    finally:
        vault.close()
        plain.close()


def run(data: dataset.DataSet, runs: int) -> dict[str, Any]:
    horizon = "2025-11-28"  # TODAY + 14
    year = suite.STATS_YEAR
    start, end = f"{year}-01-01", f"{year + 1}-01-01"
    common, name = fts_query(suite.COMMON_WORD), fts_query(suite.NAME_PREFIX)
    queries: dict[str, Callable[[Any], object]] = {
        "due": lambda c: c.execute(DUE_SQL, (horizon,)).fetchall(),
        "facts_contacts": lambda c: c.execute(FACTS_CONTACTS_SQL, (start, end, end)).fetchall(),
        "search_common_rank": lambda c: c.execute(SEARCH_RANK, (common,)).fetchall(),
        "search_common_newest": lambda c: c.execute(SEARCH_NEWEST, (common,)).fetchall(),
        "search_name_rank": lambda c: c.execute(SEARCH_RANK, (name,)).fetchall(),
        "search_name_newest": lambda c: c.execute(SEARCH_NEWEST, (name,)).fetchall(),
        "search_q_only_rank": lambda c: c.execute(SEARCH_RANK, ('"Q"*',)).fetchall(),
    }
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="vp-bench-exp-", dir=dataset.RESULTS) as tmp:
        copy = _copy(data, Path(tmp))
        for key, query in queries.items():
            dataset._stderr(f"  baseline {key}")
            result[f"{key} (as is)"] = _timings(copy, query, runs)
        result.update(_facts_for_year(copy, year, runs, "as is"))
        for mib in CACHE_SIZES_MIB:
            dataset._stderr(f"  cache_size {mib} MiB")
            result.update(_facts_for_year(copy, year, runs, f"cache {mib} MiB", mib))
        _apply(copy, DUE_COVERING + CONTACTS_COVERING)
        for key in ("due", "facts_contacts"):
            dataset._stderr(f"  covering indexes {key}")
            result[f"{key} (covering indexes)"] = _timings(copy, queries[key], runs)
        _apply(copy, FACTS_COVERING)
        result.update(_facts_for_year(copy, year, runs, "covering indexes for facts"))
        dataset._stderr("  FTS5 prefix indexes (plain copy)")
        result.update(_search_prefix_index(copy.plain_path, runs))
    for mib in CACHE_SIZES_MIB:
        dataset._stderr(f"  RSS with cache_size {mib} MiB (fresh process)")
        found = _probe("rss", str(data.directory), str(mib))
        result[f"RSS peak MiB (cache {mib} MiB)"] = {
            "encrypted": {
                "warm_ms": round(found["after_reads"]["vm_hwm_kib"] / 1024, 1),
                "warm_p95_ms": None,
                "cold_ms": None,
            },
            "plain": {"warm_ms": None, "warm_p95_ms": None, "cold_ms": None},
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure candidate fixes on copies of the data set.")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    data = dataset.ensure(dataset.SEED, dataset.QUICK_COUNT if args.quick else dataset.FULL_COUNT)
    result = run(data, args.runs)
    width = max(len(k) for k in result)
    print(
        f"{'query':<{width}}  {'enc warm':>9} {'enc cold':>9} {'plain warm':>10} {'plain cold':>10}  (ms, median)"
    )
    for key, t in result.items():
        enc, plain = t["encrypted"], t["plain"]
        cells = (enc["warm_ms"], enc["cold_ms"], plain["warm_ms"], plain["cold_ms"])
        print(f"{key:<{width}}  " + " ".join(f"{'-' if v is None else f'{v:.2f}':>10}" for v in cells))
    out = dataset.RESULTS / "experiments.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
