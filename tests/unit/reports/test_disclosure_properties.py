"""Property tests over random tables: the suppression always passes the checker; weak suppression never does."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vertrouwenspersoon.reports.audit_intervals import Relation, violations
from vertrouwenspersoon.reports.disclosure import audit, protect
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.statistics import compute

ROLES = ["student", "phd", "staff-academic", "staff-support"]
BEHAVIOURS = ["bullying", "discrimination", "integrity", "intimidation"]

case_strategy = st.builds(
    lambda role, behaviours, month, unit, closed, outcome: CaseFacts(
        opened_on=date(2026, month, 1),
        closed_on=date(2026, 12, 1) if closed else None,
        role=role,
        behaviours=tuple(behaviours),
        unit=unit,
        outcomes=(outcome,) if closed else (),
        grounds=("gender",) if "discrimination" in behaviours else (),
    ),
    st.sampled_from(ROLES),
    st.sets(st.sampled_from(BEHAVIOURS), min_size=1, max_size=2),
    st.integers(1, 12),
    st.sampled_from(["A", "B", "C"]),
    st.booleans(),
    st.sampled_from(["advice", "referral"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(case_strategy, min_size=0, max_size=60), st.sampled_from([3, 5]))
def test_suppression_always_passes_the_checker(cases: list[CaseFacts], k: int) -> None:
    protected = protect(compute(cases, 2026), k)
    audit(protected)  # raises if anything is recoverable
    for value in protected.published.values():
        assert value is None or value == 0 or value >= k


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=2, max_size=6), st.data())
def test_one_hidden_cell_in_a_table_with_a_published_total_is_caught(
    row: list[int], data: st.DataObject
) -> None:
    k = 5
    small = data.draw(st.integers(1, k - 1))
    where = data.draw(st.integers(0, len(row) - 1))
    row[where] = small
    cells = {("t", str(i)): v for i, v in enumerate(row)}
    published = {c: (None if c == ("t", str(where)) else v) for c, v in cells.items()}
    total = Relation(tuple((c, 1) for c in cells), "==", sum(row))
    assert [iv.cell for iv in violations(published, [total], k)] == [("t", str(where))]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=3, max_size=3))
def test_primary_only_on_a_two_way_table_is_caught_when_a_row_has_one_hidden_cell(
    grid: list[list[int]],
) -> None:
    k = 5
    cells = {("t", f"{r}{c}"): grid[r][c] for r in range(3) for c in range(3)}
    relations = [
        Relation(tuple((("t", f"{r}{c}"), 1) for c in range(3)), "==", sum(grid[r])) for r in range(3)
    ]
    relations += [
        Relation(tuple((("t", f"{r}{c}"), 1) for r in range(3)), "==", sum(grid[r][c] for r in range(3)))
        for c in range(3)
    ]
    published = {c: (None if 0 < v < k else v) for c, v in cells.items()}
    lonely = any(sum(1 for c in range(3) if published["t", f"{r}{c}"] is None) == 1 for r in range(3))
    if lonely:
        assert violations(published, relations, k)
