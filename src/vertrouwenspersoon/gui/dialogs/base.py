"""What every case form shares: errors next to the field, Ctrl+Enter saves, Esc asks first.

`GuardedDialog` remembers the typed text when it opens; Esc, the close button or "Annuleren"
ask before throwing away anything typed since (`ask_discard`, replaceable in tests), and
`wipe()` empties every text field when the vault locks while a dialog is open.
`FieldErrors` puts the domain's sentence for a field (domain.errors) in the label beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from vertrouwenspersoon.domain.errors import PROBLEM_TEXT, DomainError
from vertrouwenspersoon.gui import i18n, theme


def ask(
    parent: QWidget,
    question: str,
    explanation: str,
    go: str,
    stay: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    go_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
) -> bool:
    """A yes/no question whose default (Enter, Esc) is the safe answer `stay`; True for `go`."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle("Vertrouwenspersoon")
    box.setText(question)
    box.setInformativeText(explanation)
    yes = box.addButton(go, go_role)
    no = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_discard(parent: QWidget) -> bool:
    """True when the advisor agrees to throw away what was typed (the default button keeps it)."""
    return ask(
        parent,
        QCoreApplication.translate("CaseDialog", "Wat je hebt getypt weggooien?"),
        QCoreApplication.translate("CaseDialog", "Je wijzigingen in dit venster zijn nog niet bewaard."),
        QCoreApplication.translate("CaseDialog", "Weggooien"),
        QCoreApplication.translate("CaseDialog", "Verder bewerken"),
    )


def problem_sentence(error: DomainError) -> str:
    """The domain's sentence for the problem, without the location (the field is right there)."""
    pair = PROBLEM_TEXT.get(error.problem)
    if pair is None:
        return error.describe(i18n.language())
    text = pair[1] if i18n.language() == "en" else pair[0]
    return text[:1].upper() + text[1:]


_INDEX = re.compile(r"\[\d+\]$")


def field_key(path: str) -> str:
    """'behaviour[1]' -> 'behaviour'; 'reporter.role' stays (the form decides what it maps)."""
    return _INDEX.sub("", path or "")


class FieldErrors:
    """Field path -> the error label under that field; only the first problem per field shows."""

    def __init__(self, labels: dict[str, QLabel]) -> None:
        self.labels = labels
        for label in labels.values():
            theme.error(label)
            label.hide()

    def show(self, errors: Iterable[DomainError], only: set[str] | None = None) -> None:
        """Show `errors`; with `only`, just for those fields (the ones the advisor has touched)."""
        first: dict[str, str] = {}
        for error in errors:
            key = field_key(error.field or "")
            if key in self.labels and key not in first and (only is None or key in only):
                first[key] = problem_sentence(error)
        for key in self.labels:
            self.set(key, first.get(key, ""))

    def set(self, key: str, text: str) -> None:
        label = self.labels[key]
        label.setText(text)
        label.setVisible(bool(text))

    def clear(self) -> None:
        for key in self.labels:
            self.set(key, "")


def text_fields(root: QWidget) -> list[QWidget]:
    """The advisor-typed text inside `root` (line edits that are not part of a spin box or a
    fixed combo box, and plain-text editors)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QPlainTextEdit):
            found.append(widget)
        elif isinstance(widget, QLineEdit):
            owner = widget.parentWidget()
            if isinstance(owner, QAbstractSpinBox):
                continue
            if isinstance(owner, QComboBox) and not owner.isEditable():
                continue
            found.append(widget)
    return found


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


class GuardedDialog(QDialog):
    """A case form: Ctrl+Enter submits (when allowed), Esc/Annuleren ask before losing typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: dict[int, str] = {}
        self.busy = False
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._submit_if_allowed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter from a field that does not use it itself (the shortcut needs an active window)."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit_if_allowed()
            return
        super().keyPressEvent(event)

    # subclasses: the OK button and what submitting does
    def ok_button(self) -> QPushButton:
        raise NotImplementedError

    def submit(self) -> None:
        raise NotImplementedError

    def _submit_if_allowed(self) -> None:
        if self.ok_button().isEnabled() and not self.busy:
            self.submit()

    def mark_clean(self) -> None:
        """Remember the current texts as the starting point (call after filling the form)."""
        self._initial = {id(w): _text(w) for w in text_fields(self)}

    def has_typed_text(self) -> bool:
        return any(_text(w) != self._initial.get(id(w), "") for w in text_fields(self))

    def reject(self) -> None:
        if self.busy:
            return
        if self.has_typed_text() and not ask_discard(self):
            return
        self.wipe()
        super().reject()

    def finish(self) -> None:
        """Accept after a successful save; the texts are in the vault now, not needed here."""
        self.wipe()
        self.accept()

    def wipe(self) -> None:
        for widget in text_fields(self):
            widget.clear()  # type: ignore[attr-defined]
        for label in self.findChildren(QLabel):
            if label.property("case_text"):
                label.clear()
        self._initial = {}

    def set_ok_text(self, text: str) -> None:
        button = self.ok_button()
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
