"""The figures preview shared by Jaarverslag and the ombudsperson's merge: cards, then the tables.

Built from a published report document only (see annual_report_model), so it shows what will be
published. A year without cases, or with fewer than k, gets a kind sentence instead of figures.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vertrouwenspersoon.gui import i18n, theme
from vertrouwenspersoon.gui.pages.annual_report_model import (
    TABLES,
    FiguresModel,
    breakdown_grid,
    count_text,
    is_withheld,
    role_behaviour_grid,
    suppressed_explanation,
    table_title,
)
from vertrouwenspersoon.reports.pdf_text import MARK

CARDS = ("new_cases", "carried_over", "contacts", "contact_hours", "aftercare")


def card_caption(name: str) -> str:
    return {
        "new_cases": QCoreApplication.translate("AnnualReport", "Nieuwe dossiers"),
        "carried_over": QCoreApplication.translate("AnnualReport", "Doorlopend uit eerdere jaren"),
        "contacts": QCoreApplication.translate("AnnualReport", "Contactmomenten"),
        "contact_hours": QCoreApplication.translate("AnnualReport", "Uren"),
        "aftercare": QCoreApplication.translate("AnnualReport", "Nazorg op tijd"),
    }[name]


def aftercare_texts(doc: dict) -> tuple[str, str]:
    """(big value, small line) of the aftercare card: "80%" and "24 van 30 op tijd"."""
    due = doc["aftercare"]["due"].get("count")
    done = doc["aftercare"]["done_on_time"].get("count")
    if due == 0:
        return "—", QCoreApplication.translate("AnnualReport", "geen nazorg gepland in dit jaar")
    if due is None or done is None:
        return MARK, QCoreApplication.translate("AnnualReport", "afgeschermd")
    share = round(100 * done / due)
    line = (
        QCoreApplication.translate("AnnualReport", "%1 van %2 op tijd")
        .replace("%1", str(done))
        .replace("%2", str(due))
    )
    return f"{share}%", line


def fewer_than_k(doc: dict) -> bool:
    return any(rule.startswith(f"fewer than {doc['k']} cases in total") for rule in doc.get("rules", []))


def no_cases(doc: dict) -> bool:
    totals = doc["totals"]
    return totals["new_cases"].get("count") == 0 and totals["carried_over"].get("count") == 0


class Card(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.name = name
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.value = QLabel()
        self.value.setObjectName(f"card_{name}_value")
        theme.heading(self.value)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        theme.muted(self.detail)
        for label in (self.value, self.caption, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(card_caption(self.name))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{card_caption(self.name)}: {value} {detail}".strip())

    def clear(self) -> None:
        self.value.clear()
        self.detail.clear()
        self.setAccessibleName(card_caption(self.name))


class TableBox(QGroupBox):
    """One table of the report: a fitted table view, or a line saying it is withheld."""

    def __init__(self, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"table_{table}")
        layout = QVBoxLayout(self)
        self.model = FiguresModel(self)
        self.view = QTableView()
        self.view.setObjectName(f"view_{table}")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setVerticalScrollBarPolicy(self.view.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.view)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.muted(self.note)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(table_title(self.table))
        self.view.setAccessibleName(table_title(self.table))

    def show_doc(self, doc: dict, lang: str) -> None:
        k = int(doc["k"])
        title = table_title(self.table)
        self.setTitle(title)
        self.view.setAccessibleName(title)
        rows = doc["tables"].get(self.table, [])
        if self.table == "role_x_behaviour":
            grid = role_behaviour_grid(doc, lang)
        else:
            grid = breakdown_grid(doc, self.table, lang)
        withheld = is_withheld(rows) or not grid.rows
        self.model.set_grid(grid if not withheld else breakdown_grid({"tables": {}}, self.table, lang), k)
        self.view.setVisible(not withheld)
        self.note.setVisible(withheld)
        self.note.setText(
            QCoreApplication.translate(
                "AnnualReport",
                "Deze tabel wordt niet getoond: de aantallen zijn te klein om niemand herkenbaar te maken.",
            )
            if withheld
            else ""
        )
        header = self.view.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit()

    def _fit(self) -> None:
        """Every row visible: the page scrolls, the tables do not."""
        view = self.view
        height = view.horizontalHeader().sizeHint().height() + view.verticalHeader().length()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height + 2 * view.frameWidth())

    def clear(self) -> None:
        self.model.clear()
        self.note.clear()


class ReportPreview(QWidget):
    """Cards, the suppression line, and every table of one published report document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.doc: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.cards = {name: Card(name) for name in CARDS}
        for card in self.cards.values():
            cards.addWidget(card)
        self.cards_row = QWidget()
        self.cards_row.setLayout(cards)
        cards.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards_row)
        self.explanation = QLabel()
        self.explanation.setObjectName("suppressionLine")
        self.explanation.setWordWrap(True)
        theme.muted(self.explanation)
        layout.addWidget(self.explanation)
        self.tables_area = QWidget()
        grid = QGridLayout(self.tables_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes = {table: TableBox(table) for table in (*TABLES, "role_x_behaviour")}
        for position, table in enumerate(TABLES):
            grid.addWidget(self.boxes[table], position // 2, position % 2)
        grid.addWidget(self.boxes["role_x_behaviour"], len(TABLES) // 2 + 1, 0, 1, 2)
        layout.addWidget(self.tables_area)
        self.clear()

    def show_doc(self, doc: dict) -> None:
        self.doc = doc
        lang = i18n.language()
        k = int(doc["k"])
        year = str(doc["year"])
        empty, few = no_cases(doc), fewer_than_k(doc)
        if empty:
            self.message.setText(
                QCoreApplication.translate(
                    "AnnualReport",
                    "In %1 had je geen dossiers, dus er is niets te tellen. Je kunt wel een toelichting "
                    "schrijven; die komt in het verslag.",
                ).replace("%1", year)
            )
        elif few:
            self.message.setText(
                QCoreApplication.translate(
                    "AnnualReport",
                    "In %1 had je minder dan %2 dossiers. Dat is te weinig om cijfers te tonen zonder dat "
                    "iemand herkenbaar wordt; het verslag bevat daarom alleen je toelichting.",
                )
                .replace("%1", year)
                .replace("%2", str(k))
            )
        self.message.setVisible(empty or few)
        show_figures = not (empty or few)
        self.cards_row.setVisible(show_figures)
        self.tables_area.setVisible(show_figures)
        self.explanation.setVisible(show_figures)
        if not show_figures:
            for box in self.boxes.values():
                box.clear()
            return
        totals = doc["totals"]
        for name in ("new_cases", "carried_over", "contacts", "contact_hours"):
            self.cards[name].set(count_text(totals[name].get("count"), k))
        self.cards["aftercare"].set(*aftercare_texts(doc))
        self.explanation.setText(suppressed_explanation(k))
        for box in self.boxes.values():
            box.show_doc(doc, lang)
        self._relayout()

    def _relayout(self) -> None:
        """The fitted tables are taller than their word-wrapped neighbours suggest to a height-for-width
        layout; pin the preview's height to what its own layout needs, so the page scrolls instead."""
        self.setMinimumHeight(0)
        for widget in (*self.boxes.values(), self.tables_area, self):
            widget.layout().invalidate()
            widget.layout().activate()
        self.setMinimumHeight(self.layout().minimumSize().height())

    def retranslate(self) -> None:
        for box in self.boxes.values():
            box.retranslate()
        if self.doc is not None:
            self.show_doc(self.doc)

    def clear(self) -> None:
        self.doc = None
        self.setMinimumHeight(0)
        self.message.clear()
        self.message.hide()
        self.explanation.clear()
        for card in self.cards.values():
            card.clear()
        for box in self.boxes.values():
            box.clear()
        self.cards_row.hide()
        self.tables_area.hide()
        self.explanation.hide()
