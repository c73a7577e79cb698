"""The unlocked window: the navigation rail on the left, the registered pages on the right.

Composition only: the pages come from `gui.pages.registered()`, each its own module. On lock
the shell calls `tear_down()`, which clears every page (models emptied, texts dropped) before
the widget is deleted, so nothing of the vault survives even until the deferred delete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.forms.ui_main_window import Ui_MainWindow
from vertrouwenspersoon.gui.pages import Page, PageSpec, registered
from vertrouwenspersoon.gui.rail import BADGE_ROLE, RailDelegate
from vertrouwenspersoon.gui.session import Session


class MainWindow(QWidget):
    lock_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.specs: list[PageSpec] = [spec for spec in registered() if spec.in_rail]
        self.pages: dict[str, Page] = {}
        theme.muted(self.ui.vaultNameLabel)
        self.ui.appLabel.setProperty("role", "h2")
        self.ui.vaultNameLabel.setText(session.vault_name)
        self.ui.navList.setItemDelegate(RailDelegate(self.ui.navList))
        for spec in self.specs:
            page = spec.factory(session)
            page.setParent(self.ui.pageStack)
            self.pages[spec.key] = page
            self.ui.pageStack.addWidget(page)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navList.addItem(item)
            page.badge_changed.connect(lambda count, key=spec.key: self.set_badge(key, count))
            page.open_case_requested.connect(self.open_case)
            page.new_case_requested.connect(self.new_case)
            if spec.shortcut:
                shortcut = QShortcut(QKeySequence(spec.shortcut), self)
                shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        # window-wide: these work from every page, an open case included
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WindowShortcut)
        new.activated.connect(self.new_case)
        self.ui.navList.currentRowChanged.connect(self._row_changed)
        self.ui.lockButton.clicked.connect(self.lock_requested)
        session.data_changed.connect(self._refresh_badges)
        self._retranslate()

    # -- navigation -------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in self.specs]
        if key in keys:
            self.ui.navList.setCurrentRow(keys.index(key))

    def current_key(self) -> str:
        item = self.ui.navList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            page = self.pages[self.specs[row].key]
            self.ui.pageStack.setCurrentWidget(page)
            page.refresh()

    def start(self) -> None:
        """First view after unlock: Vandaag (and its badge)."""
        if self.specs:
            self.ui.navList.setCurrentRow(0)
        self._refresh_badges()

    def _refresh_badges(self) -> None:
        today = self.pages.get("today")
        if today is not None and today is not self.ui.pageStack.currentWidget():
            today.refresh()

    def set_badge(self, key: str, count: int) -> None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                item = self.ui.navList.item(row)
                item.setData(BADGE_ROLE, count)
                self._set_item_accessible(item, spec, count)

    def _set_item_accessible(self, item: QListWidgetItem, spec: PageSpec, count: int) -> None:
        text = spec.title()
        if count:
            text += " — " + QCoreApplication.translate("Navigation", "%1 te laat").replace("%1", str(count))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def new_case(self) -> None:
        """Ctrl+N from anywhere: the Dossiers page asks for the new case and opens it after."""
        page = self.pages.get("dossiers")
        if page is not None:
            self.show_page("dossiers")
            page.new_case()  # type: ignore[attr-defined]

    def open_case(self, case_id: int) -> None:
        for key, page in self.pages.items():
            if page.open_case(case_id):
                self.show_page(key)
                return

    # -- language and lock ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.vaultNameLabel.setText(self.session.vault_name)
        for row, spec in enumerate(self.specs):
            item = self.ui.navList.item(row)
            item.setText(spec.title())
            self._set_item_accessible(item, spec, item.data(BADGE_ROLE) or 0)

    def tear_down(self) -> None:
        """Clear every page and the rail; the shell deletes this widget right after."""
        for page in self.pages.values():
            page.clear()
        for row in range(self.ui.navList.count()):
            self.ui.navList.item(row).setData(BADGE_ROLE, 0)
