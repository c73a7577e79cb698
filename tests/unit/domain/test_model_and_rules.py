"""Validation of case values, taxonomy, references, clock and the synthetic generator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from vertrouwenspersoon.domain.clock import Clock, FixedClock, SystemClock
from vertrouwenspersoon.domain.errors import PROBLEM_TEXT, TaxonomyError, ValidationError
from vertrouwenspersoon.domain.model import ContactMoment
from vertrouwenspersoon.domain.reference import next_reference, parse_reference
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.domain.validation import check_case, validate_case


def problems(case, taxonomy):
    return [(e.field, e.problem) for e in validate_case(case, taxonomy)]


def test_example_case_is_valid(make_case, taxonomy):
    assert validate_case(make_case(), taxonomy) == []


def test_validation_of_values(make_case, taxonomy):
    base = make_case()
    assert problems(replace(base, closed_on=date(2026, 3, 1)), taxonomy) == [
        ("closed_on", "closed-before-opened")
    ]
    assert problems(replace(base, anonymous=True), taxonomy) == [
        ("reporter.alias", "not-allowed-when-anonymous"),
        ("reporter.contact", "not-allowed-when-anonymous"),
    ]
    assert problems(replace(base, alias="  "), taxonomy) == [("reporter.alias", "required")]
    assert problems(replace(base, outcomes=()), taxonomy) == [("outcomes", "required")]
    assert problems(replace(base, behaviour=("bullying", "bullying")), taxonomy) == [
        ("behaviour[1]", "duplicate-code")
    ]
    late = ContactMoment(at=datetime(2026, 3, 2, 9, 0, 30), minutes=721, mode="phone", with_="reporter")
    assert problems(replace(base, contacts=(late,)), taxonomy) == [
        ("contacts[0].at", "bad-format"),
        ("contacts[0].minutes", "out-of-range"),
    ]
    assert problems(replace(base, notes="ok\ttab\r\n" + "\u202e"), taxonomy) == []  # RTL override is text
    assert problems(replace(base, notes="\x7f"), taxonomy) == [("notes", "control-characters")]
    assert problems(replace(base, notes="\ud800"), taxonomy) == [("notes", "invalid-characters")]
    assert problems(replace(base, notes="é" * 1_000_000), taxonomy) == []
    with pytest.raises(ValidationError):
        check_case(replace(base, setting="moon"), taxonomy)


def test_every_problem_key_has_dutch_and_english_text():
    for key, (nl, en) in PROBLEM_TEXT.items():
        assert nl and en and nl != en, key


def test_taxonomy_contract_codes_and_extension(taxonomy):
    assert taxonomy.codes("role") == (
        "student",
        "phd",
        "staff-academic",
        "staff-support",
        "external",
        "unknown",
    )
    assert taxonomy.label("behaviour", "bullying") == "Pesten"
    assert taxonomy.label("behaviour", "bullying", "en") == "Bullying"
    assert taxonomy.ioa("bullying").number == "2/3"
    assert taxonomy.ioa("discrimination").number == "5"
    assert taxonomy.ioa("integrity").number == "9"
    assert "referral" in taxonomy.codes("channel") and "referral" not in taxonomy.codes("mode")
    extra = {"referral": {"studentenpastor": {"nl": "Studentenpastor", "en": "Student chaplain"}}}
    bigger = taxonomy.extended(extra)
    assert bigger.codes("referral")[-1] == "studentenpastor"
    assert bigger.extended(extra) == bigger  # applying the same policy twice is harmless
    with pytest.raises(TaxonomyError) as reused:
        taxonomy.extended({"behaviour": {"bullying": {"nl": "Roddelen", "en": "Gossip"}}})
    assert reused.value.problem == "code-reused"
    with pytest.raises(TaxonomyError):
        taxonomy.extended({"behaviour": {"Bad Code": {"nl": "x", "en": "x"}}})
    with pytest.raises(TaxonomyError):
        taxonomy.extended({"colour": {"red": {"nl": "rood", "en": "red"}}})
    assert type(taxonomy).from_dict(taxonomy.to_dict()) == taxonomy


def test_references_are_per_year_and_grow_past_999():
    assert next_reference(2026, []) == "2026-001"
    assert next_reference(2026, ["2025-040", "2026-013", "2026-002"]) == "2026-014"
    assert next_reference(2026, ["2026-999"]) == "2026-1000"
    assert next_reference(2027, ["2026-999"]) == "2027-001"
    assert parse_reference("2026-1000") == (2026, 1000)
    with pytest.raises(ValueError):
        parse_reference("26-1")


def test_clocks():
    clock = FixedClock(datetime(2026, 3, 10, 9, 0))
    assert isinstance(clock, Clock) and isinstance(SystemClock(), Clock)
    clock.advance(days=1, hours=2)
    assert clock.now() == datetime(2026, 3, 11, 11, 0)
    clock.set(date(2026, 12, 31))
    assert clock.today() == date(2026, 12, 31)
    assert abs(SystemClock().now() - datetime.now()) < timedelta(seconds=5)


def test_generator_is_deterministic_and_every_case_validates(taxonomy):
    first = generate_cases(7, 600, 2019, 2026, date(2026, 3, 10))
    assert first == generate_cases(7, 600, 2019, 2026, date(2026, 3, 10))
    assert first != generate_cases(8, 600, 2019, 2026, date(2026, 3, 10))
    for case in first:
        assert validate_case(case, taxonomy) == [], case.reference
    refs = [c.reference for c in first]
    assert len(set(refs)) == len(refs)
    assert all(c.opened_on <= date(2026, 3, 10) for c in first)
    contacts = [len(c.contacts) for c in first]
    assert 8 <= sum(contacts) / len(first) <= 12
    assert all(c.alias is None or c.alias.startswith("Test-") for c in first)
    old = [c for c in first if c.opened_on < date(2025, 3, 1)]
    assert 0.75 <= sum(c.closed_on is not None for c in old) / len(old) <= 0.95
    behaviour = [b for c in first for b in c.behaviour]
    assert (
        behaviour.count("bullying") > behaviour.count("sexual-harassment") > behaviour.count("radicalisation")
    )
