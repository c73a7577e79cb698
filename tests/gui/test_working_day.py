"""An advisor's working day through the real shell: create the vault in the wizard, add a case
(Ctrl+N), two contact moments and a follow-up, close the case with aftercare, see the aftercare
on Vandaag, mark it done, get locked by the idle clock, unlock, and find everything still there."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from gui.helpers import flush_deletes
from gui.test_unlock_and_lock import _texts_in_widgets
from vertrouwenspersoon.domain.model import AFTERCARE, AGREEMENT

GOOD = "paarse fiets onder de brug"
ALIAS = "Roodborst-Jx4"


def _through_wizard(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    wizard = shell.wizard
    wizard.next()
    wizard.passphrase_page.ui.firstEdit.setText(GOOD)
    wizard.passphrase_page.ui.secondEdit.setText(GOOD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    groups = wizard.recovery_page.ui.keyLabel.text().split()
    wizard.recovery_page.ui.confirmEdit.setText(groups[-1])
    wizard.next()
    with qtbot.waitSignal(wizard.vault_ready, timeout=10_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert shell.main is not None


def _contact(page, day: int, minutes: int, text: str) -> None:  # type: ignore[no-untyped-def]
    page.ui.sections.setCurrentWidget(page.ui.timelineTab)
    page.ui.addContactButton.click()
    ui = page.dialog.ui
    ui.atEdit.setDateTime(QDateTime(QDate(2026, 2, day), QTime(14, 0)))
    ui.minutesSpin.setValue(minutes)
    ui.modeCombo.set_code("video")
    ui.notesEdit.setPlainText(text)
    page.dialog.ok_button().click()


def test_an_advisors_working_day(qtbot, fast_kdf, shell_for, tmp_path, clock):
    shell = shell_for(tmp_path / "mijn-kluis")
    _through_wizard(qtbot, shell)
    main = shell.main
    # -- a new case (Ctrl+N from Dossiers) opened on 2 February ---------------------------------
    main.show_page("dossiers")
    dossiers = main.pages["dossiers"]
    assert "Nog geen dossiers" in dossiers.ui.emptyLabel.text()
    shell.activateWindow()
    qtbot.keyClick(dossiers.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dossiers.dialog
    ui, fields = dialog.ui, dialog.ui.fields.ui
    ui.openedEdit.setDate(QDate(2026, 2, 2))
    assert ui.referenceEdit.text() == "2026-001"
    fields.aliasEdit.setText(ALIAS)
    fields.roleCombo.set_code("staff-support")
    fields.channelCombo.set_code("phone")
    fields.relationCombo.set_code("manager")
    fields.hierarchicalCombo.setCurrentIndex(fields.hierarchicalCombo.findData(True))
    fields.settingCombo.set_code("work")
    fields.behaviourList.set_codes(["bullying", "abuse-of-power"])
    fields.requestsList.set_codes(["listening-ear"])
    dialog.ok_button().click()
    page = dossiers.case_page
    assert page is not None and page.ui.referenceLabel.text() == "2026-001"
    repo = shell.session.repository
    case_id = page.case_id
    # -- two contact moments and a follow-up ---------------------------------------------------------
    _contact(page, 2, 60, "intake")
    _contact(page, 9, 45, "tweede gesprek")
    page.ui.sections.setCurrentWidget(page.ui.followupsTab)
    page.ui.addFollowupButton.click()
    page.dialog.ui.descriptionEdit.setText("melder spreekt leidinggevende aan")
    page.dialog.ui.dueEdit.setDate(QDate(2026, 2, 16))
    page.dialog.ok_button().click()
    assert page.contacts.rowCount() == 2 and page.followups.rowCount() == 1
    # -- close the case on 4 February: aftercare +4 weeks = 4 March (tomorrow), +3 months = 4 May -----
    page.ui.closeButton.click()
    close = page.dialog
    close.ui.closedEdit.setDate(QDate(2026, 2, 4))
    close.ui.outcomesList.set_codes(["listening-ear", "advice"])
    assert [row.edit.date().toPython() for row in close.rows] == [date(2026, 3, 4), date(2026, 5, 4)]
    close.ok_button().click()
    assert page.ui.statusLabel.text() == "nazorg"
    # -- Vandaag shows the aftercare (and the overdue agreement) -------------------------------------
    main.show_page("today")
    today = main.pages["today"]
    rows = [
        today.model.row_at(today.model.index(r, 0, today.model.index(s, 0)))
        for s in range(3)
        for r in range(today.model.rowCount(today.model.index(s, 0)))
    ]
    aftercare = [r for r in rows if r.kind == AFTERCARE]
    assert [(r.reference, r.due_on) for r in aftercare] == [("2026-001", date(2026, 3, 4))]
    assert [r.kind for r in rows if r.overdue] == [AGREEMENT]  # due 16 February, not done
    assert main.ui.navList.item(0).data(Qt.ItemDataRole.UserRole + 10) == 1  # rail badge
    section = today.model.index(2, 0)  # Binnenkort
    target = next(
        today.model.index(r, 0, section)
        for r in range(today.model.rowCount(section))
        if today.model.row_at(today.model.index(r, 0, section)).kind == AFTERCARE
    )
    assert today.model.setData(target, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(
        lambda: (
            not any(r.kind == AFTERCARE and r.due_on == date(2026, 3, 4) for r in today.model._sections[2])
        )
    )
    assert repo.load(case_id).followups[1].done_on == date(2026, 3, 3)
    # -- auto-lock through the injected clock: nothing of the case stays on screen ------------------
    shell.session.set_privacy_mode(False)
    clock.advance(minutes=6)
    assert shell.session.idle.check_idle()
    assert shell.main is None
    flush_deletes()
    assert not any(ALIAS in t or "tweede gesprek" in t for t in _texts_in_widgets())
    # -- unlock and find everything still there --------------------------------------------------------
    shell.unlock_screen.ui.passphraseEdit.setText(GOOD)
    with qtbot.waitSignal(shell.unlock_screen.unlocked, timeout=10_000):
        shell.unlock_screen.ui.unlockButton.click()
    case = shell.session.repository.load(case_id)
    assert (case.reference, case.alias, case.closed_on) == ("2026-001", ALIAS, date(2026, 2, 4))
    assert [(c.at, c.minutes, c.notes) for c in case.contacts] == [
        (datetime(2026, 2, 2, 14, 0), 60, "intake"),
        (datetime(2026, 2, 9, 14, 0), 45, "tweede gesprek"),
    ]
    assert [(f.kind, f.due_on, f.done_on) for f in case.followups] == [
        (AGREEMENT, date(2026, 2, 16), None),
        (AFTERCARE, date(2026, 3, 4), date(2026, 3, 3)),
        (AFTERCARE, date(2026, 5, 4), None),
    ]
    assert case.outcomes == ("listening-ear", "advice") and case.behaviour == ("bullying", "abuse-of-power")
    shell.main.open_case(case_id)
    reopened = shell.main.pages["dossiers"].case_page
    assert reopened.ui.referenceLabel.text() == "2026-001"
    assert reopened.contacts.rowCount() == 2 and reopened.followups.rowCount() == 3
