"""Vandaag: what needs doing — overdue first, then today, then the coming two weeks.

Tick a row to mark it done (with "Ongedaan maken"), press Enter or double-click to open the
case. The rail badge shows the number overdue. An empty day says so kindly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.dates import long_date
from vertrouwenspersoon.gui.forms.ui_today import Ui_TodayPage
from vertrouwenspersoon.gui.pages import Page, PageSpec, register
from vertrouwenspersoon.gui.pages.today_model import TodayModel
from vertrouwenspersoon.gui.session import Session


class TodayPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        theme.heading(self.ui.headingLabel)
        theme.muted(self.ui.summaryLabel)
        theme.muted(self.ui.emptyLabel)
        self.model = TodayModel(self)
        self.model.marked_done.connect(self._marked)
        view = self.ui.dueView
        view.setModel(self.model)
        view.setItemsExpandable(False)
        view.setExpandsOnDoubleClick(False)
        view.header().setStretchLastSection(True)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.activated.connect(self._activated)
        view.installEventFilter(self)
        self.ui.undoBar.hide()
        self.ui.undoButton.clicked.connect(self.undo)
        self.ui.newCaseButton.clicked.connect(self.new_case_requested)
        self._undo: tuple[int, int] | None = None
        session.privacy_changed.connect(self.model.set_privacy)
        self.model.set_privacy(session.privacy_mode)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.load(self.session.repository, self.session.clock.today())
        self.ui.dueView.expandAll()
        self._update_texts()
        self.badge_changed.emit(self.model.overdue)

    def clear(self) -> None:
        self.model.clear()
        self._undo = None
        self.ui.undoBar.hide()
        self.ui.summaryLabel.clear()
        self.ui.emptyLabel.clear()

    def _update_texts(self) -> None:
        today = self.session.clock.today()
        total, overdue = self.model.row_count_total, self.model.overdue
        self.ui.summaryLabel.setText(long_date(today))
        empty = total == 0
        self.ui.dueView.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        self.ui.newCaseButton.setVisible(empty)
        if empty:
            self.ui.emptyLabel.setText(
                QCoreApplication.translate(
                    "Today",
                    "Niets dat vandaag of de komende twee weken op je wacht. Afspraken en nazorg die je "
                    "in een dossier vastlegt, verschijnen hier vanzelf op tijd.",
                )
            )
        elif overdue:
            self.ui.summaryLabel.setText(
                QCoreApplication.translate("Today", "%1 — %2 te laat, %3 in totaal")
                .replace("%1", long_date(today))
                .replace("%2", str(overdue))
                .replace("%3", str(total))
            )
        if self.model.truncated:
            self.ui.summaryLabel.setText(
                self.ui.summaryLabel.text()
                + QCoreApplication.translate("Today", " (de eerste %1 staan hieronder)").replace(
                    "%1", str(total)
                )
            )

    def retranslate(self) -> None:
        self.model.retranslate()
        if self.model._source is not None:
            self._update_texts()
        self.ui.undoBar.setAccessibleName(self.tr("Ongedaan maken"))

    # -- actions ---------------------------------------------------------------------------------
    def _marked(self, case_id: int, index: int) -> None:
        self._undo = (case_id, index)
        self.ui.undoBar.show()
        self.session.data_changed.emit()
        QTimer.singleShot(0, self.refresh)  # not inside the model's setData

    def undo(self) -> None:
        if self._undo is None:
            return
        case_id, index = self._undo
        self.session.repository.reopen_followup(case_id, index)
        self._undo = None
        self.ui.undoBar.hide()
        self.session.data_changed.emit()
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks the current row (keyboard first); Enter opens it (via `activated`)."""
        if (
            watched is self.ui.dueView
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space  # type: ignore[attr-defined]
        ):
            current = self.ui.dueView.currentIndex()
            if self.model.row_at(current) is not None:
                first = current.siblingAtColumn(0)
                self.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
                return True
        return super().eventFilter(watched, event)


register(
    PageSpec(
        key="today",
        order=10,
        title=lambda: QCoreApplication.translate("Navigation", "Vandaag"),
        factory=TodayPage,
        shortcut="Ctrl+1",
    )
)
