"""Jaarverslag: an honest empty state until the report work is wired into the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vertrouwenspersoon.gui.pages import PageSpec, register
from vertrouwenspersoon.gui.pages.placeholder import PlaceholderPage
from vertrouwenspersoon.gui.session import Session


def _heading() -> str:
    return QCoreApplication.translate("AnnualReport", "Jaarverslag")


def _body() -> str:
    return QCoreApplication.translate(
        "AnnualReport",
        "Het jaarverslag komt hier. Je kiest straks een jaar en ziet de kerncijfers: nieuwe en "
        "doorlopende dossiers, contactmomenten en uren, en of de nazorg op tijd was. Tabellen met "
        "minder dan 5 dossiers worden niet getoond, zodat niemand herkenbaar is. Je schrijft er je "
        "eigen toelichting bij en maakt er een PDF van.\n\nTot die tijd maak je het jaarverslag met "
        "de opdrachtregel: vertrouwenspersoon report --year JAAR --out verslag.pdf",
    )


def AnnualReportPage(session: Session) -> PlaceholderPage:
    page = PlaceholderPage(session, _heading, _body)
    page.setObjectName("annualReportPage")
    return page


register(
    PageSpec(
        key="annual_report",
        order=30,
        title=lambda: QCoreApplication.translate("Navigation", "Jaarverslag"),
        factory=AnnualReportPage,
        shortcut="Ctrl+3",
    )
)
