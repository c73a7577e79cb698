"""Counts that may be 1 read as singular, in Dutch and in English."""

from __future__ import annotations

import pytest

from vertrouwenspersoon.gui import i18n
from vertrouwenspersoon.gui.dialogs.close_case import offset_words
from vertrouwenspersoon.gui.import_flow import imported_sentence
from vertrouwenspersoon.gui.pages.annual_report import months_text

EXPECTED = {
    "nl": {
        "1d": "na 1 dag",
        "1w": "na 1 week",
        "1m": "na 1 maand",
        "1y": "na 1 jaar",
        "4w": "na 4 weken",
        "3m": "na 3 maanden",
        "2y": "na 2 jaar",
        "import1": "1 dossier geïmporteerd.",
        "import25": "25 dossiers geïmporteerd.",
        "months1": "1 maand",
        "months12": "12 maanden",
    },
    "en": {
        "1d": "after 1 day",
        "1w": "after 1 week",
        "1m": "after 1 month",
        "1y": "after 1 year",
        "4w": "after 4 weeks",
        "3m": "after 3 months",
        "2y": "after 2 years",
        "import1": "1 case imported.",
        "import25": "25 cases imported.",
        "months1": "1 month",
        "months12": "12 months",
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_singular_and_plural(lang: str) -> None:
    i18n.set_language(lang)
    want = EXPECTED[lang]
    for offset in ("1d", "1w", "1m", "1y", "4w", "3m", "2y"):
        assert offset_words(offset) == want[offset]
    assert imported_sentence(1) == want["import1"]
    assert imported_sentence(25) == want["import25"]
    assert months_text(1) == want["months1"]
    assert months_text(12) == want["months12"]
