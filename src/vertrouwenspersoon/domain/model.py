"""The case file as plain values: Case, ContactMoment, FollowUp, and the derived case status.

Values are frozen dataclasses with tuples for sequences, so two cases compare equal exactly when
every field does (export/import round trips, store round trips) and a change is always an explicit
new value (``dataclasses.replace``) that the store can diff and audit. Codes are taxonomy codes
(plain strings); texts are stored exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

AGREEMENT = "agreement"
AFTERCARE = "aftercare"

OPEN = "open"
CLOSED = "closed"
AFTERCARE_DONE = "aftercare-done"
PURGED = "purged"
STATUSES: tuple[str, ...] = (OPEN, CLOSED, AFTERCARE_DONE, PURGED)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactMoment:
    """A conversation or message: when (local time, minute precision), how long, how, with whom."""

    at: datetime
    minutes: int
    mode: str
    with_: str
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUp:
    """An agreed action (afspraak) or an aftercare moment (nazorg) with its deadline.

    ``recurrence`` is an RRULE (e.g. ``FREQ=WEEKLY;COUNT=4``) for agreements that repeat; the
    next occurrence is created when this one is marked done (see lifecycle.complete_followup).
    """

    kind: str
    description: str | None
    actor: str
    due_on: date
    done_on: date | None = None
    cancelled_on: date | None = None
    recurrence: str | None = None

    @property
    def settled(self) -> bool:
        """Done or cancelled: nothing more is expected."""
        return self.done_on is not None or self.cancelled_on is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """A dossier. The reporter's personal part (alias, contact details, notes, follow-up and
    contact texts) is what retention purges; every coded field stays as the statistical record."""

    reference: str
    opened_on: date
    closed_on: date | None = None
    anonymous: bool = False
    alias: str | None = None
    contact_details: str | None = None
    role: str
    gender: str | None = None
    unit: str | None = None
    channel: str
    behaviour: tuple[str, ...]
    grounds: tuple[str, ...] = ()
    relation: str
    hierarchical: bool
    setting: str
    requests: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()
    consent_on: date | None = None
    legal_hold: str | None = None
    notes: str | None = None
    contacts: tuple[ContactMoment, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    purged: bool = False

    @property
    def status(self) -> str:
        return case_status(self)


def case_status(case: Case) -> str:
    """open | closed | aftercare-done | purged (CONTRACT.md listings).

    A closed case is "aftercare-done" once every aftercare follow-up is done or cancelled; a closed
    case with no aftercare at all has nothing left to wait for and counts as aftercare-done too.
    """
    if case.purged:
        return PURGED
    if case.closed_on is None:
        return OPEN
    if all(f.settled for f in case.followups if f.kind == AFTERCARE):
        return AFTERCARE_DONE
    return CLOSED
