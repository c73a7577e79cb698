"""Dossier: closing with aftercare on working days, contact moments, follow-ups, notes, legal hold,
export in a worker, the case models, and nothing of the case left in a widget after the lock."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from gui.helpers import TODAY, flush_deletes, unlock
from gui.test_unlock_and_lock import _texts_in_widgets
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain.model import AFTERCARE, Case
from vertrouwenspersoon.exchange.json_file import read_cases
from vertrouwenspersoon.gui.pages.dossier_models import ContactsModel, FollowupsModel
from vertrouwenspersoon.policy import load_settings

ALIAS = "Ijsvogel-Wk3"
NOTE = "kanarienotitie-5521"


def _case(**changes) -> Case:  # type: ignore[no-untyped-def]
    values = dict(
        reference="2026-001",
        opened_on=date(2026, 3, 2),
        alias=ALIAS,
        role="student",
        channel="email",
        behaviour=("bullying",),
        relation="fellow-student",
        hierarchical=False,
        setting="education",
    )
    values.update(changes)
    return Case(**values)


@pytest.fixture
def one_case_dir(tmp_path):  # type: ignore[no-untyped-def]
    directory = tmp_path / "een"
    vault, _ = make_vault(directory)
    case_repository(vault, load_settings()).add(_case())
    vault.close()
    return directory


def _open(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    shell = shell_for(directory)
    unlock(qtbot, shell)
    repo = shell.session.repository
    case_id = repo.require_id("2026-001")
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    assert page is not None and page.case_id == case_id
    return shell, page, repo, case_id


def test_close_case_proposes_aftercare_on_working_days_and_saves_outcomes(qtbot, shell_for, one_case_dir):
    _shell, page, repo, case_id = _open(qtbot, shell_for, one_case_dir)
    page.close_case()
    dialog = page.dialog
    ui = dialog.ui
    ok = dialog.ok_button()
    assert not ok.isEnabled() and not ui.outcomesError.isVisibleTo(dialog)  # no complaint before a touch
    ui.outcomesList.set_codes(["advice"])
    ui.outcomesList.set_codes([])
    assert ui.outcomesError.text() == "Dit veld is verplicht."  # touched and emptied: now it says so
    ui.closedEdit.setDate(QDate(2026, 3, 1))  # before opening (2 March)
    assert ui.closedError.text() == "De sluitdatum ligt vóór de openingsdatum."
    assert not ok.isEnabled()
    ui.closedEdit.setDate(QDate(2026, 3, 30))
    assert not ui.closedError.isVisibleTo(dialog)
    # +4 weeks = 27 April 2026 = Koningsdag -> 28 April; +3 months = 30 June (a Tuesday)
    assert [row.edit.date().toPython() for row in dialog.rows] == [date(2026, 4, 28), date(2026, 6, 30)]
    assert not ok.isEnabled()  # no outcome yet
    ui.outcomesList.set_codes(["advice", "referral"])
    ui.referralsList.set_codes(["hr"])
    assert ok.isEnabled()
    dialog.rows[1].edit.setDate(QDate(2026, 7, 1))  # the advisor moves the second one
    ui.closedEdit.setDate(QDate(2026, 3, 31))  # an edited date stays, the other follows
    assert [row.edit.date().toPython() for row in dialog.rows] == [date(2026, 4, 28), date(2026, 7, 1)]
    ui.closedEdit.setDate(QDate(2026, 3, 30))
    dialog.submit()
    case = repo.load(case_id)
    assert case.closed_on == date(2026, 3, 30)
    assert case.outcomes == ("advice", "referral") and case.referrals == ("hr",)
    assert [(f.kind, f.due_on) for f in case.followups] == [
        (AFTERCARE, date(2026, 4, 28)),
        (AFTERCARE, date(2026, 7, 1)),
    ]
    assert page.ui.statusLabel.text() == "nazorg"
    assert "gesloten 30 maart 2026" in page.ui.datesLabel.text()
    assert "verwijderd vanaf 30 maart 2027" in page.ui.datesLabel.text()  # retention 12 months
    assert not page.ui.closeButton.isEnabled()


def test_contact_followup_notes_and_legal_hold(qtbot, shell_for, one_case_dir, monkeypatch):
    shell, page, repo, case_id = _open(qtbot, shell_for, one_case_dir)
    changes = []
    shell.session.data_changed.connect(lambda: changes.append(1))
    summaries = []
    for day, minutes in ((3, 50), (10, 30)):
        page.add_contact()
        ui = page.dialog.ui
        ui.atEdit.setDateTime(QDateTime(QDate(2026, 3, day), QTime(10, 30)))
        ui.minutesSpin.setValue(0)
        assert "buiten het toegestane bereik" in ui.minutesError.text()
        assert not page.dialog.ok_button().isEnabled()
        ui.minutesSpin.setValue(minutes)
        ui.notesEdit.setPlainText(f"gesprek {day}")
        page.dialog.submit()
        summaries.append(page.ui.timelineSummary.text())
    assert summaries == ["1 contactmoment, 50 minuten", "2 contactmomenten, samen 80 minuten"]
    assert [(c.at, c.minutes) for c in repo.load(case_id).contacts] == [
        (datetime(2026, 3, 3, 10, 30), 50),
        (datetime(2026, 3, 10, 10, 30), 30),
    ]
    assert page.contacts.index(0, 0).data().startswith("10 maart 2026")  # newest first
    page.add_contact()
    page.dialog.ui.atEdit.setDateTime(QDateTime(QDate(2026, 2, 1), QTime(9, 0)))
    assert page.dialog.ui.atError.text() == "Dit contactmoment ligt vóór de openingsdatum van het dossier."
    page.dialog.wipe()
    page.dialog.done(0)

    page.add_followup()
    ui = page.dialog.ui
    assert not page.dialog.ok_button().isEnabled()  # nothing agreed yet
    ui.descriptionEdit.setText("melder belt terug")
    ui.dueEdit.setDate(QDate(2026, 3, 1))
    assert "vóór de openingsdatum" in ui.dueError.text()
    ui.dueEdit.setDate(QDate(2026, 3, 5))
    page.dialog.submit()
    followup = repo.load(case_id).followups[0]
    assert (followup.description, followup.due_on) == ("melder belt terug", date(2026, 3, 5))
    assert page.followups.index(0, 0).data() == "over 2 dagen"  # today is 3 March
    page.ui.followupsView.setCurrentIndex(page.followups.index(0, 0))
    page.ui.doneButton.click()
    assert repo.load(case_id).followups[0].done_on == TODAY
    assert page.followups.index(0, 0).data() == "gedaan 3 maart 2026"

    page.ui.sections.setCurrentWidget(page.ui.notesTab)
    page.ui.notesEdit.setPlainText(NOTE)
    qtbot.keyClick(page.ui.notesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repo.load(case_id).notes == NOTE

    page.legal_hold()
    assert not page.dialog.ok_button().isEnabled()
    page.dialog.ui.reasonEdit.setPlainText("klachtprocedure loopt")
    page.dialog.submit()
    assert repo.load(case_id).legal_hold == "klachtprocedure loopt"
    assert page.ui.holdLabel.text() == "Bewaarplicht: klachtprocedure loopt"
    page.legal_hold()
    page.dialog.ui.releaseButton.click()
    assert repo.load(case_id).legal_hold is None
    assert len(changes) >= 6  # Vandaag hears about every change


def test_export_runs_in_a_worker_and_writes_a_sealed_file(qtbot, shell_for, one_case_dir, fast_kdf, tmp_path):
    target = tmp_path / "gekozen" / "export.vpsealed"
    target.parent.mkdir()
    shell = shell_for(one_case_dir, save_chooser=lambda *a: target)
    unlock(qtbot, shell)
    repo = shell.session.repository
    shell.main.open_case(repo.require_id("2026-001"))
    page = shell.main.pages["dossiers"].case_page
    page.export_case()
    dialog = page.dialog
    dialog.ui.firstEdit.setText("een lange zin voor de export")
    dialog.ui.secondEdit.setText("een lange zin voor de expor")
    assert not dialog.ok_button().isEnabled()
    dialog.ui.secondEdit.setText("een lange zin voor de export")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.submit()
    back = read_cases(target.read_bytes(), repo.taxonomy, passphrase="een lange zin voor de export")
    assert back == [repo.load_reference("2026-001")]
    assert ALIAS.encode() not in target.read_bytes()
    assert "export.vpsealed" in page.ui.overviewState.text()


def test_case_models_pass_qtmodeltester(qtmodeltester):
    from vertrouwenspersoon.app_context import default_taxonomy
    from vertrouwenspersoon.domain.synthetic import generate_cases

    case = max(generate_cases(3, 30, 2025, 2026, TODAY), key=lambda c: len(c.contacts) + len(c.followups))
    model = ContactsModel() if len(case.contacts) >= len(case.followups) else FollowupsModel()
    qtmodeltester.check(model, force_py=True)  # stays connected: load and clear are checked too
    if isinstance(model, ContactsModel):
        model.load(case, default_taxonomy())
        assert model.rowCount() == len(case.contacts) > 0
        assert [
            model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())
        ] == sorted(range(len(case.contacts)), key=lambda i: case.contacts[i].at, reverse=True)
    else:
        model.load(case, default_taxonomy(), TODAY)
        assert model.rowCount() == len(case.followups) > 0
    model.retranslate()
    model.clear()
    assert model.rowCount() == 0
    followups = FollowupsModel()
    followups.load(case, default_taxonomy(), TODAY)
    assert followups.rowCount() == len(case.followups)
    assert ContactsModel().columnCount() == 5


def test_lock_leaves_no_case_text_even_with_a_dialog_open(qtbot, shell_for, one_case_dir, clock):
    shell, page, _repo, _case_id = _open(qtbot, shell_for, one_case_dir)
    shell.session.set_privacy_mode(False)
    page.ui.notesEdit.setPlainText(NOTE)  # typed, not yet saved
    page.add_contact()
    page.dialog.ui.notesEdit.setPlainText(NOTE + " in dialoog")
    texts = _texts_in_widgets()
    assert any(ALIAS in t for t in texts) and any(NOTE in t for t in texts)
    clock.advance(minutes=6)
    assert shell.session.idle.check_idle()
    for texts in (_texts_in_widgets(), (flush_deletes(), _texts_in_widgets())[1]):
        assert not any(ALIAS in t or NOTE in t or "2026-001" in t for t in texts)
