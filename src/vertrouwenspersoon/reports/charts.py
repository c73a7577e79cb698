"""Bar charts for the PDF, drawn in greys so they read the same on a black-and-white printer.

Suppressed counts get no bar (a bar would show a value); their label is the table's neutral mark "×".
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from vertrouwenspersoon.reports.pdf_text import MARK

INK = colors.HexColor("#1F2933")
BAR = colors.HexColor("#3E4C59")
RULE = colors.HexColor("#9AA5B1")


def horizontal_bars(
    rows: list[tuple[str, int | None]],
    k: int,
    *,
    width: float = 440,
    font: str = "Vera",
    bold: str = "Vera-Bold",
    bar_height: float = 11,
    gap: float = 5,
) -> Drawing:
    """One bar per row, label left (wrapped between words, never cut), value right of the bar; None → no
    bar and the mark. Callers keep the rows to what fits a page (`CHART_ROWS`)."""
    label_w = min(190.0, width * 0.42)
    plot_w = width - label_w - 40
    top = max([v for _, v in rows if v is not None] or [1]) or 1
    wrapped = [_wrap(label, font, 8, label_w - 8) for label, _ in rows]
    steps = [max(bar_height, 9.5 * len(lines)) + gap for lines in wrapped]
    height = sum(steps) + gap
    drawing = _drawing(width, height, font)
    y_top = height
    for (_label, value), lines, step in zip(rows, wrapped, steps, strict=True):
        y_top -= step
        y = y_top + (step - gap - bar_height) / 2
        for n, line in enumerate(lines):
            drawing.add(
                String(
                    label_w - 6,
                    y_top + step - gap - 8 - 9.5 * n + (0 if len(lines) > 1 else -1),
                    line,
                    fontName=font,
                    fontSize=8,
                    fillColor=INK,
                    textAnchor="end",
                )
            )
        if value is None:
            drawing.add(String(label_w + 2, y + 2.5, MARK, fontName=font, fontSize=8, fillColor=INK))
            continue
        length = plot_w * value / top
        if length > 0:
            drawing.add(Rect(label_w, y, length, bar_height, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(label_w + length + 4, y + 2.5, str(value), fontName=bold, fontSize=8, fillColor=INK)
        )
    drawing.add(Line(label_w, 0, label_w, height, strokeColor=RULE, strokeWidth=0.5))
    return drawing


def year_columns(
    points: list[tuple[int, int | None]],
    k: int,
    *,
    width: float = 440,
    height: float = 120,
    font: str = "Vera",
    bold: str = "Vera-Bold",
) -> Drawing:
    """Vertical bars of one figure over the years (new cases); a suppressed year shows the mark, no bar."""
    drawing = _drawing(width, height, font)
    base, top_pad = 16.0, 14.0
    top = max([v for _, v in points if v is not None] or [1]) or 1
    slot = width / max(len(points), 1)
    bar_w = min(36.0, slot * 0.55)
    drawing.add(Line(0, base, width, base, strokeColor=RULE, strokeWidth=0.5))
    for i, (year, value) in enumerate(points):
        cx = slot * i + slot / 2
        drawing.add(String(cx, 3, str(year), fontName=font, fontSize=8, fillColor=INK, textAnchor="middle"))
        if value is None:
            drawing.add(
                String(cx, base + 4, MARK, fontName=font, fontSize=8, fillColor=INK, textAnchor="middle")
            )
            continue
        h = (height - base - top_pad) * value / top
        if h > 0:
            drawing.add(Rect(cx - bar_w / 2, base, bar_w, h, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(
                cx, base + h + 3, str(value), fontName=bold, fontSize=8, fillColor=INK, textAnchor="middle"
            )
        )
    return drawing


def _drawing(width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.__dict__["initialFontName"] = font  # else the renderer selects Helvetica, an unembedded font
    return drawing


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of whole words that fit `width` (a single word longer than that keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]
