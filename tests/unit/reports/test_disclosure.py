"""Disclosure control: small cells hidden, nothing recoverable by an attacker, weak patterns caught."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from unit.reports.synthetic import make_cases
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.audit_intervals import Relation, intervals, violations
from vertrouwenspersoon.reports.disclosure import protect
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.relations import build_relations
from vertrouwenspersoon.reports.report_json import cells_from_json
from vertrouwenspersoon.reports.statistics import FLAGS, compute

YEAR = 2026


def attacker_check(doc: dict, extra: list[Relation] = ()) -> list:
    """Re-derive the attacker's intervals from the published JSON alone (plus the public relations)."""
    cells = cells_from_json(doc)
    withheld = {r.split()[1] for r in doc["rules"] if r.startswith("table ") and " withheld" in r}
    lower = {c: 0 for c in cells if c[0] in withheld}
    upper = {c: doc["k"] - 1 for c in cells if c[0] in withheld and c[0] != "grounds"}
    relations = build_relations(set(cells), dict.fromkeys(FLAGS, True)) + list(extra)
    exempt = [c for c in upper]
    return violations(cells, relations, doc["k"], lower, upper, exempt)


@pytest.mark.parametrize(
    ("seed", "n", "k"), [(11, 150, 5), (12, 70, 5), (13, 40, 5), (14, 90, 4), (15, 300, 5)]
)
def test_no_suppressed_cell_is_pinned_below_k(seed: int, n: int, k: int) -> None:
    doc = build_report(make_cases(seed, YEAR, n), YEAR, k=k).to_json()
    cells = cells_from_json(doc)
    assert any(v is None for v in cells.values())  # the test data do need suppression
    assert attacker_check(doc) == []


def role_figures(counts: dict[str, int]) -> list[CaseFacts]:
    return [
        CaseFacts(opened_on=date(YEAR, 3, 1), role=role, behaviours=("bullying",), unit="U")
        for role, n in counts.items()
        for _ in range(n)
    ]


def test_a_single_small_cell_gets_a_complement() -> None:
    protected = protect(
        compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR), 5
    )
    hidden = {c for c in protected.suppressed if c[0] == "role"}
    assert ("role", "phd") in hidden and len(hidden) >= 2
    # the complement is the smallest publishable cell, and the total stays published
    assert ("role", "staff-support") in hidden and ("totals", "new_cases") not in protected.suppressed


def test_weak_suppression_is_caught() -> None:
    fig = compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR)
    protected = protect(fig, 5)
    weak = {c: (None if c in protected.primary else v) for c, v in protected.values.items()}
    bad = violations(weak, protected.relations, 5)
    pinned = {iv.cell: (iv.low, iv.high) for iv in bad}
    # phd = 26 - 10 - 8 - 6; its role x behaviour cell equals it (every case is bullying, column published)
    assert pinned == {("role", "phd"): (2, 2), ("role_x_behaviour", "phd/bullying"): (2, 2)}


def test_margin_shared_with_role_x_behaviour_is_protected() -> None:
    # role is safe on its own (phd 5), but role_x_behaviour's phd/bullying = 2 with its column published
    cases = role_figures({"student": 10, "staff-academic": 8}) + [
        CaseFacts(opened_on=date(YEAR, 3, 1), role="phd", behaviours=(b,), unit="U")
        for b in ["bullying", "bullying", "integrity", "integrity", "integrity"]
    ]
    doc = build_report(cases, YEAR, k=5).to_json()
    cells = cells_from_json(doc)
    assert cells["role_x_behaviour", "phd/bullying"] is None
    assert attacker_check(doc) == []


def test_second_edition_of_the_same_year_keeps_earlier_suppressions() -> None:
    cases = make_cases(21, YEAR, 80)
    first = build_report(cases, YEAR, k=5).to_json()
    second = build_report(cases, YEAR, k=5, previous=[first]).to_json()
    before, after = cells_from_json(first), cells_from_json(second)
    assert {c for c, v in before.items() if v is None} <= {c for c, v in after.items() if v is None}
    known = [Relation(((c, 1),), "==", v) for c, v in before.items() if v is not None]
    assert attacker_check(second, known) == []


