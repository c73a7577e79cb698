"""Dossiers: every case in one calm table, with search as you type and filters as chips.

The table fetches 200 rows at a time (dossiers_model.CasesModel). Chips: open, nazorg, gesloten
(one status at a time, matching the words in the Status column), met deadline; a year and a
behaviour picker. Ctrl+F jumps to the search field, Ctrl+N starts a new case, Enter or a double
click opens the case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QToolButton, QWidget

from vertrouwenspersoon.domain.model import AFTERCARE_DONE, CLOSED, OPEN
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.forms.ui_dossiers import Ui_DossiersPage
from vertrouwenspersoon.gui.import_flow import ImportFlow
from vertrouwenspersoon.gui.pages import Page, PageSpec, register
from vertrouwenspersoon.gui.pages.dossiers_model import CasesModel
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.gui.taxonomy_widgets import label
from vertrouwenspersoon.store.cases import CaseFilter

SEARCH_DELAY_MS = 150
SHORTCUT = "Ctrl+F"
REVEAL_MS = 10_000  # how long a clicked alias stays visible in privacy mode


class DossiersPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_DossiersPage()
        self.ui.setupUi(self)
        self.setObjectName("dossiersPage")
        theme.heading(self.ui.headingLabel)
        theme.muted(self.ui.countLabel)
        theme.muted(self.ui.emptyLabel)
        self.dialog = None
        self.case_page = None  # the Dossier page shown inside this one (see open_case)
        self.model = CasesModel(self)
        view = self.ui.casesView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 90, 140, 80, 260, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # Gedrag takes what is left
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.activated.connect(self._activated)
        view.doubleClicked.connect(self._activated)
        self.status_chips: dict[QToolButton, str] = {
            self.ui.openChip: OPEN,
            self.ui.aftercareChip: CLOSED,
            self.ui.closedChip: AFTERCARE_DONE,
        }
        for chip in (*self.status_chips, self.ui.deadlineChip):
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.toggled.connect(lambda on, chip=chip: self._chip_toggled(chip, on))
        self.ui.yearCombo.currentIndexChanged.connect(self._apply_filter)
        self.ui.behaviourCombo.currentIndexChanged.connect(self._apply_filter)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_filter)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        self.ui.newButton.clicked.connect(self.new_case)
        self.importer = ImportFlow(session, self)
        self.ui.importButton.clicked.connect(self.import_cases)
        self.ui.importCancel.clicked.connect(self.importer.cancel)
        self.importer.progressed.connect(self.ui.importProgress.setValue)
        self.importer.done.connect(self._imported)
        self._show_import_progress(False)
        self._hooked = False
        self._filling = False
        session.privacy_changed.connect(self.model.set_privacy)
        # privacy mode: a click on the Melder cell shows that alias, which hides again by itself
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.setInterval(REVEAL_MS)
        self.reveal_timer.timeout.connect(lambda: self.model.reveal(None))
        self.ui.casesView.clicked.connect(self._clicked)
        self.model.set_privacy(session.privacy_mode)
        self.model.modelReset.connect(self._update_texts)
        self.retranslate()
        QTimer.singleShot(0, self, self._hook_search_shortcut)

    # -- Ctrl+F ---------------------------------------------------------------------------------------
    def _hook_search_shortcut(self) -> None:
        """The main window owns the page shortcut (it shows this page); also put the cursor in search."""
        if self._hooked:
            return
        for shortcut in self.window().findChildren(QShortcut):
            if shortcut.key() == QKeySequence(SHORTCUT):
                shortcut.activated.connect(self.focus_search)
                self._hooked = True

    def focus_search(self) -> None:
        """Ctrl+F, also with a case open: back to the list (edits kept as on "Terug"), then search."""
        if self.case_page is not None and self.ui.stack.currentWidget() is self.case_page:
            self.show_list()
            if self.ui.stack.currentWidget() is self.case_page:
                return  # the advisor chose to stay with unsaved, invalid edits
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- data -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._hook_search_shortcut()
        theme.heading(self.ui.headingLabel)  # re-applied: reparenting into the main window drops it
        if self.case_page is not None and self.ui.stack.currentWidget() is self.case_page:
            self.case_page.refresh()
            return
        repository = self.session.repository
        self._fill_pickers(repository)
        self.model.load(repository, repository.taxonomy, self.session.clock.today(), self.current_filter())

    def clear(self) -> None:
        self.search_timer.stop()
        self.reveal_timer.stop()
        self.model.reveal(None)
        self.importer.cancel()  # a running import rolls back at its next step
        self.ui.importStatus.clear()
        if self.case_page is not None:
            self.case_page.clear()
            self.ui.stack.setCurrentWidget(self.ui.listPane)
        self.model.clear()
        if self.dialog is not None:
            self.dialog.wipe()
            self.dialog.close()
            self.dialog = None
        self._filling = True
        self.ui.searchEdit.clear()
        self.ui.countLabel.clear()
        self.ui.emptyLabel.clear()
        self._filling = False

    def _fill_pickers(self, repository) -> None:  # type: ignore[no-untyped-def]
        self._filling = True
        year, behaviour = self.ui.yearCombo.currentData(), self.ui.behaviourCombo.currentData()
        self.ui.yearCombo.clear()
        self.ui.yearCombo.addItem(self.tr("Alle jaren"), None)
        first = repository.rows(CaseFilter(), sort="opened_on", descending=False, offset=0, limit=1)
        today = self.session.clock.today()
        if first:
            for y in range(today.year, min(first[0].opened_on.year, today.year) - 1, -1):
                self.ui.yearCombo.addItem(str(y), y)
        self.ui.yearCombo.setCurrentIndex(max(self.ui.yearCombo.findData(year), 0))
        self.ui.behaviourCombo.clear()
        self.ui.behaviourCombo.addItem(self.tr("Alle soorten gedrag"), None)
        for code in repository.taxonomy.codes("behaviour"):
            self.ui.behaviourCombo.addItem(label(repository.taxonomy, "behaviour", code), code)
        self.ui.behaviourCombo.setCurrentIndex(max(self.ui.behaviourCombo.findData(behaviour), 0))
        self._filling = False

    def current_filter(self) -> CaseFilter:
        status = next((code for chip, code in self.status_chips.items() if chip.isChecked()), None)
        text = self.ui.searchEdit.text().strip()
        return CaseFilter(
            status=status,
            year=self.ui.yearCombo.currentData(),
            behaviour=self.ui.behaviourCombo.currentData(),
            with_deadline=self.ui.deadlineChip.isChecked(),
            text=text or None,
        )

    def _chip_toggled(self, chip: QToolButton, on: bool) -> None:
        if on and chip in self.status_chips:  # one status at a time
            for other in self.status_chips:
                if other is not chip and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self._filling or not self._loaded():
            return
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _loaded(self) -> bool:
        return self.ui.yearCombo.count() > 0

    def _update_texts(self) -> None:
        total = self.model.total
        flt = self.model.case_filter
        filtered = flt != CaseFilter()
        count = self.tr("1 dossier") if total == 1 else self.tr("%1 dossiers").replace("%1", str(total))
        self.ui.countLabel.setText(count if self._loaded() else "")
        empty = total == 0
        self.ui.casesView.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        if not empty:
            self.ui.emptyLabel.clear()
        elif filtered:
            self.ui.emptyLabel.setText(
                self.tr("Geen dossiers die hierbij passen. Zet een filter uit of zoek op een ander woord.")
            )
        else:
            self.ui.emptyLabel.setText(
                self.tr(
                    "Nog geen dossiers. Maak je eerste dossier met Ctrl+N: een referentie, de datum "
                    "en wat je van de melding weet. Alles blijft versleuteld op deze computer."
                )
            )

    def retranslate(self) -> None:
        self.model.retranslate()
        if self._loaded() and self.session.vault.is_open:  # a language switch can come after a lock
            self._fill_pickers(self.session.repository)
            self._update_texts()
        self.ui.casesView.setAccessibleName(self.tr("Dossiers"))
        for button in self.ui.searchEdit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Zoekveld leegmaken"))

    # -- the case inside this page -------------------------------------------------------------------
    def open_case(self, case_id: int) -> bool:
        """Show the case inside this page (the Dossier view), with "← Dossiers" to go back."""
        if self.case_page is None:
            from vertrouwenspersoon.gui.pages.dossier import DossierPage

            self.case_page = DossierPage(self.session, self.ui.stack)
            self.case_page.back_requested.connect(self.show_list)
            self.case_page.open_case_requested.connect(self.open_case_requested)
            self.ui.stack.addWidget(self.case_page)
        if not self.case_page.open_case(case_id):
            return False
        self.ui.stack.setCurrentWidget(self.case_page)
        self.case_page.ui.sections.setFocus()
        return True

    def show_list(self) -> None:
        if self.case_page is not None and not self.case_page.leave():
            return
        self.ui.stack.setCurrentWidget(self.ui.listPane)
        self.model.reload()
        self.ui.casesView.setFocus()

    # -- actions ------------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and index.column() == 1 and self.session.privacy_mode:
            self.model.reveal(row.id)
            self.reveal_timer.start()

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_case_requested.emit(row.id)

    def new_case(self) -> None:
        """Ctrl+N: the New-case dialog (window-modal, not blocking); the new case opens after."""
        if self.session.repository is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        from vertrouwenspersoon.gui.dialogs.new_case import NewCaseDialog

        self.dialog = NewCaseDialog(self.session, self)
        self.dialog.created.connect(self._created)
        self.dialog.open()

    def import_cases(self) -> None:
        if self.importer.running or not self.importer.start():
            return
        self.ui.importStatus.setText(QCoreApplication.translate("Import", "Bezig met importeren…"))
        self.ui.importProgress.setValue(0)
        self._show_import_progress(True)

    def _imported(self, sentence: str) -> None:
        self._show_import_progress(False)
        self.ui.importStatus.setText(sentence)
        self.ui.importStatus.show()
        self.model.reload()
        self.session.data_changed.emit()

    def _show_import_progress(self, running: bool) -> None:
        self.ui.importStatus.setVisible(running or bool(self.ui.importStatus.text()))
        self.ui.importProgress.setVisible(running)
        self.ui.importCancel.setVisible(running)
        self.ui.importButton.setEnabled(not running)

    def _created(self, case_id: int) -> None:
        self.dialog = None
        self.model.reload()
        self.open_case_requested.emit(case_id)


register(
    PageSpec(
        key="dossiers",
        order=20,
        title=lambda: QCoreApplication.translate("Navigation", "Dossiers"),
        factory=DossiersPage,
        shortcut=SHORTCUT,
    )
)
