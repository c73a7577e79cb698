"""Identity in a category (issue 17): `reporter.unit` was free text, so "Team van Jan Jansen" imported, was
kept by purge (a unit is part of the anonymous statistical record) and left the laptop in statistics.

A unit is now one of the institution's own list (setting `units`, from policy or the advisor's settings),
checked at entry (the domain's validation, which the GUI and the store use) and at every import, and refused
with a sentence that names the field, never the text. Where no list exists, no unit is accepted: without the
institution's list there is no category, only free text, and free text is what carries an identity. Purge
removes a unit that is not on the list (a vault may hold one from before this check).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE
from vertrouwenspersoon import app_context
from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository

pytestmark = pytest.mark.attack("identity")

CANARY = "Team van Jan Jansen 8812"
LISTED = "Faculteit Rechten"


def _case(unit: str | None, reference: str = "2026-001", **extra) -> Case:
    fields = dict(
        reference=reference, opened_on=date(2025, 1, 6), closed_on=None, anonymous=True, alias=None,
        contact_details=None, role="student", gender=None, unit=unit, channel="email", behaviour=("bullying",),
        grounds=(), relation="fellow-student", hierarchical=False, setting="education", requests=(),
        outcomes=(), referrals=(), consent_on=None, legal_hold=None, notes=None, contacts=(), followups=(),
    )  # fmt: skip
    fields.update(extra)
    return Case(**fields)


def _document(unit: str | None) -> str:
    reporter = {"alias": None, "contact": None, "role": "student", "gender": None, "unit": unit}
    case = {
        "reference": "2026-001", "opened_on": "2026-01-05", "closed_on": None, "anonymous": True,
        "reporter": reporter, "channel": "email", "behaviour": ["bullying"], "grounds": [],
        "relation": "fellow-student", "hierarchical": False, "setting": "education", "requests": [],
        "outcomes": [], "referrals": [], "consent_on": None, "legal_hold": None, "notes": None,
        "contacts": [], "followups": [],
    }  # fmt: skip
    return json.dumps({"format": "vertrouwenspersoon-cases", "version": 1, "cases": [case]})


def _csv(unit: str) -> str:
    header = "reference;opened_on;anonymous;role;channel;behaviour;relation;hierarchical;setting;unit"
    return f"{header}\n2026-001;2026-01-05;ja;student;email;bullying;fellow-student;nee;education;{unit}\n"


def _list_units(where: str, isolated_dirs: dict[str, Path]) -> None:
    if where == "policy":
        (isolated_dirs["config"] / "no-policy.json").write_text(
            json.dumps({"units": [LISTED, "Bestuursbureau"]})
        )
    elif where == "settings":
        settings = load_settings()
        settings.set_user("units", [LISTED, "Bestuursbureau"])
        settings.save()


def _import(cli, vault: Path, source: Path):
    return cli("import", "--vault", vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n")


@pytest.mark.parametrize("where", ["no list", "policy", "settings"])
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_a_free_text_unit_is_refused_at_import(cli, vault, tmp_path, isolated_dirs, where, kind) -> None:
    _list_units(where, isolated_dirs)
    source = tmp_path / f"dossiers.{kind}"
    source.write_text(_document(CANARY) if kind == "json" else _csv(CANARY), encoding="utf-8")
    before = snapshot(vault)
    result = _import(cli, vault, source)
    assert result.code == 2, (result.out, result.err)
    assert "unit" in result.err and "eenheden" in result.err, result.err
    assert "Jansen" not in result.out + result.err and "Traceback" not in result.err
    assert snapshot(vault) == before


@pytest.mark.parametrize("where", ["policy", "settings"])
def test_a_listed_unit_still_imports(cli, vault, tmp_path, isolated_dirs, where) -> None:
    _list_units(where, isolated_dirs)
    source = tmp_path / "dossiers.json"
    source.write_text(_document(LISTED), encoding="utf-8")
    result = _import(cli, vault, source)
    assert result.code == 0, result.err


@pytest.mark.parametrize("unit", [CANARY, "team-jan-jansen", LISTED.lower(), " " + LISTED])
def test_a_unit_off_the_list_is_refused_at_entry(vault, isolated_dirs, unit) -> None:
    _list_units("settings", isolated_dirs)
    opened = Vault.open(vault, passphrase=PASSPHRASE)
    try:
        repository = app_context.case_repository(opened, load_settings())
        with pytest.raises(ValidationError) as caught:
            repository.add(_case(unit))
        sentence = caught.value.describe("nl")
        assert caught.value.field == "reporter.unit" and "eenheden" in sentence
        assert "Jansen" not in sentence and "jansen" not in sentence
        assert repository.count() == 0
        repository.add(_case(LISTED))  # the listed one goes in
        assert repository.count() == 1
    finally:
        opened.close()


def test_purge_removes_a_unit_that_is_not_on_the_list(vault, isolated_dirs) -> None:
    """A vault from before this check may hold a free-text unit; the anonymous record must not keep it."""
    _list_units("settings", isolated_dirs)
    opened = Vault.open(vault, passphrase=PASSPHRASE)
    try:
        legacy = CaseRepository(opened, app_context.default_taxonomy())  # as an older version stored it
        closed = dict(closed_on=date(2025, 2, 3), outcomes=("advice",))
        free = legacy.add(_case(CANARY, "2025-001", **closed))
        listed = legacy.add(_case(LISTED, "2025-002", **closed))
        YearRepository(opened).finalise(2025, {})
        repository = app_context.case_repository(opened, load_settings())
        purged = repository.purge(date(2027, 1, 1), 12)
        assert purged == ["2025-001", "2025-002"]
        assert repository.load(free).unit is None
        assert repository.load(listed).unit == LISTED  # a category stays: that is why it must be one
    finally:
        opened.close()
