"""The annual report as a PDF a board member takes seriously (UX.md "Reports"), rendered from the JSON.

Everything printed comes from the audited JSON document, the advisor's narrative and earlier published
reports, so the PDF and the JSON always carry the same figures. Fonts are the Bitstream Vera TTFs shipped
with reportlab (embedded as subsets, identical on every machine); greys only, so it prints in black and
white. Metadata holds the title (with the year) and the year, nothing else: no author, creator, producer
or date that could name the advisor's machine or account; `invariant` makes the output reproducible.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    LayoutError,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.reports import fonts
from vertrouwenspersoon.reports.charts import BAR, INK, RULE, horizontal_bars, year_columns
from vertrouwenspersoon.reports.pdf_text import MARK, rules_text, t
from vertrouwenspersoon.reports.table_registry import BREAKDOWNS, MULTI, ZERO_ROWS_HIDDEN
from vertrouwenspersoon.reports.table_registry import title as table_title
from vertrouwenspersoon.reports.taxonomy_codes import label
from vertrouwenspersoon.store.atomic import write_bytes

if TYPE_CHECKING:
    from vertrouwenspersoon.reports.api import PublishedReport

SHADE = colors.HexColor("#E4E7EB")


class _TitleAndYearOnly(PDFInfo):
    """The document information dictionary with the title and the year as subject; nothing else
    (reportlab's own always writes Author, Creator, Producer, dates and Keywords)."""

    def __init__(self, title: str, year: int) -> None:
        super().__init__()
        self._fixed = (title, str(year))

    def format(self, document):
        title, year = self._fixed
        return PDFDictionary({"Title": PDFString(title), "Subject": PDFString(year)}).format(document)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName="Vera", fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=11, textColor=colors.HexColor("#52606D")),
        "h1": ParagraphStyle("h1", base, fontName="Vera-Bold", fontSize=16, leading=20, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", base, fontName="Vera-Bold", fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=5
        ),
        "cover_title": ParagraphStyle("ct", base, fontName="Vera-Bold", fontSize=26, leading=32),
        "cover_inst": ParagraphStyle("ci", base, fontSize=14, leading=18),
        "cover_conf": ParagraphStyle(
            "cc",
            base,
            fontName="Vera-Bold",
            fontSize=11,
            leading=14,
            borderWidth=1,
            borderColor=INK,
            borderPadding=6,
        ),
        "figure": ParagraphStyle("fig", base, fontName="Vera-Bold", fontSize=22, leading=26),
        "figure_label": ParagraphStyle("fl", base, fontSize=8.5, leading=11),
    }


def _count(entry: dict, k: int) -> str:
    return MARK if entry.get("count") is None else str(entry["count"])


def _share(aftercare: dict) -> str | None:
    due, done = aftercare["due"].get("count"), aftercare["done_on_time"].get("count")
    if due is None or done is None or due == 0:
        return None
    return f"{round(100 * done / due)}%"


def _table(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), "Vera", 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("FONT", (0, 0), (-1, 0), "Vera-Bold", 8.5))
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), SHADE))
    table.setStyle(TableStyle(style))
    return table


CHART_ROWS = 25  # bars that fit one page beside their heading; longer tables chart their largest rows


def _header_cell(text: str, width: float, base: ParagraphStyle) -> Paragraph:
    """A column header that wraps between words and never inside one: the font shrinks (to 5.5 pt at
    the least) until the longest word fits the column."""
    size = 7.5
    longest = max(text.split() or [""], key=lambda w: pdfmetrics.stringWidth(w, "Vera-Bold", 1))
    needed = pdfmetrics.stringWidth(longest, "Vera-Bold", 1)
    if needed:
        size = max(5.5, min(size, (width - 8) / needed))
    style = ParagraphStyle(
        "th",
        base,
        fontName="Vera-Bold",
        fontSize=size,
        leading=size + 1.5,
        textColor=INK,
        alignment=2,
        splitLongWords=False,
    )
    return Paragraph(escape(text), style)


