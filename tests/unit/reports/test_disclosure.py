"""Disclosure control of one report: small cells hidden, complements chosen, weak patterns caught.

Safety is judged by `support.attacker`, an independent integer-programming attacker that shares no code with
the product; tests across publications (editions, years, merges) are in test_attacks.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from support.attacker import Doc, attack
from unit.reports.synthetic import make_cases
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.disclosure import protect
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.report_json import cells_from_json, to_json
from vertrouwenspersoon.reports.statistics import compute

YEAR = 2026


def alone(doc: dict) -> list:
    return attack([Doc("report", doc, "advisor")])


@pytest.mark.parametrize(
    ("seed", "n", "k"), [(11, 150, 5), (12, 70, 5), (13, 40, 5), (14, 90, 4), (15, 300, 5), (16, 500, 5)]
)
def test_no_suppressed_cell_is_pinned_or_proven_small(seed: int, n: int, k: int) -> None:
    doc = build_report(make_cases(seed, YEAR, n), YEAR, k=k).to_json()
    cells = cells_from_json(doc)
    if n < 500:
        assert any(v is None for v in cells.values())  # the test data do need suppression
    assert alone(doc) == []


def role_figures(counts: dict[str, int]) -> list[CaseFacts]:
    return [
        CaseFacts(opened_on=date(YEAR, 3, 1), role=role, behaviours=("bullying",), unit="U")
        for role, n in counts.items()
        for _ in range(n)
    ]


def test_a_single_small_cell_gets_a_complement_and_the_total_stays() -> None:
    protected = protect(
        compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR), 5
    )
    hidden = {c for c in protected.suppressed if c[0] == "role"}
    assert ("role", "phd") in hidden and len(hidden) >= 2
    # the cheapest complement: the smallest publishable role (6 cases), never the year's total
    assert ("role", "staff-support") in hidden and ("totals", "new_cases") not in protected.suppressed


def test_primary_suppression_alone_is_caught_by_the_attacker() -> None:
    fig = compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR)
    protected = protect(fig, 5)
    weak = replace(protected, suppressed=set(protected.primary))
    found = {f.what: (f.low, f.high) for f in alone(to_json(weak, YEAR))}
    # phd = 26 - 10 - 8 - 6; its role x behaviour cell equals it (every case is bullying, column published)
    assert found["report:role/phd"] == (2, 2)
    assert found["report:role_x_behaviour/phd|bullying"] == (2, 2)
    assert alone(to_json(protected, YEAR)) == []


def test_margin_shared_with_role_x_behaviour_is_protected() -> None:
    # role is safe on its own (phd 5), but role_x_behaviour's phd/bullying = 2 with its column published
    cases = role_figures({"student": 10, "staff-academic": 8}) + [
        CaseFacts(opened_on=date(YEAR, 3, 1), role="phd", behaviours=(b,), unit="U")
        for b in ["bullying", "bullying", "integrity", "integrity", "integrity"]
    ]
    doc = build_report(cases, YEAR, k=5).to_json()
    assert cells_from_json(doc)["role_x_behaviour", "phd/bullying"] is None
    assert alone(doc) == []


def test_two_individually_safe_patterns_are_caught_together() -> None:
    # edition 1 hides phd + staff-support, edition 2 hides phd + staff-academic: each safe alone
    fig = compute(role_figures({"student": 10, "phd": 2, "staff-academic": 8, "staff-support": 6}), YEAR)
    protected = protect(fig, 5)

    def hide(*roles: str) -> dict:
        cells = {("role", r) for r in roles} | {("role_x_behaviour", f"{r}/bullying") for r in roles}
        return to_json(replace(protected, suppressed=cells), YEAR)

    one, two = hide("phd", "staff-support"), hide("phd", "staff-academic")
    assert alone(one) == [] and alone(two) == []
    together = attack([Doc("one", one, "advisor"), Doc("two", two, "advisor", unchanged_since="one")])
    assert "two:role/phd" in {f.what for f in together}


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


def test_a_solver_that_runs_out_of_time_never_lets_a_cell_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no time at all for the cover MIPs, HiGHS answers nothing; that must never be read as "this cell
    cannot be protected" (which would skip it): the report hides more instead, and stays safe."""
    from vertrouwenspersoon.reports import protection

    cases = make_cases(12, YEAR, 70)
    normal = protect(compute(cases, YEAR), 5)
    monkeypatch.setattr(protection, "COVER_SECONDS", 0.0)
    rushed = protect(compute(cases, YEAR), 5)
    assert rushed.exposed_before == [] and len(rushed.suppressed) >= len(normal.suppressed)
    assert alone(to_json(rushed, YEAR)) == []


def test_the_audit_refuses_a_pattern_that_lets_a_small_count_be_worked_out():
    """The last check before writing must fail when protection is undone: publish every protecting cell."""
    from vertrouwenspersoon.reports.disclosure import DisclosureError, audit

    fig = compute(make_cases(5, YEAR, 60), YEAR)
    protected = protect(fig, 5)
    assert protected.secondary  # the premise: small cells needed protecting cells
    audit(protected)  # as made, it passes
    protected.suppressed = protected.suppressed - protected.secondary
    with pytest.raises(DisclosureError):
        audit(protected)


def test_the_audit_refuses_a_published_small_count():
    from vertrouwenspersoon.reports.disclosure import DisclosureError, audit

    protected = protect(compute(make_cases(5, YEAR, 60), YEAR), 5)
    protected.suppressed = protected.suppressed - {next(iter(protected.primary))}
    with pytest.raises(DisclosureError):
        audit(protected)
