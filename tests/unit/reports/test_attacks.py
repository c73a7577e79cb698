"""The independent attacker (`support.attacker`) against every family of publications (issue 9).

It holds every published JSON, models CONTRACT.md's relations and the links between publications itself, and
solves integer programmes. Over one report, two consecutive years, two editions of a year with cases added,
closed and edited between them, each advisor's own report together with the ombudsperson's merge, and two
merges over overlapping advisors — on generated data and on adversarial sets — it must find no hidden cell
pinned or proven within 1..k-1, and no group a difference of publications defines proven to hold 1..k-1.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from support.attacker import Doc, attack
from unit.reports.synthetic import make_cases
from vertrouwenspersoon.reports.api import build_report, report_from_merged
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.reports.statistics import combine, compute

Y = 2026


def report(cases: list[CaseFacts], year: int = Y, population: str = "advisor-a", ledger=()):  # type: ignore[no-untyped-def]
    return build_report(cases, year, population=population, ledger=publications([r.record for r in ledger]))


def edited(cases: list[CaseFacts], seed: int, added: int, closed: int, changed: int) -> list[CaseFacts]:
    """The same vault later: `added` new cases, `closed` cases closed with an outcome, `changed` re-coded."""
    rng = random.Random(seed)
    out = list(cases)
    for i in rng.sample(range(len(out)), closed):
        out[i] = replace(out[i], closed_on=date(Y, 12, 1), outcomes=("advice",))
    for i in rng.sample(range(len(out)), changed):
        out[i] = replace(out[i], role="external", behaviours=("intimidation",))
    extra = [c for c in make_cases(seed + 1000, Y, 3 * added, tiny_unit=False) if c.opened_on.year == Y]
    return out + extra[:added]


# -- adversarial single reports ------------------------------------------------------------------------


def exactly_k_unit() -> list[CaseFacts]:
    cases = make_cases(41, Y, 60, tiny_unit=False)
    return [*cases, *(replace(cases[i], unit="Faculteit van precies vijf") for i in range(5))]


def single_external() -> list[CaseFacts]:
    cases = [replace(c, role="student") for c in make_cases(42, Y, 46, tiny_unit=False)]
    cases[7] = replace(cases[7], role="external")
    return cases


@pytest.mark.parametrize(
    "cases",
    [
        make_cases(51, Y, 58),
        make_cases(52, Y, 120),
        exactly_k_unit(),
        single_external(),
        *[make_cases(60 + n, Y, n, tiny_unit=False) for n in (1, 2, 4)],  # a year with 1..k-1 cases
    ],
    ids=["58-cases", "120-cases", "unit-of-exactly-k", "single-external", "1-case", "2-cases", "4-cases"],
)
def test_one_report(cases: list[CaseFacts]) -> None:
    assert attack([Doc("r", report(cases).to_json(), "a")]) == []


def test_the_attacker_is_not_blind_a_single_external_reporter_unprotected_is_found() -> None:
    from vertrouwenspersoon.reports.disclosure import protect
    from vertrouwenspersoon.reports.report_json import to_json

    protected = protect(compute(single_external(), Y), 5)
    protected.suppressed = set(protected.primary)  # what the first release published: primaries only
    found = {f.what for f in attack([Doc("r", to_json(protected, Y), "a")])}
    assert "r:role/external" in found


# -- across publications ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "n", "added", "closed", "changed"),
    [(1, 60, 2, 0, 0), (2, 80, 1, 2, 1), (3, 150, 3, 1, 0), (4, 40, 0, 0, 1), (5, 58, 0, 3, 0)],
)
def test_two_editions_of_one_year(seed: int, n: int, added: int, closed: int, changed: int) -> None:
    cases = make_cases(seed, Y, n)
    first = report(cases)
    second = report(edited(cases, seed, added, closed, changed), ledger=[first])
    only_added = closed == 0 and changed == 0
    docs = [
        Doc("first", first.to_json(), "a"),
        Doc("second", second.to_json(), "a", only_added_since="first" if only_added else None),
    ]
    assert attack(docs) == []


def test_an_unchanged_second_edition_adds_nothing() -> None:
    cases = make_cases(7, Y, 70)
    first = report(cases)
    second = report(cases, ledger=[first])
    docs = [Doc("first", first.to_json(), "a"), Doc("second", second.to_json(), "a", unchanged_since="first")]
    assert attack(docs) == []


@pytest.mark.parametrize(("seed", "n"), [(8, 80), (9, 150)])
def test_two_consecutive_years_linked_by_carried_over_cases(seed: int, n: int) -> None:
    cases = make_cases(seed, Y - 1, n) + make_cases(seed + 100, Y, n)
    earlier = report(cases, Y - 1)
    later = report(cases, Y, ledger=[earlier])
    assert attack([Doc("y1", earlier.to_json(), "a"), Doc("y2", later.to_json(), "a")]) == []


ADVISORS = {
    "advisor-aaaa": make_cases(1, Y, 80),
    "advisor-bbbb": make_cases(2, Y, 40, tiny_unit=False),
    "advisor-cccc": make_cases(3, Y, 3, tiny_unit=False),  # below k
}


def merged(names: list[str], own: dict, earlier: list[dict] = ()):  # type: ignore[no-untyped-def]
    parts = {Y: [(a, compute(ADVISORS[a], Y)) for a in names]}
    per_year = {Y: combine(f for _, f in parts[Y])}
    ledger = publications([own[a].record for a in names if a in own] + list(earlier))
    return report_from_merged(per_year, parts=parts, ledger=ledger)


def test_each_advisors_own_report_with_the_merge_and_an_advisor_below_k() -> None:
    own = {a: report(c, population=a) for a, c in ADVISORS.items()}
    merge = merged(list(ADVISORS), own)
    docs = [Doc(a, own[a].to_json(), a) for a in ADVISORS]
    docs.append(Doc("merge", merge.to_json(), "ombudsperson", parts=list(ADVISORS)))
    assert attack(docs) == []


def test_an_advisor_below_k_who_published_nothing_is_not_exposed_by_the_merge() -> None:
    own = {a: report(c, population=a) for a, c in ADVISORS.items() if a != "advisor-cccc"}
    merge = merged(list(ADVISORS), own)
    docs = [Doc(a, r.to_json(), a) for a, r in own.items()]
    docs.append(Doc("merge", merge.to_json(), "ombudsperson", parts=list(ADVISORS)))
    assert attack(docs) == []


def test_two_merges_over_overlapping_advisors() -> None:
    own = {a: report(c, population=a) for a, c in ADVISORS.items()}
    first = merged(list(ADVISORS), own)
    second = merged(["advisor-aaaa", "advisor-bbbb"], own, earlier=first.merge_records)
    docs = [Doc(a, own[a].to_json(), a) for a in ADVISORS]
    docs.append(Doc("m1", first.to_json(), "ombudsperson-1", parts=list(ADVISORS)))
    docs.append(Doc("m2", second.to_json(), "ombudsperson-2", parts=["advisor-aaaa", "advisor-bbbb"]))
    assert attack(docs) == []
