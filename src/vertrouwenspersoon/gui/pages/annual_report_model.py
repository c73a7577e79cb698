"""The figures of a published annual report (CONTRACT.md "Report JSON") as Qt table models.

Everything here reads the PUBLISHED document (`PublishedReport.to_json()`), never the exact counts, so
the preview shows exactly what a PDF or JSON file will say: a suppressed cell is the neutral mark "×", a table withheld
as a whole says so. Labels come from the one taxonomy (reports.taxonomy_codes) in the current language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from vertrouwenspersoon.gui import i18n
from vertrouwenspersoon.reports.pdf_text import MARK
from vertrouwenspersoon.reports.table_registry import BREAKDOWNS, ZERO_ROWS_HIDDEN
from vertrouwenspersoon.reports.table_registry import title as registry_title
from vertrouwenspersoon.reports.taxonomy_codes import label

Index = QModelIndex | QPersistentModelIndex
SUPPRESSED_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a cell published as suppressed
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # the published count (int) or None when suppressed

# The breakdowns in the order the PDF prints them (then role × behaviour), zero rows hidden as there.
TABLES = BREAKDOWNS


def table_title(table: str) -> str:
    """The table's title from the one registry (the PDF uses the same), in the window's language."""
    return registry_title(table, i18n.language())


def count_text(count: int | None, k: int) -> str:
    return MARK if count is None else str(count)


def is_withheld(rows: list[dict]) -> bool:
    """A whole table withheld: every row suppressed (fewer than k cases, or protecting another table)."""
    return bool(rows) and all(row.get("count") is None for row in rows)


@dataclass(frozen=True)
class Grid:
    """A table ready to show: column headers, row labels, and the published counts (None = suppressed)."""

    headers: list[str]
    rows: list[tuple[str, list[int | None]]]


def breakdown_grid(doc: dict, table: str, lang: str) -> Grid:
    rows = doc["tables"].get(table, [])
    pairs = [(label(table, row["code"], lang), row.get("count")) for row in rows]
    if table in ZERO_ROWS_HIDDEN:
        pairs = [p for p in pairs if p[1] != 0] or pairs[:1]
    headers = [
        QCoreApplication.translate("AnnualReport", "Categorie"),
        QCoreApplication.translate("AnnualReport", "Dossiers"),
    ]
    return Grid(headers, [(name, [count]) for name, count in pairs])


def role_behaviour_grid(doc: dict, lang: str) -> Grid:
    """Behaviours down, roles across; rows and columns that are all zero are left out (as in the PDF)."""
    cells = {(r["role"], r["behaviour"]): r.get("count") for r in doc["tables"].get("role_x_behaviour", [])}
    all_roles = list(dict.fromkeys(role for role, _ in cells))
    all_behaviours = list(dict.fromkeys(b for _, b in cells))
    roles = [r for r in all_roles if any(cells.get((r, b), 0) != 0 for b in all_behaviours)]
    behaviours = [b for b in all_behaviours if any(cells.get((r, b), 0) != 0 for r in roles)]
    headers = [QCoreApplication.translate("AnnualReport", "Gedrag")] + [label("role", r, lang) for r in roles]
    return Grid(
        headers, [(label("behaviour", b, lang), [cells.get((r, b), 0) for r in roles]) for b in behaviours]
    )


class FiguresModel(QAbstractTableModel):
    """One published table: a label column, then count columns; suppressed cells read "×"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid = Grid([], [])
        self._k = 5

    def set_grid(self, grid: Grid, k: int) -> None:
        self.beginResetModel()
        self._grid, self._k = grid, k
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._grid = Grid([], [])
        self.endResetModel()

    @property
    def grid(self) -> Grid:
        return self._grid

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._grid.headers else len(self._grid.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._grid.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._grid.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._grid.rows):
            return None
        name, counts = self._grid.rows[index.row()]
        column = index.column()
        if not 0 <= column <= len(counts):
            return None
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            return None
        count = counts[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(count, self._k)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if count is None:
                return QCoreApplication.translate("AnnualReport", "minder dan %1, niet getoond").replace(
                    "%1", str(self._k)
                )
            return str(count)
        if role == Qt.ItemDataRole.ToolTipRole and count is None:
            return suppressed_explanation(self._k)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and count is None:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == SUPPRESSED_ROLE:
            return count is None
        if role == COUNT_ROLE:
            return count
        return None


def suppressed_explanation(k: int) -> str:
    return QCoreApplication.translate(
        "AnnualReport",
        "× = afgeschermd: een aantal van 1 tot en met %1, of een aantal dat verborgen is zodat zo’n klein "
        "aantal niet terug te rekenen is.",
    ).replace("%1", str(k - 1))
