"""Exchange format v1: the contract's example, round trips, and every bad input of issue 3."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.contract_example import CONTRACT_EXAMPLE
from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.exchange import parse_document, to_document
from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir

TAXONOMY = Taxonomy.from_file(resource_dir() / "taxonomy.json")


def example_document() -> dict:
    return json.loads(CONTRACT_EXAMPLE)


def test_contract_example_parses_to_the_expected_case(taxonomy, make_case):
    assert parse_document(example_document(), taxonomy) == [make_case()]


def test_export_of_the_example_is_the_contract_text_with_its_key_order(taxonomy):
    exported = to_document(parse_document(example_document(), taxonomy))
    assert exported == example_document()
    assert json.dumps(exported) == json.dumps(example_document())  # same key order too


# -- round trip property ------------------------------------------------------------------------
SAFE_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\n\t\r"), max_size=40
)


@st.composite
def cases(draw, reference: str) -> Case:
    opened = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    closed = draw(st.none() | st.dates(opened, opened + timedelta(days=800)))
    anonymous = draw(st.booleans())
    behaviour = tuple(
        draw(st.lists(st.sampled_from(TAXONOMY.codes("behaviour")), min_size=1, max_size=3, unique=True))
    )
    grounds = ()
    if "discrimination" in behaviour:
        grounds = tuple(draw(st.lists(st.sampled_from(TAXONOMY.codes("grounds")), min_size=1, unique=True)))

    def after(days=400):
        return st.dates(opened, opened + timedelta(days=days))

    contacts = draw(
        st.lists(
            st.builds(
                ContactMoment,
                at=st.builds(
                    lambda d, h, m: datetime(d.year, d.month, d.day, h, m),
                    after(),
                    st.integers(0, 23),
                    st.integers(0, 59),
                ),
                minutes=st.integers(1, 720),
                mode=st.sampled_from(TAXONOMY.codes("mode")),
                with_=st.sampled_from(TAXONOMY.codes("with")),
                notes=st.none() | SAFE_TEXT,
            ),
            max_size=4,
        )
    )

    @st.composite
    def followups(draw2):
        settled = draw2(st.sampled_from(["open", "done", "cancelled"]))
        return FollowUp(
            kind=draw2(st.sampled_from(TAXONOMY.codes("kind"))),
            description=draw2(st.none() | SAFE_TEXT),
            actor=draw2(st.sampled_from(TAXONOMY.codes("actor"))),
            due_on=draw2(after()),
            done_on=draw2(after()) if settled == "done" else None,
            cancelled_on=draw2(after()) if settled == "cancelled" else None,
            recurrence=draw2(st.sampled_from([None, "FREQ=WEEKLY;COUNT=3", "FREQ=MONTHLY"])),
        )

    return Case(
        reference=reference,
        opened_on=opened,
        closed_on=closed,
        anonymous=anonymous,
        alias=None if anonymous else draw(SAFE_TEXT.filter(str.strip)),
        contact_details=None if anonymous else draw(st.none() | SAFE_TEXT),
        role=draw(st.sampled_from(TAXONOMY.codes("role"))),
        gender=draw(st.none() | st.sampled_from(TAXONOMY.codes("gender"))),
        unit=draw(st.none() | SAFE_TEXT),
        channel=draw(st.sampled_from(TAXONOMY.codes("channel"))),
        behaviour=behaviour,
        grounds=grounds,
        relation=draw(st.sampled_from(TAXONOMY.codes("relation"))),
        hierarchical=draw(st.booleans()),
        setting=draw(st.sampled_from(TAXONOMY.codes("setting"))),
        requests=tuple(draw(st.lists(st.sampled_from(TAXONOMY.codes("request")), unique=True, max_size=3))),
        outcomes=tuple(
            draw(
                st.lists(st.sampled_from(TAXONOMY.codes("outcome")), unique=True, min_size=closed is not None)
            )
        ),
        referrals=tuple(draw(st.lists(st.sampled_from(TAXONOMY.codes("referral")), unique=True, max_size=3))),
        consent_on=draw(st.none() | after()),
        legal_hold=draw(st.none() | SAFE_TEXT.filter(str.strip)),
        notes=draw(st.none() | SAFE_TEXT),
        contacts=tuple(contacts),
        followups=tuple(draw(st.lists(followups(), max_size=4))),
    )


@st.composite
def case_lists(draw):
    n = draw(st.integers(0, 4))
    return [draw(cases(f"{2020 + i}-{i + 1:03d}")) for i in range(n)]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(case_lists())
def test_export_import_round_trip(taxonomy, original):
    document = to_document(original)
    text = json.dumps(document, ensure_ascii=False)
    parsed = parse_document(json.loads(text), taxonomy)
    assert parsed == original
    assert to_document(parsed) == document


def test_purged_case_round_trips(taxonomy, make_case):
    from vertrouwenspersoon.domain.lifecycle import purge_personal_data

    purged = purge_personal_data(make_case())
    document = to_document([purged])
    assert document["cases"][0]["purged"] is True
    assert parse_document(json.loads(json.dumps(document)), taxonomy) == [purged]


# -- bad input: first error names case and field ------------------------------------------------
def _error(document, taxonomy) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_document(document, taxonomy)
    return caught.value


def mutate(change) -> dict:
    document = example_document()
    change(document["cases"][0])
    return document


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda c: c.update(behaviour=["bullying", "gossip"]), "behaviour[1]", "unknown-code"),
        (lambda c: c["reporter"].update(role="dean"), "reporter.role", "unknown-code"),
        (lambda c: c["contacts"][0].update(mode="pigeon"), "contacts[0].mode", "unknown-code"),
        (lambda c: c.update(colour="blue"), "#20", "unknown-key"),  # by position: never the key's text
        (lambda c: c["reporter"].update(name="X"), "reporter.#6", "unknown-key"),
        (lambda c: c["followups"][1].update(priority=1), "followups[1].#7", "unknown-key"),
        (lambda c: c.pop("opened_on"), "opened_on", "required"),
        (lambda c: c.pop("setting"), "setting", "required"),
        (lambda c: c["reporter"].pop("role"), "reporter.role", "required"),
        (lambda c: c.update(behaviour=[]), "behaviour", "required"),
        (lambda c: c.update(closed_on="2026-03-01"), "closed_on", "closed-before-opened"),
        (lambda c: c["contacts"][0].update(at="2026-03-01T23:59"), "contacts[0].at", "contact-before-opened"),
        (lambda c: c.update(closed_on="2026-02-31"), "closed_on", "impossible-date"),
        (lambda c: c["followups"][0].update(due_on="2026-02-29"), "followups[0].due_on", "impossible-date"),
        (lambda c: c["contacts"][0].update(at="2026-03-02T24:10"), "contacts[0].at", "impossible-date"),
        (lambda c: c.update(opened_on="2 maart 2026"), "opened_on", "bad-format"),
        (lambda c: c.update(opened_on="20260302"), "opened_on", "bad-format"),
        (lambda c: c["contacts"][0].update(minutes=-5), "contacts[0].minutes", "out-of-range"),
        (lambda c: c["contacts"][0].update(minutes=0), "contacts[0].minutes", "out-of-range"),
        (lambda c: c["contacts"][0].update(minutes=100000), "contacts[0].minutes", "out-of-range"),
        (lambda c: c["contacts"][0].update(minutes=50.5), "contacts[0].minutes", "wrong-type"),
        (lambda c: c["contacts"][0].update(minutes="50"), "contacts[0].minutes", "wrong-type"),
        (lambda c: c.update(hierarchical="yes"), "hierarchical", "wrong-type"),
        (lambda c: c.update(behaviour="bullying"), "behaviour", "wrong-type"),
        (lambda c: c.update(notes="bad\x00byte"), "notes", "control-characters"),
        (lambda c: c["reporter"].update(alias="M.\x1b[2J"), "reporter.alias", "control-characters"),
        (lambda c: c["contacts"][0].update(notes="\x07bell"), "contacts[0].notes", "control-characters"),
        (lambda c: c.update(notes="x" * 1_000_001), "notes", "too-long"),
        (lambda c: c.update(grounds=["religion-belief"]), "grounds", "grounds-without-discrimination"),
        (lambda c: c.update(behaviour=["discrimination"]), "grounds", "required"),
        (
            lambda c: c["followups"][0].update(cancelled_on="2026-03-15"),
            "followups[0].cancelled_on",
            "done-and-cancelled",
        ),
        (
            lambda c: c["followups"][0].update(recurrence="FREQ=OFTEN"),
            "followups[0].recurrence",
            "invalid-rule",
        ),
    ],
)
def test_bad_input_names_case_and_field(taxonomy, change, field, problem):
    error = _error(mutate(change), taxonomy)
    assert (error.reference, error.field, error.problem) == ("2026-014", field, problem)


def test_missing_reference_is_located_by_position(taxonomy):
    document = example_document()
    second = copy.deepcopy(document["cases"][0])
    second.pop("reference")
    document["cases"].append(second)
    error = _error(document, taxonomy)
    assert (error.reference, error.index, error.field, error.problem) == (None, 1, "reference", "required")
    assert "nr. 2" in error.describe("nl")


def test_duplicate_reference_is_an_error(taxonomy):
    document = example_document()
    document["cases"].append(copy.deepcopy(document["cases"][0]))
    error = _error(document, taxonomy)
    assert (error.reference, error.field, error.problem) == ("2026-014", "reference", "duplicate-reference")


@pytest.mark.parametrize(
    ("document", "field", "problem"),
    [
        ([], "format", "unsupported-format"),
        ({"format": "other", "version": 1, "cases": []}, "format", "unsupported-format"),
        ({"format": "vertrouwenspersoon-cases", "version": 2, "cases": []}, "version", "unsupported-version"),
        (
            {"format": "vertrouwenspersoon-cases", "version": True, "cases": []},
            "version",
            "unsupported-version",
        ),
        ({"format": "vertrouwenspersoon-cases", "version": 1}, "cases", "required"),
        ({"format": "vertrouwenspersoon-cases", "version": 1, "cases": [], "x": 1}, "#4", "unknown-key"),
    ],
)
def test_document_level_errors(taxonomy, document, field, problem):
    error = _error(document, taxonomy)
    assert (error.reference, error.field, error.problem) == (None, field, problem)


def test_first_error_stops_the_import(taxonomy):
    document = example_document()
    good = copy.deepcopy(document["cases"][0])
    good["reference"] = "2026-015"
    document["cases"][0]["channel"] = "telegram"
    document["cases"].append(good)
    error = _error(document, taxonomy)
    assert (error.reference, error.field) == ("2026-014", "channel")


@pytest.mark.parametrize(
    "text",
    [
        "Robert'); DROP TABLE cases;-- \" OR 1=1 /* */",
        "Gesprek 😊🏳️‍🌈 met 👩🏽‍🎓",
        "שלום עולם — مرحبا بالعالم \u200f(rtl)\u200e",
        "regel 1\nregel 2\r\n\ttab",
        "x" * 1_000_000,
    ],
)
def test_unusual_text_is_kept_faithfully(taxonomy, text):
    document = mutate(lambda c: (c.update(notes=text), c["reporter"].update(alias=text[:200])))
    (case,) = parse_document(json.loads(json.dumps(document, ensure_ascii=False)), taxonomy)
    assert case.notes == text
    assert case.alias == text[:200]
    assert to_document([case]) == document


def test_errors_never_carry_case_content(taxonomy):
    secret = "GEHEIM-Jansen-0612345678"
    document = mutate(lambda c: (c.update(notes=secret + "\x01"), c["reporter"].update(alias=secret)))
    error = _error(document, taxonomy)
    for rendered in (str(error), repr(error), error.describe("nl"), error.describe("en"), str(error.args)):
        assert secret not in rendered
    assert str(error) == "case 2026-014, field notes: control-characters"
    assert error.describe("nl").startswith("Dossier 2026-014, veld notes: ")
    assert error.describe("en").startswith("Case 2026-014, field notes: ")
