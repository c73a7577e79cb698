"""Table models of one case: the timeline of contact moments (newest first) and the follow-ups
with their due badges ("3 dagen te laat" in red, "vandaag", "over 3 dagen", "gedaan")."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from vertrouwenspersoon.domain.model import AFTERCARE, Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dates import long_date, relative_due
from vertrouwenspersoon.gui.taxonomy_widgets import label

Index = QModelIndex | QPersistentModelIndex
POSITION_ROLE = Qt.ItemDataRole.UserRole + 1  # index of the item in the case's tuple


def _first_line(text: str | None, limit: int = 120) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _CaseTable(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[int, Any]] = []
        self._taxonomy: Taxonomy | None = None
        self._today = date.today()

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def clear(self) -> None:
        self.beginResetModel()
        self._items, self._taxonomy = [], None
        self.endResetModel()

    def position(self, index: Index) -> int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        position, item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(item, index.column())
        if role == POSITION_ROLE:
            return position
        return self.styled(item, index.column(), role)

    def styled(self, item: Any, column: int, role: int) -> Any:
        return None

    def _label(self, group: str, code: str) -> str:
        return label(self._taxonomy, group, code) if self._taxonomy else code

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.titles()) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.titles()) - 1))


class ContactsModel(_CaseTable):
    """Contact moments, newest first (the case keeps them oldest first)."""

    def load(self, case: Case, taxonomy: Taxonomy) -> None:
        self.beginResetModel()
        self._taxonomy = taxonomy
        items = list(enumerate(case.contacts))
        self._items = sorted(items, key=lambda pair: pair[1].at, reverse=True)
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Dossier", "Wanneer"),
            QCoreApplication.translate("Dossier", "Duur"),
            QCoreApplication.translate("Dossier", "Vorm"),
            QCoreApplication.translate("Dossier", "Met"),
            QCoreApplication.translate("Dossier", "Notities"),
        )

    def text(self, item: ContactMoment, column: int) -> str:
        if column == 0:
            return f"{long_date(item.at.date())}  {item.at:%H:%M}"
        if column == 1:
            return QCoreApplication.translate("Dossier", "%1 min").replace("%1", str(item.minutes))
        if column == 2:
            return self._label("mode", item.mode)
        if column == 3:
            return self._label("with", item.with_)
        return _first_line(item.notes)

    def styled(self, item: ContactMoment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and item.notes:
            return item.notes[:2000]
        return None


def due_badge(followup: FollowUp, today: date) -> str:
    if followup.done_on is not None:
        return QCoreApplication.translate("Dossier", "gedaan %1").replace("%1", long_date(followup.done_on))
    if followup.cancelled_on is not None:
        return QCoreApplication.translate("Dossier", "geannuleerd")
    return relative_due(followup.due_on, today)


class FollowupsModel(_CaseTable):
    """Follow-ups: open ones first by due date, then the settled ones."""

    def load(self, case: Case, taxonomy: Taxonomy, today: date) -> None:
        self.beginResetModel()
        self._taxonomy, self._today = taxonomy, today
        items = list(enumerate(case.followups))
        self._items = sorted(items, key=lambda pair: (pair[1].settled, pair[1].due_on))
        self.endResetModel()

    def followup(self, index: Index) -> FollowUp | None:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()][1]

    def titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Dossier", "Wanneer"),
            QCoreApplication.translate("Dossier", "Datum"),
            QCoreApplication.translate("Dossier", "Soort"),
            QCoreApplication.translate("Dossier", "Wie"),
            QCoreApplication.translate("Dossier", "Afspraak"),
        )

    def text(self, item: FollowUp, column: int) -> str:
        if column == 0:
            return due_badge(item, self._today)
        if column == 1:
            return long_date(item.due_on)
        if column == 2:
            return (
                QCoreApplication.translate("Dossier", "nazorg")
                if item.kind == AFTERCARE
                else QCoreApplication.translate("Dossier", "afspraak")
            )
        if column == 3:
            return self._label("actor", item.actor)
        return _first_line(item.description)

    def styled(self, item: FollowUp, column: int, role: int) -> Any:
        overdue = not item.settled and item.due_on < self._today
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and overdue:
            return QBrush(theme.overdue())
        if role == Qt.ItemDataRole.ForegroundRole and item.settled:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None
