"""Deadline arithmetic: working days, aftercare terms and recurring follow-ups (python-dateutil).

Only deadlines the app computes itself move to a working day; a ``due_on`` the advisor agreed or
imported is kept as given (CONTRACT.md). Terms are short strings because that is how policy and
settings write them: ``"10d"``, ``"4w"``, ``"3m"``, ``"1y"`` (an optional leading ``+``).
Month arithmetic is calendar arithmetic (relativedelta): 31 January + 1 month is 28/29 February.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

from vertrouwenspersoon.domain.errors import SettingError
from vertrouwenspersoon.domain.holidays import DEFAULT_RULES, HolidayRules, is_working_day

DEFAULT_AFTERCARE_OFFSETS: tuple[str, ...] = ("4w", "3m")

_OFFSET = re.compile(r"^\+?(\d{1,4})([dwmy])$")
_RULE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


def parse_offset(text: str) -> relativedelta:
    """'4w' -> relativedelta(weeks=4). Units: d(ays), w(eeks), m(onths), y(ears); zero is refused."""
    match = _OFFSET.match(text.strip().lower()) if isinstance(text, str) else None
    if match is None or int(match.group(1)) == 0:
        raise SettingError("aftercare_offsets", "bad-offset")
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "d":
        return relativedelta(days=amount)
    if unit == "w":
        return relativedelta(weeks=amount)
    if unit == "m":
        return relativedelta(months=amount)
    return relativedelta(years=amount)


def next_working_day(day: date, rules: HolidayRules = DEFAULT_RULES) -> date:
    """``day`` itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day, rules):
        day += timedelta(days=1)
    return day


def aftercare_dates(
    closed_on: date,
    offsets: Iterable[str] = DEFAULT_AFTERCARE_OFFSETS,
    rules: HolidayRules = DEFAULT_RULES,
) -> list[date]:
    """The aftercare deadlines for a case closed on ``closed_on``: each term from the closing date,
    moved to a working day, in order and without duplicates."""
    dates = {next_working_day(closed_on + parse_offset(offset), rules) for offset in offsets}
    return sorted(dates)


def parse_recurrence(rule: str, start: date) -> rrule:
    """An RRULE string (``FREQ=WEEKLY;COUNT=4``, optionally prefixed ``RRULE:``) anchored at ``start``.

    Only a single RRULE is accepted: a DTSTART or further lines inside the text would let the
    string move the anchor or add dates the advisor never agreed to.
    """
    if not isinstance(rule, str):
        raise SettingError("recurrence", "invalid-rule")
    text = rule.strip()
    upper = text.upper()
    if (
        not text
        or "\n" in text
        or "\r" in text
        or "DTSTART" in upper
        or upper.startswith(("EXDATE", "RDATE"))
    ):
        raise SettingError("recurrence", "invalid-rule")
    if not upper.startswith("RRULE:"):
        text = "RRULE:" + text
    try:
        parsed = rrulestr(text, dtstart=datetime.combine(start, time()))
    except _RULE_ERRORS:
        raise SettingError("recurrence", "invalid-rule") from None
    if not isinstance(parsed, rrule):
        raise SettingError("recurrence", "invalid-rule")
    return parsed


def recurrence_dates(
    rule: str, start: date, rules: HolidayRules = DEFAULT_RULES, *, limit: int = 366
) -> Iterator[date]:
    """Occurrences of ``rule`` from ``start`` (inclusive when it matches), each moved to a working
    day; two occurrences landing on the same working day give one deadline. At most ``limit``."""
    previous: date | None = None
    produced = 0
    for occurrence in parse_recurrence(rule, start):
        moved = next_working_day(occurrence.date(), rules)
        if moved != previous:
            yield moved
            produced += 1
            previous = moved
            if produced >= limit:
                return


def next_occurrence(rule: str, start: date, after: date, rules: HolidayRules = DEFAULT_RULES) -> date | None:
    """The first deadline of ``rule`` (anchored at ``start``) that falls after ``after``, moved to a
    working day; None when the rule has ended (COUNT or UNTIL reached)."""
    parsed = parse_recurrence(rule, start)
    cursor = datetime.combine(after, time())
    while True:
        try:
            occurrence = parsed.after(cursor, inc=False)
        except _RULE_ERRORS:
            return None
        if occurrence is None:
            return None
        moved = next_working_day(occurrence.date(), rules)
        if moved > after:
            return moved
        cursor = occurrence
