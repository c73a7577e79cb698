"""'Wachtwoordzin vergeten?': open the vault with the recovery key, then set a new passphrase.

The recovery key needs no Argon2, so `Vault.open(recovery=...)` runs on the GUI thread (the
connection must belong to it); only `change_passphrase` (calibration + Argon2, ≈1 s) runs in a
worker — it rewrites the key slot file and does not touch the database connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme, worker
from vertrouwenspersoon.gui.forms.ui_recover_dialog import Ui_RecoverDialog
from vertrouwenspersoon.gui.passphrase_fields import PassphrasePair
from vertrouwenspersoon.store.vault import Vault


class RecoverDialog(QDialog):
    """Emits `recovered(vault)` with the vault open and its passphrase replaced."""

    recovered = Signal(object)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoverDialog()
        self.ui.setupUi(self)
        self.vault_dir = Path(vault_dir)
        self.vault: Vault | None = None
        self.worker: worker.Worker | None = None
        theme.error(self.ui.errorLabel)
        self.ui.busyBar.hide()
        self.pair = PassphrasePair(
            self.ui.firstEdit, self.ui.secondEdit, self.ui.strengthLabel, self.ui.errorLabel
        )
        self.pair.changed.connect(self._update_ok)
        self.ui.keyEdit.textChanged.connect(self._update_ok)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("Vertrouwenspersoon")
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Ontgrendel en bewaar"))
        ok.setAccessibleName(ok.text())
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())

    def _update_ok(self) -> None:
        ready = bool(self.ui.keyEdit.text().strip()) and self.pair.acceptable
        busy = self.worker is not None and self.worker.running
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready and not busy)

    def submit(self) -> None:
        if not self.pair.acceptable:
            return
        if self.vault is None:
            try:
                self.vault = Vault.open(self.vault_dir, recovery=self.ui.keyEdit.text())
            except VpError as error:
                self.ui.errorLabel.setText(error.message(i18n.language()))
                return
        vault, new = self.vault, self.pair.value()
        self.ui.busyBar.show()
        self.worker = worker.Worker(lambda _p: vault.change_passphrase(new), self)
        self.worker.succeeded.connect(self._changed)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self._update_ok()

    def _changed(self, _result: object) -> None:
        self.ui.busyBar.hide()
        vault, self.vault = self.vault, None
        self.pair.clear()
        self.ui.keyEdit.clear()
        self.accept()
        self.recovered.emit(vault)

    def _failed(self, sentence: str) -> None:
        self.ui.busyBar.hide()
        self.ui.errorLabel.setText(sentence)
        self._update_ok()

    def reject(self) -> None:
        if self.worker is not None and self.worker.running:
            return  # the slot file is being rewritten; let it finish
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().reject()
