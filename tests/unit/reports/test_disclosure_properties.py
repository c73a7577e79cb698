"""Property tests over random case sets: what is published passes the audit and the independent attacker."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.attacker import Doc, attack
from vertrouwenspersoon.reports.api import build_report
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(case_strategy, min_size=0, max_size=60), st.sampled_from([3, 5]))
def test_suppression_always_passes_the_audit(cases: list[CaseFacts], k: int) -> None:
    protected = protect(compute(cases, 2026), k)
    audit(protected)  # raises if anything is recoverable
    for value in protected.published.values():
        assert value is None or value == 0 or value >= k


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(case_strategy, min_size=5, max_size=40))
def test_the_independent_attacker_pins_nothing_in_random_reports(cases: list[CaseFacts]) -> None:
    doc = build_report(cases, 2026, k=5).to_json()
    assert attack([Doc("report", doc, "advisor")]) == []
