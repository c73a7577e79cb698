"""The page registry: the main window shows whatever pages are registered, in order.

A page is its own module. It defines a `Page` subclass and registers a `PageSpec`:

    register(PageSpec(key="dossiers", order=20, title=lambda: QCoreApplication.translate("Navigation", "Dossiers"),
                      factory=DossiersPage, shortcut="Ctrl+F"))

and its module name is listed in `PAGE_MODULES`. The main window builds each page with a
`PageContext` after unlock and destroys it on lock. Pages never talk to each other directly:
`open_case_requested(case_id)` goes to the main window, which hands it to every page's
`open_case()` until one returns True (Dossiers does: it shows the case view inside itself).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from vertrouwenspersoon.gui import wheel_guard

if TYPE_CHECKING:
    from vertrouwenspersoon.gui.session import Session

PAGE_MODULES: tuple[str, ...] = ("today", "dossiers", "annual_report", "settings")


class Page(QWidget):
    """Base of every page. Subclasses must make `clear()` drop everything that showed case data."""

    badge_changed = Signal(int)  # a number for the rail (Vandaag: overdue count); 0 hides it
    open_case_requested = Signal(int)  # case_id
    new_case_requested = Signal()  # e.g. Vandaag's "Nieuw dossier" when nothing is due yet

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        wheel_guard.install()  # no page's spin box or combo box changes under a scrolling wheel

    def refresh(self) -> None:
        """Reload from the vault; called when the page is shown and after changes elsewhere."""

    def clear(self) -> None:
        """Forget every model row and text that came from the vault (called on lock)."""

    def open_case(self, case_id: int) -> bool:
        """Show this case if this page is the case page; False otherwise."""
        return False

    def retranslate(self) -> None:
        """Re-set texts that are not in the Designer form (called on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = getattr(self, "ui", None)
            if ui is not None:
                ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


PageFactory = Callable[["Session"], Page]


@dataclass(frozen=True)
class PageSpec:
    key: str
    order: int
    title: Callable[[], str]  # called at display time, so it follows the current language
    factory: PageFactory
    shortcut: str | None = None
    in_rail: bool = True


_REGISTRY: dict[str, PageSpec] = {}


def register(spec: PageSpec) -> PageSpec:
    _REGISTRY[spec.key] = spec
    return spec


def registered() -> list[PageSpec]:
    """Every page spec, importing the built-in page modules first."""
    for name in PAGE_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return sorted(_REGISTRY.values(), key=lambda spec: spec.order)
