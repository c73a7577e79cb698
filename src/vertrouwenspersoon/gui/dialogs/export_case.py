"""Exporteren: this case as a sealed file (passphrase twice), written in a worker with progress
and cancel, to the file the advisor chooses (the session's injectable save chooser)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.exchange.json_file import write_export
from vertrouwenspersoon.gui import theme, worker
from vertrouwenspersoon.gui.dialogs.base import GuardedDialog
from vertrouwenspersoon.gui.forms.ui_case_export import Ui_ExportDialog
from vertrouwenspersoon.gui.passphrase_fields import PassphrasePair

SUGGESTED_NAME = "dossier-export.vpsealed"  # never the reference or alias: file names are visible


def export_task(path: Path, case: Case, passphrase: str):  # type: ignore[no-untyped-def]
    """Worker thread: seal in memory (Argon2 ≈0.5 s) and write atomically; nothing half-written stays."""

    def task(progress: worker.Progress) -> Path:
        progress.report(5)
        progress.check()
        write_export(path, [case], passphrase=passphrase)
        if progress.cancelled:
            path.unlink(missing_ok=True)
            progress.check()
        progress.report(100)
        return path

    return task


class ExportDialog(GuardedDialog):
    exported = Signal(str)  # the chosen file name (chosen by the advisor, no case data)

    def __init__(
        self, session, case: Case, case_id: int | None = None, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.session, self.case, self.case_id = session, case, case_id
        self.worker: worker.Worker | None = None
        theme.heading(self.ui.headingLabel, 2)
        theme.muted(self.ui.explainLabel)
        self.ui.progressBar.hide()
        self.pair = PassphrasePair(
            self.ui.firstEdit, self.ui.secondEdit, self.ui.strengthLabel, self.ui.problemLabel
        )
        self.pair.changed.connect(self._update_ok)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Exporteren…"))
        self.cancel_button().setText(self.tr("Annuleren"))
        self.cancel_button().setAccessibleName(self.tr("Annuleren"))
        self.mark_clean()
        self._update_ok()

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def cancel_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self.pair.acceptable and not self.busy)

    def submit(self) -> None:
        if not self.pair.acceptable or self.busy:
            return
        path = self.session.save_chooser(
            self,
            self.tr("Dossier exporteren"),
            SUGGESTED_NAME,
            self.tr("Verzegeld exportbestand (*.vpsealed)"),
        )
        if path is None:
            return
        passphrase = self.pair.value()
        self.busy = True
        self._update_ok()
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.messageLabel.setText(self.tr("Bezig met versleutelen en opslaan…"))
        self.worker = worker.Worker(export_task(Path(path), self.case, passphrase), self)
        self.worker.progressed.connect(self.ui.progressBar.setValue)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.start()

    def reject(self) -> None:
        if self.busy and self.worker is not None:
            self.worker.cancel()
            self.ui.messageLabel.setText(self.tr("De export wordt afgebroken…"))
            return
        super().reject()

    def _done(self, path: Path) -> None:
        self.busy = False
        if self.case_id is not None:
            self.session.vault.record("case.export", "case", str(self.case_id))
        self.exported.emit(Path(path).name)
        self.finish()

    def _failed(self, sentence: str) -> None:
        self.busy = False
        self.ui.progressBar.hide()
        self.ui.messageLabel.setText(sentence)
        self._update_ok()

    def _cancelled(self) -> None:
        self.busy = False
        self.ui.progressBar.hide()
        self.ui.messageLabel.setText(self.tr("De export is afgebroken; er is geen bestand geschreven."))
        self._update_ok()
