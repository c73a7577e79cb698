"""The input record of the statistics: exactly what a yearly figure needs, nothing that identifies.

The store produces one `CaseFacts` per case with a single query; no alias, note, reference number or
free text can reach a report because this record has no field to hold it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vertrouwenspersoon.domain.model import Case


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


def case_facts(case: Case) -> CaseFacts:
    """The statistical shadow of an in-memory case (the store builds the same from its columns): for the
    benchmarks and tests that count generated cases without a vault."""
    return CaseFacts(
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        role=case.role,
        gender=case.gender,
        unit=case.unit,
        channel=case.channel,
        behaviours=case.behaviour,
        grounds=case.grounds,
        relation=case.relation,
        hierarchical=case.hierarchical,
        setting=case.setting,
        outcomes=case.outcomes,
        referrals=case.referrals,
        contacts=tuple((m.at.date(), m.minutes) for m in case.contacts),
        aftercare=tuple(
            (f.due_on, f.done_on, f.cancelled_on) for f in case.followups if f.kind == "aftercare"
        ),
    )
