"""Dates the way advisors say them: "vandaag", "morgen", "over 3 dagen", "2 dagen te laat",
and "3 maart 2026" for absolute dates. All through QCoreApplication.translate() so English reads naturally too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale


def relative_due(due_on: date, today: date) -> str:
    days = (due_on - today).days
    if days == 0:
        return QCoreApplication.translate("Dates", "vandaag")
    if days == 1:
        return QCoreApplication.translate("Dates", "morgen")
    if days == -1:
        return QCoreApplication.translate("Dates", "1 dag te laat")
    if days < 0:
        return QCoreApplication.translate("Dates", "%1 dagen te laat").replace("%1", str(-days))
    return QCoreApplication.translate("Dates", "over %1 dagen").replace("%1", str(days))


def long_date(day: date, lang: str | None = None) -> str:
    """'3 maart 2026' / '3 March 2026' in `lang` (default: the current language)."""
    from vertrouwenspersoon.gui import i18n

    lang = lang or i18n.language()
    locale = QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    return locale.toString(day, "d MMMM yyyy")
