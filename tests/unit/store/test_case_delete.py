"""Deleting a case made by mistake: gone with all it held, unless its figures already left the vault."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from unit.store.test_cases import a_case
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.errors import LifecycleError
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.drafts import DraftStore, case_place
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository


class Ticking:
    """The vault's clock, one second per call: a creation and a publication never share a second."""

    def __init__(self) -> None:
        self.at = datetime(2026, 6, 1, 9, 0).astimezone()

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=1)
        return self.at


@pytest.fixture
def repo(new_vault: Vault) -> CaseRepository:
    clock = Ticking()
    new_vault.now = clock
    new_vault.audit._now = clock
    return CaseRepository(new_vault, default_taxonomy())


def test_a_case_made_by_mistake_is_deleted_with_its_drafts_and_audited(repo: CaseRepository, new_vault):
    kept = repo.add(a_case("2026-001"))
    wrong = repo.add(a_case("2026-002"))
    DraftStore(new_vault).keep(case_place(wrong, "notes"), "half getypt", wrong)
    repo.delete(wrong)
    with pytest.raises(BadInputError):
        repo.load(wrong)
    assert repo.load(kept).reference == "2026-001"
    assert repo.search("Eerste") and all(row.reference != "2026-002" for row in repo.search("Eerste"))
    assert DraftStore(new_vault).all() == []
    events = [(e.action, e.object_id) for e in new_vault.audit.events()]
    assert events[-1] == ("case.delete", str(wrong))


def test_a_case_counted_in_a_report_cannot_be_deleted(repo: CaseRepository, new_vault):
    counted = repo.add(a_case("2026-001"))
    YearRepository(new_vault).record_publication({"year": 2026, "kind": "report"})
    later = repo.add(a_case("2026-002"))  # made after the report: not in its figures
    with pytest.raises(LifecycleError) as raised:
        repo.delete(counted)
    assert raised.value.problem == "counted-in-report"
    assert repo.load(counted).reference == "2026-001"  # nothing changed
    repo.delete(later)


def test_a_finalised_year_also_counts(repo: CaseRepository, new_vault):
    counted = repo.add(a_case("2026-001"))
    YearRepository(new_vault).finalise(2026, {"year": 2026})
    with pytest.raises(LifecycleError):
        repo.delete(counted)
