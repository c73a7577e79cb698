"""Not one lost word: typed notes survive lock, auto-lock, quit, a killed process and reopening the case."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from gui.helpers import flush_deletes, unlock
from gui.test_dossier import _case
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.gui import draft_keeper
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.store.drafts import DraftStore, case_place
from vertrouwenspersoon.store.vault import Vault

TYPED = "Ze vertelde over de stage; kanarie-concept-7731 volgt"


def _vault(tmp_path: Path) -> Path:
    directory = tmp_path / "concepten"
    vault, _ = make_vault(directory)
    case_repository(vault, load_settings()).add(_case())
    vault.close()
    return directory


def _open_case(qtbot, shell):  # type: ignore[no-untyped-def]
    unlock(qtbot, shell)
    case_id = shell.session.repository.require_id("2026-001")
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    assert page is not None and page.case_id == case_id
    return page, case_id


def _type_notes(qtbot, page, text: str = TYPED) -> None:  # type: ignore[no-untyped-def]
    """Typed as keystrokes would change it: through the editor, so every signal fires."""
    page.ui.notesEdit.setFocus()
    page.ui.notesEdit.setPlainText(text)


def _restored(page) -> bool:  # type: ignore[no-untyped-def]
    return (
        page.ui.notesEdit.toPlainText() == TYPED
        and page.notes_dirty()
        and page.ui.notesState.text() == "Niet bewaarde tekst teruggezet"
    )


def test_notes_typed_before_a_lock_come_back_after_unlock(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault(tmp_path))
    page, _case_id = _open_case(qtbot, shell)
    _type_notes(qtbot, page)
    shell.lock("idle")  # at once: the half-second delay has not passed
    flush_deletes()
    page, _ = _open_case(qtbot, shell)
    assert _restored(page)


def test_notes_typed_before_quitting_come_back_in_the_next_session(qtbot, shell_for, tmp_path):
    directory = _vault(tmp_path)
    shell = shell_for(directory)
    page, _ = _open_case(qtbot, shell)
    _type_notes(qtbot, page)
    shell.close()
    flush_deletes()
    again = shell_for(directory)
    page, _ = _open_case(qtbot, again)
    assert _restored(page)


def test_reopening_the_same_case_keeps_what_was_typed(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault(tmp_path))
    page, case_id = _open_case(qtbot, shell)
    _type_notes(qtbot, page)
    shell.main.show_page("today")
    shell.main.open_case(case_id)  # e.g. from Vandaag's list
    page = shell.main.pages["dossiers"].case_page
    assert page.ui.notesEdit.toPlainText() == TYPED and page.notes_dirty()


def test_saving_the_notes_removes_the_draft_and_the_case_holds_them(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault(tmp_path))
    page, case_id = _open_case(qtbot, shell)
    _type_notes(qtbot, page)
    shell.session.drafts.flush()
    place = case_place(case_id, "notes")
    assert DraftStore(shell.session.vault).get(place).text == TYPED
    assert page.save_notes()
    assert DraftStore(shell.session.vault).get(place) is None
    assert shell.session.repository.load(case_id).notes == TYPED
    shell.lock()
    page, _ = _open_case(qtbot, shell)
    assert page.ui.notesEdit.toPlainText() == TYPED and not page.notes_dirty()
    assert page.ui.notesState.text() == ""


def test_a_contact_note_typed_in_the_dialog_survives_a_lock(qtbot, shell_for, tmp_path):
    shell = shell_for(_vault(tmp_path))
    page, _ = _open_case(qtbot, shell)
    page.add_contact()
    page.dialog.ui.notesEdit.setPlainText(TYPED)
    shell.lock("screen")
    flush_deletes()
    page, _ = _open_case(qtbot, shell)
    page.add_contact()
    assert page.dialog.ui.notesEdit.toPlainText() == TYPED
    assert page.dialog.has_typed_text()  # Esc asks before throwing it away


def test_an_agreement_typed_in_the_dialog_survives_quitting(qtbot, shell_for, tmp_path):
    directory = _vault(tmp_path)
    shell = shell_for(directory)
    page, _ = _open_case(qtbot, shell)
    page.add_followup()
    page.dialog.ui.descriptionEdit.setText("melder belt na het gesprek met de decaan")
    shell.close()
    flush_deletes()
    again = shell_for(directory)
    page, _ = _open_case(qtbot, again)
    page.add_followup()
    assert page.dialog.ui.descriptionEdit.text() == "melder belt na het gesprek met de decaan"


def test_the_report_narrative_typed_before_a_crash_comes_back(qtbot, shell_for, tmp_path):
    """On lock the narrative is saved as before; a draft covers what a lock never got to save."""
    from gui.test_annual_report import _choose_year, _settle

    directory = _vault(tmp_path)
    shell = shell_for(directory)
    unlock(qtbot, shell)
    shell.main.show_page("annual_report")
    page = shell.main.pages["annual_report"]
    _settle(qtbot, page)
    _choose_year(qtbot, page, 2026)
    page.ui.narrativeEdit.setPlainText("Dit jaar kwamen er meer meldingen uit de stages.")
    shell.session.drafts.flush()  # what the half-second timer does while the advisor pauses
    vault = shell.session.vault
    # a crash now: the narrative was never saved, only its draft
    assert DraftStore(vault).get("report/2026/narrative").text.startswith("Dit jaar")
    page._set_narrative("")  # what a fresh start shows before the draft is offered
    assert page.ui.narrativeEdit.toPlainText().startswith("Dit jaar")
    assert page.ui.narrativeStateLabel.text() == "Niet bewaarde tekst teruggezet"
    page.save_narrative()
    assert DraftStore(vault).get("report/2026/narrative") is None


def test_a_draft_is_never_written_outside_the_vault(qtbot, shell_for, tmp_path):
    directory = _vault(tmp_path)
    shell = shell_for(directory)
    page, _ = _open_case(qtbot, shell)
    _type_notes(qtbot, page)
    shell.lock()
    flush_deletes()
    canary = b"kanarie-concept-7731"
    roots = [tmp_path, Path(os.environ["VERTROUWENSPERSOON_CONFIG_DIR"]).parent]
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                assert canary not in path.read_bytes(), path


CRASHING_APP = textwrap.dedent(
    """
    import os, signal, sys, time
    from PySide6.QtWidgets import QApplication
    from vertrouwenspersoon.gui.shell import AppShell
    from vertrouwenspersoon.policy import load_settings

    class NoKeychain:
        available = False

    app = QApplication([])
    shell = AppShell(__import__("pathlib").Path(sys.argv[1]), load_settings(), keychain_factory=NoKeychain)
    shell.show()
    shell.unlock_screen.ui.passphraseEdit.setText(sys.argv[2])
    shell.unlock_screen.ui.unlockButton.click()
    deadline = time.monotonic() + 20
    while shell.main is None and time.monotonic() < deadline:
        app.processEvents()
    case_id = shell.session.repository.require_id("2026-001")
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    page.ui.notesEdit.setPlainText(sys.argv[3])
    end = time.monotonic() + 1.5  # the advisor stops typing; the app then dies without any warning
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_notes_typed_before_the_process_is_killed_are_in_the_vault(tmp_path):
    directory = _vault(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(directory), PASSPHRASE, TYPED],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()[-2000:]
    vault = Vault.open(directory, passphrase=PASSPHRASE)
    try:
        case_id = case_repository(vault, load_settings()).require_id("2026-001")
        assert DraftStore(vault).get(case_place(case_id, "notes")).text == TYPED
    finally:
        vault.close()
    assert draft_keeper.DELAY_MS < 1500  # the script waited longer than the keeper's delay
