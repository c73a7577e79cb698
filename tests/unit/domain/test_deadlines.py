"""Deadline arithmetic: working days, aftercare terms, recurrences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vertrouwenspersoon.domain.deadlines import (
    aftercare_dates,
    next_occurrence,
    next_working_day,
    parse_offset,
    recurrence_dates,
)
from vertrouwenspersoon.domain.errors import SettingError
from vertrouwenspersoon.domain.holidays import HolidayRules, LiberationDay, is_working_day

rules_strategy = st.builds(
    HolidayRules, good_friday=st.booleans(), liberation_day=st.sampled_from(list(LiberationDay))
)


@given(day=st.dates(date(2014, 1, 1), date(2300, 12, 31)), rules=rules_strategy)
def test_next_working_day_is_the_first_working_day_on_or_after(day, rules):
    result = next_working_day(day, rules)
    assert result >= day
    assert result.weekday() < 5
    assert is_working_day(result, rules)
    # every day skipped was a weekend day or a holiday
    skipped = day
    while skipped < result:
        assert not is_working_day(skipped, rules)
        skipped += timedelta(days=1)
    # and nothing moves very far: the longest Dutch run of days off is a few days
    assert (result - day).days <= 5


def test_deadline_on_second_easter_day_moves_to_tuesday():
    assert next_working_day(date(2026, 4, 6)) == date(2026, 4, 7)
    assert next_working_day(date(2025, 4, 21)) == date(2025, 4, 22)


def test_christmas_and_weekend_chain():
    # Fri 25 Dec 2026, Sat 26, Sun 27 -> Monday 28 December
    assert next_working_day(date(2026, 12, 25)) == date(2026, 12, 28)
    # Good Friday 2026 (3 April) joins Easter only under that policy: Fri..Mon -> Tue 7 April
    assert next_working_day(date(2026, 4, 3)) == date(2026, 4, 3)
    assert next_working_day(date(2026, 4, 3), HolidayRules(good_friday=True)) == date(2026, 4, 7)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("4w", date(2026, 3, 2), date(2026, 3, 30)),
        ("+10d", date(2026, 3, 2), date(2026, 3, 12)),
        ("3m", date(2026, 1, 31), date(2026, 4, 30)),
        ("1m", date(2024, 1, 31), date(2024, 2, 29)),
        ("1y", date(2024, 2, 29), date(2025, 2, 28)),
    ],
)
def test_parse_offset(text, start, expected):
    assert start + parse_offset(text) == expected


@pytest.mark.parametrize("text", ["", "4", "w", "0w", "-4w", "4 weeks", "4h", "12345d"])
def test_bad_offsets_are_refused(text):
    with pytest.raises(SettingError) as caught:
        parse_offset(text)
    assert caught.value.problem == "bad-offset"


def test_default_aftercare_from_a_closing_date():
    # closed Mon 11 May 2026: +4 weeks = Mon 8 June 2026; +3 months = Tue 11 August 2026
    assert aftercare_dates(date(2026, 5, 11)) == [date(2026, 6, 8), date(2026, 8, 11)]
    # closed Mon 30 March 2026: +4 weeks = Koningsdag (Mon 27 April) -> Tue 28 April;
    # +3 months = Tue 30 June
    assert aftercare_dates(date(2026, 3, 30)) == [date(2026, 4, 28), date(2026, 6, 30)]
    # closed Thu 26 November 2026 with +1m: Sat 26 December -> Mon 28 December
    assert aftercare_dates(date(2026, 11, 26), ["1m"]) == [date(2026, 12, 28)]


@given(closed=st.dates(date(2014, 1, 1), date(2200, 1, 1)), rules=rules_strategy)
def test_aftercare_dates_are_working_days_after_the_closing_date(closed, rules):
    dates = aftercare_dates(closed, ["4w", "3m", "10d"], rules)
    assert dates == sorted(dates)
    for d in dates:
        assert d > closed
        assert is_working_day(d, rules)


def test_weekly_recurrence_skips_holidays():
    # Mondays from 30 March 2026: 6 April is Tweede Paasdag, 27 April is Koningsdag
    got = list(recurrence_dates("FREQ=WEEKLY;COUNT=5", date(2026, 3, 30)))
    assert got == [
        date(2026, 3, 30),
        date(2026, 4, 7),
        date(2026, 4, 13),
        date(2026, 4, 20),
        date(2026, 4, 28),
    ]


def test_daily_occurrences_on_a_weekend_collapse_into_monday():
    got = list(recurrence_dates("RRULE:FREQ=DAILY;COUNT=4", date(2026, 3, 6)))  # Fri..Mon
    assert got == [date(2026, 3, 6), date(2026, 3, 9)]


def test_next_occurrence_after_a_date_and_after_the_end():
    rule = "FREQ=MONTHLY;COUNT=3"
    start = date(2026, 1, 15)
    assert next_occurrence(rule, start, date(2026, 1, 15)) == date(2026, 2, 16)  # 15 Feb is a Sunday
    assert next_occurrence(rule, start, date(2026, 2, 20)) == date(2026, 3, 16)  # 15 Mar is a Sunday
    assert next_occurrence(rule, start, date(2026, 3, 16)) is None


@pytest.mark.parametrize(
    "rule", ["", "FREQ=SOMETIMES", "nonsense", "DTSTART:20200101\nRRULE:FREQ=DAILY", "EXDATE:20260101"]
)
def test_invalid_rules_are_refused(rule):
    with pytest.raises(SettingError):
        list(recurrence_dates(rule, date(2026, 1, 1)))
