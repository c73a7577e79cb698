"""Contactmoment toevoegen or wijzigen: when, how long, how, with whom, notes — validated as typed.

With `index`, the dialog corrects that contact moment (a wrong duration skews the annual hours for good)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.model import Case, ContactMoment
from vertrouwenspersoon.domain.validation import validate_case
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dialogs.base import FieldErrors, GuardedDialog
from vertrouwenspersoon.gui.forms.ui_contact_add import Ui_ContactDialog


class ContactDialog(GuardedDialog):
    saved = Signal(object)  # the Case with the new contact moment

    def __init__(  # type: ignore[no-untyped-def]
        self, session, case: Case, parent: QWidget | None = None, index: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.case = case
        self.index = index
        self.taxonomy = session.repository.taxonomy
        theme.heading(self.ui.headingLabel, 2)
        theme.error(self.ui.messageLabel)
        self.ui.modeCombo.setup(self.taxonomy, "mode")
        self.ui.withCombo.setup(self.taxonomy, "with")
        self.ui.withCombo.set_code("reporter")
        self.ui.modeCombo.set_code("in-person")
        now = session.clock.now()
        self.ui.atEdit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute - now.minute % 5))
        )
        self.errors = FieldErrors(
            {
                "at": self.ui.atError,
                "minutes": self.ui.minutesError,
                "mode": self.ui.modeError,
                "with": self.ui.withError,
                "notes": self.ui.notesError,
            }
        )
        for signal in (
            self.ui.atEdit.dateTimeChanged,
            self.ui.minutesSpin.valueChanged,
            self.ui.modeCombo.currentIndexChanged,
            self.ui.withCombo.currentIndexChanged,
            self.ui.notesEdit.textChanged,
        ):
            signal.connect(self.validate)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        if index is not None:
            self._fill(case.contacts[index])
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Toevoegen") if index is None else self.tr("Bewaren"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())
        self.mark_clean()
        self.validate()

    def _fill(self, contact: ContactMoment) -> None:
        at = contact.at
        self.ui.headingLabel.setText(self.tr("Contactmoment wijzigen"))
        self.ui.atEdit.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
        self.ui.minutesSpin.setValue(contact.minutes)
        self.ui.modeCombo.set_code(contact.mode)
        self.ui.withCombo.set_code(contact.with_)
        self.ui.notesEdit.setPlainText(contact.notes or "")

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def contact(self) -> ContactMoment:
        at: datetime = self.ui.atEdit.dateTime().toPython().replace(second=0, microsecond=0)
        notes = self.ui.notesEdit.toPlainText()
        return ContactMoment(
            at=at,
            minutes=self.ui.minutesSpin.value(),
            mode=self.ui.modeCombo.code() or "",
            with_=self.ui.withCombo.code() or "",
            notes=notes if notes.strip() else None,
        )

    def result_case(self) -> tuple[Case, list]:
        contact = self.contact()
        if self.index is None:
            changed = lifecycle.add_contact(self.case, contact)
        else:
            changed = lifecycle.replace_contact(self.case, self.index, contact)
        position = next(i for i, c in enumerate(changed.contacts) if c is contact)
        prefix = f"contacts[{position}]."
        problems = [p for p in validate_case(changed, self.taxonomy) if (p.field or "").startswith(prefix)]
        for problem in problems:
            problem.field = problem.field[len(prefix) :]
        return changed, problems

    def validate(self) -> bool:
        _changed, problems = self.result_case()
        self.errors.show(problems)
        self.ok_button().setEnabled(not problems)
        return not problems

    def submit(self) -> None:
        changed, problems = self.result_case()
        if problems:
            return
        self.saved.emit(changed)
        self.finish()
