"""Dossiers: a placeholder until the case list page lands (it replaces this module in PAGE_MODULES)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vertrouwenspersoon.gui.pages import PageSpec, register
from vertrouwenspersoon.gui.pages.placeholder import PlaceholderPage
from vertrouwenspersoon.gui.session import Session


def _heading() -> str:
    return QCoreApplication.translate("Dossiers", "Dossiers")


def _body() -> str:
    return QCoreApplication.translate(
        "Dossiers",
        "Hier komt de lijst met al je dossiers, met zoeken (Ctrl+F) en filters op status, jaar, gedrag "
        "en deadline. Afspraken en nazorg die nu aandacht vragen, zie je bij Vandaag.",
    )


def DossiersPage(session: Session) -> PlaceholderPage:
    page = PlaceholderPage(session, _heading, _body)
    page.setObjectName("dossiersPage")
    return page


register(
    PageSpec(
        key="dossiers",
        order=20,
        title=lambda: QCoreApplication.translate("Navigation", "Dossiers"),
        factory=DossiersPage,
        shortcut="Ctrl+2",
    )
)
