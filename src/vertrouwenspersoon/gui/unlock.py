"""The unlock screen: only the passphrase, "Ontgrendel", keychain unlock when enabled, and
"Wachtwoordzin vergeten?". Argon2 runs in a worker; the connection is opened on the GUI thread.

Every failure is a sentence from the core (wrong passphrase, vault in use, damaged vault); a
damaged vault additionally offers "Back-up terugzetten…". Never a stack trace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from vertrouwenspersoon.errors import DamagedVaultError, VpError
from vertrouwenspersoon.gui import i18n, theme, vault_access, worker
from vertrouwenspersoon.gui.file_dialogs import OpenChooser, ask_open_path
from vertrouwenspersoon.gui.forms.ui_unlock import Ui_UnlockScreen
from vertrouwenspersoon.security.keychain import Keychain
from vertrouwenspersoon.store.keyslots import KEYCHAIN, KeySlots

KeychainFactory = Callable[[], Keychain]


class UnlockScreen(QWidget):
    """Emits `unlocked(vault)`; the caller owns the vault from then on."""

    unlocked = Signal(object)
    unlock_failed = Signal(str)  # the sentence shown; for tests and assistive tech

    def __init__(
        self,
        vault_dir: Path,
        *,
        keychain_allowed: bool = True,
        keychain_factory: KeychainFactory = Keychain,
        open_chooser: OpenChooser = ask_open_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockScreen()
        self.ui.setupUi(self)
        self.vault_dir = Path(vault_dir)
        self.keychain_factory = keychain_factory
        self.open_chooser = open_chooser
        self.worker: worker.Worker | None = None
        self._damaged = False
        theme.heading(self.ui.titleLabel)
        theme.muted(self.ui.vaultLabel)
        theme.error(self.ui.errorLabel)
        self.ui.vaultLabel.setText(self.vault_dir.name)
        self.ui.busyBar.hide()
        self.ui.restoreButton.hide()
        self.ui.keychainButton.setVisible(keychain_allowed and self._keychain_slot_present())
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock)
        self.ui.showCheck.toggled.connect(
            lambda shown: self.ui.passphraseEdit.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self.ui.keychainButton.clicked.connect(self.unlock_with_keychain)
        self.ui.forgotButton.clicked.connect(self.forgot)
        self.ui.restoreButton.clicked.connect(self.restore_backup)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.vaultLabel.setText(self.vault_dir.name)
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.ui.passphraseEdit.setFocus()

    def _keychain_slot_present(self) -> bool:
        """Reads keyslots.json (a few hundred bytes) to know whether to offer the keychain button."""
        try:
            return KEYCHAIN in KeySlots.load(self.vault_dir).slots
        except Exception:
            return False

    # -- unlocking -------------------------------------------------------------------------
    def unlock(self) -> None:
        if self.worker is not None and self.worker.running:
            return
        passphrase = self.ui.passphraseEdit.text()
        directory = self.vault_dir
        self._start(lambda _p: vault_access.derive_unlock(directory, passphrase=passphrase))

    def unlock_with_keychain(self) -> None:
        if self.worker is not None and self.worker.running:
            return
        directory, factory = self.vault_dir, self.keychain_factory
        self._start(lambda _p: vault_access.derive_unlock(directory, keychain=factory()))

    def _start(self, task: worker.Task) -> None:
        self.ui.errorLabel.clear()
        self.ui.restoreButton.hide()
        self._busy(True)
        self.worker = worker.Worker(task, self)
        self.worker.succeeded.connect(self._derived)
        self.worker.failed_with.connect(self._failed_with)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        for button in (self.ui.unlockButton, self.ui.keychainButton, self.ui.forgotButton):
            button.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)

    def _derived(self, ticket: vault_access.UnlockTicket) -> None:
        self._busy(False)
        try:
            vault = vault_access.open_unlocked(ticket)
        except VpError as error:
            self._show_error(error)
            return
        self.ui.passphraseEdit.clear()
        self.unlocked.emit(vault)

    def _failed_with(self, error: VpError | None) -> None:
        self._damaged = isinstance(error, DamagedVaultError)

    def _failed(self, sentence: str) -> None:
        self._busy(False)
        self.ui.errorLabel.setText(sentence)
        self.ui.restoreButton.setVisible(self._damaged)
        self.unlock_failed.emit(sentence)
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def _show_error(self, error: VpError) -> None:
        self.ui.errorLabel.setText(error.message(i18n.language()))
        self.ui.restoreButton.setVisible(isinstance(error, DamagedVaultError))

    def reset(self) -> None:
        """Back to an empty form (after a lock), the passphrase hidden again."""
        self.ui.showCheck.setChecked(False)
        self.ui.passphraseEdit.clear()
        self.ui.errorLabel.clear()
        self.ui.restoreButton.hide()
        self._busy(False)

    # -- recovery and restore ------------------------------------------------------------------
    def forgot(self) -> None:
        from vertrouwenspersoon.gui.recover_dialog import RecoverDialog

        dialog = RecoverDialog(self.vault_dir, self)
        dialog.recovered.connect(self.unlocked)
        dialog.open()

    def restore_backup(self) -> None:
        from vertrouwenspersoon.gui.restore import RestoreFlow

        flow = RestoreFlow(self.vault_dir, self.open_chooser, self)
        flow.restored.connect(
            lambda: self.ui.errorLabel.setText(self.tr("De back-up is teruggezet. Ontgrendel de kluis."))
        )
        flow.restored.connect(self.ui.restoreButton.hide)
        flow.failed.connect(self.ui.errorLabel.setText)
        flow.start()
