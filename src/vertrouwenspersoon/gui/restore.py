"""'Back-up terugzetten…': choose a backup (the newest automatic one is suggested), give the
passphrase that was valid then (or the current one), and restore in a worker.

`store.vault.restore` proves the backup whole (both integrity checks) before replacing
anything, so the flow has no cancel once started: stopping halfway is what it protects against.
The vault must be closed (locked) first; the restore takes the vault's lock file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from vertrouwenspersoon.gui import vault_access, worker
from vertrouwenspersoon.gui.file_dialogs import OpenChooser
from vertrouwenspersoon.store import vault as vault_store

PassphraseAsker = Callable[[QWidget | None, str], str | None]


def ask_passphrase(parent: QWidget | None, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, "Vertrouwenspersoon", prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


class RestoreFlow(QObject):
    restored = Signal()
    failed = Signal(str)

    def __init__(
        self,
        vault_dir: Path,
        open_chooser: OpenChooser,
        parent: QWidget,
        passphrase_asker: PassphraseAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.open_chooser = open_chooser
        self.passphrase_asker = passphrase_asker or ask_passphrase
        self._parent = parent
        self.worker: worker.Worker | None = None
        self._progress: QProgressDialog | None = None

    def start(self) -> None:
        newest = vault_access.newest_backup(self.vault_dir)
        start = str(newest) if newest else str(self.vault_dir / "backups")
        backup = self.open_chooser(
            self._parent, self.tr("Back-up kiezen"), start, self.tr("Back-ups (*.vpbackup)")
        )
        if backup is None:
            return
        passphrase = self.passphrase_asker(
            self._parent, self.tr("Wachtwoordzin van de back-up (of je huidige wachtwoordzin):")
        )
        if passphrase is None:
            return
        self._progress = QProgressDialog(
            self.tr("De back-up wordt gecontroleerd en teruggezet…"), "", 0, 0, self._parent
        )
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(300)
        directory = self.vault_dir
        self.worker = worker.run(lambda _p: vault_store.restore(backup, directory, passphrase), self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, _result: object) -> None:
        self._close_progress()
        self.restored.emit()

    def _failed(self, sentence: str) -> None:
        self._close_progress()
        self.failed.emit(sentence)  # the unlock screen shows it next to the form; no modal box
