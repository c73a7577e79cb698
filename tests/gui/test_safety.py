"""Clipboard hygiene, worker errors as sentences, damaged vault with restore, forgotten passphrase."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QGuiApplication

from gui.helpers import CANARY_ALIAS, flush_deletes, unlock
from support.vaults import PASSPHRASE
from vertrouwenspersoon.domain.clock import FixedClock
from vertrouwenspersoon.gui import worker
from vertrouwenspersoon.gui.clipboard import SensitiveClipboard
from vertrouwenspersoon.store.vault import Vault


def test_clipboard_is_marked_sensitive_and_cleared_after_30_seconds_only_if_ours(qapp):
    clock = FixedClock(datetime(2026, 3, 3, 9, 0))
    guard = SensitiveClipboard(clock)
    clipboard = QGuiApplication.clipboard()
    guard.copy("2026-014")
    mime = clipboard.mimeData()
    assert clipboard.text() == "2026-014"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert mime.hasFormat("org.nspasteboard.ConcealedType")
    assert mime.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    clock.advance(seconds=29)
    assert guard.check_expiry() is False and clipboard.text() == "2026-014"
    clock.advance(seconds=2)
    assert guard.check_expiry() is True
    assert clipboard.text() == ""
    guard.copy("geheim")
    clipboard.setText("iets van de adviseur zelf")
    clock.advance(seconds=31)
    assert guard.check_expiry() is False
    assert clipboard.text() == "iets van de adviseur zelf"


def test_lock_clears_our_clipboard_text(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.session.clipboard.copy("2025-007")
    shell.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_worker_turns_unexpected_errors_into_a_sentence(qtbot):
    def boom(_progress):  # type: ignore[no-untyped-def]
        raise RuntimeError("/home/x/secret Marieke")

    job = worker.Worker(boom)
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    assert "Marieke" not in failed.args[0] and "Traceback" not in failed.args[0]
    assert failed.args[0].startswith("Er ging iets onverwachts mis")


def test_worker_cancel(qtbot):
    import threading

    started = threading.Event()

    def slow(progress):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            progress.check()

    job = worker.Worker(slow)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        started.wait(5)
        job.cancel()


def test_damaged_vault_says_so_and_restores_the_newest_backup(
    qtbot, shell_for, filled_vault_dir, monkeypatch
):
    vault = Vault.open(filled_vault_dir, passphrase=PASSPHRASE)
    backup = vault.daily_backup()
    vault.close()
    (filled_vault_dir / "keyslots.json").write_text("{ kapot")
    offered = []

    def open_chooser(parent, title, start, name_filter):  # type: ignore[no-untyped-def]
        offered.append(start)
        return backup

    shell = shell_for(filled_vault_dir, open_chooser=open_chooser)
    screen = shell.unlock_screen
    screen.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlock_failed, timeout=10_000) as failed:
        screen.ui.unlockButton.click()
    assert "beschadigd" in failed.args[0] and "Traceback" not in failed.args[0]
    assert screen.ui.restoreButton.isVisibleTo(screen)
    from vertrouwenspersoon.gui import restore

    monkeypatch.setattr(restore, "ask_passphrase", lambda parent, prompt: PASSPHRASE)
    screen.ui.restoreButton.click()
    assert offered == [str(backup)]  # the newest automatic backup is suggested
    qtbot.waitUntil(lambda: "teruggezet" in screen.ui.errorLabel.text(), timeout=10_000)
    unlock(qtbot, shell)
    assert shell.main.pages["today"].model.row_count_total > 0


def test_forgotten_passphrase_recovery_key_and_new_passphrase(qtbot, fast_kdf, shell_for, tmp_path):
    from support.vaults import make_vault
    from vertrouwenspersoon.gui.recover_dialog import RecoverDialog

    vault, key = make_vault(tmp_path / "kluis")
    vault.close()
    shell = shell_for(tmp_path / "kluis")
    dialog = RecoverDialog(tmp_path / "kluis", shell.unlock_screen)
    dialog.recovered.connect(shell.unlock_screen.unlocked)
    dialog.ui.keyEdit.setText(key.replace("-", " "))
    dialog.ui.firstEdit.setText("nieuwe lange wachtwoordzin")
    dialog.ui.secondEdit.setText("nieuwe lange wachtwoordzin")
    with qtbot.waitSignal(dialog.recovered, timeout=10_000):
        dialog.submit()
    qtbot.waitUntil(lambda: shell.main is not None)
    shell.lock()
    flush_deletes()
    unlock(qtbot, shell, "nieuwe lange wachtwoordzin")


def test_a_task_that_fails_at_once_still_reaches_receivers_connected_after_run(qtbot):
    """worker.run() returns before the task starts, so signals connected right after it are never missed."""
    from vertrouwenspersoon.errors import BadInputError
    from vertrouwenspersoon.gui import worker

    def instant(_progress):  # type: ignore[no-untyped-def]
        raise BadInputError("vault.not-found", path="x")

    for _ in range(20):
        heard: list[str] = []
        job = worker.run(instant)
        import time

        time.sleep(0.01)  # give a thread that started at once every chance to emit before the connect
        job.failed.connect(heard.append)
        qtbot.waitUntil(lambda heard=heard: heard != [], timeout=2000)
        assert "x" in heard[0]


def _notes_copied(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    """Open the canary case, type in its notes, select all and press Ctrl+C as an advisor would."""
    from PySide6.QtCore import Qt

    shell = shell_for(directory)
    unlock(qtbot, shell)
    repo = shell.session.repository
    case_id = next(repo.require_id(c.reference) for c in repo.all_cases() if c.alias == CANARY_ALIAS)
    shell.main.open_case(case_id)
    page = shell.main.pages["dossiers"].case_page
    notes = page.ui.notesEdit
    notes.setPlainText("kanarie-klembord-4417 na het gesprek")
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return shell


def test_a_copy_from_the_notes_is_marked_and_cleared_after_30_seconds(
    qtbot, shell_for, filled_vault_dir, clock
):
    from datetime import timedelta

    shell = _notes_copied(qtbot, shell_for, filled_vault_dir)
    board = QGuiApplication.clipboard()
    assert board.text() == "kanarie-klembord-4417 na het gesprek"
    assert board.mimeData().hasFormat("x-kde-passwordManagerHint")  # kept out of clipboard histories
    clock.advance(timedelta(seconds=29))
    assert not shell.session.clipboard.check_expiry() and board.text() != ""
    clock.advance(timedelta(seconds=2))
    assert shell.session.clipboard.check_expiry()
    assert board.text() == ""


def test_a_copy_from_the_notes_is_gone_after_lock(qtbot, shell_for, filled_vault_dir):
    shell = _notes_copied(qtbot, shell_for, filled_vault_dir)
    assert QGuiApplication.clipboard().text() != ""
    shell.lock()
    assert QGuiApplication.clipboard().text() == ""
