"""The one top-level window: first-run wizard, unlock screen or the unlocked main window.

It owns the lock: Ctrl+L, the lock button, idle and OS screen lock all end in `lock()`, which
clears and deletes the main window and every page, clears our clipboard text, closes the vault
and shows the unlock screen. The window title is always just "Vertrouwenspersoon".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from vertrouwenspersoon.domain.clock import Clock, SystemClock
from vertrouwenspersoon.gui import vault_access, window_state, worker
from vertrouwenspersoon.gui.clipboard import SensitiveClipboard
from vertrouwenspersoon.gui.file_dialogs import (
    OpenChooser,
    SaveChooser,
    ask_open_path,
    ask_save_path,
    outside_vaults,
)
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.gui.tray import Tray
from vertrouwenspersoon.policy import Settings
from vertrouwenspersoon.security.keychain import Keychain
from vertrouwenspersoon.store.vault import Vault, is_vault

TITLE = "Vertrouwenspersoon"


class AppShell(QMainWindow):
    def __init__(
        self,
        vault_dir: Path,
        settings: Settings,
        *,
        clock: Clock | None = None,
        keychain_factory=Keychain,  # type: ignore[no-untyped-def]
        save_chooser: SaveChooser = ask_save_path,
        open_chooser: OpenChooser = ask_open_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.vault_dir = Path(vault_dir)
        self.settings = settings
        self.clock = clock or SystemClock()
        self.keychain_factory = keychain_factory
        self.save_chooser = outside_vaults(save_chooser)
        self.open_chooser = open_chooser
        self.clipboard = SensitiveClipboard(self.clock, parent=self)
        self.clipboard.watch()
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.wizard = None
        self.unlock_screen = None
        self.main = None
        self.session: Session | None = None
        self.backup_worker: worker.Worker | None = None
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock)
        window_state.restore(self)
        self.tray = Tray(self)
        self.tray.show_requested.connect(self.bring_to_front)
        self.tray.lock_requested.connect(self.lock)
        self.tray.quit_requested.connect(self.close)
        self.tray.show()
        if is_vault(self.vault_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowTitleChange and self.windowTitle() != TITLE:
            self.setWindowTitle(TITLE)  # nothing else ever goes in the title
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.session is not None
            and self.settings.get("lock_on_minimise")
        ):
            self.lock("minimise")  # "Vergrendelen bij minimaliseren" (KeePassXC's habit)
        super().changeEvent(event)

    # -- screens --------------------------------------------------------------------------------
    def show_wizard(self) -> None:
        from vertrouwenspersoon.gui.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(
            self.vault_dir,
            self.settings,
            keychain_factory=self.keychain_factory,
            save_chooser=self.save_chooser,
        )
        self.wizard.vault_ready.connect(self._wizard_done)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)

    def _wizard_done(self, vault: Vault) -> None:
        wizard, self.wizard = self.wizard, None
        self.on_unlocked(vault)
        if wizard is not None:
            self.stack.removeWidget(wizard)
            wizard.deleteLater()

    def show_unlock(self) -> None:
        if self.unlock_screen is None:
            from vertrouwenspersoon.gui.unlock import UnlockScreen

            self.unlock_screen = UnlockScreen(
                self.vault_dir,
                keychain_allowed=bool(self.settings.get("keychain_unlock_allowed")),
                keychain_factory=self.keychain_factory,
                open_chooser=self.open_chooser,
            )
            self.unlock_screen.unlocked.connect(self.on_unlocked)
            self.stack.addWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.ui.passphraseEdit.setFocus()

    def on_unlocked(self, vault: Vault) -> None:
        from vertrouwenspersoon.gui.main_window import MainWindow

        self.session = Session(
            vault,
            self.settings,
            self.clock,
            self.clipboard,
            save_chooser=self.save_chooser,
            open_chooser=self.open_chooser,
            parent=self,
        )
        self.session.lock_requested.connect(self.lock)
        self.session.restore_requested.connect(self._restore_after_lock)
        self.main = MainWindow(self.session)
        self.main.lock_requested.connect(self.lock)
        today = self.main.pages.get("today")
        if today is not None:
            today.badge_changed.connect(self.tray.set_overdue)
        self.stack.addWidget(self.main)
        self.stack.setCurrentWidget(self.main)
        self.main.start()
        self.session.start()
        self._start_daily_backup(vault)

    def _start_daily_backup(self, vault: Vault) -> None:
        """One automatic encrypted backup per day, in a worker with its own connection."""
        today = self.clock.today().isoformat()
        self.backup_worker = worker.run(lambda _p: vault_access.daily_backup_with_reader(vault, today), self)
        self.backup_worker.failed.connect(self._daily_backup_failed)

    def _daily_backup_failed(self, sentence: str) -> None:
        """Say so (window-modal, not blocking): an advisor who thinks there is a backup and has none loses work."""
        if self.main is None:
            return
        note = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("AppShell", "Back-up"),
            QCoreApplication.translate("AppShell", "De automatische back-up van vandaag is niet gemaakt."),
            parent=self.main,
        )
        note.setObjectName("dailyBackupFailedNote")
        note.setInformativeText(sentence)
        note.open()

    # -- locking --------------------------------------------------------------------------------
    def lock(self, _reason: str = "user") -> None:
        """Clear every page, delete the window, clear the clipboard, close the vault, show unlock."""
        if self.session is None:
            return
        main, session = self.main, self.session
        self.main, self.session = None, None
        if session.vault.is_open:
            session.drafts.close()  # typed text into the vault before any page forgets it
        if main is not None:
            main.tear_down()
            self.stack.removeWidget(main)
            main.hide()
            main.deleteLater()
        session.end()
        session.deleteLater()
        self.tray.set_overdue(0)  # locked: nothing of the vault is known, not even how much waits
        self.show_unlock()

    def bring_to_front(self) -> None:
        """A second start of this vault knocked: show this window instead (unminimised, on top)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_after_lock(self) -> None:
        self.lock()
        if self.unlock_screen is not None:
            self.unlock_screen.restore_backup()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self)
        self.lock()
        self.clipboard.clear_if_ours()
        super().closeEvent(event)
