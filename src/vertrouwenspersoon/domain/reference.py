"""Human case references ``YYYY-NNN``: numbered per year, three digits at least, growing past 999.

References are compared numerically (``2026-999`` before ``2026-1000``) wherever they are sorted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REFERENCE_PATTERN = re.compile(r"^(\d{4})-(\d{3,})$")


def parse_reference(reference: str) -> tuple[int, int]:
    """'2026-014' -> (2026, 14); ValueError when the text is not a reference."""
    match = REFERENCE_PATTERN.match(reference) if isinstance(reference, str) else None
    if match is None:
        raise ValueError("not a case reference")
    return int(match.group(1)), int(match.group(2))


def is_reference(text: object) -> bool:
    return isinstance(text, str) and REFERENCE_PATTERN.match(text) is not None


def format_reference(year: int, number: int) -> str:
    return f"{year:04d}-{number:03d}"


def next_reference(year: int, existing: Iterable[str]) -> str:
    """The reference after the highest one of ``year`` in ``existing`` (gaps are never refilled,
    so a number once given — even to a deleted case — is not given again within the same set)."""
    highest = 0
    for reference in existing:
        match = REFERENCE_PATTERN.match(reference)
        if match is not None and int(match.group(1)) == year:
            highest = max(highest, int(match.group(2)))
    return format_reference(year, highest + 1)


def reference_sort_key(reference: str) -> tuple[int, int, str]:
    """Numeric order for references; anything malformed sorts after, by its text."""
    match = REFERENCE_PATTERN.match(reference)
    if match is None:
        return (10**9, 0, reference)
    return (int(match.group(1)), int(match.group(2)), reference)
