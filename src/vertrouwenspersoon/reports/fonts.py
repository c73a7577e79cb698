"""The one font family every PDF of the program uses: Bitstream Vera, the TTFs shipped with reportlab.

TrueType fonts registered this way are embedded (as subsets) in every PDF, so a report or a recovery
sheet looks and prints the same on every machine and reader; reportlab's built-in Helvetica and Courier
are never embedded and are left to whatever the reader substitutes.
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "Vera", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic"
_FILES = ((REGULAR, "Vera.ttf"), (BOLD, "VeraBd.ttf"), (ITALIC, "VeraIt.ttf"), (BOLD_ITALIC, "VeraBI.ttf"))


def register() -> None:
    """Register the family once per process (idempotent)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