class _Builder:
    def __init__(self, report: PublishedReport) -> None:
        self.report, self.doc = report, report.document
        self.lang, self.k, self.year = report.lang, report.document["k"], report.document["year"]
        self.s = _styles()

    def t(self, key: str, **params: object) -> str:
        return t(key, self.lang, k=self.k, year=self.year, **params)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.s[style])

    def cover(self) -> list:
        items: list = [Spacer(1, 55 * mm)]
        if self.report.institution:
            items += [self.p(self.report.institution, "cover_inst"), Spacer(1, 6 * mm)]
        items += [
            self.p(self.t("title"), "cover_title"),
            Spacer(1, 10 * mm),
            self.p(self.t("confidential"), "cover_conf"),
            Spacer(1, 70 * mm),
            self.p(self.t("cover_note"), "small"),
            PageBreak(),
        ]
        return items

    def key_figures(self) -> list:
        totals, after = self.doc["totals"], self.doc["aftercare"]
        cards = [
            (_count(totals[n], self.k), self.t(n))
            for n in ("new_cases", "carried_over", "contacts", "contact_hours")
        ]
        share = _share(after)
        cards.append(
            (
                share if share is not None else "—" if after["due"].get("count") == 0 else MARK,
                self.t("aftercare_on_time"),
            )
        )
        cells = [[self.p(value, "figure"), self.p(text, "figure_label")] for value, text in cards]
        row = [
            [
                Table(
                    [[c[0]], [c[1]]],
                    style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), "Vera")],
                )
                for c in cells
            ]
        ]
        table = Table(row, colWidths=[34 * mm] * 5, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "Vera"),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.5, BAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [table]

    def summary(self) -> list:
        rows = self._rows("behaviour")
        return [
            self.p(self.t("summary"), "h1"),
            *self.key_figures(),
            Spacer(1, 9 * mm),
            self.p(self.t("behaviour_chart"), "h2"),
            horizontal_bars(rows, self.k),
            Spacer(1, 3 * mm),
            self.p(self.t("multi_note"), "small"),
            self.p(self.t("suppressed_note", km1=self.k - 1), "small"),
            PageBreak(),
        ]

    def _rows(self, table: str) -> list[tuple[str, int | None]]:
        return [(label(table, row["code"], self.lang), row.get("count")) for row in self.doc["tables"][table]]

    def breakdown(self, table: str) -> list:
        head = self.p(table_title(table, self.lang), "h2")
        rows = self.doc["tables"][table]
        if rows and all(r.get("count") is None for r in rows):
            key = "withheld_grounds" if table == "grounds" else "withheld"
            return [KeepTogether([head, self.p(self.t(key), "small")])]
        pairs = self._rows(table)
        if table in ZERO_ROWS_HIDDEN:
            pairs = [p for p in pairs if p[1] != 0] or pairs[:1]
        cell = self.s["small"]
        data = [[self.t("category"), self.t("cases")]] + [
            [Paragraph(escape(name), cell), MARK if v is None else str(v)] for name, v in pairs
        ]
        chart = pairs
        if (
            len(pairs) > CHART_ROWS
        ):  # a long table (a merge of 50 units) splits over pages; its chart shows the top
            chart = sorted(pairs, key=lambda p: -(p[1] or 0))[:CHART_ROWS]
        parts = [head, _table(data, [110 * mm, 25 * mm]), Spacer(1, 3 * mm), horizontal_bars(chart, self.k)]
        if len(chart) < len(pairs):
            parts.append(self.p(self.t("chart_top", n=CHART_ROWS), "small"))
        if table in MULTI:
            parts.append(self.p(self.t("multi_note"), "small"))
        if len(pairs) > CHART_ROWS:
            return [*parts, Spacer(1, 4 * mm)]
        return [KeepTogether(parts)]

    def role_x_behaviour(self) -> list:
        cells = {(r["role"], r["behaviour"]): r.get("count") for r in self.doc["tables"]["role_x_behaviour"]}
        roles = [
            r
            for r in dict.fromkeys(role for role, _ in cells)
            if any(cells[(r, b)] != 0 for _, b in cells if (r, b) in cells)
        ]
        behaviours = [
            b for b in dict.fromkeys(b for _, b in cells) if any(cells.get((r, b)) != 0 for r in roles)
        ]
        if not roles or not behaviours:
            return []
        header = [""] + [label("role", r, self.lang) for r in roles]
        data = [header] + [
            [label("behaviour", b, self.lang)]
            + [MARK if cells.get((r, b)) is None else str(cells.get((r, b), 0)) for r in roles]
            for b in behaviours
        ]
        width = (170 * mm - 48 * mm) / len(roles)
        header_cells = [_header_cell(h, width, self.s["small"]) for h in header]
        data[0] = header_cells
        return [
            KeepTogether(
                [
                    self.p(table_title("role_x_behaviour", self.lang), "h2"),
                    _table(data, [48 * mm] + [width] * len(roles)),
                    self.p(self.t("multi_note"), "small"),
                ]
            )
        ]

    def trend(self) -> list:
        parts: list = [self.p(self.t("trend"), "h1")]
        docs = [*self.report.previous, self.doc]
        if len(docs) == 1:
            return [*parts, self.p(self.t("no_trend")), Spacer(1, 6 * mm)]
        keys = ("new_cases", "carried_over", "contacts", "contact_hours")
        data = [[self.t("year")] + [self.t(key) for key in keys] + [self.t("aftercare_on_time")]]
        for d in docs:
            share = _share(d["aftercare"]) if "aftercare" in d else None
            data.append(
                [str(d["year"])] + [_count(d["totals"][key], d["k"]) for key in keys] + [share or "—"]
            )
        th = ParagraphStyle("th", self.s["small"], fontName="Vera-Bold", textColor=INK, alignment=2)
        data[0] = [Paragraph(escape(h), th) for h in data[0]]
        points = [(d["year"], d["totals"]["new_cases"].get("count")) for d in docs]
        parts += [
            _table(data, [20 * mm] + [30 * mm] * 5),
            Spacer(1, 5 * mm),
            self.p(self.t("new_cases"), "h2"),
            year_columns(points, self.k),
            self.p(self.t("trend_note"), "small"),
            Spacer(1, 6 * mm),
        ]
        return parts

    def aftercare(self) -> list:
        after = self.doc["aftercare"]
        data = [
            [self.t("aftercare_due"), _count(after["due"], self.k)],
            [self.t("aftercare_done"), _count(after["done_on_time"], self.k)],
            [self.t("aftercare_share"), _share(after) or "—"],
        ]
        return [
            KeepTogether(
                [
                    self.p(self.t("aftercare"), "h1"),
                    self.p(self.t("aftercare_why")),
                    Spacer(1, 3 * mm),
                    _table(data, [110 * mm, 25 * mm], header=False),
                ]
            ),
            Spacer(1, 6 * mm),
        ]

    def narrative(self) -> list:
        text = self.report.narrative.strip()
        paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
        if not paragraphs:  # no commentary: no page for it
            return []
        return [
            self.p(self.t("narrative"), "h1"),
            *[Paragraph(escape(part).replace("\n", "<br/>"), self.s["body"]) for part in paragraphs],
            PageBreak(),
        ]

    def methods(self) -> list:
        items = [
            ListItem(self.p(rule), leftIndent=10, value="•", bulletFontName="Vera")
            for rule in rules_text(self.lang, self.k)
        ]
        return [
            self.p(self.t("methods"), "h1"),
            self.p(self.t("methods_intro", km1=self.k - 1)),
            Spacer(1, 4 * mm),
            ListFlowable(items, bulletType="bullet", start="•", leftIndent=12, bulletFontName="Vera"),
        ]

    def story(self) -> list:
        story = self.cover()
        totals = self.doc["totals"]
        fewer = any(rule.startswith(f"fewer than {self.k} cases in total") for rule in self.doc["rules"])
        if fewer or (totals["new_cases"].get("count") == 0 and totals["carried_over"].get("count") == 0):
            story += [
                self.p(self.t("summary"), "h1"),
                self.p(self.t("fewer_than_k" if fewer else "no_cases")),
                Spacer(1, 8 * mm),
                *self.narrative(),
                *self.methods(),
            ]
            return story
        story += self.summary()
        story.append(self.p(self.t("breakdowns"), "h1"))
        for table in BREAKDOWNS:
            story += self.breakdown(table)
        story += self.role_x_behaviour()
        story += [
            PageBreak(),
            *self.trend(),
            *self.aftercare(),
            PageBreak(),
            *self.narrative(),
            *self.methods(),
        ]
        return story


