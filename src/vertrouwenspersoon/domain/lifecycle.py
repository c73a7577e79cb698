"""The case life cycle: open -> closed -> aftercare done -> purged, as pure functions on values.

Each step returns a new Case and refuses a step that does not fit the current state, so the store
can apply a step, validate the result, and record one audit event for it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from vertrouwenspersoon.domain.deadlines import DEFAULT_AFTERCARE_OFFSETS, aftercare_dates, next_occurrence
from vertrouwenspersoon.domain.errors import LifecycleError
from vertrouwenspersoon.domain.holidays import DEFAULT_RULES, HolidayRules
from vertrouwenspersoon.domain.model import AFTERCARE, Case, ContactMoment, FollowUp

DEFAULT_RETENTION_MONTHS = 12


def close_case(
    case: Case,
    closed_on: date,
    outcomes: Iterable[str],
    referrals: Iterable[str] = (),
    *,
    aftercare_offsets: Iterable[str] = DEFAULT_AFTERCARE_OFFSETS,
    rules: HolidayRules = DEFAULT_RULES,
    aftercare_actor: str = "advisor",
    aftercare_description: str | None = None,
) -> Case:
    """Close ``case`` and schedule its aftercare from the closing date (each on a working day).

    The GUI proposes the aftercare dates from settings and lets the advisor edit them afterwards;
    pass ``aftercare_offsets=()`` for none.
    """
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    if case.closed_on is not None:
        raise LifecycleError(case.reference, "already-closed")
    if closed_on < case.opened_on:
        raise LifecycleError(case.reference, "closed-before-opened", "closed_on")
    aftercare = tuple(
        FollowUp(kind=AFTERCARE, description=aftercare_description, actor=aftercare_actor, due_on=due)
        for due in aftercare_dates(closed_on, aftercare_offsets, rules)
    )
    return replace(
        case,
        closed_on=closed_on,
        outcomes=tuple(outcomes),
        referrals=tuple(referrals),
        followups=case.followups + aftercare,
    )


def reopen_case(case: Case, reopened_on: date) -> Case:
    """Undo a closure (a reporter comes back, or it was closed by mistake): outcomes stay for the advisor
    to revise; aftercare still open was planned from the closing date and is cancelled (it is planned
    again when the case closes again). Aftercare already done stays: it happened."""
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    if case.closed_on is None:
        raise LifecycleError(case.reference, "not-closed")
    followups = tuple(
        replace(f, cancelled_on=reopened_on, recurrence=None) if f.kind == AFTERCARE and not f.settled else f
        for f in case.followups
    )
    return replace(case, closed_on=None, followups=followups)


def add_contact(case: Case, contact: ContactMoment) -> Case:
    """Append a contact moment, keeping the timeline in chronological order."""
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    contacts = sorted((*case.contacts, contact), key=lambda c: c.at)
    return replace(case, contacts=tuple(contacts))


def replace_contact(case: Case, index: int, contact: ContactMoment) -> Case:
    """Correct contact moment ``index`` (a wrong duration would skew the annual hours for good)."""
    _existing_contact(case, index)
    contacts = [c for i, c in enumerate(case.contacts) if i != index]
    return replace(case, contacts=tuple(sorted((*contacts, contact), key=lambda c: c.at)))


def remove_contact(case: Case, index: int) -> Case:
    """Remove contact moment ``index`` (logged by mistake, or twice)."""
    _existing_contact(case, index)
    return replace(case, contacts=tuple(c for i, c in enumerate(case.contacts) if i != index))


def edit_followup(case: Case, index: int, description: str | None, due_on: date, actor: str) -> Case:
    """Correct what was agreed, by whom and when (an open follow-up only: a settled one is history)."""
    followup = _open_followup(case, index)
    followups = list(case.followups)
    followups[index] = replace(followup, description=description, due_on=due_on, actor=actor)
    return replace(case, followups=tuple(followups))


def add_followup(case: Case, followup: FollowUp) -> Case:
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    return replace(case, followups=(*case.followups, followup))


def complete_followup(case: Case, index: int, done_on: date, rules: HolidayRules = DEFAULT_RULES) -> Case:
    """Mark follow-up ``index`` done; a recurring one gets its next occurrence as a new follow-up
    (anchored at the original due date so the rhythm does not drift, placed on a working day)."""
    followup = _open_followup(case, index)
    followups = list(case.followups)
    followups[index] = replace(followup, done_on=done_on, recurrence=None)
    if followup.recurrence:
        after = max(done_on, followup.due_on)
        due = next_occurrence(followup.recurrence, followup.due_on, after, rules)
        if due is not None:
            followups.append(replace(followup, due_on=due, done_on=None, cancelled_on=None))
    return replace(case, followups=tuple(followups))


def cancel_followup(case: Case, index: int, cancelled_on: date) -> Case:
    """Cancel follow-up ``index`` (and with it any further recurrence)."""
    followup = _open_followup(case, index)
    followups = list(case.followups)
    followups[index] = replace(followup, cancelled_on=cancelled_on, recurrence=None)
    return replace(case, followups=tuple(followups))


def set_legal_hold(case: Case, reason: str) -> Case:
    """Postpone purging for a stated reason (the reason is case content: never logged)."""
    if not reason.strip():
        raise LifecycleError(case.reference, "required", "legal_hold")
    return replace(case, legal_hold=reason)


def release_legal_hold(case: Case) -> Case:
    return replace(case, legal_hold=None)


def retention_ends_on(case: Case, retention_months: int = DEFAULT_RETENTION_MONTHS) -> date | None:
    """The first day the personal part may be purged on retention grounds (None while open)."""
    if case.closed_on is None:
        return None
    return case.closed_on + relativedelta(months=retention_months)


def purge_due(
    case: Case,
    today: date,
    finalised_years: Collection[int],
    retention_months: int = DEFAULT_RETENTION_MONTHS,
) -> bool:
    """Whether retention requires purging the personal part today (DESIGN.md "Retention"):
    closed, not yet purged, no legal hold, the year of closing counted in a finalised annual
    report, and the retention term after closing has passed."""
    ends = retention_ends_on(case, retention_months)
    return (
        ends is not None
        and not case.purged
        and case.legal_hold is None
        and case.closed_on is not None
        and case.closed_on.year in finalised_years
        and today >= ends
    )


def purge_personal_data(case: Case) -> Case:
    """The anonymous statistical record of a closed case: every free text and identity removed.

    Alias, contact details, notes, contact-moment notes and follow-up descriptions are cleared;
    codes, dates, durations and follow-up dates stay so that reports remain reproducible.
    """
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    if case.closed_on is None:
        raise LifecycleError(case.reference, "not-allowed-when-open", "closed_on")
    if case.legal_hold is not None:
        raise LifecycleError(case.reference, "legal-hold", "legal_hold")
    return replace(
        case,
        alias=None,
        contact_details=None,
        notes=None,
        contacts=tuple(replace(c, notes=None) for c in case.contacts),
        followups=tuple(replace(f, description=None) for f in case.followups),
        purged=True,
    )


def _existing_contact(case: Case, index: int) -> ContactMoment:
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    if not 0 <= index < len(case.contacts):
        raise LifecycleError(case.reference, "no-such-contact", f"contacts[{index}]")
    return case.contacts[index]


def _open_followup(case: Case, index: int) -> FollowUp:
    if case.purged:
        raise LifecycleError(case.reference, "already-purged")
    if not 0 <= index < len(case.followups):
        raise LifecycleError(case.reference, "no-such-followup", f"followups[{index}]")
    followup = case.followups[index]
    if followup.settled:
        raise LifecycleError(case.reference, "already-settled", f"followups[{index}]")
    return followup
