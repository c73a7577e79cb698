"""The input record of the statistics: exactly what a yearly figure needs, nothing that identifies.

The store produces one `CaseFacts` per case with a single query; no alias, note, reference number or
free text can reach a report because this record has no field to hold it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CaseFacts:
    """The statistical shadow of one case. Codes are the taxonomy codes of CONTRACT.md."""

    opened_on: date
    closed_on: date | None = None
    role: str = "unknown"
    gender: str | None = None
    unit: str | None = None
    channel: str | None = None
    behaviours: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()
    relation: str | None = None
    hierarchical: bool | None = None
    setting: str | None = None
    outcomes: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()
    # (date of the contact moment, duration in minutes)
    contacts: tuple[tuple[date, int], ...] = ()
    # (due_on, done_on, cancelled_on) of each aftercare follow-up
    aftercare: tuple[tuple[date, date | None, date | None], ...] = ()
    counted_in_years: tuple[int, ...] = ()
