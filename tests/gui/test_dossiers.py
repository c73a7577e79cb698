"""Dossiers: the lazy case table, filters, sorting, search as you type, privacy mask, empty state,
and the New-case dialog — against a real vault filled with generated cases."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.helpers import TODAY, unlock
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain.model import AFTERCARE_DONE, CLOSED, OPEN
from vertrouwenspersoon.domain.reference import reference_sort_key
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.gui.dialogs import base
from vertrouwenspersoon.gui.pages.dossiers_model import PAGE_SIZE, CasesModel
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.store.cases import CaseFilter

HERON = "Zilverreiger-Qz"


def _cases(count: int) -> list:
    cases = generate_cases(11, count, 2024, 2026, TODAY)
    # one findable alias (search) on an open case that is not anonymous
    cases[5] = dataclasses.replace(cases[5], alias=HERON, anonymous=False, contact_details=None)
    return cases


@pytest.fixture
def many_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "veel"
    vault, _ = make_vault(directory)
    case_repository(vault, load_settings()).import_cases(_cases(450))
    vault.close()
    return directory


def _all_references(model: CasesModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return model.references()


def _page(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    shell = shell_for(directory)
    unlock(qtbot, shell)
    shell.main.show_page("dossiers")
    return shell, shell.main.pages["dossiers"]


def test_lazy_model_fetches_pages_and_passes_qtmodeltester(qtmodeltester, qtbot, shell_for, many_dir):
    shell = _page(qtbot, shell_for, many_dir)[0]
    repo = shell.session.repository
    model = CasesModel()
    model.load(repo, repo.taxonomy, TODAY)
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE  # only the first page is read
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.sort(3, Qt.SortOrder.AscendingOrder)  # a new order starts again from one page
    assert model.rowCount() == PAGE_SIZE
    # the tester stays connected: every later fetch, sort, filter and clear is checked too
    qtmodeltester.check(model, force_py=True)
    assert len(_all_references(model)) == 450 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter(CaseFilter(status="open"))
    model.set_privacy(False)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_filters_and_sorting_match_an_independent_computation(qtbot, shell_for, many_dir):
    _shell, page = _page(qtbot, shell_for, many_dir)
    cases = _cases(450)
    model = page.model
    ui = page.ui

    def expected(keep) -> list[str]:  # type: ignore[no-untyped-def]
        chosen = [c for c in cases if keep(c)]
        return sorted((c.reference for c in chosen), key=reference_sort_key)

    def shown() -> list[str]:
        return sorted(_all_references(model), key=reference_sort_key)

    assert shown() == expected(lambda c: True)
    ui.openChip.click()
    assert shown() == expected(lambda c: c.status == OPEN)
    assert {model.index(r, 3).data() for r in range(model.rowCount())} == {"open"}
    ui.aftercareChip.click()  # one status at a time
    assert not ui.openChip.isChecked()
    assert shown() == expected(lambda c: c.status == CLOSED)
    ui.closedChip.click()
    assert shown() == expected(lambda c: c.status == AFTERCARE_DONE)
    ui.closedChip.click()  # off again: every case
    ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(2025))
    assert shown() == expected(lambda c: c.opened_on.year == 2025)
    ui.behaviourCombo.setCurrentIndex(ui.behaviourCombo.findData("bullying"))
    assert shown() == expected(lambda c: c.opened_on.year == 2025 and "bullying" in c.behaviour)
    assert ui.countLabel.text() == f"{len(shown())} dossiers"
    ui.yearCombo.setCurrentIndex(0)
    ui.behaviourCombo.setCurrentIndex(0)
    ui.deadlineChip.click()
    assert shown() == expected(lambda c: any(not f.settled for f in c.followups))
    ui.deadlineChip.click()

    # sorting on every column goes to the repository; check two against Python's own order
    header = ui.casesView.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert _all_references(model) == sorted((c.reference for c in cases), key=reference_sort_key)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _all_references(model)[0] == max((c.reference for c in cases), key=reference_sort_key)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    opened = [model.row_at(model.index(r, 0)).opened_on for r in range(len(_all_references(model)))]
    assert opened == sorted(c.opened_on for c in cases)
    for column in range(6):
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        assert len(_all_references(model)) == 450


def test_search_as_you_type_and_privacy_mask(qtbot, shell_for, many_dir):
    shell, page = _page(qtbot, shell_for, many_dir)
    heron = _cases(450)[5].reference
    qtbot.keyClicks(page.ui.searchEdit, "zilverrei")
    qtbot.waitUntil(lambda: page.model.references() == [heron], timeout=2000)
    who = page.model.index(0, 1)
    assert who.data() == "Z•••"  # privacy mode is on by default
    shell.session.set_privacy_mode(False)
    assert who.data() == HERON
    shell.session.set_privacy_mode(True)
    assert who.data() == "Z•••"
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.total == 450, timeout=2000)
    page.ui.searchEdit.setText("geenenkeltreffer")
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=2000)
    assert "Geen dossiers die hierbij passen" in page.ui.emptyLabel.text()


def test_enter_opens_the_case_and_ctrl_f_focuses_search(qtbot, shell_for, many_dir):
    shell, page = _page(qtbot, shell_for, many_dir)
    view = page.ui.casesView
    view.setCurrentIndex(page.model.index(3, 0))
    view.setFocus()
    wanted = page.model.row_at(page.model.index(3, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.case_page is not None and page.ui.stack.currentWidget() is page.case_page
    assert page.case_page.ui.referenceLabel.text() == wanted.reference
    page.case_page.ui.backButton.click()
    assert page.ui.stack.currentWidget() is page.ui.listPane
    shell.main.show_page("today")
    shell.activateWindow()
    qtbot.keyClick(shell.main.ui.navList, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.main.current_key() == "dossiers"
    assert page.ui.searchEdit.hasFocus()


def test_empty_vault_explains_how_to_start(qtbot, shell_for, tmp_path):
    vault, _ = make_vault(tmp_path / "leeg")
    vault.close()
    _shell, page = _page(qtbot, shell_for, tmp_path / "leeg")
    assert page.model.total == 0
    assert page.ui.emptyLabel.isVisibleTo(page)
    assert "Nog geen dossiers" in page.ui.emptyLabel.text() and "Ctrl+N" in page.ui.emptyLabel.text()


def test_new_case_dialog_refuses_invalid_input_and_creates_a_valid_case(
    qtbot, shell_for, many_dir, monkeypatch
):
    shell, page = _page(qtbot, shell_for, many_dir)
    repo = shell.session.repository
    shell.activateWindow()
    qtbot.keyClick(page.ui.casesView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    ui, fields = dialog.ui, dialog.ui.fields.ui
    assert ui.referenceEdit.text() == repo.next_reference(2026)
    assert dialog.opened_on() == TODAY
    ok = dialog.ok_button()
    assert not ok.isEnabled()  # nothing chosen yet
    ui.referenceEdit.setText("26-1")
    assert "niet de juiste vorm" in ui.referenceError.text()
    ui.referenceEdit.setText(repo.next_reference(2026))
    assert not ui.referenceError.isVisibleTo(dialog)
    fields.aliasEdit.setText("")
    fields.aliasEdit.setText("B.")
    fields.aliasEdit.setText("")
    assert fields.aliasError.text() == "Dit veld is verplicht."
    fields.anonymousCheck.setChecked(True)
    assert not fields.aliasError.isVisibleTo(dialog)
    fields.roleCombo.set_code("phd")
    fields.channelCombo.set_code("email")
    fields.relationCombo.set_code("lecturer-supervisor")
    fields.hierarchicalCombo.setCurrentIndex(fields.hierarchicalCombo.findData(True))
    fields.settingCombo.set_code("research-fieldwork")
    assert not ok.isEnabled()  # behaviour still missing
    fields.behaviourList.set_codes(["discrimination"])
    assert fields.groundsList.isVisibleTo(dialog)
    assert fields.groundsError.text() == "Dit veld is verplicht."
    assert not ok.isEnabled()
    fields.groundsList.set_codes(["age"])
    assert ok.isEnabled()
    # Esc with typed text asks first; "Verder bewerken" keeps the dialog and the typing
    asked = []
    monkeypatch.setattr(base, "ask_discard", lambda parent: asked.append(1) or False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    reference = ui.referenceEdit.text()
    with qtbot.waitSignal(page.open_case_requested) as opened:
        qtbot.keyClick(ui.referenceEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case = repo.load(opened.args[0])
    assert (case.reference, case.opened_on, case.anonymous, case.alias) == (reference, TODAY, True, None)
    assert (case.role, case.behaviour, case.grounds, case.hierarchical) == (
        "phd",
        ("discrimination",),
        ("age",),
        True,
    )
    assert page.ui.stack.currentWidget() is page.case_page
    assert page.case_page.ui.referenceLabel.text() == reference


def test_a_click_reveals_one_alias_which_hides_again_by_itself(qtbot, shell_for, many_dir):
    shell, page = _page(qtbot, shell_for, many_dir)
    heron = _cases(450)[5].reference
    qtbot.keyClicks(page.ui.searchEdit, "zilverrei")
    qtbot.waitUntil(lambda: page.model.references() == [heron], timeout=2000)
    who = page.model.index(0, 1)
    assert who.data() == "Z•••"
    page.ui.casesView.clicked.emit(page.model.index(0, 0))  # a click elsewhere in the row reveals nothing
    assert who.data() == "Z•••"
    page.ui.casesView.clicked.emit(who)
    assert who.data() == HERON
    assert page.reveal_timer.isActive() and page.reveal_timer.interval() <= 30_000
    page.reveal_timer.timeout.emit()  # the timer running out, without waiting for it
    assert who.data() == "Z•••"
    page.ui.casesView.clicked.emit(who)
    shell.lock()
    assert page.model.rowCount() == 0