def render_report_pdf(report: PublishedReport) -> bytes:
    """The PDF bytes (deterministic for the same report)."""
    fonts.register()
    builder = _Builder(report)
    title = builder.t("title")
    footer = builder.t("footer")
    page_word = "page"

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, 14 * mm, A4[0] - 20 * mm, 14 * mm)
        canvas.setFont("Vera", 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, t(page_word, builder.lang, n=doc.page))
        canvas.restoreState()

    def on_cover(canvas, doc) -> None:
        """The cover carries no footer."""

    class _Canvas(Canvas):
        def save(self) -> None:
            self._doc.info = _TitleAndYearOnly(title, builder.year)
            super().save()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=title,
        invariant=1,
        lang=builder.lang,
        initialFontName="Vera",
    )
    doc.build(builder.story(), onFirstPage=on_cover, onLaterPages=on_page, canvasmaker=_Canvas)
    return buffer.getvalue()


def write_report_pdf(report: PublishedReport, path: Path) -> None:
    """All or nothing: a layout the PDF engine cannot fit is one sentence (exit 2), never a traceback."""
    try:
        data = render_report_pdf(report)
    except (LayoutError, ValueError, IndexError) as error:  # reportlab's errors while laying out pages
        raise BadInputError("report.pdf_layout") from error
    write_bytes(path, data)
