"""Look and feel: Fusion on Linux, the OS light/dark palette, one accent colour, an 8 px grid.

Only what the native style does not give: heading sizes, the rail, the overdue red and the
calm accent. Colours are derived from the current palette so dark mode stays readable.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ACCENT = QColor("#2f6f8f")  # a calm blue-teal; the one accent colour
OVERDUE = QColor("#b3261e")  # red is reserved for what is overdue
GRID = 8


def apply(app: QApplication) -> None:
    """Fusion on Linux (native elsewhere) and the accent as highlight; follows the OS colour scheme."""
    if sys.platform.startswith("linux") and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    app.setStyleSheet(_STYLE)


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def heading(label: QLabel, level: int = 1) -> None:
    """Headings: one size per level, so a page never has more than two text sizes plus headings."""
    font = QFont(label.font())
    base = QApplication.font().pointSizeF()
    font.setPointSizeF(base * (1.6 if level == 1 else 1.2))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setProperty("role", f"h{level}")


def muted(label: QLabel) -> None:
    label.setProperty("role", "muted")


def error(label: QLabel) -> None:
    """Errors sit next to the field; they use the text colour with weight, not red (red = overdue)."""
    label.setProperty("role", "error")


def monospace_large(widget: QWidget) -> None:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(QApplication.font().pointSizeF() * 1.7)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    widget.setFont(font)


_STYLE = f"""
QFrame#rail {{ border-right: 1px solid palette(mid); background: palette(alternate-base); }}
QListWidget#navList {{ background: transparent; outline: 0; }}
QListWidget#navList::item {{ padding: 8px; border-radius: 6px; }}
QListWidget#navList::item:selected {{ background: {ACCENT.name()}; color: white; }}
QLabel[role="muted"] {{ color: palette(placeholder-text); }}
QLabel[role="error"] {{ font-weight: 600; }}
QFrame#card {{ border: 1px solid palette(mid); border-radius: 8px; padding: 16px; background: palette(base); }}
QFrame#undoBar {{ border: 1px solid palette(mid); border-radius: 6px; background: palette(alternate-base); }}
QTreeView#dueView::item {{ padding: 4px 8px 4px 0px; }}
QTreeView#dueView {{ border: none; }}
QGroupBox {{ font-weight: 600; margin-top: 16px; padding-top: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0px; padding: 0 0 0 0; }}
QLabel#keyLabel {{ border: 1px dashed palette(mid); border-radius: 8px; padding: 16px; background: palette(base); }}
"""
