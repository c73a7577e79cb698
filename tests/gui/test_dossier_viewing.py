"""Viewing a case never writes: a form is dirty only when its values changed (issue 10, point 3)."""

from __future__ import annotations

from gui.helpers import unlock
from gui.test_dossier import _case
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.policy import load_settings

# Not the taxonomy's order: the list widget shows them the other way round.
BEHAVIOURS = ("workload-conflict", "bullying")


def _vault_with_one_case(tmp_path):  # type: ignore[no-untyped-def]
    directory = tmp_path / "bekijken"
    vault, _ = make_vault(directory)
    repo = case_repository(vault, load_settings())
    taxonomy_order = [c for c in repo.taxonomy.codes("behaviour") if c in BEHAVIOURS]
    assert tuple(taxonomy_order) != BEHAVIOURS  # the premise of the test
    repo.add(_case(behaviour=BEHAVIOURS))
    vault.close()
    return directory


def _writes(shell) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in shell.session.vault.audit.events() if e.action.startswith("case.")]


def test_opening_and_leaving_a_case_shows_no_change_and_writes_nothing(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault_with_one_case(tmp_path))
    unlock(qtbot, shell)
    repo = shell.session.repository
    case_id = repo.require_id("2026-001")
    before = _writes(shell)
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    assert not page.overview_dirty() and not page.notes_dirty()
    assert page.ui.overviewState.text() == "" and not page.ui.saveButton.isEnabled()
    assert page.leave()
    assert _writes(shell) == before
    assert repo.load(case_id).behaviour == BEHAVIOURS


def test_a_real_change_is_still_seen_and_keeps_the_cases_own_order(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault_with_one_case(tmp_path))
    unlock(qtbot, shell)
    repo = shell.session.repository
    case_id = repo.require_id("2026-001")
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    behaviours = page.ui.fields.ui.behaviourList
    behaviours.set_codes(("bullying", "workload-conflict", "other"))
    assert page.overview_dirty()
    assert page.ui.fields.apply(page.case).behaviour == (*BEHAVIOURS, "other")
    assert page.save_overview()
    assert repo.load(case_id).behaviour == (*BEHAVIOURS, "other")
