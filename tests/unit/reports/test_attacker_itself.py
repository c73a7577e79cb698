"""The test attacker must not cry wolf: a count that is unbounded above is not "proven small"."""

from __future__ import annotations

from datetime import date

from support.attacker import Doc, attack
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.facts import CaseFacts


def _case(role: str, behaviour: str, unit: str) -> CaseFacts:
    return CaseFacts(
        opened_on=date(2026, 1, 1),
        closed_on=None,
        role=role,
        behaviours=(behaviour,),
        unit=unit,
        outcomes=(),
        grounds=("gender",) if behaviour == "discrimination" else (),
    )


def test_a_five_case_year_found_by_hypothesis_holds():
    """Once reported as a leak (student proven 1..2): scipy's presolve gave a wrong maximum."""
    cases = [
        _case("student", "bullying", "A"),
        _case("student", "bullying", "A"),
        _case("student", "bullying", "B"),
        _case("student", "discrimination", "A"),
        _case("phd", "bullying", "A"),
    ]
    doc = build_report(cases, 2026, k=5).to_json()
    assert attack([Doc("report", doc, "advisor")]) == []
