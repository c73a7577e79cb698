"""Correcting a case from its page: contact moments, agreements, reopening, deleting a mistaken case."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from gui.helpers import unlock
from gui.test_dossier import _case
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.model import AFTERCARE, ContactMoment, FollowUp
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.reports.statistics import compute
from vertrouwenspersoon.store.facts_source import facts_for_year
from vertrouwenspersoon.store.years import YearRepository


def _contact(day: int, minutes: int) -> ContactMoment:
    return ContactMoment(at=datetime(2026, 3, day, 10, 0), minutes=minutes, mode="phone", with_="reporter")


def _vault(tmp_path, **changes):  # type: ignore[no-untyped-def]
    directory = tmp_path / "correcties"
    vault, _ = make_vault(directory)
    case_repository(vault, load_settings()).add(_case(**changes))
    vault.close()
    return directory


def _page(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    shell = shell_for(directory)
    unlock(qtbot, shell)
    case_id = shell.session.repository.require_id("2026-001")
    shell.main.open_case(case_id)
    return shell, shell.main.pages["dossiers"].case_page, case_id


def _hours(shell) -> int:  # type: ignore[no-untyped-def]
    return compute(facts_for_year(shell.session.vault, 2026), 2026).contact_hours


def _audited(shell) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in shell.session.vault.audit.events()]


def _select_contact(page, position: int) -> None:  # type: ignore[no-untyped-def]
    model = page.contacts
    row = next(r for r in range(model.rowCount()) if model.position(model.index(r, 0)) == position)
    page.ui.contactsView.setCurrentIndex(model.index(row, 0))


def test_a_wrong_duration_is_corrected_and_the_annual_hours_follow(qtbot, shell_for, tmp_path):
    shell, page, case_id = _page(
        qtbot, shell_for, _vault(tmp_path, contacts=(_contact(2, 45), _contact(3, 600)))
    )
    assert _hours(shell) == 11  # 645 minutes: the 600 was meant to be 60
    _select_contact(page, 1)
    assert page.ui.editContactButton.isEnabled()
    page.ui.editContactButton.click()
    dialog = page.dialog
    assert dialog.ui.minutesSpin.value() == 600 and dialog.ui.headingLabel.text() == "Contactmoment wijzigen"
    dialog.ui.minutesSpin.setValue(60)
    dialog.submit()
    assert [c.minutes for c in shell.session.repository.load(case_id).contacts] == [45, 60]
    assert _hours(shell) == 2  # 105 minutes
    assert "contact.edit" in _audited(shell)


def test_a_contact_logged_twice_is_removed_and_the_removal_can_be_undone(qtbot, shell_for, tmp_path):
    shell, page, case_id = _page(
        qtbot, shell_for, _vault(tmp_path, contacts=(_contact(2, 45), _contact(2, 45)))
    )
    assert _hours(shell) == 2
    _select_contact(page, 0)
    page.ui.removeContactButton.click()
    assert len(shell.session.repository.load(case_id).contacts) == 1
    assert _hours(shell) == 1 and "contact.delete" in _audited(shell)
    undo = page.corrections.undo_button
    assert not undo.isHidden() and undo.text() == "Ongedaan maken"
    undo.click()
    assert len(shell.session.repository.load(case_id).contacts) == 2 and undo.isHidden()


def test_an_open_agreement_is_edited(qtbot, shell_for, tmp_path):
    agreement = FollowUp(kind="agreement", description="bellen", actor="advisor", due_on=date(2026, 3, 20))
    shell, page, case_id = _page(qtbot, shell_for, _vault(tmp_path, followups=(agreement,)))
    page.ui.followupsView.setCurrentIndex(page.followups.index(0, 0))
    page.ui.editFollowupButton.click()
    dialog = page.dialog
    assert dialog.ui.descriptionEdit.text() == "bellen"
    dialog.ui.descriptionEdit.setText("mailen met de decaan")
    dialog.ui.dueEdit.setDate(QDate(2026, 3, 27))
    dialog.submit()
    stored = shell.session.repository.load(case_id).followups[0]
    assert (stored.description, stored.due_on) == ("mailen met de decaan", date(2026, 3, 27))
    assert "followup.edit" in _audited(shell)


def test_a_closed_case_is_reopened_and_its_open_aftercare_cancelled(qtbot, shell_for, tmp_path):
    closed = lifecycle.close_case(_case(), date(2026, 3, 2), ("advice",))
    assert any(f.kind == AFTERCARE for f in closed.followups)
    directory = tmp_path / "heropenen"
    vault, _ = make_vault(directory)
    case_repository(vault, load_settings()).add(closed)
    vault.close()
    shell, page, case_id = _page(qtbot, shell_for, directory)
    assert page.ui.reopenButton.isVisibleTo(page) and not page.ui.closeButton.isVisibleTo(page)
    page.ui.reopenButton.click()
    case = shell.session.repository.load(case_id)
    assert case.closed_on is None and case.status == "open"
    assert all(f.cancelled_on is not None for f in case.followups if f.kind == AFTERCARE)
    assert page.ui.closeButton.isVisibleTo(page) and "case.reopen" in _audited(shell)


def test_a_mistaken_case_is_deleted_after_asking(qtbot, shell_for, tmp_path):
    shell, page, case_id = _page(qtbot, shell_for, _vault(tmp_path))
    answers = iter([False, True])
    page.corrections.confirm_delete = lambda _parent, reference: next(answers)
    page.ui.deleteCaseButton.click()  # "Bewaren"
    assert shell.session.repository.id_of("2026-001") == case_id
    page.ui.deleteCaseButton.click()
    assert shell.session.repository.id_of("2026-001") is None
    assert "case.delete" in _audited(shell)


def test_a_case_counted_in_a_finalised_report_cannot_be_deleted(qtbot, shell_for, tmp_path):
    shell, page, case_id = _page(qtbot, shell_for, _vault(tmp_path))
    YearRepository(shell.session.vault).finalise(2026, {"year": 2026})
    page.corrections.confirm_delete = lambda _parent, reference: True
    page.ui.deleteCaseButton.click()
    assert shell.session.repository.id_of("2026-001") == case_id
    assert "jaarverslag" in page.ui.overviewState.text() and "corrigeer" in page.ui.overviewState.text()


def test_the_correction_controls_speak_english_in_the_english_app(qtbot, shell_for, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from vertrouwenspersoon.gui import i18n

    _shell, page, _case_id = _page(qtbot, shell_for, _vault(tmp_path, contacts=(_contact(2, 45),)))
    i18n.set_language("en")
    QCoreApplication.processEvents()
    ui = page.ui
    assert (ui.editContactButton.text(), ui.removeContactButton.text()) == ("&Edit…", "Re&move")
    assert (ui.reopenButton.text(), ui.deleteCaseButton.text()) == ("&Reopen case", "Delete case…")
    assert page.corrections.undo_button.text() == "Undo"
