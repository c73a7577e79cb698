"""Jaarverslag: pick a year, see the published figures, write the narrative, make the PDF, close the year.

The preview is rendered from the published report document (`PublishedReport.to_json()`), so it shows
exactly what the PDF and JSON will say: suppressed cells as the neutral mark "×" with a line saying why. Building the
report (exact disclosure checks), writing the PDF and sealing the ombudsperson's bundle run in a worker
with progress and cancel. The narrative is saved per year in the vault (Ctrl+Enter); switching years
asks before unsaved text is thrown away, and a lock saves it rather than lose it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vertrouwenspersoon.gui import i18n, theme, worker
from vertrouwenspersoon.gui.dates import long_date
from vertrouwenspersoon.gui.dialogs.base import ask
from vertrouwenspersoon.gui.forms.ui_annual_report import Ui_AnnualReportPage
from vertrouwenspersoon.gui.pages import Page, PageSpec, register
from vertrouwenspersoon.gui.pages.annual_report_preview import ReportPreview
from vertrouwenspersoon.gui.pages.annual_report_tasks import (
    build_task,
    export_task,
    pdf_task,
    report_inputs,
    with_suffix,
)
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.reports.api import PublishedReport
from vertrouwenspersoon.reports.disclosure import cell_values
from vertrouwenspersoon.reports.ledger import bundle_record
from vertrouwenspersoon.store.years import YearRepository, advisor_id

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, year: int) -> str:
    """Save, discard or stay: the default keeps the text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Vertrouwenspersoon")
    box.setText(
        QCoreApplication.translate("AnnualReport", "Je toelichting bij %1 is nog niet bewaard.").replace(
            "%1", str(year)
        )
    )
    box.setInformativeText(QCoreApplication.translate("AnnualReport", "Wil je hem eerst bewaren?"))
    save = box.addButton(
        QCoreApplication.translate("AnnualReport", "Bewaren"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("AnnualReport", "Weggooien"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay = box.addButton(
        QCoreApplication.translate("AnnualReport", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def months_text(months: int) -> str:
    """'1 maand' / '12 maanden' (the retention period in the finalise question)."""
    if months == 1:
        return QCoreApplication.translate("AnnualReport", "1 maand")
    return QCoreApplication.translate("AnnualReport", "%1 maanden").replace("%1", str(months))


def confirm_finalise(parent: QWidget, year: int, retention_months: int) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("AnnualReport", "Jaar %1 afsluiten?").replace("%1", str(year)),
        QCoreApplication.translate(
            "AnnualReport",
            "De cijfers zoals je ze hier ziet gelden daarna als gepubliceerd; latere verslagen houden "
            "er rekening mee, zodat niemand door vergelijken herkenbaar wordt. Gesloten dossiers die "
            "in dit jaar zijn meegeteld, komen daarna in aanmerking voor het verwijderen van de "
            "persoonsgegevens zodra de bewaartermijn van %1 na het sluiten voorbij is. "
            "Afsluiten kun je niet terugdraaien.",
        ).replace("%1", months_text(retention_months)),
        QCoreApplication.translate("AnnualReport", "Jaar afsluiten"),
        QCoreApplication.translate("AnnualReport", "Annuleren"),
        go_role=QMessageBox.ButtonRole.AcceptRole,
    )


class AnnualReportPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("annualReportPage")
        self.ui = Ui_AnnualReportPage()
        self.ui.setupUi(self)
        theme.heading(self.ui.headingLabel)
        theme.muted(self.ui.narrativeHint)
        theme.muted(self.ui.narrativeStateLabel)
        self.preview = ReportPreview()
        self.ui.previewLayout.addWidget(self.preview)
        # injectable (tests answer without a modal box)
        self.ask_unsaved = ask_unsaved
        self.confirm_finalise = confirm_finalise
        self.merge_dialog: QWidget | None = None
        self.report: PublishedReport | None = None
        self.worker: worker.Worker | None = None
        self.last_written: Path | None = None
        self._year: int | None = None
        self._saved_narrative = ""
        self._stale = True
        self._generation = 0
        self.ui.progressFrame.hide()
        self.ui.yearCombo.currentIndexChanged.connect(self._year_chosen)
        self.ui.narrativeEdit.textChanged.connect(self._narrative_edited)
        self.ui.narrativeEdit.installEventFilter(self)
        self.ui.narrativeSaveButton.clicked.connect(self.save_narrative)
        self.ui.pdfButton.clicked.connect(self.make_pdf)
        self.ui.finaliseButton.clicked.connect(self.finalise)
        self.ui.exportButton.clicked.connect(self.export_statistics)
        self.ui.mergeButton.clicked.connect(self.open_merge)
        self.ui.cancelButton.clicked.connect(self.cancel)
        session.data_changed.connect(self._mark_stale)
        self._update_buttons()

    # -- years ------------------------------------------------------------------------------------
    def years(self) -> list[int]:
        """Every year from the first case to this year (carried-over cases count in the years between)."""
        current = self.session.clock.today().year
        years = YearRepository(self.session.vault)
        first = years.first_case_year() or current
        finalised = years.finalised()
        return sorted(set(range(min(first, current), current + 1)) | finalised, reverse=True)

    def _fill_years(self) -> None:
        years = self.years()
        combo = self.ui.yearCombo
        wanted = self._year
        if wanted is None:
            previous = self.session.clock.today().year - 1
            wanted = previous if previous in years else years[0]
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    @property
    def year(self) -> int | None:
        return self._year

    def select_year(self, year: int) -> bool:
        """Switch to `year` (asks about unsaved narrative first); False when the advisor stays."""
        index = self.ui.yearCombo.findData(year)
        if index < 0:
            return False
        self.ui.yearCombo.setCurrentIndex(index)
        return self._year == year

    def _year_chosen(self, index: int) -> None:
        year = self.ui.yearCombo.itemData(index)
        if year is None or year == self._year:
            return
        if self._narrative_dirty():
            answer = self.ask_unsaved(self, self._year)
            if answer == CANCEL:
                self.ui.yearCombo.blockSignals(True)
                self.ui.yearCombo.setCurrentIndex(self.ui.yearCombo.findData(self._year))
                self.ui.yearCombo.blockSignals(False)
                return
            if answer == SAVE:
                self.save_narrative()
            else:  # thrown away on purpose: it must not come back as a draft
                self.session.drafts.forget(self._narrative_place())
        self._load_year(int(year))

    def _load_year(self, year: int) -> None:
        self._year = year
        self.report = None
        self.preview.clear()
        self.ui.messageLabel.clear()
        self._set_narrative(YearRepository(self.session.vault).narrative(year))
        self._update_status()
        self._build()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_years()
        year = self.ui.yearCombo.currentData()
        if year is None:
            return
        if year != self._year:
            self._load_year(int(year))
        elif self._stale or self.report is None:
            self._update_status()
            self._build()

    def _mark_stale(self) -> None:
        self._stale = True

    def _build(self) -> None:
        if self._year is None:
            return
        if self.worker is not None and self.worker.running:
            self.worker.cancel()
        self._stale = False
        inputs = report_inputs(self.session.vault, self.session.settings, self._year, i18n.language())
        self._start(
            build_task(self.session.vault, inputs),
            QCoreApplication.translate("AnnualReport", "De cijfers worden geteld en afgeschermd…"),
            self._built,
        )

    def _built(self, report: PublishedReport) -> None:
        self.report = report
        self.preview.show_doc(report.to_json())

    def clear(self) -> None:
        """Lock: keep the advisor's unsaved narrative (in the vault), then forget every figure and text."""
        self._generation += 1
        if self.worker is not None and self.worker.running:
            self.worker.cancel()
        self.worker = None
        if self._narrative_dirty() and self.session.vault.is_open:
            self.save_narrative()
        if self.merge_dialog is not None:
            self.merge_dialog.clear()  # type: ignore[attr-defined]
            self.merge_dialog.close()
            self.merge_dialog = None
        self.report = None
        self._year = None
        self._stale = True
        self.preview.clear()
        self.ui.narrativeEdit.blockSignals(True)
        self.ui.narrativeEdit.clear()
        self.ui.narrativeEdit.blockSignals(False)
        self._saved_narrative = ""
        for label in (
            self.ui.statusLabel,
            self.ui.messageLabel,
            self.ui.narrativeStateLabel,
            self.ui.progressLabel,
        ):
            label.clear()
        self.ui.progressFrame.hide()
        self.ui.yearCombo.blockSignals(True)
        self.ui.yearCombo.clear()
        self.ui.yearCombo.blockSignals(False)
        self.last_written = None
        self._update_buttons()

    def retranslate(self) -> None:
        self.preview.retranslate()
        self._update_status()
        self._update_narrative_state()

    # -- narrative ----------------------------------------------------------------------------------
    def _set_narrative(self, text: str) -> None:
        """The year's saved narrative, or what was typed and not saved before a crash (kept as a draft)."""
        self._saved_narrative = text
        self.ui.narrativeEdit.blockSignals(True)
        self.ui.narrativeEdit.setPlainText(text)
        self.ui.narrativeEdit.blockSignals(False)
        keeper = self.session.drafts
        place = self._narrative_place()
        keeper.watch(place, self.ui.narrativeEdit, lambda: self._saved_narrative)
        draft = keeper.draft(place)
        restored = draft is not None and draft != text
        if restored:
            self.ui.narrativeEdit.setPlainText(draft)
        self._update_narrative_state()
        if restored:
            self.ui.narrativeStateLabel.setText(
                QCoreApplication.translate("AnnualReport", "Niet bewaarde tekst teruggezet")
            )

    def _narrative_place(self) -> str:
        return f"report/{self._year}/narrative"

    def _narrative_dirty(self) -> bool:
        return self._year is not None and self.ui.narrativeEdit.toPlainText() != self._saved_narrative

    def _narrative_edited(self) -> None:
        self._update_narrative_state()

    def _update_narrative_state(self) -> None:
        dirty = self._narrative_dirty()
        self.ui.narrativeSaveButton.setEnabled(dirty)
        if self._year is None:
            self.ui.narrativeStateLabel.clear()
        elif dirty:
            self.ui.narrativeStateLabel.setText(QCoreApplication.translate("AnnualReport", "Niet bewaard"))
        elif self._saved_narrative:
            self.ui.narrativeStateLabel.setText(QCoreApplication.translate("AnnualReport", "Bewaard"))
        else:
            self.ui.narrativeStateLabel.clear()

    def save_narrative(self) -> None:
        if self._year is None or not self._narrative_dirty():
            return
        text = self.ui.narrativeEdit.toPlainText()
        YearRepository(self.session.vault).set_narrative(self._year, text)
        self._saved_narrative = text
        self.session.drafts.forget(self._narrative_place())
        if self.report is not None:
            self.report.narrative = text
        self._update_narrative_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the narrative saves it (plain Enter starts a new line)."""
        if (
            watched is self.ui.narrativeEdit
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.save_narrative()
            return True
        return super().eventFilter(watched, event)

    # -- status -------------------------------------------------------------------------------------
    def finalised_on(self, year: int) -> date | None:
        return YearRepository(self.session.vault).finalised_on(year)

    def _update_status(self) -> None:
        label = self.ui.statusLabel
        if self._year is None or not self.session.vault.is_open:
            label.clear()
            self._update_buttons()
            return
        on = self.finalised_on(self._year)
        if on is not None:
            label.setText(
                QCoreApplication.translate(
                    "AnnualReport", "Afgesloten op %1: deze cijfers gelden als gepubliceerd."
                ).replace("%1", long_date(on))
            )
        elif self._year >= self.session.clock.today().year:
            label.setText(
                QCoreApplication.translate(
                    "AnnualReport", "Dit jaar loopt nog: de cijfers kunnen nog veranderen."
                )
            )
        else:
            label.setText(QCoreApplication.translate("AnnualReport", "Nog niet afgesloten."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.worker is not None and self.worker.running
        ready = self.report is not None and not busy
        finalised = self._year is not None and self.session.vault.is_open and self.finalised_on(self._year)
        self.ui.pdfButton.setEnabled(ready)
        self.ui.finaliseButton.setEnabled(ready and not finalised)
        self.ui.exportButton.setEnabled(self._year is not None and not busy)
        self.ui.yearCombo.setEnabled(True)

    # -- worker -------------------------------------------------------------------------------------
    def _start(self, task: worker.Task, what: str, done) -> None:  # type: ignore[no-untyped-def]
        generation = self._generation
        job = worker.Worker(task, self)
        self.worker = job
        self.ui.progressLabel.setText(what)
        self.ui.progressBar.setValue(0)
        self.ui.progressFrame.show()
        self.ui.messageLabel.clear()

        def current() -> bool:
            return generation == self._generation and self.worker is job

        job.progressed.connect(lambda value: current() and self.ui.progressBar.setValue(value))
        job.succeeded.connect(lambda result: current() and done(result))
        job.failed.connect(lambda sentence: current() and self._say(sentence, error=True))
        job.finished.connect(lambda: current() and self._finished())
        job.start()
        self._update_buttons()

    def _finished(self) -> None:
        self.ui.progressFrame.hide()
        self.ui.progressLabel.clear()
        self.worker = None
        self._update_buttons()

    def cancel(self) -> None:
        if self.worker is not None and self.worker.running:
            self.worker.cancel()

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setProperty("role", "error" if error else "")
        self.ui.messageLabel.style().unpolish(self.ui.messageLabel)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)
        self.ui.messageLabel.setText(text)

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.running

    # -- actions ------------------------------------------------------------------------------------
    def make_pdf(self) -> None:
        if self.report is None or self.busy or self._year is None:
            return
        self.save_narrative()
        year = self._year
        chosen = self.session.save_chooser(
            self,
            QCoreApplication.translate("AnnualReport", "Jaarverslag als PDF bewaren"),
            QCoreApplication.translate("AnnualReport", "jaarverslag-%1.pdf").replace("%1", str(year)),
            QCoreApplication.translate("AnnualReport", "PDF-bestanden (*.pdf)"),
        )
        if chosen is None:
            return
        out = with_suffix(Path(chosen), ".pdf")
        YearRepository(self.session.vault).record_publication(self.report.record)

        def written(path: Path) -> None:
            self.session.vault.record("report.create", "year", str(year))
            self.last_written = path
            self._say(
                QCoreApplication.translate("AnnualReport", "Het jaarverslag %1 staat in %2")
                .replace("%1", str(year))
                .replace("%2", str(path))
            )

        self._start(
            pdf_task(self.report, out, self._saved_narrative, i18n.language()),
            QCoreApplication.translate("AnnualReport", "De PDF wordt gemaakt…"),
            written,
        )

    def finalise(self) -> None:
        if self.report is None or self.busy or self._year is None or self.finalised_on(self._year):
            return
        year = self._year
        if not self.confirm_finalise(self, year, int(self.session.settings.get("retention_months"))):
            return
        self.save_narrative()
        years = YearRepository(self.session.vault)
        years.record_publication(self.report.record)
        years.finalise(year, self.report.to_json())
        self._update_status()
        self._say(
            QCoreApplication.translate("AnnualReport", "Jaar %1 is afgesloten.").replace("%1", str(year))
        )

    def export_statistics(self) -> None:
        if self._year is None or self.busy:
            return
        year = self._year
        key = self.session.open_chooser(
            self,
            QCoreApplication.translate("AnnualReport", "Publieke sleutel van de ombudsfunctionaris kiezen"),
            "",
            QCoreApplication.translate("AnnualReport", "Publieke sleutel (*.json);;Alle bestanden (*)"),
        )
        if key is None:
            return
        chosen = self.session.save_chooser(
            self,
            QCoreApplication.translate("AnnualReport", "Statistiekbundel bewaren"),
            QCoreApplication.translate("AnnualReport", "statistiek-%1.json").replace("%1", str(year)),
            QCoreApplication.translate("AnnualReport", "Statistiekbundel (*.json)"),
        )
        if chosen is None:
            return
        vault = self.session.vault
        population = advisor_id(vault)
        k = int(self.session.settings.get("report_k"))
        years = YearRepository(vault)
        published = years.ledger((year,))
        sealed: list = []  # the figures the worker sealed, recorded in the ledger once the file exists

        def exported(path: Path) -> None:
            if sealed:
                years.record_publication(bundle_record(population, year, k, cell_values(sealed[-1], k)))
            vault.record("stats.export", "year", str(year))
            self.last_written = path
            self._say(
                QCoreApplication.translate(
                    "AnnualReport",
                    "De statistiek van %1 is verzegeld voor de ombudsfunctionaris en staat in %2. "
                    "Alleen de ombudsfunctionaris kan hem openen; er staan alleen aantallen in.",
                )
                .replace("%1", str(year))
                .replace("%2", str(path))
            )

        self._start(
            export_task(vault, year, population, Path(key), Path(chosen), published, sealed.append),
            QCoreApplication.translate("AnnualReport", "De statistiek wordt geteld en verzegeld…"),
            exported,
        )

    def open_merge(self) -> None:
        from vertrouwenspersoon.gui.dialogs.ombudsperson_merge import OmbudspersonMergeDialog

        if self.merge_dialog is None:
            self.merge_dialog = OmbudspersonMergeDialog(self.session, self)
            self.merge_dialog.finished.connect(self._merge_closed)  # type: ignore[attr-defined]
        self.merge_dialog.show()
        self.merge_dialog.raise_()

    def _merge_closed(self) -> None:
        if self.merge_dialog is not None:
            self.merge_dialog.clear()  # type: ignore[attr-defined]
            self.merge_dialog.deleteLater()
            self.merge_dialog = None


register(
    PageSpec(
        key="annual_report",
        order=30,
        title=lambda: QCoreApplication.translate("Navigation", "Jaarverslag"),
        factory=AnnualReportPage,
        shortcut="Ctrl+3",
    )
)
