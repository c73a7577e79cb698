"""Bewaarplicht: keep the personal part past the retention term, for a stated reason; or release."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.validation import MAX_SHORT_TEXT, text_problem
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dialogs.base import FieldErrors, GuardedDialog, problem_sentence
from vertrouwenspersoon.gui.forms.ui_case_legal_hold import Ui_LegalHoldDialog


class LegalHoldDialog(GuardedDialog):
    saved = Signal(object)

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LegalHoldDialog()
        self.ui.setupUi(self)
        self.case = case
        theme.heading(self.ui.headingLabel, 2)
        theme.muted(self.ui.explainLabel)
        self.errors = FieldErrors({"reason": self.ui.reasonError})
        self.ui.reasonEdit.setPlainText(case.legal_hold or "")
        self.ui.releaseButton.setVisible(case.legal_hold is not None)
        self.ui.releaseButton.clicked.connect(self.release)
        self.ui.reasonEdit.textChanged.connect(self.validate)
        self.ui.buttons.accepted.connect(self._submit_if_allowed)
        self.ui.buttons.rejected.connect(self.reject)
        self.setWindowTitle("Vertrouwenspersoon")
        self.set_ok_text(self.tr("Bewaarplicht vastleggen"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(cancel.text())
        self.mark_clean()
        self.validate()

    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def validate(self) -> bool:
        reason = self.reason()
        problem = text_problem(reason, MAX_SHORT_TEXT) if reason else None
        if problem:
            self.errors.set("reason", problem_sentence(ValidationError(None, "legal_hold", problem)))
        elif not reason and self.has_typed_text():
            self.errors.set("reason", self.tr("Schrijf op waarom de gegevens langer bewaard moeten blijven."))
        else:
            self.errors.set("reason", "")
        ok = bool(reason) and problem is None and reason != (self.case.legal_hold or "")
        self.ok_button().setEnabled(ok)
        return ok

    def submit(self) -> None:
        if self.validate():
            self.saved.emit(lifecycle.set_legal_hold(self.case, self.reason()))
            self.finish()

    def release(self) -> None:
        self.saved.emit(lifecycle.release_legal_hold(self.case))
        self.finish()
