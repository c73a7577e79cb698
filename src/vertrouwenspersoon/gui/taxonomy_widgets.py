"""Pickers for taxonomy codes: the advisor sees the Dutch (or English) label, the case keeps the code.

`CodeCombo` picks one code (optionally none), `CodeChecklist` picks several. Both re-label
themselves on a language switch and keep the chosen codes. `status_text` gives the words for a
case status the same way everywhere (list, header, filters).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QWidget

from vertrouwenspersoon.domain.model import AFTERCARE_DONE, CLOSED, OPEN, PURGED
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.gui import i18n

CODE_ROLE = Qt.ItemDataRole.UserRole


def label(taxonomy: Taxonomy, group: str, code: str) -> str:
    """The label in the current language; an unknown code (an old policy code) shows as itself."""
    return taxonomy.label(group, code, i18n.language()) if taxonomy.has(group, code) else code


def labels(taxonomy: Taxonomy, group: str, codes: Iterable[str]) -> str:
    return ", ".join(label(taxonomy, group, code) for code in codes)


def status_text(status: str) -> str:
    """open / nazorg (closed, aftercare pending) / gesloten (aftercare done) / opgeschoond."""
    return {
        OPEN: QCoreApplication.translate("CaseStatus", "open"),
        CLOSED: QCoreApplication.translate("CaseStatus", "nazorg"),
        AFTERCARE_DONE: QCoreApplication.translate("CaseStatus", "gesloten"),
        PURGED: QCoreApplication.translate("CaseStatus", "opgeschoond"),
    }.get(status, status)


def none_text() -> str:
    return QCoreApplication.translate("CodePicker", "— kies —")


class CodeCombo(QComboBox):
    """One code of a group; with `allow_none` the first entry means "not chosen" (code None).

    Promoted from a QComboBox in the Designer forms; `setup()` gives it its group.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy: Taxonomy | None = None
        self.group, self.allow_none = "", True

    def setup(self, taxonomy: Taxonomy, group: str, *, allow_none: bool = True) -> CodeCombo:
        self.taxonomy, self.group, self.allow_none = taxonomy, group, allow_none
        self._fill()
        return self

    def _fill(self) -> None:
        if self.taxonomy is None:
            return
        chosen = self.code()
        self.blockSignals(True)
        self.clear()
        if self.allow_none:
            self.addItem(none_text(), None)
        for code in self.taxonomy.codes(self.group):
            self.addItem(label(self.taxonomy, self.group, code), code)
        self.blockSignals(False)
        self.set_code(chosen)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else (0 if self.allow_none else -1)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.count():
            self._fill()
        super().changeEvent(event)


class CodeChecklist(QListWidget):
    """Several codes of a group as check boxes (Space ticks the current one)."""

    codes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy: Taxonomy | None = None
        self.group = ""
        self.itemChanged.connect(lambda _item: self.codes_changed.emit())

    def setup(self, taxonomy: Taxonomy, group: str) -> CodeChecklist:
        self.taxonomy, self.group = taxonomy, group
        self.clear()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        for code in taxonomy.codes(group):
            item = QListWidgetItem(label(taxonomy, group, code))
            item.setData(CODE_ROLE, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(self.count(), 12)
        if rows:
            self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)
        return self

    def codes(self) -> tuple[str, ...]:
        """The ticked codes, in taxonomy order."""
        return tuple(
            str(self.item(row).data(CODE_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.codes_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.taxonomy is not None:
            self.blockSignals(True)
            for row in range(self.count()):
                item = self.item(row)
                item.setText(label(self.taxonomy, self.group, str(item.data(CODE_ROLE))))
            self.blockSignals(False)
        super().changeEvent(event)
