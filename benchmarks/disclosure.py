"""Disclosure control in the users' regime (issue 9): advisor-sized years, institution codes, editions, merges.

    python -m benchmarks.disclosure [--quick]

The university-10y set (≈4,800 cases a year) never reaches the hard regime: an ordinary advisor has 50–500
cases in a year, with many cells of 1..k-1. These sets do, and measure `build_report` (counting, protection
against the ledger, and the final audit) as the CLI and the app call it:
- 20 advisor years from the project's generator, 50–500 cases, default taxonomy (budget: median ≤ 300 ms,
  p95 ≤ 1 s);
- the same with 40 institution behaviour codes added (budget ≤ 2 s);
- a second edition of each year with a few cases added, protected against the first (no budget of its own);
- the ombudsperson's merge of 50 bundles × 5 years, every year with cases (budget ≤ 5 s; three runs).
It also prints the information loss (cells and cases withheld). Results go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date

from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.reports.api import build_report, report_from_merged
from vertrouwenspersoon.reports.facts import CaseFacts, case_facts
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.reports.statistics import combine, compute

YEAR = 2025
TODAY = date(2026, 3, 1)


def facts(cases: list[Case]) -> list[CaseFacts]:
    """What `store.facts_source` reads, straight from generated cases (no vault: this measures the report)."""
    return [case_facts(c) for c in cases]


def advisor_year(seed: int, in_year: int, year: int = YEAR) -> list[CaseFacts]:
    """About `in_year` cases in `year`'s figures (opened over two years, so some are carried over)."""
    return facts(generate_cases(seed, int(in_year * 1.6), year - 1, year, TODAY))


def with_institution_codes(cases: list[CaseFacts], seed: int, extra: int = 40) -> list[CaseFacts]:
    rng = random.Random(seed)
    codes = [f"inst-{i:02d}" for i in range(extra)]
    return [
        replace(c, behaviours=(*c.behaviours, rng.choice(codes))) if rng.random() < 0.5 else c for c in cases
    ]


def timed(call) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def summary(name: str, seconds: list[float], budget: str) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"| {name} | {budget} | {1000 * statistics.median(seconds):.0f} ms | {1000 * p95:.0f} ms "
        f"| {1000 * max(seconds):.0f} ms | {len(seconds)} |"
    )


def loss(report) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from vertrouwenspersoon.reports.ledger import cells_of_rows

    rec = report.record
    truth = cells_of_rows(rec["truth"])
    hidden = [tuple(c) for c in rec["hidden"]]
    return len(hidden), sum(truth[c] for c in hidden)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 years and 10 bundles instead of 20 and 50")
    args = parser.parse_args(argv)
    years = 5 if args.quick else 20
    sizes = [50 + (450 * i) // max(1, years - 1) for i in range(years)]
    print("| set | budget | median | p95 | max | runs |\n|---|---|---|---|---|---|")
    plain, inst, second, losses = [], [], [], []
    for i, size in enumerate(sizes):
        cases = advisor_year(100 + i, size)
        seconds, report = timed(lambda cases=cases: build_report(cases, YEAR, population="a"))
        plain.append(seconds)
        losses.append((size, *loss(report)))
        later = cases + advisor_year(900 + i, 5)[:3]
        seconds, _ = timed(
            lambda later=later, report=report: build_report(
                later, YEAR, population="a", ledger=publications([report.record])
            )
        )
        second.append(seconds)
        coded = with_institution_codes(cases, i)
        seconds, _ = timed(lambda coded=coded: build_report(coded, YEAR, population="a"))
        inst.append(seconds)
        print(
            f"  {size} cases: {1000 * plain[-1]:.0f} / {1000 * second[-1]:.0f} / {1000 * inst[-1]:.0f} ms",
            file=sys.stderr,
            flush=True,
        )
    print(summary(f"advisor year, 50–500 cases ({years} years)", plain, "median ≤ 300 ms, p95 ≤ 1 s"))
    print(summary("the same + 40 institution codes", inst, "≤ 2 s"))
    print(summary("second edition (3 cases added) against the first", second, "—"))
    bundles = 10 if args.quick else 50
    parts = {
        y: [(f"advisor-{a:04d}", compute(advisor_year(a * 10 + y, 60 + 7 * a, y), y)) for a in range(bundles)]
        for y in range(YEAR - 4, YEAR + 1)
    }
    per_year = {y: combine(f for _, f in group) for y, group in parts.items()}
    merges = [timed(lambda: report_from_merged(per_year, parts=parts))[0] for _ in range(3)]
    print(summary(f"merge of {bundles} bundles × 5 years", merges, "≤ 5 s"))
    print("\n| cases in the year | cells withheld | cases behind them |\n|---|---|---|")
    for size, cells, hidden in losses:
        print(f"| {size} | {cells} | {hidden} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
