"""Exchange format version 1 (CONTRACT.md): cases as a JSON-ready dict, and back.

Import is all-or-nothing, so :func:`parse_document` returns every case or raises the first
ValidationError (case reference — or its position when the reference itself is unusable — and
field). :func:`to_document` writes keys in the order of CONTRACT.md, so export -> import -> export
gives back the same document. Two optional keys extend version 1 without changing it: a case's
``"purged": true`` and a follow-up's ``"recurrence"``; both are written only when set, so ordinary
documents look exactly like the contract's example.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.reference import is_reference
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.domain.validation import check_case

FORMAT = "vertrouwenspersoon-cases"
VERSION = 1

DOCUMENT_KEYS = ("format", "version", "cases")
CASE_KEYS = (
    "reference",
    "opened_on",
    "closed_on",
    "anonymous",
    "reporter",
    "channel",
    "behaviour",
    "grounds",
    "relation",
    "hierarchical",
    "setting",
    "requests",
    "outcomes",
    "referrals",
    "consent_on",
    "legal_hold",
    "notes",
    "contacts",
    "followups",
    "purged",
)
REPORTER_KEYS = ("alias", "contact", "role", "gender", "unit")
CONTACT_KEYS = ("at", "minutes", "mode", "with", "notes")
FOLLOWUP_KEYS = ("kind", "description", "actor", "due_on", "done_on", "cancelled_on", "recurrence")
# The only keys an error may repeat: any other key of a file may be a pasted note or a name.
FIELD_NAMES = frozenset(DOCUMENT_KEYS + CASE_KEYS + REPORTER_KEYS + CONTACT_KEYS + FOLLOWUP_KEYS)

_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_MINUTE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})$")
_MISSING = object()


# export ---------------------------------------------------------------------------------------
def to_document(cases: Iterable[Case]) -> dict[str, Any]:
    """The exchange document for ``cases`` (plain dicts, lists, strings, numbers, booleans)."""
    return {"format": FORMAT, "version": VERSION, "cases": [case_to_dict(case) for case in cases]}


def case_to_dict(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = {
        "reference": case.reference,
        "opened_on": _date_text(case.opened_on),
        "closed_on": _date_text(case.closed_on),
        "anonymous": case.anonymous,
        "reporter": {
            "alias": case.alias,
            "contact": case.contact_details,
            "role": case.role,
            "gender": case.gender,
            "unit": case.unit,
        },
        "channel": case.channel,
        "behaviour": list(case.behaviour),
        "grounds": list(case.grounds),
        "relation": case.relation,
        "hierarchical": case.hierarchical,
        "setting": case.setting,
        "requests": list(case.requests),
        "outcomes": list(case.outcomes),
        "referrals": list(case.referrals),
        "consent_on": _date_text(case.consent_on),
        "legal_hold": case.legal_hold,
        "notes": case.notes,
        "contacts": [
            {
                "at": c.at.strftime("%Y-%m-%dT%H:%M"),
                "minutes": c.minutes,
                "mode": c.mode,
                "with": c.with_,
                "notes": c.notes,
            }
            for c in case.contacts
        ],
        "followups": [_followup_to_dict(f) for f in case.followups],
    }
    if case.purged:
        data["purged"] = True
    return data


def _followup_to_dict(f: FollowUp) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": f.kind,
        "description": f.description,
        "actor": f.actor,
        "due_on": _date_text(f.due_on),
        "done_on": _date_text(f.done_on),
        "cancelled_on": _date_text(f.cancelled_on),
    }
    if f.recurrence is not None:
        data["recurrence"] = f.recurrence
    return data


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# import ---------------------------------------------------------------------------------------
def parse_document(obj: object, taxonomy: Taxonomy) -> list[Case]:
    """Every case of an exchange document, validated; the first problem raises ValidationError."""
    if not isinstance(obj, dict):
        raise ValidationError(None, "format", "unsupported-format")
    if obj.get("format") != FORMAT:
        raise ValidationError(None, "format", "unsupported-format")
    version = obj.get("version")
    if type(version) is not int or version != VERSION:
        raise ValidationError(None, "version", "unsupported-version")
    for position, key in enumerate(obj, start=1):
        if key not in DOCUMENT_KEYS:
            raise ValidationError(None, _unknown_key(position), "unknown-key")
    raw_cases = obj.get("cases", _MISSING)
    if raw_cases is _MISSING:
        raise ValidationError(None, "cases", "required")
    if not isinstance(raw_cases, list):
        raise ValidationError(None, "cases", "wrong-type")
    cases: list[Case] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_cases):
        case = parse_case(raw, taxonomy, index=index)
        if case.reference in seen:
            raise ValidationError(case.reference, "reference", "duplicate-reference")
        seen.add(case.reference)
        cases.append(case)
    return cases


def parse_case(raw: object, taxonomy: Taxonomy, *, index: int = 0) -> Case:
    """One case of the ``cases`` array; ``index`` locates it when its reference is unusable."""
    if not isinstance(raw, dict):
        raise ValidationError(None, f"cases[{index}]", "wrong-type", index=index)
    reference = raw.get("reference", _MISSING)
    if reference is _MISSING or reference is None or reference == "":
        raise ValidationError(None, "reference", "required", index=index)
    if not isinstance(reference, str):
        raise ValidationError(None, "reference", "wrong-type", index=index)
    if not is_reference(reference):
        raise ValidationError(None, "reference", "bad-format", index=index)
    reader = _Reader(reference)
    reader.no_unknown_keys(raw, CASE_KEYS, "")
    reporter = reader.obj(raw, "reporter", required=True)
    reader.no_unknown_keys(reporter, REPORTER_KEYS, "reporter.")
    case = Case(
        reference=reference,
        opened_on=reader.date(raw, "opened_on", required=True),
        closed_on=reader.date(raw, "closed_on"),
        anonymous=reader.boolean(raw, "anonymous", default=False),
        alias=reader.text(reporter, "alias", "reporter."),
        contact_details=reader.text(reporter, "contact", "reporter."),
        role=reader.text(reporter, "role", "reporter.", required=True),
        gender=reader.text(reporter, "gender", "reporter."),
        unit=reader.text(reporter, "unit", "reporter."),
        channel=reader.text(raw, "channel", required=True),
        behaviour=reader.codes(raw, "behaviour", required=True),
        grounds=reader.codes(raw, "grounds"),
        relation=reader.text(raw, "relation", required=True),
        hierarchical=reader.boolean(raw, "hierarchical", required=True),
        setting=reader.text(raw, "setting", required=True),
        requests=reader.codes(raw, "requests"),
        outcomes=reader.codes(raw, "outcomes"),
        referrals=reader.codes(raw, "referrals"),
        consent_on=reader.date(raw, "consent_on"),
        legal_hold=reader.text(raw, "legal_hold"),
        notes=reader.text(raw, "notes"),
        contacts=tuple(reader.contact(item, i) for i, item in enumerate(reader.array(raw, "contacts"))),
        followups=tuple(reader.followup(item, i) for i, item in enumerate(reader.array(raw, "followups"))),
        purged=reader.boolean(raw, "purged", default=False),
    )
    check_case(case, taxonomy)
    return case


def _unknown_key(position: int) -> str:
    """How an error names a key that is not the format's: by its place in its object ("#3")."""
    return f"#{position}"


