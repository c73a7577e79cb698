"""Dossier sluiten: closing date (not before opening), outcomes (one or more), referrals, and the
aftercare moments proposed from the settings (each on a working day) and editable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.deadlines import aftercare_dates
from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.domain.model import AFTERCARE, Case, FollowUp
from vertrouwenspersoon.domain.validation import validate_case
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dialogs.base import FieldErrors, GuardedDialog, problem_sentence
from vertrouwenspersoon.gui.forms.ui_close_case import Ui_CloseCaseDialog


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def offset_words(offset: str) -> str:
    """'4w' -> 'na 4 weken', '3m' -> 'na 3 maanden' (the settings' terms in words)."""
    text = offset.strip().lstrip("+").lower()
    number, unit = text[:-1], text[-1:]
    if number.isdigit() and int(number) == 1:
        singular = {
            "d": QCoreApplication.translate("CloseCase", "na 1 dag"),
            "w": QCoreApplication.translate("CloseCase", "na 1 week"),
            "m": QCoreApplication.translate("CloseCase", "na 1 maand"),
            "y": QCoreApplication.translate("CloseCase", "na 1 jaar"),
        }.get(unit)
        if singular is not None:
            return singular
    template = {
        "d": QCoreApplication.translate("CloseCase", "na %1 dagen"),
        "w": QCoreApplication.translate("CloseCase", "na %1 weken"),
        "m": QCoreApplication.translate("CloseCase", "na %1 maanden"),
        "y": QCoreApplication.translate("CloseCase", "na %1 jaar"),
    }.get(unit, offset)
    return template.replace("%1", number)


class AftercareRow:
    def __init__(self, offset: str, parent: QWidget) -> None:
        self.offset = offset
        self.check = QCheckBox(offset_words(offset), parent)
        self.check.setChecked(True)
        self.check.setAccessibleName(
            QCoreApplication.translate("CloseCase", "Nazorg %1").replace("%1", offset_words(offset))
        )
        self.edit = QDateEdit(parent)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setAccessibleName(
            QCoreApplication.translate("CloseCase", "Datum nazorg %1").replace("%1", offset_words(offset))
        )
        self.edited = False
        self.check.toggled.connect(self.edit.setEnabled)

    def propose(self, closed_on: date, rules) -> None:  # type: ignore[no-untyped-def]
        if not self.edited:
            self.edit.blockSignals(True)
            self.edit.setDate(qdate(aftercare_dates(closed_on, [self.offset], rules)[0]))
            self.edit.blockSignals(False)

    def day(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class CloseCaseDialog(GuardedDialog):
    saved = Signal(object)  # the closed Case

    def __init__(self, session, case: Case, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self.case = case
        self.taxonomy = session.repository.taxonomy
        self.rules = session.repository.rules
        theme.heading(self.ui.headingLabel, 2)
        theme.error(self.ui.messageLabel)
        self.ui.outcomesList.setup(self.taxonomy, "outcome")
        self.ui.referralsList.setup(self.taxonomy, "referral")
        self.ui.outcomesList.set_codes(case.outcomes)
        self.ui.referralsList.set_codes(case.referrals)
        self.errors = FieldErrors(
            {
                "closed_on": self.ui.closedError,
                "outcomes": self.ui.outcomesError,
                "aftercare": self.ui.aftercareError,
            }
        )
        layout = QVBoxLayout(self.ui.aftercareBox)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = [
            AftercareRow(o, self.ui.aftercareBox) for o in session.settings.get("aftercare_offsets") or []
        ]
        for row in self.rows:
            line = QHBoxLayout()
            line.addWidget(row.check)
            line.addWidget(row.edit)
            line.addStretch(1)
            layout.addLayout(line)
            row.edit.dateChanged.connect(lambda _d, row=row: self._row_edited(row))
            row.check.toggled.connect(self.validate)
        if not self.rows:
            self.ui.aftercareBox.setAccessibleName(self.tr("Geen nazorg ingesteld"))
        self.ui.closedEdit.setDate(qdate(max(session.clock.today(), case.opened_on)))
        self.ui.closedEdit.dateChanged.connect(self._closed_changed)
        # "choose an outcome" is shown once the advisor has touched the list, not as the dialog opens
        self._untouched = {"outcomes"}
        self.ui.outcomesList.codes_changed.connect(self._outcomes_changed)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Dossier sluiten"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())
        self._closed_changed()
        self.mark_clean()

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def closed_on(self) -> date:
        return self.ui.closedEdit.date().toPython()

    def aftercare(self) -> list[date]:
        return sorted({day for row in self.rows if (day := row.day()) is not None})

    def _closed_changed(self) -> None:
        for row in self.rows:
            row.propose(self.closed_on(), self.rules)
        self.validate()

    def _outcomes_changed(self) -> None:
        self._untouched.discard("outcomes")
        self.validate()

    def _row_edited(self, row: AftercareRow) -> None:
        row.edited = True
        self.validate()

    def result_case(self) -> tuple[Case | None, list[DomainError]]:
        closed = self.closed_on()
        outcomes, referrals = self.ui.outcomesList.codes(), self.ui.referralsList.codes()
        try:
            changed = lifecycle.close_case(
                self.case, closed, outcomes, referrals, aftercare_offsets=(), rules=self.rules
            )
        except DomainError as error:
            return None, [error]
        for day in self.aftercare():
            changed = lifecycle.add_followup(
                changed, FollowUp(kind=AFTERCARE, description=None, actor="advisor", due_on=day)
            )
        return changed, validate_case(changed, self.taxonomy)

    def validate(self) -> bool:
        changed, problems = self.result_case()
        self.errors.show(problems, only=set(self.errors.labels) - self._untouched)
        early = [day for day in self.aftercare() if day < self.closed_on()]
        if early:
            self.errors.set("aftercare", self.tr("Nazorg kan niet vóór de sluitdatum liggen."))
        ok = changed is not None and not problems and not early
        self.ok_button().setEnabled(ok)
        return ok

    def submit(self) -> None:
        if not self.validate():
            return
        changed, _problems = self.result_case()
        self.saved.emit(changed)
        self.finish()

    def problem_text(self, error: DomainError) -> str:
        return problem_sentence(error)
