"""Mapping between the domain's Case values and the rows of schema v2.

Kept apart from the repository so the SQL there reads as queries, not as field shuffling.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from vertrouwenspersoon.domain.due import next_due_on
from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.reference import parse_reference

CODE_GROUPS = ("behaviour", "grounds", "requests", "outcomes", "referrals")

CASE_COLUMNS = (
    "reference, ref_year, ref_number, opened_on, closed_on, status, anonymous, alias, contact_details, role, "
    "gender, unit, channel, relation, hierarchical, setting, consent_on, legal_hold, notes, purged, behaviour, "
    "next_due_on, updated_at"
)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def case_values(case: Case, updated_at: str) -> tuple[Any, ...]:
    year, number = parse_reference(case.reference)
    due = next_due_on(case)
    return (
        case.reference,
        year,
        number,
        case.opened_on.isoformat(),
        iso(case.closed_on),
        case.status,
        int(case.anonymous),
        case.alias,
        case.contact_details,
        case.role,
        case.gender,
        case.unit,
        case.channel,
        case.relation,
        int(case.hierarchical),
        case.setting,
        iso(case.consent_on),
        case.legal_hold,
        case.notes,
        int(case.purged),
        ",".join(case.behaviour),
        iso(due),
        updated_at,
    )


def code_rows(case_id: int, case: Case) -> list[tuple[int, str, str, int]]:
    return [
        (case_id, group, code, position)
        for group in CODE_GROUPS
        for position, code in enumerate(getattr(case, group))
    ]


def contact_rows(case_id: int, case: Case) -> list[tuple[Any, ...]]:
    return [
        (case_id, i, c.at.isoformat(timespec="minutes"), c.minutes, c.mode, c.with_, c.notes)
        for i, c in enumerate(case.contacts)
    ]


def followup_rows(case_id: int, case: Case) -> list[tuple[Any, ...]]:
    return [
        (
            case_id,
            i,
            f.kind,
            f.description,
            f.actor,
            f.due_on.isoformat(),
            iso(f.done_on),
            iso(f.cancelled_on),
            f.recurrence,
        )
        for i, f in enumerate(case.followups)
    ]


def search_document(case: Case) -> tuple[str, str, str, str]:
    return (
        case.alias or "",
        case.notes or "",
        "\n".join(c.notes or "" for c in case.contacts),
        "\n".join(f.description or "" for f in case.followups),
    )


def build_case(row: Any, codes: dict[str, list[str]], contacts: list[Any], followups: list[Any]) -> Case:
    """row: the columns of CASE_COLUMNS in order."""
    return Case(
        reference=row[0],
        opened_on=date.fromisoformat(row[3]),
        closed_on=day(row[4]),
        anonymous=bool(row[6]),
        alias=row[7],
        contact_details=row[8],
        role=row[9],
        gender=row[10],
        unit=row[11],
        channel=row[12],
        relation=row[13],
        hierarchical=bool(row[14]),
        setting=row[15],
        consent_on=day(row[16]),
        legal_hold=row[17],
        notes=row[18],
        purged=bool(row[19]),
        behaviour=tuple(codes.get("behaviour", ())),
        grounds=tuple(codes.get("grounds", ())),
        requests=tuple(codes.get("requests", ())),
        outcomes=tuple(codes.get("outcomes", ())),
        referrals=tuple(codes.get("referrals", ())),
        contacts=tuple(
            ContactMoment(at=datetime.fromisoformat(c[0]), minutes=c[1], mode=c[2], with_=c[3], notes=c[4])
            for c in contacts
        ),
        followups=tuple(
            FollowUp(
                kind=f[0],
                description=f[1],
                actor=f[2],
                due_on=date.fromisoformat(f[3]),
                done_on=day(f[4]),
                cancelled_on=day(f[5]),
                recurrence=f[6],
            )
            for f in followups
        ),
    )
