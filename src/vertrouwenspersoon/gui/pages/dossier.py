"""Dossier: one case — header, Overzicht, Tijdlijn, Afspraken en nazorg, Notities, and the actions.

Every change is a new Case value made by the domain (lifecycle.*, dataclasses.replace), saved with
`repository.save(case_id, case, action)`; then `session.data_changed` tells Vandaag to recount.
Dialogs open window-modal without blocking (`open()`), so the lock can always clear them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.domain.model import OPEN, Case
from vertrouwenspersoon.domain.validation import validate_case
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme
from vertrouwenspersoon.gui.dates import long_date
from vertrouwenspersoon.gui.dialogs.base import ask_discard, problem_sentence
from vertrouwenspersoon.gui.draft_keeper import set_text
from vertrouwenspersoon.gui.forms.ui_dossier import Ui_DossierPage
from vertrouwenspersoon.gui.pages import Page
from vertrouwenspersoon.gui.pages.dossier_corrections import Corrections
from vertrouwenspersoon.gui.pages.dossier_models import ContactsModel, FollowupsModel
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.gui.taxonomy_widgets import status_text
from vertrouwenspersoon.store.drafts import case_place

PILL = "QLabel#statusLabel {{ border-radius: 10px; padding: 2px 10px; background: {bg}; color: {fg}; }}"


class DossierPage(Page):
    back_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_DossierPage()
        self.ui.setupUi(self)
        self.setObjectName("dossierPage")
        ui = self.ui
        theme.heading(ui.referenceLabel)
        theme.muted(ui.datesLabel)
        theme.muted(ui.timelineSummary)
        theme.muted(ui.overviewState)
        theme.muted(ui.notesState)
        ui.holdLabel.setProperty("case_text", True)
        self.case_id: int | None = None
        self.case: Case | None = None
        self.dialog = None
        self.contacts = ContactsModel(self)
        self.followups = FollowupsModel(self)
        for view, model in ((ui.contactsView, self.contacts), (ui.followupsView, self.followups)):
            self._setup_view(view, model)
        ui.fields.changed.connect(self._overview_changed)
        ui.saveButton.clicked.connect(self.save_overview)
        ui.notesEdit.textChanged.connect(self._notes_changed)
        ui.saveNotesButton.clicked.connect(self.save_notes)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.addFollowupButton.clicked.connect(self.add_followup)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.cancelFollowupButton.clicked.connect(self.cancel_followup)
        ui.followupsView.selectionModel().currentChanged.connect(lambda *_: self._update_followup_buttons())
        ui.closeButton.clicked.connect(self.close_case)
        ui.exportButton.clicked.connect(self.export_case)
        ui.holdButton.clicked.connect(self.legal_hold)
        ui.backButton.clicked.connect(self.back_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.save_current)
        self.corrections = Corrections(self)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self._set_enabled(False)

    def _setup_view(self, view: QTableView, model) -> None:  # type: ignore[no-untyped-def]
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- showing a case ---------------------------------------------------------------------------------
    def open_case(self, case_id: int) -> bool:
        if self.case_id is not None and case_id != self.case_id and not self._leave_current():
            return True
        if case_id != self.case_id:
            self.corrections.forget()
        self.case_id = case_id
        self.reload()
        return self.case is not None

    def leave(self) -> bool:
        """Before going back to the list: keep edits (saved when valid, else ask)."""
        return self._leave_current()

    def _leave_current(self) -> bool:
        """Keep edits when switching cases: save them when valid, otherwise ask first."""
        if not (self.overview_dirty() or self.notes_dirty()):
            return True
        if self.notes_dirty():
            self.save_notes()
        if self.overview_dirty() and not self.save_overview():
            return ask_discard(self)
        return True

    def refresh(self) -> None:
        if self.case_id is not None and not (self.overview_dirty() or self.notes_dirty()):
            self.reload()

    def reload(self) -> None:
        self.session.drafts.flush()  # what was just typed is kept before the form is filled again
        repository = self.session.repository
        try:
            self.case = repository.load(self.case_id)
        except VpError:
            self.case, self.case_id = None, None
            self.clear()
            return
        case = self.case
        ui = self.ui
        ui.fields.setup(repository.taxonomy, list(self.session.settings.get("units") or []))
        ui.fields.set_case(case)
        ui.notesEdit.blockSignals(True)
        ui.notesEdit.setPlainText(case.notes or "")
        ui.notesEdit.blockSignals(False)
        restored = self._keep_notes(case)
        self.contacts.load(case, repository.taxonomy)
        self.followups.load(case, repository.taxonomy, self.session.clock.today())
        self._set_enabled(True)
        self._update_header()
        self._overview_changed()
        self._notes_changed()
        if restored:
            self.ui.notesState.setText(self.tr("Niet bewaarde tekst teruggezet"))
        self._update_followup_buttons()
        self.corrections.update()

    def _keep_notes(self, case: Case) -> bool:
        """Watch the notes as a draft of this case; put back unsaved text from before (True if so)."""
        place = case_place(self.case_id, "notes")
        keeper = self.session.drafts
        keeper.watch(
            place, self.ui.notesEdit, lambda: (self.case.notes or "") if self.case else "", self.case_id
        )
        draft = keeper.draft(place)
        if draft is None or draft == (case.notes or ""):
            return False
        self.ui.notesEdit.setPlainText(draft)
        return True

    def _keep_typed(self, dialog, editor, what: str) -> None:  # type: ignore[no-untyped-def]
        """A dialog's text as a draft of this case: put back what was typed before, forget it when the
        dialog is done (saved, or thrown away after asking)."""
        place = case_place(self.case_id, what)
        keeper = self.session.drafts
        draft = keeper.draft(place)
        if draft:
            set_text(editor, draft)
        keeper.watch(place, editor, lambda: "", self.case_id)
        dialog.finished.connect(lambda _result: keeper.forget(place))

    def _update_header(self) -> None:
        case, ui = self.case, self.ui
        if case is None:
            return
        ui.referenceLabel.setText(case.reference)
        ui.statusLabel.setText(status_text(case.status))
        ui.statusLabel.setAccessibleName(self.tr("Status: %1").replace("%1", status_text(case.status)))
        accent = theme.ACCENT.name()
        ui.statusLabel.setStyleSheet(
            PILL.format(bg=accent, fg="white")
            if case.status == OPEN
            else PILL.format(bg="palette(mid)", fg="palette(text)")
        )
        parts = [self.tr("Geopend %1").replace("%1", long_date(case.opened_on))]
        if case.closed_on is not None:
            parts.append(self.tr("gesloten %1").replace("%1", long_date(case.closed_on)))
            ends = lifecycle.retention_ends_on(case, int(self.session.settings.get("retention_months")))
            if ends is not None and case.legal_hold is None and not case.purged:
                parts.append(
                    self.tr("persoonsgegevens worden verwijderd vanaf %1").replace("%1", long_date(ends))
                )
        if case.purged:
            parts.append(self.tr("persoonsgegevens zijn verwijderd"))
        ui.datesLabel.setText(" · ".join(parts))
        if case.legal_hold:
            ui.holdLabel.setText(self.tr("Bewaarplicht: %1").replace("%1", case.legal_hold))
        else:
            ui.holdLabel.clear()
        ui.holdLabel.setVisible(bool(case.legal_hold))
        ui.closeButton.setEnabled(case.closed_on is None and not case.purged)
        ui.holdButton.setText(
            self.tr("Bewaarplicht…") if case.legal_hold else self.tr("Bewaarplicht verlengen…")
        )
        count = len(case.contacts)
        minutes = sum(c.minutes for c in case.contacts)
        if not count:
            summary = self.tr("Nog geen contactmomenten.")
        elif count == 1:
            # one contact: its own length, singular when it took a single minute
            summary = (
                self.tr("1 contactmoment, 1 minuut")
                if minutes == 1
                else self.tr("1 contactmoment, %1 minuten").replace("%1", str(minutes))
            )
        else:  # two or more contacts take at least two minutes (a contact lasts one minute or more)
            summary = (
                self.tr("%1 contactmomenten, samen %2 minuten")
                .replace("%1", str(count))
                .replace("%2", str(minutes))
            )
        ui.timelineSummary.setText(summary)

    def _set_enabled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.sections, ui.closeButton, ui.reopenButton, ui.exportButton, ui.holdButton):
            widget.setEnabled(on)

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.wipe()
            self.dialog.close()
            self.dialog = None
        self.corrections.forget()
        self.case, self.case_id = None, None
        self.contacts.clear()
        self.followups.clear()
        ui = self.ui
        ui.fields.clear()
        ui.notesEdit.clear()
        for label in (ui.referenceLabel, ui.statusLabel, ui.datesLabel, ui.holdLabel, ui.timelineSummary):
            label.clear()
        ui.statusLabel.setAccessibleName("")
        ui.overviewState.clear()
        ui.notesState.clear()
        self._set_enabled(False)

    def retranslate(self) -> None:
        self.corrections.retranslate()
        self.contacts.retranslate()
        self.followups.retranslate()
        self._update_header()

    # -- editing --------------------------------------------------------------------------------------------
    def overview_dirty(self) -> bool:
        return self.case is not None and self.ui.fields.apply(self.case) != self.case

    def notes_dirty(self) -> bool:
        return self.case is not None and (self.ui.notesEdit.toPlainText() or None) != self.case.notes

    def _overview_changed(self) -> None:
        if self.case is None:
            return
        problems = validate_case(self.ui.fields.apply(self.case), self.session.repository.taxonomy)
        self.ui.fields.show_errors(problems)
        dirty = self.overview_dirty()
        self.ui.saveButton.setEnabled(dirty and not problems)
        self.ui.overviewState.setText(self.tr("Niet bewaarde wijzigingen") if dirty else "")

    def _notes_changed(self) -> None:
        dirty = self.notes_dirty()
        self.ui.saveNotesButton.setEnabled(dirty)
        self.ui.notesState.setText(self.tr("Niet bewaard") if dirty else "")

    def save_current(self) -> None:
        if self.ui.sections.currentWidget() is self.ui.notesTab:
            self.save_notes()
        elif self.ui.sections.currentWidget() is self.ui.overviewTab:
            self.save_overview()

    def save_overview(self) -> bool:
        if self.case is None or not self.overview_dirty():
            return True
        changed = self.ui.fields.apply(self.case)
        problems = validate_case(changed, self.session.repository.taxonomy)
        if problems:
            self.ui.fields.show_errors(problems, everything=True)
            return False
        return self.apply_change(changed, "case.update")

    def save_notes(self) -> bool:
        if self.case is None or not self.notes_dirty():
            return True
        saved = self.apply_change(
            replace(self.case, notes=self.ui.notesEdit.toPlainText() or None), "case.notes"
        )
        if saved and self.case_id is not None:
            self.session.drafts.forget(case_place(self.case_id, "notes"))
        return saved

    def apply_change(self, changed: Case, action: str) -> bool:
        """Save a new value of the case, reload it, and tell the other pages."""
        if self.case_id is None:
            return False
        try:
            self.session.repository.save(self.case_id, changed, action)
        except DomainError as error:
            self.ui.overviewState.setText(problem_sentence(error))
            return False
        except VpError as error:
            self.ui.overviewState.setText(error.message(i18n.language()))
            return False
        notes = self.ui.notesEdit.toPlainText()
        keep_notes = self.notes_dirty() and action != "case.notes"
        self.reload()
        if keep_notes:  # a follow-up saved while notes were being typed: keep the typing
            self.ui.notesEdit.setPlainText(notes)
        self.session.data_changed.emit()
        return True

    # -- follow-ups -----------------------------------------------------------------------------------------
    def selected_followup(self) -> int | None:
        return self.followups.position(self.ui.followupsView.currentIndex())

    def _update_followup_buttons(self) -> None:
        followup = self.followups.followup(self.ui.followupsView.currentIndex())
        open_one = followup is not None and not followup.settled and not (self.case and self.case.purged)
        self.ui.doneButton.setEnabled(open_one)
        self.ui.cancelFollowupButton.setEnabled(open_one)

    def mark_done(self) -> None:
        position = self.selected_followup()
        if self.case is None or position is None:
            return
        today = self.session.clock.today()
        rules = self.session.repository.rules
        self._lifecycle(
            lambda case: lifecycle.complete_followup(case, position, today, rules), "followup.done"
        )

    def cancel_followup(self) -> None:
        position = self.selected_followup()
        if self.case is None or position is None:
            return
        today = self.session.clock.today()
        self._lifecycle(lambda case: lifecycle.cancel_followup(case, position, today), "followup.cancel")

    def _lifecycle(self, step, action: str) -> bool:  # type: ignore[no-untyped-def]
        """Apply a domain step to the case and save it; its refusal becomes the sentence in the header."""
        try:
            changed = step(self.case)
        except DomainError as error:
            self.ui.overviewState.setText(problem_sentence(error))
            return False
        return bool(self.apply_change(changed, action))

    # -- dialogs ----------------------------------------------------------------------------------------------
    def _open_dialog(self, dialog, action: str) -> None:  # type: ignore[no-untyped-def]
        self.dialog = dialog
        if hasattr(dialog, "saved"):
            dialog.saved.connect(lambda case: self.apply_change(case, action))
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_done(d))
        dialog.open()

    def _dialog_done(self, dialog) -> None:  # type: ignore[no-untyped-def]
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add_contact(self) -> None:
        from vertrouwenspersoon.gui.dialogs.contact import ContactDialog

        if self.case is not None:
            dialog = ContactDialog(self.session, self.case, self)
            self._keep_typed(dialog, dialog.ui.notesEdit, "contact-new")
            self._open_dialog(dialog, "contact.add")

    def add_followup(self) -> None:
        from vertrouwenspersoon.gui.dialogs.followup import FollowupDialog

        if self.case is not None:
            dialog = FollowupDialog(self.session, self.case, self)
            self._keep_typed(dialog, dialog.ui.descriptionEdit, "followup-new")
            self._open_dialog(dialog, "followup.add")

    def close_case(self) -> None:
        from vertrouwenspersoon.gui.dialogs.close_case import CloseCaseDialog

        if self.case is not None and self.case.closed_on is None:
            self._open_dialog(CloseCaseDialog(self.session, self.case, self), "case.close")

    def legal_hold(self) -> None:
        from vertrouwenspersoon.gui.dialogs.legal_hold import LegalHoldDialog

        if self.case is not None:
            dialog = LegalHoldDialog(self.case, self)
            self._keep_typed(dialog, dialog.ui.reasonEdit, "legal-hold")
            self._open_dialog(dialog, "case.legal-hold")

    def export_case(self) -> None:
        from vertrouwenspersoon.gui.dialogs.export_case import ExportDialog

        if self.case is not None:
            dialog = ExportDialog(self.session, self.case, self.case_id, self)
            dialog.exported.connect(
                lambda name: self.ui.overviewState.setText(
                    self.tr("Geëxporteerd naar %1").replace("%1", name)
                )
            )
            self._open_dialog(dialog, "case.export")
