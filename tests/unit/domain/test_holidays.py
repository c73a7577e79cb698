"""Dutch public holidays: checked against the official calendar and an independent Easter formula."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vertrouwenspersoon.domain.holidays import (
    HolidayRules,
    LiberationDay,
    holiday_name,
    holidays,
    is_working_day,
)

# From the official calendar (rijksoverheid.nl "Feestdagen"), typed in by hand for this test only.
OFFICIAL = {
    2024: {
        date(2024, 1, 1), date(2024, 3, 31), date(2024, 4, 1), date(2024, 4, 27), date(2024, 5, 9),
        date(2024, 5, 19), date(2024, 5, 20), date(2024, 12, 25), date(2024, 12, 26),
    },
    2025: {
        date(2025, 1, 1), date(2025, 4, 20), date(2025, 4, 21), date(2025, 4, 26), date(2025, 5, 5),
        date(2025, 5, 29), date(2025, 6, 8), date(2025, 6, 9), date(2025, 12, 25), date(2025, 12, 26),
    },
    2026: {
        date(2026, 1, 1), date(2026, 4, 5), date(2026, 4, 6), date(2026, 4, 27), date(2026, 5, 14),
        date(2026, 5, 24), date(2026, 5, 25), date(2026, 12, 25), date(2026, 12, 26),
    },
    2027: {
        date(2027, 1, 1), date(2027, 3, 28), date(2027, 3, 29), date(2027, 4, 27), date(2027, 5, 6),
        date(2027, 5, 16), date(2027, 5, 17), date(2027, 12, 25), date(2027, 12, 26),
    },
}  # fmt: skip
GOOD_FRIDAY = {
    2024: date(2024, 3, 29),
    2025: date(2025, 4, 18),
    2026: date(2026, 4, 3),
    2027: date(2027, 3, 26),
}


def test_default_rules_match_the_official_calendar_2024_to_2027():
    # Default: no Goede Vrijdag, Bevrijdingsdag only in lustrum years (2025 here).
    for year, expected in OFFICIAL.items():
        assert set(holidays(year)) == expected, year


def test_good_friday_only_when_the_policy_says_so():
    for year, friday in GOOD_FRIDAY.items():
        assert friday not in holidays(year)
        assert set(holidays(year, HolidayRules(good_friday=True))) == OFFICIAL[year] | {friday}


def test_liberation_day_options():
    every, never = HolidayRules(liberation_day=LiberationDay.EVERY_YEAR), HolidayRules(liberation_day="never")
    assert date(2026, 5, 5) in holidays(2026, every)
    assert date(2026, 5, 5) not in holidays(2026)
    assert date(2030, 5, 5) in holidays(2030)
    assert date(2025, 5, 5) not in holidays(2025, never)


def test_kings_day_2025_was_saturday_26_april():
    assert date(2025, 4, 26).weekday() == 5
    assert holiday_name(date(2025, 4, 26)) == "Koningsdag"
    assert holiday_name(date(2025, 4, 27)) is None
    assert holiday_name(date(2025, 4, 26), lang="en") == "King's Day"


def _meeus_easter(year: int) -> date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of dateutil."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _independent(year: int, good_friday: bool, liberation: str) -> set[date]:
    e = _meeus_easter(year)
    king = date(year, 4, 27)
    if king.isoweekday() == 7:
        king = date(year, 4, 26)
    days = {
        date(year, 1, 1),
        e,
        e + timedelta(1),
        king,
        e + timedelta(39),
        e + timedelta(49),
        e + timedelta(50),
    }
    days |= {date(year, 12, 25), date(year, 12, 26)}
    if good_friday:
        days.add(e - timedelta(2))
    if liberation == "every-year" or (liberation == "lustrum" and year % 5 == 0):
        days.add(date(year, 5, 5))
    return days


@given(
    year=st.integers(2014, 2300),
    good_friday=st.booleans(),
    liberation=st.sampled_from(["every-year", "lustrum", "never"]),
)
def test_computed_holidays_equal_an_independent_computation(year, good_friday, liberation):
    rules = HolidayRules(good_friday=good_friday, liberation_day=LiberationDay(liberation))
    assert set(holidays(year, rules)) == _independent(year, good_friday, liberation)


@given(day=st.dates(date(2014, 1, 1), date(2200, 12, 31)))
def test_weekends_are_never_working_days(day):
    if day.weekday() >= 5:
        assert not is_working_day(day)


def test_policy_strings_are_accepted_and_typos_refused():
    import pytest

    assert date(2026, 5, 5) in holidays(2026, HolidayRules(liberation_day="every-year"))
    with pytest.raises(ValueError):
        HolidayRules(liberation_day="sometimes")
