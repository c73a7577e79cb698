"""One editor per setting kind of `settings_schema.SETTINGS`, with the managed-by-policy state.

Each row: the Dutch/English label from the schema, the control, a lock icon with "Beheerd door
je organisatie" when IT set it (control disabled), and an error line next to the field when a
value is refused. Values are saved as soon as they are valid (settings are tiny JSON writes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme
from vertrouwenspersoon.paths import resource_dir
from vertrouwenspersoon.policy import Settings, managed_text
from vertrouwenspersoon.settings_schema import SettingSpec


def lock_icon() -> QIcon:
    return QIcon(str(resource_dir() / "icons" / "lock.svg"))


# Settings that weaken protection or change what a report hides: a change is confirmed first, then audited.
CONFIRMED = frozenset({"report_k", "auto_lock_minutes", "retention_months"})
# (row, old value, new value) -> whether to go ahead; tests inject their own answer
Confirm = Callable[["SettingRow", Any, Any], bool]


def ask_confirmation(row: SettingRow, old: Any, new: Any) -> bool:
    title = QCoreApplication.translate("SettingRow", "Instelling wijzigen")
    text = (
        QCoreApplication.translate("SettingRow", "„%1” verandert van %2 in %3. Doorgaan?")
        .replace("%1", row.spec.label(i18n.language()))
        .replace("%2", str(old))
        .replace("%3", str(new))
    )
    answer = QMessageBox.question(
        row, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


class SettingRow(QWidget):
    """Label + control (+ managed note) + error line for one schema entry."""

    def __init__(
        self,
        spec: SettingSpec,
        settings: Settings,
        on_saved: Callable[[str, Any], None],
        confirm: Confirm = ask_confirmation,
    ) -> None:
        super().__init__()
        self.spec, self.settings, self.on_saved, self.confirm = spec, settings, on_saved, confirm
        self.setObjectName(f"setting_{spec.key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        line = QHBoxLayout()
        line.setSpacing(8)
        self.label = QLabel()
        self.label.setMinimumWidth(280)
        self.label.setWordWrap(True)
        self.control = self._make_control()
        self.label.setBuddy(self.control)
        line.addWidget(self.label, 2)
        line.addWidget(self.control, 2)
        self.lock = QLabel()
        self.lock.setPixmap(lock_icon().pixmap(QSize(16, 16)))
        self.managed = QLabel()
        theme.muted(self.managed)
        line.addWidget(self.lock)
        line.addWidget(self.managed)
        outer.addLayout(line)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.error(self.error)
        self.error.hide()
        outer.addWidget(self.error)
        self.locked = settings.is_locked(spec.key) or not spec.user_settable
        self.control.setEnabled(not self.locked)
        self.lock.setVisible(self.locked)
        self.managed.setVisible(self.locked)
        self.load()
        self.retranslate()

    # -- controls ---------------------------------------------------------------------------------
    def _make_control(self) -> QWidget:
        kind = self.spec.kind
        if kind == "boolean":
            box = QCheckBox()
            box.toggled.connect(lambda _on: self.save())
            return box
        if kind == "integer":
            spin = QSpinBox()
            spin.setRange(self.spec.minimum or 0, self.settings.maximum(self.spec.key) or 10_000)
            spin.editingFinished.connect(self.save)
            spin.valueChanged.connect(lambda _v: self.save() if not spin.hasFocus() else None)
            return spin
        if kind == "choice":
            combo = QComboBox()
            for choice in self.spec.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(lambda _i: self.save())
            return combo
        edit = QLineEdit()
        if kind == "taxonomy":
            edit.setReadOnly(True)
        edit.editingFinished.connect(self.save)
        return edit

    def load(self) -> None:
        value = self.settings.get(self.spec.key)
        control = self.control
        control.blockSignals(True)
        if isinstance(control, QCheckBox):
            control.setChecked(bool(value))
        elif isinstance(control, QSpinBox):
            control.setValue(int(value))
        elif isinstance(control, QComboBox):
            control.setCurrentIndex(max(0, control.findData(value)))
        elif isinstance(control, QLineEdit):
            control.setText(self._as_text(value))
        control.blockSignals(False)

    def _as_text(self, value: Any) -> str:
        if self.spec.kind == "string-list":
            return ", ".join(value)
        if self.spec.kind == "taxonomy":
            count = sum(len(codes) for codes in value.values())
            if count == 1:
                return self.tr("1 extra code (alleen via beleid)")
            return self.tr("%1 extra codes (alleen via beleid)").replace("%1", str(count))
        return str(value)

    def value(self) -> Any:
        control = self.control
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if isinstance(control, QSpinBox):
            return control.value()
        if isinstance(control, QComboBox):
            return control.currentData()
        text = control.text()  # type: ignore[attr-defined]
        if self.spec.kind == "string-list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def save(self) -> None:
        if self.locked or self.spec.kind == "taxonomy":
            return
        value = self.value()
        old = self.settings.get(self.spec.key)
        if value == old:
            self.error.hide()
            return
        if self.spec.key in CONFIRMED and not self.confirm(self, old, value):
            self.load()  # back to the saved value: nothing changed
            return
        try:
            self.settings.set_user(self.spec.key, value)
            self.settings.save()
        except VpError as error:
            self.error.setText(error.message(i18n.language()))
            self.error.show()
            return
        except OSError:
            self.error.setText(self.tr("De instelling kon niet worden opgeslagen."))
            self.error.show()
            return
        self.error.hide()
        self.on_saved(self.spec.key, self.settings.get(self.spec.key))

    def retranslate(self) -> None:
        lang = i18n.language()
        label = self.spec.label(lang)
        self.label.setText(label)
        self.control.setAccessibleName(label)
        self.managed.setText(managed_text(lang))
        self.lock.setAccessibleName(managed_text(lang))
        if self.spec.key == "auto_lock_minutes" and not self.locked:
            maximum = self.settings.maximum(self.spec.key)
            if maximum is not None and maximum < (self.spec.maximum or maximum):
                self.managed.setText(
                    self.tr("Je organisatie staat hoogstens 1 minuut toe")
                    if maximum == 1
                    else self.tr("Je organisatie staat hoogstens %1 minuten toe").replace("%1", str(maximum))
                )
                self.managed.show()
        if self.spec.kind == "taxonomy":
            self.load()
        if isinstance(self.control, QComboBox) and self.spec.key == "default_language":
            self.control.setItemText(0, "Nederlands")
            self.control.setItemText(1, "English")
        self.label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
