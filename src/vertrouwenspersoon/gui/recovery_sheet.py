"""The printable recovery sheet: the key in large groups, the date, and where to keep it.

Written straight to the path the advisor chose (no temp file elsewhere), atomically, with
private permissions, and with no metadata beyond a neutral title.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from vertrouwenspersoon.gui.dates import long_date
from vertrouwenspersoon.security import recovery_key

TEXT = {
    "nl": {
        "title": "Herstelblad — Vertrouwenspersoon",
        "intro": "Met deze herstelsleutel open je je kluis als je je wachtwoordzin kwijt bent.",
        "made": "Gemaakt op {date}",
        "keep": "Bewaar dit op een veilige plek, niet bij je laptop.",
        "how": "Kies in het programma op het ontgrendelscherm 'Wachtwoordzin vergeten?' en typ de groepen over.",
    },
    "en": {
        "title": "Recovery sheet — Vertrouwenspersoon",
        "intro": "This recovery key opens your vault if you lose your passphrase.",
        "made": "Made on {date}",
        "keep": "Keep this in a safe place, not with your laptop.",
        "how": "On the unlock screen choose 'Forgot passphrase?' and type in the groups.",
    },
}


def write_sheet(path: Path, key: str, day: date, lang: str = "nl") -> Path:
    """Render the sheet to `path` (A4, reportlab). The key is drawn as text so it can be read back."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    texts = TEXT.get(lang, TEXT["nl"])
    path = Path(path)
    temp = path.with_name(f".{path.name}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        pdf = canvas.Canvas(str(temp), pagesize=A4, invariant=1)
        pdf.setTitle(texts["title"])
        pdf.setAuthor("")
        pdf.setSubject("")
        pdf.setCreator("Vertrouwenspersoon")
        _width, height = A4
        y = height - 30 * mm
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(25 * mm, y, texts["title"])
        y -= 14 * mm
        pdf.setFont("Helvetica", 12)
        pdf.drawString(25 * mm, y, texts["intro"])
        y -= 8 * mm
        pdf.drawString(25 * mm, y, texts["made"].format(date=long_date(day, lang)))
        y -= 20 * mm
        groups = recovery_key.groups(key)
        pdf.setFont("Courier-Bold", 22)
        for start in range(0, len(groups), 3):
            pdf.drawString(30 * mm, y, "  ".join(groups[start : start + 3]))
            y -= 13 * mm
        y -= 10 * mm
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(25 * mm, y, texts["keep"])
        y -= 8 * mm
        pdf.setFont("Helvetica", 10)
        pdf.drawString(25 * mm, y, texts["how"])
        pdf.showPage()
        pdf.save()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
