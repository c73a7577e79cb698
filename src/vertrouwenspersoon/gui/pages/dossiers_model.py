"""The model behind Dossiers: a flat table that fetches the case list a page at a time.

`rowCount` is what has been fetched so far; the view asks for more (`canFetchMore`/`fetchMore`)
as the advisor scrolls, so 20,000 cases cost a query of 200 rows at a time, never one big load.
Sorting and filtering go to the repository (its sort keys and `CaseFilter`) and reset the model.
The alias is masked (`M•••`) while privacy mode is on.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dates import long_date, relative_due
from vertrouwenspersoon.gui.pages.today_model import mask
from vertrouwenspersoon.gui.taxonomy_widgets import labels, status_text
from vertrouwenspersoon.store.cases import CaseFilter, CaseRow

PAGE_SIZE = 200
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEYS = ("reference", "alias", "opened_on", "status", "behaviour", "next_due_on")
Index = QModelIndex | QPersistentModelIndex


class CaseSource(Protocol):
    def rows(
        self, flt: CaseFilter | None = None, *, sort: str, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]: ...

    def count(self, flt: CaseFilter | None = None) -> int: ...


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Dossiers", "Referentie"),
        QCoreApplication.translate("Dossiers", "Melder"),
        QCoreApplication.translate("Dossiers", "Geopend"),
        QCoreApplication.translate("Dossiers", "Status"),
        QCoreApplication.translate("Dossiers", "Gedrag"),
        QCoreApplication.translate("Dossiers", "Volgende deadline"),
    )


def reporter_text(row: Any, privacy: bool) -> str:
    """How a list names the reporter: 'anoniem', the masked alias, or the alias itself."""
    if row.anonymous:
        return QCoreApplication.translate("Dossiers", "anoniem")
    if not row.alias:
        return ""
    return mask(row.alias) if privacy else row.alias


class CasesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: CaseSource | None = None
        self._taxonomy: Taxonomy | None = None
        self._rows: list[CaseRow] = []
        self._filter = CaseFilter()
        self._sort, self._descending = "opened_on", True
        self._exhausted = True
        self._total = 0
        self._today = date.today()
        self._privacy = True
        self._revealed: int | None = None
        self._signalling = False

    # -- loading ---------------------------------------------------------------------------------
    def load(
        self, source: CaseSource, taxonomy: Taxonomy, today: date, flt: CaseFilter | None = None
    ) -> None:
        self._source, self._taxonomy, self._today = source, taxonomy, today
        if flt is not None:
            self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, sort or data change).

        The first page is part of the reset; further pages come through `fetchMore`, but never
        re-entered from a listener while this model is still announcing a change.
        """
        self._signalling = True
        try:
            self.beginResetModel()
            self._rows = []
            self._exhausted = self._source is None
            self._total = self._source.count(self._filter) if self._source is not None else 0
            self._fetch_page()
            self.endResetModel()
        finally:
            self._signalling = False

    def clear(self) -> None:
        """Drop every row and the source (lock): nothing of the vault stays here."""
        self.beginResetModel()
        self._rows, self._source, self._taxonomy = [], None, None
        self._exhausted, self._total = True, 0
        self._filter = CaseFilter()
        self.endResetModel()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        if self._source is not None:
            self.reload()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many cases match the filter (fetched or not)."""
        return self._total

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        self._refresh_reporters()

    def reveal(self, case_id: int | None) -> None:
        """Show one reporter's alias despite privacy mode (an explicit click); None masks it again."""
        self._revealed = case_id
        self._refresh_reporters()

    def _refresh_reporters(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SORT_KEYS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(SORT_KEYS) - 1))

    # -- lazy fetching -----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._source is None or self._exhausted or self._signalling:
            return
        self._signalling = True
        try:
            first = len(self._rows)
            batch = self._next_page()
            if batch:
                self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
                self._rows.extend(batch)
                self.endInsertRows()
        finally:
            self._signalling = False

    def _next_page(self) -> list[CaseRow]:
        assert self._source is not None
        batch = self._source.rows(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=PAGE_SIZE,
        )
        if len(batch) < PAGE_SIZE:
            self._exhausted = True
        return batch

    def _fetch_page(self) -> None:
        """Inside a reset: read the first page without insert signals."""
        if self._source is not None and not self._exhausted:
            self._rows.extend(self._next_page())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        self._sort = SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._source is not None:
            self.reload()

    # -- structure ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def row_at(self, index: Index) -> CaseRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def references(self) -> list[str]:
        return [row.reference for row in self._rows]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SORT_KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.next_due_on is not None:
            return long_date(row.next_due_on)
        overdue = row.next_due_on is not None and row.next_due_on < self._today
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and overdue:
            return QBrush(theme.overdue())
        if role == CASE_ID_ROLE:
            return row.id
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return reporter_text(row, self._privacy and row.id != self._revealed)
        if column == 2:
            return long_date(row.opened_on)
        if column == 3:
            return status_text(row.status)
        if column == 4:
            return labels(self._taxonomy, "behaviour", row.behaviour) if self._taxonomy else ""
        if row.next_due_on is None:
            return ""
        return relative_due(row.next_due_on, self._today)
