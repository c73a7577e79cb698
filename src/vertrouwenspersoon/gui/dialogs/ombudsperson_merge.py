"""Bundels samenvoegen (ombudsfunctionaris): the ombudsperson's side, apart from the advisor's own report.

Pick the private key and its passphrase, add the advisors' bundles, merge. Opening the key (Argon2id),
opening the bundles and the disclosure control on the combined figures run in a worker; the merged
figures are previewed exactly as they will be published, then saved as PDF or JSON where the
ombudsperson chooses. A refused bundle or key (tampered, duplicate, newer version, wrong passphrase)
shows the error's own sentence next to the button — never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme, worker
from vertrouwenspersoon.gui.forms.ui_ombudsperson_merge import Ui_OmbudspersonMergeDialog
from vertrouwenspersoon.gui.pages.annual_report_preview import ReportPreview
from vertrouwenspersoon.gui.pages.annual_report_tasks import json_task, merge_task, pdf_task, with_suffix
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.reports.api import PublishedReport

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class OmbudspersonMergeDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ombudspersonMergeDialog")
        self.session = session
        self.ui = Ui_OmbudspersonMergeDialog()
        self.ui.setupUi(self)
        theme.heading(self.ui.headingLabel, 2)
        theme.muted(self.ui.introLabel)
        theme.error(self.ui.errorLabel)
        self.preview = ReportPreview()
        self.ui.previewLayout.addWidget(self.preview)
        self.ui.previewLayout.addStretch(1)
        self.key_file: Path | None = None
        self.report: PublishedReport | None = None
        self.worker: worker.Worker | None = None
        self.last_written: Path | None = None
        self._generation = 0
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self.ui.keyButton.clicked.connect(self.choose_key)
        self.ui.addButton.clicked.connect(self.add_bundle)
        self.ui.removeButton.clicked.connect(self.remove_bundle)
        self.ui.mergeButton.clicked.connect(self.merge)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.savePdfButton.clicked.connect(lambda: self.save("pdf"))
        self.ui.saveJsonButton.clicked.connect(lambda: self.save("json"))
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.passphraseEdit.textChanged.connect(self._update)
        self.ui.bundleList.currentRowChanged.connect(self._update)
        self._update()

    # -- inputs -------------------------------------------------------------------------------------
    def bundles(self) -> list[Path]:
        items = (self.ui.bundleList.item(row) for row in range(self.ui.bundleList.count()))
        return [Path(item.data(PATH_ROLE)) for item in items]

    def choose_key(self) -> None:
        chosen = self.session.open_chooser(
            self,
            QCoreApplication.translate("OmbudspersonMerge", "Privésleutel kiezen"),
            "",
            QCoreApplication.translate("OmbudspersonMerge", "Privésleutel (*.json);;Alle bestanden (*)"),
        )
        if chosen is not None:
            self.set_key(Path(chosen))

    def set_key(self, path: Path) -> None:
        self.key_file = path
        self.ui.keyPathLabel.setText(path.name)
        self.ui.keyPathLabel.setToolTip(str(path))
        self._update()

    def add_bundle(self) -> None:
        chosen = self.session.open_chooser(
            self,
            QCoreApplication.translate("OmbudspersonMerge", "Statistiekbundel toevoegen"),
            "",
            QCoreApplication.translate("OmbudspersonMerge", "Statistiekbundel (*.json);;Alle bestanden (*)"),
        )
        if chosen is not None:
            self.add_bundle_path(Path(chosen))

    def add_bundle_path(self, path: Path) -> None:
        if path in self.bundles():
            return
        item = QListWidgetItem(path.name)
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        self.ui.bundleList.addItem(item)
        self._update()

    def remove_bundle(self) -> None:
        row = self.ui.bundleList.currentRow()
        if row >= 0:
            self.ui.bundleList.takeItem(row)
        self._update()

    def _update(self) -> None:
        busy = self.worker is not None and self.worker.running
        self.ui.mergeButton.setEnabled(
            not busy
            and self.key_file is not None
            and bool(self.ui.passphraseEdit.text())
            and self.ui.bundleList.count() > 0
        )
        self.ui.removeButton.setEnabled(not busy and self.ui.bundleList.currentRow() >= 0)
        self.ui.savePdfButton.setEnabled(not busy and self.report is not None)
        self.ui.saveJsonButton.setEnabled(not busy and self.report is not None)

    # -- work ---------------------------------------------------------------------------------------
    def _start(self, task: worker.Task, done) -> None:  # type: ignore[no-untyped-def]
        generation = self._generation
        job = worker.Worker(task, self)
        self.worker = job
        self.ui.errorLabel.clear()
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.cancelButton.show()

        def current() -> bool:
            return generation == self._generation and self.worker is job

        job.progressed.connect(lambda value: current() and self.ui.progressBar.setValue(value))
        job.succeeded.connect(lambda result: current() and done(result))
        job.failed.connect(lambda sentence: current() and self.ui.errorLabel.setText(sentence))
        job.finished.connect(lambda: current() and self._finished())
        job.start()
        self._update()

    def _finished(self) -> None:
        self.worker = None
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self._update()

    def cancel(self) -> None:
        if self.worker is not None and self.worker.running:
            self.worker.cancel()

    def merge(self) -> None:
        if self.key_file is None or not self.bundles() or (self.worker is not None and self.worker.running):
            return
        passphrase = self.ui.passphraseEdit.text()
        self.report = None
        self.preview.clear()
        self.ui.savedLabel.clear()
        settings = self.session.settings
        task = merge_task(
            self.key_file,
            passphrase,
            self.bundles(),
            int(settings.get("report_k")),
            str(settings.get("institution_name")),
            i18n.language(),
        )
        self._start(task, self._merged)

    def _merged(self, report: PublishedReport) -> None:
        self.report = report
        self.ui.passphraseEdit.clear()  # the key stays closed once the figures are here
        self.preview.show_doc(report.to_json())

    def save(self, kind: str) -> None:
        if self.report is None:
            return
        year = self.report.to_json()["year"]
        suffix = ".pdf" if kind == "pdf" else ".json"
        chosen = self.session.save_chooser(
            self,
            QCoreApplication.translate("OmbudspersonMerge", "Samengevoegd verslag bewaren"),
            QCoreApplication.translate("OmbudspersonMerge", "samengevoegd-%1").replace("%1", str(year))
            + suffix,
            "PDF (*.pdf)" if kind == "pdf" else "JSON (*.json)",
        )
        if chosen is None:
            return
        out = with_suffix(Path(chosen), suffix)
        if self.report.merge_records and self.key_file is not None:
            try:
                bundle.append_ledger(self.key_file, self.report.merge_records)
            except VpError as error:
                self.ui.savedLabel.setText(error.message())
                return
            self.report.merge_records = []  # recorded once, however often it is saved
        if kind == "pdf":
            task = pdf_task(self.report, out, self.report.narrative, i18n.language())
        else:
            task = json_task(self.report, out)

        def written(path: Path) -> None:
            self.last_written = path
            self.ui.savedLabel.setText(
                QCoreApplication.translate("OmbudspersonMerge", "Bewaard in %1").replace("%1", str(path))
            )

        self._start(task, written)

    def clear(self) -> None:
        """Forget the passphrase, the chosen files and the merged figures (lock, or closing)."""
        self._generation += 1
        self.cancel()
        self.worker = None
        self.ui.passphraseEdit.clear()
        self.ui.bundleList.clear()
        self.ui.errorLabel.clear()
        self.ui.savedLabel.clear()
        self.key_file = None
        self.ui.keyPathLabel.setText(
            QCoreApplication.translate("OmbudspersonMerge", "Nog geen sleutel gekozen")
        )
        self.report = None
        self.preview.clear()
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self._update()
