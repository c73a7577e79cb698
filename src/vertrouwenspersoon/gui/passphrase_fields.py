"""Feedback for a new passphrase typed twice: strength in words and the first problem, live.

Shared by the first-run wizard, "Wachtwoordzin vergeten?" and the passphrase change in
Instellingen, so the minimum and the wording are the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from vertrouwenspersoon.gui import i18n, theme
from vertrouwenspersoon.security import passphrase


def strength_text(value: str) -> str:
    if not value:
        return ""
    return [
        QCoreApplication.translate("Passphrase", "Sterkte: te zwak"),
        QCoreApplication.translate("Passphrase", "Sterkte: redelijk"),
        QCoreApplication.translate("Passphrase", "Sterkte: sterk"),
        QCoreApplication.translate("Passphrase", "Sterkte: heel sterk"),
    ][passphrase.strength(value)]


class PassphrasePair(QObject):
    """Watches two line edits; `acceptable` is True only when the minimum is met and both match."""

    changed = Signal()

    def __init__(
        self,
        first: QLineEdit,
        second: QLineEdit,
        strength_label: QLabel,
        problem_label: QLabel,
        show_check: QCheckBox | None = None,
    ) -> None:
        super().__init__(first)
        self.first, self.second = first, second
        self.strength_label, self.problem_label = strength_label, problem_label
        theme.muted(strength_label)
        theme.error(problem_label)
        first.textChanged.connect(self.update)
        second.textChanged.connect(self.update)
        if show_check is not None:
            show_check.toggled.connect(self._show)
        self.update()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def problem(self) -> str | None:
        """The sentence to show, or None when the pair is acceptable."""
        value, again = self.first.text(), self.second.text()
        key = passphrase.problem(value)
        if key:
            return i18n.core_text(key)
        if value != again:
            return i18n.core_text("passphrase.mismatch")
        return None

    @property
    def acceptable(self) -> bool:
        return self.problem() is None

    def update(self) -> None:
        value = self.first.text()
        self.strength_label.setText(strength_text(value))
        problem = self.problem()
        # Say what is wrong only once the advisor has started on it, not on an empty form.
        show = problem if (value and (self.second.text() or passphrase.problem(value))) else ""
        self.problem_label.setText(show or "")
        self.changed.emit()

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
