"""Dutch public holidays, computed from rules (never typed in as a table).

The easter-based days come from ``dateutil.easter``; Koningsdag follows its Sunday rule. Two days
differ per employer's collective agreement and are therefore options (policy): Goede Vrijdag
(default: not a day off) and Bevrijdingsdag (default: a day off only in lustrum years, as in most
university CAOs). Since 2014 Koningsdag is 27 April (26 April when the 27th is a Sunday); before
that, Koninginnedag was 30 April (29 April when the 30th was a Sunday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dateutil.easter import easter

SUNDAY = 6


class LiberationDay(StrEnum):
    """When Bevrijdingsdag (5 May) is a day off."""

    EVERY_YEAR = "every-year"
    LUSTRUM = "lustrum"  # years divisible by 5
    NEVER = "never"


@dataclass(frozen=True, slots=True)
class HolidayRules:
    """The holiday options an institution sets through policy."""

    good_friday: bool = False
    liberation_day: LiberationDay = LiberationDay.LUSTRUM

    def __post_init__(self) -> None:
        # Policy files hold plain strings ("every-year"); an unknown value raises ValueError here,
        # when the policy is read, rather than silently meaning "never".
        object.__setattr__(self, "liberation_day", LiberationDay(self.liberation_day))


DEFAULT_RULES = HolidayRules()

# holiday key -> (Dutch, English)
HOLIDAY_NAMES: dict[str, tuple[str, str]] = {
    "nieuwjaarsdag": ("Nieuwjaarsdag", "New Year's Day"),
    "goede-vrijdag": ("Goede Vrijdag", "Good Friday"),
    "eerste-paasdag": ("Eerste Paasdag", "Easter Sunday"),
    "tweede-paasdag": ("Tweede Paasdag", "Easter Monday"),
    "koningsdag": ("Koningsdag", "King's Day"),
    "bevrijdingsdag": ("Bevrijdingsdag", "Liberation Day"),
    "hemelvaartsdag": ("Hemelvaartsdag", "Ascension Day"),
    "eerste-pinksterdag": ("Eerste Pinksterdag", "Whit Sunday"),
    "tweede-pinksterdag": ("Tweede Pinksterdag", "Whit Monday"),
    "eerste-kerstdag": ("Eerste Kerstdag", "Christmas Day"),
    "tweede-kerstdag": ("Tweede Kerstdag", "Boxing Day"),
}


def kings_day(year: int) -> date:
    """Koningsdag (from 2014) or Koninginnedag (before), moved to Saturday when it falls on Sunday."""
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == SUNDAY else day


def _liberation_day_off(year: int, rule: LiberationDay) -> bool:
    if rule is LiberationDay.EVERY_YEAR:
        return True
    if rule is LiberationDay.LUSTRUM:
        return year % 5 == 0
    return False


@lru_cache(maxsize=512)
def holidays(year: int, rules: HolidayRules = DEFAULT_RULES) -> dict[date, str]:
    """The public holidays of ``year`` under ``rules``: date -> holiday key (see HOLIDAY_NAMES).

    Cached per (year, rules): deadline arithmetic asks about the same years again and again.
    Callers must not mutate the returned mapping.
    """
    easter_sunday = easter(year)
    days: dict[date, str] = {
        date(year, 1, 1): "nieuwjaarsdag",
        easter_sunday: "eerste-paasdag",
        easter_sunday + timedelta(days=1): "tweede-paasdag",
        kings_day(year): "koningsdag",
        easter_sunday + timedelta(days=39): "hemelvaartsdag",
        easter_sunday + timedelta(days=49): "eerste-pinksterdag",
        easter_sunday + timedelta(days=50): "tweede-pinksterdag",
        date(year, 12, 25): "eerste-kerstdag",
        date(year, 12, 26): "tweede-kerstdag",
    }
    if rules.good_friday:
        days[easter_sunday - timedelta(days=2)] = "goede-vrijdag"
    if _liberation_day_off(year, rules.liberation_day):
        # In years where 5 May coincides with another holiday (e.g. Hemelvaart), keep both meanings
        # out of the way: the date is a holiday either way.
        days.setdefault(date(year, 5, 5), "bevrijdingsdag")
    return days


def is_holiday(day: date, rules: HolidayRules = DEFAULT_RULES) -> bool:
    return day in holidays(day.year, rules)


def is_working_day(day: date, rules: HolidayRules = DEFAULT_RULES) -> bool:
    """Monday to Friday and not a public holiday under ``rules``."""
    return day.weekday() < 5 and not is_holiday(day, rules)


def holiday_name(day: date, rules: HolidayRules = DEFAULT_RULES, lang: str = "nl") -> str | None:
    key = holidays(day.year, rules).get(day)
    if key is None:
        return None
    dutch, english = HOLIDAY_NAMES[key]
    return english if lang == "en" else dutch
