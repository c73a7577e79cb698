"""The printable recovery sheet: which vault it opens, the key in large groups, and where to keep it.

An advisor may keep sheets of several vaults (a new laptop, a rotated key), so the sheet names its
vault: the folder's name and path, the first characters of the vault id and the day it was made.
Rendered in memory and written straight to the path the advisor chose, all or nothing, private
permissions (store.atomic); fonts embedded (reports.fonts); no metadata beyond a neutral title.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vertrouwenspersoon.gui.dates import long_date
from vertrouwenspersoon.security import recovery_key
from vertrouwenspersoon.store import atomic

ID_PREFIX = 8  # characters of the vault id on the sheet: enough to tell vaults apart, nothing to guess

TEXT = {
    "nl": {
        "title": "Herstelblad — Vertrouwenspersoon",
        "intro": "Met deze herstelsleutel open je je kluis als je je wachtwoordzin kwijt bent.",
        "vault": "Kluis: {name}",
        "folder": "Map: {folder}",
        "id": "Kluis-id begint met: {prefix}",
        "made": "Kluis gemaakt op {date}",
        "keep": "Bewaar dit op een veilige plek, niet bij je laptop.",
        "how": "Kies in het programma op het ontgrendelscherm 'Wachtwoordzin vergeten?' en typ de groepen over.",
    },
    "en": {
        "title": "Recovery sheet — Vertrouwenspersoon",
        "intro": "This recovery key opens your vault if you lose your passphrase.",
        "vault": "Vault: {name}",
        "folder": "Folder: {folder}",
        "id": "Vault id starts with: {prefix}",
        "made": "Vault made on {date}",
        "keep": "Keep this in a safe place, not with your laptop.",
        "how": "On the unlock screen choose 'Forgot passphrase?' and type in the groups.",
    },
}


@dataclass(frozen=True)
class SheetVault:
    """What the sheet says about the vault it opens (never anything about its cases)."""

    folder: Path
    vault_id: str
    created_on: date

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def id_prefix(self) -> str:
        return self.vault_id[:ID_PREFIX]


def write_sheet(path: Path, key: str, vault: SheetVault, lang: str = "nl") -> Path:
    """Render the sheet (A4, reportlab) and write it to `path`. The key is text, so it can be read back."""
    atomic.write_bytes(Path(path), render_sheet(key, vault, TEXT.get(lang, TEXT["nl"]), lang))
    return Path(path)


def render_sheet(key: str, vault: SheetVault, texts: dict[str, str], lang: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from vertrouwenspersoon.reports import fonts

    fonts.register()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=fonts.REGULAR)
    pdf.setTitle(texts["title"])
    pdf.setAuthor("")
    pdf.setSubject("")
    pdf.setCreator("Vertrouwenspersoon")
    width, height = A4
    left, right = 25 * mm, width - 25 * mm

    def line(y: float, text: str, font: str, size: float) -> float:
        """Draw `text`, breaking it (a long folder path) where it would pass the right margin."""
        pdf.setFont(font, size)
        while text:
            cut = len(text)
            while cut > 1 and stringWidth(text[:cut], font, size) > right - left:
                cut -= 1
            if cut < len(text):  # prefer to break after a space or a path separator
                cut = (
                    max(text.rfind(" ", 0, cut), text.rfind("/", 0, cut), text.rfind("\\", 0, cut)) + 1 or cut
                )
            pdf.drawString(left, y, text[:cut])
            text, y = text[cut:], y - size * 1.35
        return y

    y = height - 30 * mm
    y = line(y, texts["title"], fonts.BOLD, 20) - 6 * mm
    y = line(y, texts["intro"], fonts.REGULAR, 12) - 6 * mm
    y = line(y, texts["vault"].format(name=vault.name), fonts.BOLD, 12) - 1 * mm
    y = line(y, texts["folder"].format(folder=str(vault.folder)), fonts.REGULAR, 9) - 1 * mm
    y = line(y, texts["id"].format(prefix=vault.id_prefix), fonts.REGULAR, 10) - 1 * mm
    y = line(y, texts["made"].format(date=long_date(vault.created_on, lang)), fonts.REGULAR, 10) - 14 * mm
    groups = recovery_key.groups(key)
    pdf.setFont(fonts.BOLD, 22)  # Vera's digits are all one width, so the groups line up in columns
    for start in range(0, len(groups), 3):
        pdf.drawString(left + 5 * mm, y, "  ".join(groups[start : start + 3]))
        y -= 13 * mm
    y -= 10 * mm
    y = line(y, texts["keep"], fonts.BOLD, 13) - 2 * mm
    line(y, texts["how"], fonts.REGULAR, 10)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
