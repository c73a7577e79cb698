"""Importing cases in the app: choose a file, give the passphrase of a sealed one, import in a worker.

The whole import (reading, validating, writing) runs off the GUI thread through the vault's
`thread_view()`, all or nothing: a cancel or the first invalid case leaves the vault as it was,
and the advisor reads the same sentence the CLI prints (case and field, never content).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from vertrouwenspersoon.exchange import sealed_file
from vertrouwenspersoon.gui import worker
from vertrouwenspersoon.gui.session import Session

SecretAsker = Callable[[QWidget | None, str], str | None]


def ask_file_passphrase(parent: QWidget | None, label: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Import", "Versleuteld bestand"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def imported_sentence(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Import", "1 dossier geïmporteerd.")
    return QCoreApplication.translate("Import", "%1 dossiers geïmporteerd.").replace("%1", str(count))


class ImportFlow(QObject):
    progressed = Signal(int)
    done = Signal(str)  # a sentence for the status line: how many were imported, or what was wrong

    def __init__(
        self, session: Session, parent: QWidget, ask_secret: SecretAsker = ask_file_passphrase
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self._ask_secret = ask_secret
        self.worker: worker.Worker | None = None

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> bool:
        """Ask for the file (and passphrase); False when the advisor cancelled before anything ran."""
        path = self.session.open_chooser(
            self._parent,
            QCoreApplication.translate("Import", "Dossiers importeren"),
            "",
            QCoreApplication.translate(
                "Import", "Dossierbestanden (*.json *.vpsealed *.csv *.xlsx);;Alle bestanden (*)"
            ),
        )
        if path is None:
            return False
        passphrase = None
        if sealed_file.is_sealed(Path(path).read_bytes()[:64]):
            passphrase = self._ask_secret(
                self._parent, QCoreApplication.translate("Import", "Wachtwoordzin van het bestand:")
            )
            if passphrase is None:
                return False
        self.run(Path(path), passphrase)
        return True

    def run(self, path: Path, passphrase: str | None) -> None:
        vault, settings = self.session.vault, self.session.settings

        def task(progress: worker.Progress) -> int:
            from vertrouwenspersoon.app_context import case_repository
            from vertrouwenspersoon.exchange.loader import load_cases

            view = vault.thread_view()
            try:
                repo = case_repository(view, settings)
                cases = load_cases(path, repo.taxonomy, passphrase=passphrase)
                progress.report(10)

                def step(done: int, total: int) -> None:
                    progress.report(10 + 90 * done // max(total, 1))
                    progress.check()  # raising inside the transaction rolls the whole import back

                repo.import_cases(cases, progress=step)
                return len(cases)
            finally:
                view.close()

        self.worker = worker.run(task, self)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(lambda count: self._finish(imported_sentence(count)))
        self.worker.failed.connect(self._finish)
        self.worker.cancelled.connect(
            lambda: self._finish(
                QCoreApplication.translate("Import", "Import geannuleerd; er is niets geïmporteerd.")
            )
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finish(self, sentence: str) -> None:
        self.worker = None
        self.done.emit(sentence)
