"""Correcting a case: contact moments edited and removed, agreements edited, a closed case reopened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import LifecycleError
from vertrouwenspersoon.domain.model import AFTERCARE, Case, ContactMoment, FollowUp


def contact(day: int, minutes: int) -> ContactMoment:
    return ContactMoment(at=datetime(2026, 3, day, 10, 0), minutes=minutes, mode="phone", with_="reporter")


CASE = Case(
    reference="2026-001",
    opened_on=date(2026, 3, 1),
    role="student",
    channel="email",
    behaviour=("bullying",),
    relation="fellow-student",
    hierarchical=False,
    setting="education",
    contacts=(contact(2, 45), contact(9, 600)),
)


def test_a_wrong_duration_is_corrected_and_the_timeline_stays_in_order():
    fixed = lifecycle.replace_contact(CASE, 1, replace(CASE.contacts[1], minutes=60))
    assert [c.minutes for c in fixed.contacts] == [45, 60]
    moved = lifecycle.replace_contact(CASE, 1, replace(CASE.contacts[1], at=datetime(2026, 3, 1, 9, 0)))
    assert [c.at.day for c in moved.contacts] == [1, 2]  # a corrected date moves it in the timeline


def test_a_contact_logged_twice_is_removed():
    assert lifecycle.remove_contact(CASE, 0).contacts == (CASE.contacts[1],)
    with pytest.raises(LifecycleError) as raised:
        lifecycle.remove_contact(CASE, 5)
    assert raised.value.problem == "no-such-contact"


def test_an_open_agreement_is_edited_a_settled_one_is_history():
    case = lifecycle.add_followup(
        CASE, FollowUp(kind="agreement", description="bellen", actor="advisor", due_on=date(2026, 3, 20))
    )
    edited = lifecycle.edit_followup(case, 0, "mailen", date(2026, 3, 27), "reporter")
    assert (edited.followups[0].description, edited.followups[0].due_on, edited.followups[0].actor) == (
        "mailen",
        date(2026, 3, 27),
        "reporter",
    )
    done = lifecycle.complete_followup(case, 0, date(2026, 3, 19))
    with pytest.raises(LifecycleError):
        lifecycle.edit_followup(done, 0, "achteraf anders", date(2026, 3, 27), "advisor")


def test_reopening_cancels_open_aftercare_and_keeps_what_happened():
    closed = lifecycle.close_case(CASE, date(2026, 4, 1), ("advice",))
    aftercare = [i for i, f in enumerate(closed.followups) if f.kind == AFTERCARE]
    assert len(aftercare) >= 2
    closed = lifecycle.complete_followup(closed, aftercare[0], date(2026, 4, 15))
    reopened = lifecycle.reopen_case(closed, date(2026, 5, 2))
    assert reopened.closed_on is None and reopened.outcomes == ("advice",)
    kept = reopened.followups[aftercare[0]]
    assert kept.done_on == date(2026, 4, 15) and kept.cancelled_on is None
    rest = [reopened.followups[i] for i in aftercare[1:]]
    assert all(f.cancelled_on == date(2026, 5, 2) for f in rest)
    with pytest.raises(LifecycleError) as raised:
        lifecycle.reopen_case(reopened, date(2026, 5, 3))
    assert raised.value.problem == "not-closed"
