"""Look and feel: Fusion on Linux, the OS light/dark palette, one accent colour, an 8 px grid.

Only what the native style does not give: heading sizes, the rail, the overdue red and the
calm accent. Colours are derived from the current palette so dark mode stays readable.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleFactory, QWidget

ACCENT = QColor("#2f6f8f")  # a calm blue-teal; the one accent colour (white text on it: 5.6:1)
OVERDUE = QColor("#b3261e")  # red is reserved for what is overdue (the rail's badge: white on it, 6.5:1)
GRID = 8
AA = 4.5  # WCAG 2.1 AA for normal text
_STYLE_KEPT: dict[str, QProxyStyle | None] = {"style": None}
# Text colours per scheme, lightest-on-dark / darkest-on-light first; the first that reads at AA wins
_OVERDUE_TEXT = {"light": ("#b3261e", "#8c1d18"), "dark": ("#ff8a80", "#ffb4ab", "#ffdad6")}
_LINK_TEXT = {"light": ("#2f6f8f", "#1f4f66"), "dark": ("#8ecae6", "#b9e2f2")}


class _VisibleChecks(QProxyStyle):
    """Fusion outlines a check box with the window colour darkened, which on a dark palette is the colour
    of the box itself: an unticked box disappears. This draws every check box's outline in a colour with
    3:1 contrast to its fill (WCAG's minimum for a control), light palette and dark alike."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]
        super().drawPrimitive(element, option, painter, widget)
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ):
            return
        palette = option.palette
        fill = palette.color(QPalette.ColorRole.Base)
        outline = _outline(palette.color(QPalette.ColorRole.Text), fill)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def _outline(text: QColor, fill: QColor) -> QColor:
    """Between the text colour and the fill, as close to the fill as 3:1 allows."""
    for step in range(60, -1, -5):
        t = step / 100
        mixed = QColor.fromRgbF(
            text.redF() + (fill.redF() - text.redF()) * t,
            text.greenF() + (fill.greenF() - text.greenF()) * t,
            text.blueF() + (fill.blueF() - text.blueF()) * t,
        )
        if contrast(mixed, fill) >= 3.0:
            return mixed
    return text


def apply(app: QApplication, palette: QPalette | None = None) -> None:
    """Fusion on Linux (native elsewhere), the accent as highlight, and every text colour the app sets
    checked against the palette's backgrounds (light and dark alike: AA contrast, 4.5:1)."""
    if _STYLE_KEPT.get("style") is None or app.style() is not _STYLE_KEPT["style"]:
        native = app.style().name().lower()
        if sys.platform.startswith("linux") or native == "fusion":
            # kept here as well: Qt owns the style, but PySide drops the Python override if nothing else
            # holds it (the outline would silently disappear)
            _STYLE_KEPT["style"] = _VisibleChecks(QStyleFactory.create("Fusion"))
            app.setStyle(_STYLE_KEPT["style"])
    palette = QPalette(palette or app.palette())
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    backgrounds = _backgrounds(palette)
    palette.setColor(QPalette.ColorRole.Link, _readable(_LINK_TEXT[_scheme(palette)], backgrounds))
    muted_text = _muted(palette, backgrounds)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted_text)
    app.setPalette(palette)
    if app.styleSheet() != _STYLE:  # setting it again re-polishes every widget, even ones being deleted
        app.setStyleSheet(_STYLE)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' own (Breeze Dark, Windows dark mode), for screenshots and for a
    platform that offers none."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#505050",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def overdue() -> QColor:
    """The overdue red as text on the current palette (the constant is too dark on a dark background)."""
    palette = QGuiApplication.palette()
    return _readable(_OVERDUE_TEXT[_scheme(palette)], _backgrounds(palette))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def _scheme(palette: QPalette) -> str:
    return "dark" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "light"


def _backgrounds(palette: QPalette) -> list[QColor]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [palette.color(role) for role in roles]


def _readable(candidates: tuple[str, ...], backgrounds: list[QColor]) -> QColor:
    colours = [QColor(c) for c in candidates]
    for colour in colours:
        if all(contrast(colour, b) >= AA for b in backgrounds):
            return colour
    return max(colours, key=lambda c: min(contrast(c, b) for b in backgrounds))


def _muted(palette: QPalette, backgrounds: list[QColor]) -> QColor:
    """Muted text: as far towards the background as AA allows, never further."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    for step in range(40, -1, -1):  # 40% of the way to the background, then less until it reads
        t = step / 100
        mixed = QColor.fromRgbF(
            text.redF() + (background.redF() - text.redF()) * t,
            text.greenF() + (background.greenF() - text.greenF()) * t,
            text.blueF() + (background.blueF() - text.blueF()) * t,
        )
        if all(contrast(mixed, b) >= AA for b in backgrounds):
            return mixed
    return text


def is_dark() -> bool:
    return _scheme(QGuiApplication.palette()) == "dark"


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
