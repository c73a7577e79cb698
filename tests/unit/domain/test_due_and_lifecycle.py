"""The due list against a hand-made example, status derivation and the case life cycle."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vertrouwenspersoon.domain.due import bucket, due_items, next_due_on, overdue_count
from vertrouwenspersoon.domain.errors import LifecycleError
from vertrouwenspersoon.domain.lifecycle import (
    cancel_followup,
    close_case,
    complete_followup,
    purge_due,
    purge_personal_data,
    set_legal_hold,
)
from vertrouwenspersoon.domain.model import FollowUp, case_status
from vertrouwenspersoon.domain.validation import validate_case

TODAY = date(2026, 3, 10)


def fu(kind, due, done=None, cancelled=None):
    return FollowUp(
        kind=kind, description="tekst", actor="advisor", due_on=due, done_on=done, cancelled_on=cancelled
    )


@pytest.fixture
def cases(make_case):
    a = make_case(
        reference="2026-002",
        closed_on=None,
        outcomes=(),
        followups=(
            fu("agreement", date(2026, 3, 5)),  # overdue
            fu("agreement", date(2026, 3, 10)),  # today
            fu("agreement", date(2026, 3, 9), done=date(2026, 3, 9)),  # done: never listed
            fu("agreement", date(2026, 3, 24)),  # today + 14: listed
            fu("agreement", date(2026, 3, 25)),  # today + 15: not listed
        ),
    )
    b = make_case(
        reference="2026-1000",
        followups=(
            fu("aftercare", date(2026, 3, 10)),
            fu("aftercare", date(2026, 3, 1), cancelled=date(2026, 3, 2)),
        ),
    )
    c = make_case(reference="2026-999", followups=(fu("aftercare", date(2026, 3, 10)),))
    return [a, b, c]


def test_due_list_by_hand(cases):
    got = [(i.reference, i.kind, i.due_on, i.overdue) for i in due_items(cases, TODAY, 14)]
    assert got == [
        ("2026-002", "agreement", date(2026, 3, 5), True),
        ("2026-002", "agreement", date(2026, 3, 10), False),
        ("2026-999", "aftercare", date(2026, 3, 10), False),  # numeric: 999 before 1000
        ("2026-1000", "aftercare", date(2026, 3, 10), False),
        ("2026-002", "agreement", date(2026, 3, 24), False),
    ]
    assert [i.reference for i in due_items(cases, TODAY, 0)] == [
        "2026-002",
        "2026-002",
        "2026-999",
        "2026-1000",
    ]


def test_buckets_and_per_case_next_due(cases):
    buckets = bucket(due_items(cases, TODAY, 14), TODAY)
    assert [i.due_on for i in buckets.overdue] == [date(2026, 3, 5)]
    assert len(buckets.today) == 3
    assert [i.due_on for i in buckets.upcoming] == [date(2026, 3, 24)]
    assert next_due_on(cases[0]) == date(2026, 3, 5)
    assert next_due_on(replace(cases[0], followups=())) is None
    assert overdue_count(cases, TODAY) == 1


def test_status_derivation(make_case):
    open_case = make_case(closed_on=None)
    assert case_status(open_case) == "open"
    pending = make_case()  # closed, one aftercare not yet done
    assert case_status(pending) == "closed"
    done = complete_followup(pending, 1, date(2026, 6, 8))
    assert case_status(done) == "aftercare-done"
    assert case_status(cancel_followup(pending, 1, date(2026, 6, 1))) == "aftercare-done"
    assert case_status(purge_personal_data(done)) == "purged"


def test_close_schedules_aftercare_on_working_days(make_case, taxonomy):
    case = make_case(closed_on=None, outcomes=(), referrals=(), followups=())
    closed = close_case(case, date(2026, 3, 30), ["advice"], ["hr"])
    assert closed.closed_on == date(2026, 3, 30)
    assert [(f.kind, f.due_on) for f in closed.followups] == [
        ("aftercare", date(2026, 4, 28)),  # +4 weeks is Koningsdag 2026 -> Tuesday
        ("aftercare", date(2026, 6, 30)),
    ]
    assert validate_case(closed, taxonomy) == []
    with pytest.raises(LifecycleError):
        close_case(closed, date(2026, 4, 1), ["advice"])


def test_recurring_followup_gets_its_next_occurrence(make_case):
    weekly = FollowUp(
        kind="agreement",
        description="x",
        actor="advisor",
        due_on=date(2026, 3, 30),
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    case = make_case(closed_on=None, outcomes=(), followups=(weekly,))
    case = complete_followup(case, 0, date(2026, 3, 30))
    assert [(f.due_on, f.done_on) for f in case.followups] == [
        (date(2026, 3, 30), date(2026, 3, 30)),
        (date(2026, 4, 7), None),  # Monday 6 April is Tweede Paasdag
    ]
    with pytest.raises(LifecycleError):
        complete_followup(case, 0, date(2026, 4, 1))  # already done


def test_purge_removes_every_personal_text_and_keeps_the_record(make_case, taxonomy):
    case = make_case()
    purged = purge_personal_data(case)
    assert (purged.alias, purged.contact_details, purged.notes) == (None, None, None)
    assert all(c.notes is None for c in purged.contacts)
    assert all(f.description is None for f in purged.followups)
    assert purged.purged
    statistical = ("reference", "opened_on", "closed_on", "role", "gender", "unit", "channel", "behaviour")
    statistical += ("relation", "hierarchical", "setting", "requests", "outcomes", "referrals")
    for name in statistical:
        assert getattr(purged, name) == getattr(case, name)
    assert [(c.at, c.minutes, c.mode) for c in purged.contacts] == [
        (c.at, c.minutes, c.mode) for c in case.contacts
    ]
    assert validate_case(purged, taxonomy) == []
    with pytest.raises(LifecycleError):
        purge_personal_data(make_case(closed_on=None, outcomes=()))
    with pytest.raises(LifecycleError) as held:
        purge_personal_data(set_legal_hold(case, "rechtszaak"))
    assert held.value.problem == "legal-hold"
    assert "rechtszaak" not in str(held.value)


def test_purge_due_needs_finalised_year_and_retention_term(make_case):
    case = make_case()  # closed 11 May 2026
    assert not purge_due(case, date(2027, 5, 10), {2026})  # term not yet passed
    assert purge_due(case, date(2027, 5, 11), {2026})
    assert not purge_due(case, date(2027, 5, 11), {2025})  # 2026 not yet finalised
    assert not purge_due(set_legal_hold(case, "x"), date(2030, 1, 1), {2026})
    assert not purge_due(make_case(closed_on=None), date(2030, 1, 1), {2026})
