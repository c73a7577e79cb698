"""Nieuw dossier: the reference proposed for the year, opened today, the required coded fields.

The draft is validated by the domain (validate_case) at every change; the message for a field
sits beside it once the advisor has touched that field, and "Bewaren" stays disabled until the
draft is valid. Ctrl+Enter saves; Esc asks before throwing away what was typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from vertrouwenspersoon.domain.errors import DomainError, ValidationError
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.validation import validate_case
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme
from vertrouwenspersoon.gui.dialogs.base import FieldErrors, GuardedDialog, problem_sentence
from vertrouwenspersoon.gui.forms.ui_case_new import Ui_NewCaseDialog


class NewCaseDialog(GuardedDialog):
    created = Signal(int)  # case_id

    def __init__(self, session, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self.session = session
        self.repository = session.repository
        self.taxonomy = self.repository.taxonomy
        self.today: date = session.clock.today()
        theme.heading(self.ui.headingLabel, 2)
        theme.muted(self.ui.hintLabel)
        self.top_errors = FieldErrors({"reference": self.ui.referenceError, "opened_on": self.ui.openedError})
        self.ui.fields.setup(self.taxonomy, list(session.settings.get("units") or []))
        self._auto_reference = True
        self.ui.openedEdit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.ui.referenceEdit.setText(self.repository.next_reference(self.today.year))
        self.ui.referenceEdit.textEdited.connect(self._reference_edited)
        self.ui.referenceEdit.textChanged.connect(self.validate)
        self.ui.openedEdit.dateChanged.connect(self._opened_changed)
        self.ui.fields.changed.connect(self.validate)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self.mark_clean()
        self.validate()

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Bewaren"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())

    # -- the draft -----------------------------------------------------------------------------------
    def opened_on(self) -> date:
        return self.ui.openedEdit.date().toPython()

    def draft(self) -> Case:
        return Case(
            reference=self.ui.referenceEdit.text().strip(),
            opened_on=self.opened_on(),
            **self.ui.fields.values(),
        )

    def has_typed_text(self) -> bool:
        """Choices made in the pickers are work too: Esc asks before throwing them away."""
        return super().has_typed_text() or bool(self.ui.fields.touched)

    def _reference_edited(self, _text: str) -> None:
        self._auto_reference = False

    def _opened_changed(self) -> None:
        if self._auto_reference:
            self.ui.referenceEdit.setText(self.repository.next_reference(self.opened_on().year))
        self.validate()

    def problems(self) -> list[DomainError]:
        draft = self.draft()
        problems: list[DomainError] = list(validate_case(draft, self.taxonomy))
        if not problems and self.repository.id_of(draft.reference) is not None:
            problems.append(ValidationError(None, "reference", "duplicate-reference"))
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        self.ui.fields.show_errors(problems)
        self.top_errors.show(problems)
        if any(p.field == "reference" and p.problem == "duplicate-reference" for p in problems):
            self.top_errors.set(
                "reference", self.tr("Deze referentie is al in gebruik; kies een ander nummer.")
            )
        if self.opened_on() > self.today:
            self.top_errors.set("opened_on", self.tr("Deze datum ligt in de toekomst."))
            problems.append(ValidationError(None, "opened_on", "out-of-range"))
        self.ok_button().setEnabled(not problems)
        return not problems

    def submit(self) -> None:
        if not self.validate():
            return
        try:
            case_id = self.repository.add(self.draft())
        except DomainError as error:
            self.ui.hintLabel.setText(problem_sentence(error))
            return
        except VpError as error:
            self.ui.hintLabel.setText(error.message(i18n.language()))
            return
        self.session.data_changed.emit()
        self.finish()
        self.created.emit(case_id)
