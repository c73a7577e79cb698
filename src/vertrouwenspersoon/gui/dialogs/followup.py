"""Afspraak toevoegen or wijzigen: what was agreed, who acts, by when, optionally repeating.

With `index`, the dialog corrects that open follow-up's text, actor and date (kind and rhythm stay)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.model import AGREEMENT, Case, FollowUp
from vertrouwenspersoon.domain.validation import validate_case
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dialogs.base import FieldErrors, GuardedDialog
from vertrouwenspersoon.gui.forms.ui_followup_add import Ui_FollowupDialog

RECURRENCES = (None, "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY")


class FollowupDialog(GuardedDialog):
    saved = Signal(object)  # the Case with the new follow-up

    def __init__(  # type: ignore[no-untyped-def]
        self, session, case: Case, parent: QWidget | None = None, index: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowupDialog()
        self.ui.setupUi(self)
        self.case = case
        self.index = index
        self.today = session.clock.today()
        self.taxonomy = session.repository.taxonomy
        theme.heading(self.ui.headingLabel, 2)
        theme.error(self.ui.messageLabel)
        self.ui.kindCombo.setup(self.taxonomy, "kind", allow_none=False)
        self.ui.kindCombo.set_code(AGREEMENT)
        self.ui.actorCombo.setup(self.taxonomy, "actor", allow_none=False)
        self.ui.actorCombo.set_code("advisor")
        due = self.today + timedelta(days=14)
        self.ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
        self.errors = FieldErrors(
            {
                "kind": self.ui.kindError,
                "description": self.ui.descriptionError,
                "actor": self.ui.actorError,
                "due_on": self.ui.dueError,
                "recurrence": self.ui.recurrenceError,
            }
        )
        self._retranslate()
        if index is not None:
            self._fill(case.followups[index])
        for signal in (
            self.ui.kindCombo.currentIndexChanged,
            self.ui.descriptionEdit.textChanged,
            self.ui.actorCombo.currentIndexChanged,
            self.ui.dueEdit.dateChanged,
            self.ui.recurrenceCombo.currentIndexChanged,
        ):
            signal.connect(self.validate)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        self.mark_clean()
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Toevoegen") if self.index is None else self.tr("Bewaren"))
        if self.index is not None:
            self.ui.headingLabel.setText(self.tr("Afspraak wijzigen"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())
        combo = self.ui.recurrenceCombo
        chosen = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for text, rule in zip(
            (
                self.tr("niet herhalen"),
                self.tr("elke week"),
                self.tr("elke twee weken"),
                self.tr("elke maand"),
            ),
            RECURRENCES,
            strict=True,
        ):
            combo.addItem(text, rule)
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)

    def _fill(self, followup: FollowUp) -> None:
        self.ui.kindCombo.set_code(followup.kind)
        self.ui.kindCombo.setEnabled(False)
        self.ui.recurrenceCombo.setEnabled(False)
        self.ui.descriptionEdit.setText(followup.description or "")
        self.ui.actorCombo.set_code(followup.actor)
        due = followup.due_on
        self.ui.dueEdit.setDate(QDate(due.year, due.month, due.day))

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def followup(self) -> FollowUp:
        text = self.ui.descriptionEdit.text().strip()
        return FollowUp(
            kind=self.ui.kindCombo.code() or "",
            description=text or None,
            actor=self.ui.actorCombo.code() or "",
            due_on=self.ui.dueEdit.date().toPython(),
            recurrence=self.ui.recurrenceCombo.currentData(),
        )

    def result_case(self) -> tuple[Case, list]:
        if self.index is None:
            changed = lifecycle.add_followup(self.case, self.followup())
            position = len(changed.followups) - 1
        else:
            wanted = self.followup()
            changed = lifecycle.edit_followup(
                self.case, self.index, wanted.description, wanted.due_on, wanted.actor
            )
            position = self.index
        prefix = f"followups[{position}]."
        problems = [p for p in validate_case(changed, self.taxonomy) if (p.field or "").startswith(prefix)]
        for problem in problems:
            problem.field = problem.field[len(prefix) :]
        return changed, problems

    def validate(self) -> bool:
        _changed, problems = self.result_case()
        self.errors.show(problems)
        missing = not self.ui.descriptionEdit.text().strip()
        if missing and self.has_typed_text():
            self.errors.set("description", self.tr("Schrijf kort op wat is afgesproken."))
        self.ok_button().setEnabled(not problems and not missing)
        return not problems and not missing

    def submit(self) -> None:
        if not self.validate():
            return
        self.saved.emit(self.result_case()[0])
        self.finish()