def test_two_individually_safe_editions_are_caught_together() -> None:
    # edition 1 hides phd + staff-support, edition 2 hides phd + staff-academic: each safe alone
    fig = compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR)
    protected = protect(fig, 5)
    values = protected.values

    def hide(*roles: str) -> dict:
        cells = {("role", r) for r in roles} | {("role_x_behaviour", f"{r}/bullying") for r in roles}
        return {c: (None if c in cells else v) for c, v in values.items()}

    one, two = hide("phd", "staff-support"), hide("phd", "staff-academic")
    assert violations(one, protected.relations, 5) == [] and violations(two, protected.relations, 5) == []
    known = [Relation(((c, 1),), "==", v) for c, v in one.items() if v is not None]
    assert ("role", "phd") in {iv.cell for iv in violations(two, protected.relations + known, 5)}


def test_trend_shows_earlier_years_exactly_as_published() -> None:
    earlier = build_report(make_cases(31, YEAR - 1, 60), YEAR - 1, k=5).to_json()
    report = build_report(make_cases(32, YEAR, 60), YEAR, k=5, previous=[earlier])
    assert report.previous == [earlier]


def test_k_below_three_is_refused() -> None:
    with pytest.raises(BadInputError) as caught:
        build_report(make_cases(1, YEAR, 30), YEAR, k=2)
    assert "k=2" in caught.value.message("en")


def test_fewer_than_k_cases_publishes_no_figure() -> None:
    doc = build_report(make_cases(1, YEAR, 3)[:3], YEAR, k=5).to_json()
    assert all(v is None for v in cells_from_json(doc).values())
    assert "fewer than 5 cases in total: all figures withheld" in doc["rules"]


def test_year_without_cases_publishes_zeros() -> None:
    doc = build_report([], YEAR, k=5).to_json()
    assert doc["totals"]["new_cases"] == {"count": 0} and all(
        row["count"] == 0 for row in doc["tables"]["behaviour"]
    )


def brute_force(cells: dict, relations: list[Relation], hidden: list, top: int) -> dict:
    """Every integer assignment 1..top of the hidden cells that satisfies the relations: min and max."""
    found: dict = {c: [] for c in hidden}
    for combo in product(range(1, top + 1), repeat=len(hidden)):
        values = {**cells, **dict(zip(hidden, combo, strict=True))}
        if all(r.holds(values) for r in relations):
            for c, v in zip(hidden, combo, strict=True):
                found[c].append(v)
    return {c: (min(v), max(v)) for c, v in found.items()}


def test_lp_bounds_match_brute_force_on_a_two_way_table() -> None:
    # 2 x 3 table with row and column totals published; four cells hidden
    table = {("t", "a1"): 3, ("t", "a2"): 6, ("t", "a3"): 2, ("t", "b1"): 7, ("t", "b2"): 1, ("t", "b3"): 9}
    rows = {"a": 11, "b": 17}
    cols = {"1": 10, "2": 7, "3": 11}
    relations = [
        Relation(tuple((("t", f"{r}{c}"), 1) for c in "123"), "==", total) for r, total in rows.items()
    ]
    relations += [
        Relation(tuple((("t", f"{r}{c}"), 1) for r in "ab"), "==", total) for c, total in cols.items()
    ]
    hidden = [("t", "a1"), ("t", "a3"), ("t", "b1"), ("t", "b3")]
    published = {c: (None if c in hidden else v) for c, v in table.items()}
    expected = brute_force({c: v for c, v in table.items() if c not in hidden}, relations, hidden, 20)
    got = {iv.cell: (iv.low, iv.high) for iv in intervals(published, relations)}
    assert got == expected
    assert got[("t", "a1")] == (1, 4)  # a1 + a3 = 5 with a3 >= 1
