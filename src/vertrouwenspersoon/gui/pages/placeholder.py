"""A page that says honestly what will come here, for parts still being built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from vertrouwenspersoon.gui import theme
from vertrouwenspersoon.gui.forms.ui_placeholder_page import Ui_PlaceholderPage
from vertrouwenspersoon.gui.pages import Page
from vertrouwenspersoon.gui.session import Session


class PlaceholderPage(Page):
    """Heading and body are callables so they re-translate on a language switch."""

    def __init__(
        self,
        session: Session,
        heading: Callable[[], str],
        body: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self._heading, self._body = heading, body
        theme.heading(self.ui.headingLabel)
        theme.muted(self.ui.bodyLabel)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.headingLabel.setText(self._heading())
        self.ui.bodyLabel.setText(self._body())
