"""Shortcuts that always work: Ctrl+N, Ctrl+F and Ctrl+L from every page, an open case included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from gui.helpers import unlock


def _keys(qtbot, widget, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)
    QCoreApplication.processEvents()


def _with_open_case(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    shell = shell_for(directory)
    unlock(qtbot, shell)
    shell.activateWindow()
    case_id = next(iter(shell.session.repository.all_cases())).reference
    shell.main.open_case(shell.session.repository.require_id(case_id))
    dossiers = shell.main.pages["dossiers"]
    assert dossiers.ui.stack.currentWidget() is dossiers.case_page
    return shell, dossiers


def test_ctrl_n_opens_the_new_case_dialog_from_vandaag_and_from_an_open_case(
    qtbot, shell_for, filled_vault_dir
):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.activateWindow()
    assert shell.main.current_key() == "today"
    _keys(qtbot, shell.main.pages["today"], Qt.Key.Key_N)
    dossiers = shell.main.pages["dossiers"]
    assert dossiers.dialog is not None and dossiers.dialog.isVisible()
    dossiers.dialog.reject()
    reference = next(iter(shell.session.repository.all_cases())).reference
    shell.main.open_case(shell.session.repository.require_id(reference))
    assert dossiers.ui.stack.currentWidget() is dossiers.case_page
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    _keys(qtbot, dossiers.case_page.ui.notesEdit, Qt.Key.Key_N)
    assert dossiers.dialog is not None and dossiers.dialog.isVisible()


def test_ctrl_f_with_a_case_open_goes_to_the_list_and_puts_the_cursor_in_search(
    qtbot, shell_for, filled_vault_dir
):
    _shell, dossiers = _with_open_case(qtbot, shell_for, filled_vault_dir)
    _keys(qtbot, dossiers.case_page.ui.sections, Qt.Key.Key_F)
    assert dossiers.ui.stack.currentWidget() is dossiers.ui.listPane
    qtbot.waitUntil(lambda: QLineEdit.hasFocus(dossiers.ui.searchEdit))


def test_ctrl_l_locks_from_an_open_case(qtbot, shell_for, filled_vault_dir):
    shell, dossiers = _with_open_case(qtbot, shell_for, filled_vault_dir)
    _keys(qtbot, dossiers.case_page.ui.notesEdit, Qt.Key.Key_L)
    assert shell.session is None and shell.stack.currentWidget() is shell.unlock_screen


def test_vandaag_with_nothing_due_offers_a_new_case(qtbot, shell_for, tmp_path):
    from support.vaults import make_vault

    directory = tmp_path / "leeg"
    vault, _ = make_vault(directory)
    vault.close()
    shell = shell_for(directory)
    unlock(qtbot, shell)
    today = shell.main.pages["today"]
    assert today.ui.newCaseButton.isVisibleTo(today) and today.ui.newCaseButton.text() == "&Nieuw dossier…"
    today.ui.newCaseButton.click()
    dossiers = shell.main.pages["dossiers"]
    assert shell.main.current_key() == "dossiers" and dossiers.dialog.isVisible()


def test_the_passphrase_can_be_shown_while_typing_and_is_hidden_again_after_a_lock(
    qtbot, shell_for, filled_vault_dir
):
    shell = shell_for(filled_vault_dir)
    screen = shell.unlock_screen
    assert screen.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
    screen.ui.showCheck.setChecked(True)
    assert screen.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Normal
    unlock(qtbot, shell)
    shell.lock()
    assert not screen.ui.showCheck.isChecked()
    assert screen.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
