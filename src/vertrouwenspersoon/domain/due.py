"""The due list: every follow-up and aftercare moment that still needs doing, soonest first.

This is the list that makes follow-up impossible to forget (CONTRACT.md ``due --json``): every
follow-up neither done nor cancelled whose ``due_on`` is on or before today + N days, sorted by
``due_on`` then reference (numerically: 2026-999 before 2026-1000). Only codes, references and
dates: descriptions stay in the case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.reference import reference_sort_key

DEFAULT_DAYS = 14


@dataclass(frozen=True, slots=True)
class DueItem:
    reference: str
    kind: str
    due_on: date
    overdue: bool
    index: int  # position in case.followups, to open or mark the follow-up

    def days_left(self, today: date) -> int:
        """Negative when late: -2 means "2 dagen te laat"."""
        return (self.due_on - today).days


@dataclass(frozen=True, slots=True)
class DueBuckets:
    """The "Vandaag" page: Te laat, Vandaag, Binnenkort."""

    overdue: list[DueItem] = field(default_factory=list)
    today: list[DueItem] = field(default_factory=list)
    upcoming: list[DueItem] = field(default_factory=list)


def due_items(cases: Iterable[Case], today: date, days: int = DEFAULT_DAYS) -> list[DueItem]:
    """The due list of CONTRACT.md for ``today`` and a horizon of ``days`` days."""
    horizon = today + timedelta(days=days)
    items = [
        DueItem(case.reference, followup.kind, followup.due_on, followup.due_on < today, index)
        for case in cases
        for index, followup in enumerate(case.followups)
        if not followup.settled and followup.due_on <= horizon
    ]
    items.sort(key=lambda item: (item.due_on, reference_sort_key(item.reference), item.index))
    return items


def bucket(items: Iterable[DueItem], today: date) -> DueBuckets:
    """Split a due list (already in order) into overdue, due today and upcoming."""
    buckets = DueBuckets()
    for item in items:
        if item.due_on < today:
            buckets.overdue.append(item)
        elif item.due_on == today:
            buckets.today.append(item)
        else:
            buckets.upcoming.append(item)
    return buckets


def next_due_on(case: Case) -> date | None:
    """The earliest deadline of the case still to be met, however far ahead (case list column)."""
    pending = [f.due_on for f in case.followups if not f.settled]
    return min(pending) if pending else None


def overdue_count(cases: Iterable[Case], today: date) -> int:
    """The badge on "Vandaag": follow-ups past their deadline."""
    return sum(1 for case in cases for f in case.followups if not f.settled and f.due_on < today)
