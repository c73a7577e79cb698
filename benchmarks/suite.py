"""The read benchmarks: each one is the call the app makes, run unchanged on the vault and on the plain copies."""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.dataset import LAST_YEAR, TODAY
from vertrouwenspersoon.store.cases import CaseRepository

STATS_YEAR = LAST_YEAR - 1  # the last whole year of the set
COMMON_WORD = "bespreekt"  # in most contact notes: many hits to rank
NAME_PREFIX = "Test-Q"  # an alias prefix: a few hundred hits
ABSENT_PREFIX = "jans"  # a name nobody in the set has: the prefix lookup alone


@dataclass(frozen=True)
class ReadBenchmark:
    key: str
    title: str
    budget_s: float
    call: Callable[[CaseRepository, Any], object]
    runs_scale: float = 1.0  # fewer repetitions for the slow ones
    informative: bool = False  # a part of a budgeted whole: shown with its ratio, no verdict of its own


def case_with_contacts(conn: Any, wanted: int = 50) -> tuple[int, int]:
    """(case id, contacts) of the case with the fewest contacts that still has `wanted` or more."""
    row = conn.execute(
        "SELECT case_id, count(*) AS n FROM contacts GROUP BY case_id HAVING n >= ? ORDER BY n, case_id LIMIT 1",
        (wanted,),
    ).fetchone()
    if row is None:  # a tiny set: take the longest case there is
        row = conn.execute(
            "SELECT case_id, count(*) AS n FROM contacts GROUP BY case_id ORDER BY n DESC, case_id LIMIT 1"
        ).fetchone()
    return int(row[0]), int(row[1])


def report_functions() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """(facts_for_year(vault, year), build_report(facts, year)) when the code base offers them yet."""
    try:
        facts_source = importlib.import_module("vertrouwenspersoon.store.facts_source")
        api = importlib.import_module("vertrouwenspersoon.reports.api")
    except ImportError:
        return None
    facts_for_year = getattr(facts_source, "facts_for_year", None)
    build_report = getattr(api, "build_report", None)
    if facts_for_year is None or build_report is None:
        return None
    return facts_for_year, build_report


def read_benchmarks(case_id: int, contacts: int) -> list[ReadBenchmark]:
    found = [
        ReadBenchmark(
            "due",
            "due list as Vandaag asks it (first 200 + overdue count)",
            0.020,
            lambda repo, store: (repo.due(TODAY, 14, limit=200), repo.overdue_count(TODAY)),
        ),
        ReadBenchmark(
            "due_all", "due list, every row (CLI due --json)", 0.100, lambda repo, store: repo.due(TODAY, 14)
        ),
        ReadBenchmark(
            "first_page",
            "case list: first page (100 rows) + count",
            0.050,
            lambda repo, store: (repo.rows(limit=100), repo.count()),
        ),
        ReadBenchmark(
            "open_case", f"open a case ({contacts} contacts)", 0.030, lambda repo, store: repo.load(case_id)
        ),
        ReadBenchmark(
            "search_common", f"search: common word '{COMMON_WORD}'", 0.050, lambda r, s: r.search(COMMON_WORD)
        ),
        ReadBenchmark(
            "search_name", f"search: name prefix '{NAME_PREFIX}'", 0.050, lambda r, s: r.search(NAME_PREFIX)
        ),
        ReadBenchmark(
            "search_absent",
            f"search: absent name '{ABSENT_PREFIX}'",
            0.050,
            lambda r, s: r.search(ABSENT_PREFIX),
        ),
    ]
    functions = report_functions()
    if functions is not None:
        facts_for_year, build_report = functions

        def statistics(repo: CaseRepository, store: Any) -> object:
            return build_report(facts_for_year(store, STATS_YEAR), STATS_YEAR)

        def pdf(repo: CaseRepository, store: Any) -> object:
            report = build_report(facts_for_year(store, STATS_YEAR), STATS_YEAR)
            with tempfile.TemporaryDirectory(prefix="vp-bench-") as tmp:
                report.write_pdf(Path(tmp) / "report.pdf")
            return report

        found += [
            ReadBenchmark(
                "statistics_read",
                f"annual statistics {STATS_YEAR}: store read only",
                0.300,
                lambda repo, store: facts_for_year(store, STATS_YEAR),
                runs_scale=0.5,
                informative=True,
            ),
            ReadBenchmark(
                "statistics", f"annual statistics {STATS_YEAR}", 0.300, statistics, runs_scale=0.34
            ),
            ReadBenchmark("pdf", f"annual PDF {STATS_YEAR}", 2.0, pdf, runs_scale=0.17),
        ]
    return found
