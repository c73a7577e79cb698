"""The model behind Vandaag: three sections (Te laat, Vandaag, Binnenkort) with due rows.

A tree (QAbstractItemModel): section rows at the top, follow-ups beneath. Column 0 carries the
checkbox that marks a follow-up done. Data comes from a `TodaySource` — the case repository
(`store.cases.CaseRepository`) satisfies it. The alias is masked (`M•••`) while privacy mode is on.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dates import long_date, relative_due

DEFAULT_DAYS = 14
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DueRow behind a follow-up row
Index = QModelIndex | QPersistentModelIndex


class DueRowLike(Protocol):
    case_id: int
    reference: str
    alias: str | None
    anonymous: bool
    index: int
    kind: str
    description: str | None
    due_on: date
    overdue: bool


MAX_ROWS = 200  # the first screen after unlock must be quick even when a long list was neglected


class TodaySource(Protocol):
    def due(self, today: date, days: int = DEFAULT_DAYS, limit: int | None = None) -> list[Any]: ...

    def mark_followup_done(self, case_id: int, index: int, done_on: date) -> None: ...

    def reopen_followup(self, case_id: int, index: int) -> None: ...

    def overdue_count(self, today: date) -> int: ...


def mask(alias: str) -> str:
    """'Marieke' -> 'M•••': enough to recognise a case at a glance, not to identify a person."""
    return f"{alias[:1]}•••" if alias else ""


def section_titles() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("Today", "Te laat"),
        QCoreApplication.translate("Today", "Vandaag"),
        QCoreApplication.translate("Today", "Binnenkort"),
    )


def kind_text(kind: str) -> str:
    return (
        QCoreApplication.translate("Today", "nazorg")
        if kind == "aftercare"
        else QCoreApplication.translate("Today", "afspraak")
    )


class TodayModel(QAbstractItemModel):
    marked_done = Signal(int, int)  # case_id, index — the page offers "Ongedaan maken"

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[list[DueRowLike]] = [[], [], []]
        self._today = date.today()
        self._privacy = True
        self._source: TodaySource | None = None
        self._overdue_total = 0
        self.truncated = False

    # -- loading -------------------------------------------------------------------------------
    def load(self, source: TodaySource, today: date, days: int = DEFAULT_DAYS) -> None:
        self.beginResetModel()
        self._source, self._today = source, today
        self._sections = [[], [], []]
        rows = source.due(today, days, limit=MAX_ROWS)
        for row in rows:
            slot = 0 if row.due_on < today else 1 if row.due_on == today else 2
            self._sections[slot].append(row)
        self.truncated = len(rows) == MAX_ROWS
        self._overdue_total = source.overdue_count(today) if self.truncated else len(self._sections[0])
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (lock): nothing of the vault stays in memory here."""
        self.beginResetModel()
        self._sections = [[], [], []]
        self._overdue_total, self.truncated = 0, False
        self._source = None
        self.endResetModel()

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        for section in range(3):
            count = len(self._sections[section])
            if count:
                parent = self.index(section, 0)
                self.dataChanged.emit(self.index(0, 1, parent), self.index(count - 1, 1, parent))

    @property
    def row_count_total(self) -> int:
        return sum(len(s) for s in self._sections)

    @property
    def overdue(self) -> int:
        """All overdue follow-ups, also those beyond the rows shown."""
        return self._overdue_total

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.dataChanged.emit(self.index(0, 0), self.index(2, self.COLUMNS - 1))
        for section in range(3):
            count = len(self._sections[section])
            if count:
                parent = self.index(section, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(count - 1, self.COLUMNS - 1, parent)
                )

    # -- structure -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 3
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def row_at(self, index: Index) -> DueRowLike | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        section = self._sections[index.internalId() - 1]
        return section[index.row()] if 0 <= index.row() < len(section) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() == 0:
            return base
        base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            QCoreApplication.translate("Today", "Wanneer"),
            QCoreApplication.translate("Today", "Dossier"),
            QCoreApplication.translate("Today", "Soort"),
            QCoreApplication.translate("Today", "Afspraak"),
        )[section]

    # -- data --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._section_data(index, role)
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return relative_due(row.due_on, self._today)
            if column == 1:
                return self._who(row)
            if column == 2:
                return kind_text(row.kind)
            return row.description or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return long_date(row.due_on)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and row.due_on < self._today:
            return QBrush(theme.overdue())
        if role == ROW_ROLE:
            return row
        return None

    def _who(self, row: DueRowLike) -> str:
        if row.anonymous or not row.alias:
            name = QCoreApplication.translate("Today", "anoniem") if row.anonymous else ""
        else:
            name = mask(row.alias) if self._privacy else row.alias
        return f"{row.reference}  {name}".rstrip()

    def _section_data(self, index: Index, role: int) -> Any:
        if index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = len(self._sections[index.row()])
            return f"{section_titles()[index.row()]} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() == 0 and self._sections[0]:
            return QBrush(theme.overdue())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking the box marks the follow-up done today; the row then leaves the list."""
        row = self.row_at(index)
        if (
            row is None
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != 0
            or self._source is None
        ):
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False
        self._source.mark_followup_done(row.case_id, row.index, self._today)
        self.marked_done.emit(row.case_id, row.index)
        return True