class _Reader:
    """Typed access to one case's JSON values; every failure names the case and the field."""

    def __init__(self, reference: str) -> None:
        self.reference = reference

    def fail(self, field: str, problem: str) -> ValidationError:
        return ValidationError(self.reference, field, problem)

    def no_unknown_keys(self, obj: dict[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for position, key in enumerate(obj, start=1):
            if key not in allowed:
                # An unknown key may be a pasted note or a name: it is named by its position only.
                raise self.fail(prefix + _unknown_key(position), "unknown-key")

    def _get(self, obj: dict[str, Any], key: str, field: str, required: bool) -> Any:
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                raise self.fail(field, "required")
            return None
        return value

    def obj(self, obj: dict[str, Any], key: str, *, required: bool = False) -> dict[str, Any]:
        value = self._get(obj, key, key, required)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, "wrong-type")
        return value

    def array(self, obj: dict[str, Any], key: str, prefix: str = "") -> list[Any]:
        value = self._get(obj, key, prefix + key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(prefix + key, "wrong-type")
        return value

    def text(self, obj: dict[str, Any], key: str, prefix: str = "", *, required: bool = False) -> Any:
        value = self._get(obj, key, prefix + key, required)
        if value is not None and not isinstance(value, str):
            raise self.fail(prefix + key, "wrong-type")
        return value

    def boolean(
        self, obj: dict[str, Any], key: str, *, required: bool = False, default: bool = False
    ) -> bool:
        value = self._get(obj, key, key, required)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "wrong-type")
        return value

    def codes(self, obj: dict[str, Any], key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(obj, key, key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(key, "wrong-type")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{i}]", "wrong-type")
        return tuple(value)

    def date(self, obj: dict[str, Any], key: str, prefix: str = "", *, required: bool = False) -> Any:
        field = prefix + key
        value = self._get(obj, key, field, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(field, "wrong-type")
        match = _DATE.match(value)
        if match is None:
            raise self.fail(field, "bad-format")
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            raise self.fail(field, "impossible-date") from None

    def minute(self, obj: dict[str, Any], key: str, prefix: str) -> datetime:
        field = prefix + key
        value = self._get(obj, key, field, True)
        if not isinstance(value, str):
            raise self.fail(field, "wrong-type")
        match = _MINUTE.match(value)
        if match is None:
            raise self.fail(field, "bad-format")
        try:
            return datetime(*(int(part) for part in match.groups()))
        except ValueError:
            raise self.fail(field, "impossible-date") from None

    def integer(self, obj: dict[str, Any], key: str, prefix: str) -> int:
        value = self._get(obj, key, prefix + key, True)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(prefix + key, "wrong-type")
        return value

    def contact(self, raw: object, i: int) -> ContactMoment:
        prefix = f"contacts[{i}]."
        if not isinstance(raw, dict):
            raise self.fail(f"contacts[{i}]", "wrong-type")
        self.no_unknown_keys(raw, CONTACT_KEYS, prefix)
        return ContactMoment(
            at=self.minute(raw, "at", prefix),
            minutes=self.integer(raw, "minutes", prefix),
            mode=self.text(raw, "mode", prefix, required=True),
            with_=self.text(raw, "with", prefix, required=True),
            notes=self.text(raw, "notes", prefix),
        )

    def followup(self, raw: object, i: int) -> FollowUp:
        prefix = f"followups[{i}]."
        if not isinstance(raw, dict):
            raise self.fail(f"followups[{i}]", "wrong-type")
        self.no_unknown_keys(raw, FOLLOWUP_KEYS, prefix)
        return FollowUp(
            kind=self.text(raw, "kind", prefix, required=True),
            description=self.text(raw, "description", prefix),
            actor=self.text(raw, "actor", prefix, required=True),
            due_on=self.date(raw, "due_on", prefix, required=True),
            done_on=self.date(raw, "done_on", prefix),
            cancelled_on=self.date(raw, "cancelled_on", prefix),
            recurrence=self.text(raw, "recurrence", prefix),
        )
