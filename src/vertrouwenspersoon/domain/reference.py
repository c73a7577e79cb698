"""Human case references ``YYYY-NNN``: numbered per year, three digits at least, growing past 999.

References are compared numerically (``2026-999`` before ``2026-1000``) wherever they are sorted.

A reference is exactly ASCII ``[0-9]{4}-[0-9]{3,6}`` in its one canonical spelling, the one
:func:`format_reference` writes (no leading zeros beyond three digits). Python's ``\\d`` also matches
Arabic-Indic, fullwidth and other Unicode digits, which ``int()`` reads, and ``$`` matches before a
trailing newline: with either, "２０２６-００１" or "2026-001\\n" was a second case that looks exactly like
2026-001. Six digits (999,999 cases a year) keep the number far inside SQLite's integer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_NUMBER_DIGITS = 6
MAX_NUMBER = 10**MAX_NUMBER_DIGITS - 1
# \A and \Z (not ^ and $): $ would also match before a final newline. [0-9], not \d: ASCII only.
REFERENCE_PATTERN = re.compile(rf"\A([0-9]{{4}})-([0-9]{{3,{MAX_NUMBER_DIGITS}}})\Z")


def _match(text: object) -> re.Match[str] | None:
    """The match of a canonical reference, or None (a look-alike, a non-canonical spelling, not text)."""
    if not isinstance(text, str) or len(text) > 5 + MAX_NUMBER_DIGITS:
        return None
    match = REFERENCE_PATTERN.match(text)
    if match is None:
        return None
    number = match.group(2)
    if len(number) > 3 and number.startswith("0"):
        return None  # 2026-0001 would be a second spelling of 2026-001
    return match


def parse_reference(reference: str) -> tuple[int, int]:
    """'2026-014' -> (2026, 14); ValueError when the text is not a reference."""
    match = _match(reference)
    if match is None:
        raise ValueError("not a case reference")
    return int(match.group(1)), int(match.group(2))


def is_reference(text: object) -> bool:
    return _match(text) is not None


def format_reference(year: int, number: int) -> str:
    return f"{year:04d}-{number:03d}"


def next_reference(year: int, existing: Iterable[str]) -> str:
    """The reference after the highest one of ``year`` in ``existing`` (gaps are never refilled,
    so a number once given — even to a deleted case — is not given again within the same set)."""
    highest = 0
    for reference in existing:
        match = _match(reference)
        if match is not None and int(match.group(1)) == year:
            highest = max(highest, int(match.group(2)))
    return format_reference(year, highest + 1)


def reference_sort_key(reference: str) -> tuple[int, int, str]:
    """Numeric order for references; anything malformed sorts after, by its text."""
    match = _match(reference)
    if match is None:
        return (10**9, 0, reference)
    return (int(match.group(1)), int(match.group(2)), reference)
