"""Unlock with the passphrase, lock by idle time, Ctrl+L and the lock button; nothing left behind."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from gui.helpers import CANARY_ALIAS, CANARY_TEXT, flush_deletes, unlock


def test_wrong_then_right_passphrase(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    screen = shell.unlock_screen
    assert shell.stack.currentWidget() is screen
    screen.ui.passphraseEdit.setText("dit is niet de goede zin")
    with qtbot.waitSignal(screen.unlock_failed, timeout=10_000):
        screen.ui.unlockButton.click()
    assert screen.ui.errorLabel.text() == "Deze wachtwoordzin opent de kluis niet."
    assert shell.main is None
    assert not screen.ui.restoreButton.isVisible()
    unlock(qtbot, shell)
    assert shell.stack.currentWidget() is shell.main
    assert shell.session.vault.is_open
    assert shell.windowTitle() == "Vertrouwenspersoon"


def test_idle_lock_through_injected_clock(qtbot, shell_for, filled_vault_dir, clock):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    vault = shell.session.vault
    idle = shell.session.idle
    clock.advance(minutes=4, seconds=59)
    assert idle.check_idle() is False
    assert shell.main is not None
    qtbot.keyClick(shell.main.ui.navList, Qt.Key.Key_Down)  # activity resets the idle time
    clock.advance(minutes=4)
    assert idle.check_idle() is False
    clock.advance(minutes=1, seconds=1)
    assert idle.check_idle() is True
    assert shell.main is None and shell.session is None
    assert not vault.is_open
    assert shell.stack.currentWidget() is shell.unlock_screen


def _texts_in_widgets() -> list[str]:
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return texts


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = QModelIndex() if parent is None else parent
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(64):  # list models hide columnCount; walk until the index is invalid
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                value = index.data(role)
                if value is not None:
                    found.append(str(value))
            if column == 0 and model.rowCount(index) > 0:
                found.extend(_model_texts(model, index))
    return found


def _holds_canary(texts: list[str]) -> bool:
    return any(CANARY_ALIAS in text or CANARY_TEXT in text for text in texts)


def test_idle_lock_leaves_no_widget_with_case_text(qtbot, shell_for, filled_vault_dir, clock):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.session.set_privacy_mode(False)  # show the full alias so the canary is really on screen
    shell.main.show_page("today")
    assert _holds_canary(_texts_in_widgets()), "the canary must be visible before the lock"
    clock.advance(minutes=6)
    assert shell.session.idle.check_idle()
    assert not _holds_canary(_texts_in_widgets()), "a widget still shows case text right after the lock"
    flush_deletes()
    assert not _holds_canary(_texts_in_widgets())


def test_privacy_mode_masks_the_alias(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    texts = _texts_in_widgets()
    assert not any(CANARY_ALIAS in t for t in texts)
    assert any("K•••" in t for t in texts)


def test_ctrl_l_locks_at_once(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    vault = shell.session.vault
    shell.activateWindow()
    qtbot.keyClick(shell.main.ui.navList, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.session is None
    assert not vault.is_open
    assert shell.stack.currentWidget() is shell.unlock_screen


def test_lock_button_locks_and_unlock_again_shows_data(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    before = shell.main.pages["today"].model.row_count_total
    assert before > 0
    shell.main.ui.lockButton.click()
    assert shell.session is None
    unlock(qtbot, shell)
    assert shell.main.pages["today"].model.row_count_total == before
