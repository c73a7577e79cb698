"""Time as a dependency: the domain, the store and the GUI ask a Clock, never the system directly,
so tests can fix "today" and move it forward without sleeping (due lists, auto-lock, retention)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    """Local wall-clock time of the machine (naive datetimes, like the contact times we store)."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now()


class FixedClock:
    """A clock that stands still until told otherwise."""

    def __init__(self, now: datetime | date) -> None:
        self._now = _as_datetime(now)

    def today(self) -> date:
        return self._now.date()

    def now(self) -> datetime:
        return self._now

    def set(self, now: datetime | date) -> None:
        self._now = _as_datetime(now)

    def advance(self, delta: timedelta | None = None, **parts: float) -> None:
        """Move forward by ``delta`` or by timedelta keyword parts (``advance(days=3)``)."""
        self._now += (delta or timedelta()) + timedelta(**parts)


def _as_datetime(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)
