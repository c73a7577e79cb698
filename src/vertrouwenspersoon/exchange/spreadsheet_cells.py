"""Cell values of a spreadsheet turned into exchange-format values.

A cell arrives as the reader gives it: a string from CSV; a string, number, boolean, date or
datetime from XLSX; None when empty. Each column has a kind (text, date, code, …) and the
converters below return what the exchange format expects. Whatever they cannot interpret is
handed on unchanged, so that the domain's validation reports it exactly as it would in a JSON
file (wrong type, bad format, impossible date); only booleans and taxonomy codes, which have
spreadsheet-specific spellings, are refused here (:class:`CellProblem`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from vertrouwenspersoon.domain.taxonomy import Taxonomy

TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0"})
MULTI_SEPARATOR = ";"
_SPACED_MINUTE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2})$")


@dataclass
class CellProblem(Exception):
    """A cell that cannot be interpreted: the problem key and, for codes, the offending code."""

    problem: str
    code: str | None = None


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def text(value: Any) -> Any:
    """Free text as typed (only an empty cell becomes None); numbers and dates as they read."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def reference(value: Any) -> Any:
    if is_empty(value):
        return None
    return value.strip() if isinstance(value, str) else text(value)


def day(value: Any) -> Any:
    """A date: an ISO text, or a real date cell (a datetime at midnight counts as a date)."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes")  # refused by the domain as bad-format
    if isinstance(value, date):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else value


def minute(value: Any) -> Any:
    """A contact's time: ``YYYY-MM-DDTHH:MM`` (a space instead of T is fine) or a datetime cell."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        if value.microsecond:  # a spreadsheet's floating-point time, a hair off the second
            value = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        if value.second:
            return value.isoformat(timespec="seconds")  # refused by the domain as bad-format
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()  # a date without a time: refused as bad-format
    if isinstance(value, str):
        stripped = value.strip()
        spaced = _SPACED_MINUTE.match(stripped)
        return f"{spaced.group(1)}T{spaced.group(2)}" if spaced else stripped
    return value


def whole_number(value: Any) -> Any:
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return value  # the domain says wrong-type (text, fractions) or out-of-range


def boolean(value: Any) -> bool | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise CellProblem("bad-boolean")


class CodeLookup:
    """Codes of one taxonomy, found by code or by Dutch or English label, ignoring case and
    surrounding or repeated spaces. A code always wins over a label that happens to look like one."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._index: dict[str, dict[str, str]] = {}
        for group, entries in taxonomy.groups.items():
            index: dict[str, str] = {}
            for entry in entries:
                index[_key(entry.code)] = entry.code
            for entry in entries:
                for label in (entry.nl, entry.en):
                    index.setdefault(_key(label), entry.code)
            self._index[group] = index

    def code(self, group: str, value: Any) -> str | None:
        if is_empty(value):
            return None
        word = text(value)
        found = self._index[group].get(_key(word))
        if found is None:
            raise CellProblem("unknown-code", code=word.strip())
        return found

    def codes(self, group: str, value: Any) -> list[str] | None:
        if is_empty(value):
            return None
        parts = [part for part in text(value).split(MULTI_SEPARATOR) if part.strip()]
        return [self.code(group, part) for part in parts]  # type: ignore[misc]


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()
