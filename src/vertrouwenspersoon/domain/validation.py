"""Validation of a Case against a Taxonomy: every field, with errors that name only the field.

Field paths follow the exchange format (``reporter.role``, ``contacts[2].minutes``) so that the
GUI, the CLI and an import all point at the same place. Text is accepted as typed — emoji,
right-to-left scripts, quotes and SQL-looking text are just text — except for invisible control
characters (other than tab, newline and carriage return), lone surrogates, and lengths beyond the
limits below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from vertrouwenspersoon.domain.deadlines import parse_recurrence
from vertrouwenspersoon.domain.errors import SettingError, ValidationError
from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.reference import is_reference
from vertrouwenspersoon.domain.taxonomy import Taxonomy

MAX_NOTES = 1_000_000
MAX_DESCRIPTION = 10_000
MAX_SHORT_TEXT = 2_000
MAX_ALIAS = 200
MIN_MINUTES = 1
MAX_MINUTES = 720
EARLIEST = date(1970, 1, 1)
LATEST = date(2999, 12, 31)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def validate_case(case: Case, taxonomy: Taxonomy) -> list[ValidationError]:
    """Every problem of ``case``, in the field order of the exchange format (empty when valid)."""
    return list(_problems(case, taxonomy))


def check_case(case: Case, taxonomy: Taxonomy) -> None:
    """Raise the first problem of ``case`` as a ValidationError; return quietly when valid."""
    for problem in _problems(case, taxonomy):
        raise problem


def text_problem(value: object, limit: int) -> str | None:
    """The problem key of a text value (None when acceptable); None values are not checked here."""
    if value is None:
        return None
    if not isinstance(value, str):
        return "wrong-type"
    if len(value) > limit:
        return "too-long"
    if _CONTROL.search(value):
        return "control-characters"
    if _SURROGATE.search(value):
        return "invalid-characters"
    return None


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _problems(case: Case, taxonomy: Taxonomy) -> Iterator[ValidationError]:
    ref = case.reference if is_reference(case.reference) else None

    def err(field: str, problem: str) -> ValidationError:
        return ValidationError(ref, field, problem)

    if not isinstance(case.reference, str) or not case.reference:
        yield err("reference", "required")
    elif ref is None:
        yield err("reference", "bad-format")

    opened = case.opened_on if _is_date(case.opened_on) else None
    yield from _date_field(err, "opened_on", case.opened_on, required=True)
    yield from _date_field(err, "closed_on", case.closed_on)
    if opened is not None and _is_date(case.closed_on) and case.closed_on < opened:
        yield err("closed_on", "closed-before-opened")
    if not isinstance(case.anonymous, bool):
        yield err("anonymous", "wrong-type")

    yield from _reporter(case, taxonomy, err)
    yield from _code(err, taxonomy, "channel", "channel", case.channel, required=True)
    yield from _codes(err, taxonomy, "behaviour", "behaviour", case.behaviour, required=True)
    discrimination = isinstance(case.behaviour, Sequence) and "discrimination" in case.behaviour
    yield from _codes(err, taxonomy, "grounds", "grounds", case.grounds, required=discrimination)
    if not discrimination and isinstance(case.grounds, Sequence) and case.grounds:
        yield err("grounds", "grounds-without-discrimination")
    yield from _code(err, taxonomy, "relation", "relation", case.relation, required=True)
    if not isinstance(case.hierarchical, bool):
        yield err("hierarchical", "required" if case.hierarchical is None else "wrong-type")
    yield from _code(err, taxonomy, "setting", "setting", case.setting, required=True)
    yield from _codes(err, taxonomy, "request", "requests", case.requests)
    yield from _codes(
        err, taxonomy, "outcome", "outcomes", case.outcomes, required=case.closed_on is not None
    )
    yield from _codes(err, taxonomy, "referral", "referrals", case.referrals)

    yield from _date_field(err, "consent_on", case.consent_on)
    if opened is not None and _is_date(case.consent_on) and case.consent_on < opened:
        yield err("consent_on", "before-opened")
    if case.legal_hold is not None:
        if isinstance(case.legal_hold, str) and not case.legal_hold.strip():
            yield err("legal_hold", "required")
        elif problem := text_problem(case.legal_hold, MAX_SHORT_TEXT):
            yield err("legal_hold", problem)
    if problem := text_problem(case.notes, MAX_NOTES):
        yield err("notes", problem)

    for i, contact in enumerate(case.contacts):
        yield from _contact(err, taxonomy, f"contacts[{i}]", contact, opened)
    for i, followup in enumerate(case.followups):
        yield from _followup(err, taxonomy, f"followups[{i}]", followup, opened)

    if not isinstance(case.purged, bool):
        yield err("purged", "wrong-type")
    elif case.purged:
        if case.closed_on is None:
            yield err("purged", "not-allowed-when-open")
        personal = [("reporter.alias", case.alias), ("reporter.contact", case.contact_details)]
        personal.append(("notes", case.notes))
        personal += [(f"contacts[{i}].notes", c.notes) for i, c in enumerate(case.contacts)]
        personal += [(f"followups[{i}].description", f.description) for i, f in enumerate(case.followups)]
        for field, value in personal:
            if value is not None:
                yield err(field, "not-allowed-when-purged")


def _reporter(case: Case, taxonomy: Taxonomy, err) -> Iterator[ValidationError]:
    if problem := text_problem(case.alias, MAX_ALIAS):
        yield err("reporter.alias", problem)
    if problem := text_problem(case.contact_details, MAX_SHORT_TEXT):
        yield err("reporter.contact", problem)
    if case.anonymous is True:
        if case.alias is not None and case.alias != "":
            yield err("reporter.alias", "not-allowed-when-anonymous")
        if case.contact_details is not None and case.contact_details != "":
            yield err("reporter.contact", "not-allowed-when-anonymous")
    elif not case.purged and (not isinstance(case.alias, str) or not case.alias.strip()):
        yield err("reporter.alias", "required")
    yield from _code(err, taxonomy, "role", "reporter.role", case.role, required=True)
    yield from _code(err, taxonomy, "gender", "reporter.gender", case.gender)
    if problem := unit_problem(case.unit, taxonomy):
        yield err("reporter.unit", problem)


def unit_problem(unit: object, taxonomy: Taxonomy) -> str | None:
    """The problem key of a unit (None when acceptable or empty).

    A unit is a category of the statistics and survives purge, so it must be one of the institution's
    own list (``taxonomy.units``, from the setting ``units``), never free text: "Team van Jan Jansen"
    would carry an identity into every report and bundle. Where the institution lists no units there is
    no category to choose, so no unit is accepted. ``taxonomy.units`` None means the caller gave no list
    at all (the domain used on its own, as in older tests); then only the text rules apply.
    """
    if unit is None or unit == "":
        return None
    if problem := text_problem(unit, MAX_ALIAS):
        return problem
    if taxonomy.units is not None and unit not in taxonomy.units:
        return "unknown-unit" if taxonomy.units else "no-units-listed"
    return None


def _contact(
    err, taxonomy: Taxonomy, path: str, contact: object, opened: date | None
) -> Iterator[ValidationError]:
    if not isinstance(contact, ContactMoment):
        yield err(path, "wrong-type")
        return
    at = contact.at
    if at is None:
        yield err(f"{path}.at", "required")
    elif not isinstance(at, datetime):
        yield err(f"{path}.at", "wrong-type")
    elif at.tzinfo is not None or at.second or at.microsecond:
        yield err(f"{path}.at", "bad-format")
    elif not EARLIEST <= at.date() <= LATEST:
        yield err(f"{path}.at", "out-of-range")
    elif opened is not None and at.date() < opened:
        yield err(f"{path}.at", "contact-before-opened")
    minutes = contact.minutes
    if minutes is None:
        yield err(f"{path}.minutes", "required")
    elif not isinstance(minutes, int) or isinstance(minutes, bool):
        yield err(f"{path}.minutes", "wrong-type")
    elif not MIN_MINUTES <= minutes <= MAX_MINUTES:
        yield err(f"{path}.minutes", "out-of-range")
    yield from _code(err, taxonomy, "mode", f"{path}.mode", contact.mode, required=True)
    yield from _code(err, taxonomy, "with", f"{path}.with", contact.with_, required=True)
    if problem := text_problem(contact.notes, MAX_NOTES):
        yield err(f"{path}.notes", problem)


def _followup(
    err, taxonomy: Taxonomy, path: str, followup: object, opened: date | None
) -> Iterator[ValidationError]:
    if not isinstance(followup, FollowUp):
        yield err(path, "wrong-type")
        return
    yield from _code(err, taxonomy, "kind", f"{path}.kind", followup.kind, required=True)
    if problem := text_problem(followup.description, MAX_DESCRIPTION):
        yield err(f"{path}.description", problem)
    yield from _code(err, taxonomy, "actor", f"{path}.actor", followup.actor, required=True)
    for name in ("due_on", "done_on", "cancelled_on"):
        value = getattr(followup, name)
        yield from _date_field(err, f"{path}.{name}", value, required=name == "due_on")
        if opened is not None and _is_date(value) and value < opened:
            yield err(f"{path}.{name}", "before-opened")
    if followup.done_on is not None and followup.cancelled_on is not None:
        yield err(f"{path}.cancelled_on", "done-and-cancelled")
    if followup.recurrence is not None:
        if problem := text_problem(followup.recurrence, MAX_ALIAS):
            yield err(f"{path}.recurrence", problem)
        elif _is_date(followup.due_on):
            try:
                parse_recurrence(followup.recurrence, followup.due_on)
            except SettingError:
                yield err(f"{path}.recurrence", "invalid-rule")


def _date_field(err, field: str, value: object, *, required: bool = False) -> Iterator[ValidationError]:
    if value is None:
        if required:
            yield err(field, "required")
    elif not _is_date(value):
        yield err(field, "wrong-type")
    elif not EARLIEST <= value <= LATEST:
        yield err(field, "out-of-range")


def _code(err, taxonomy: Taxonomy, group: str, field: str, value: object, *, required: bool = False):
    if value is None or value == "":
        if required:
            yield err(field, "required")
    elif not isinstance(value, str):
        yield err(field, "wrong-type")
    elif not taxonomy.has(group, value):
        yield err(field, "unknown-code")


def _codes(err, taxonomy: Taxonomy, group: str, field: str, values: object, *, required: bool = False):
    if isinstance(values, str) or not isinstance(values, Sequence):
        yield err(field, "wrong-type")
        return
    if required and not values:
        yield err(field, "required")
    seen: set[object] = set()
    for i, value in enumerate(values):
        if not isinstance(value, str):
            yield err(f"{field}[{i}]", "wrong-type")
        elif not taxonomy.has(group, value):
            yield err(f"{field}[{i}]", "unknown-code")
        elif value in seen:
            yield err(f"{field}[{i}]", "duplicate-code")
        seen.add(value)
