"""The one list of the annual report's tables: code, what it counts, titles, and how it is shown.

Statistics, disclosure control, the JSON, the PDF and the app's report page all read this, so a table's title
is the same on paper and on screen, and a new table is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportTable:
    code: str  # the key in CONTRACT.md's report JSON
    counts: str  # "single": one row per case; "multi": a case may count in several rows; "cross": role x behaviour
    title_nl: str
    title_en: str
    chart: str  # "bars" or "matrix"
    zero_rows_hidden: bool = False  # long lists of rarely used codes: rows with 0 are left out when shown

    def title(self, lang: str) -> str:
        return self.title_nl if lang == "nl" else self.title_en


REPORT_TABLES: tuple[ReportTable, ...] = (
    ReportTable("behaviour", "multi", "Soort gedrag", "Kind of behaviour", "bars"),
    ReportTable("grounds", "multi", "Discriminatiegronden", "Grounds of discrimination", "bars", True),
    ReportTable("role", "single", "Rol van de melder", "Reporter's role", "bars"),
    ReportTable(
        "relation",
        "single",
        "Relatie tot de beklaagde",
        "Relationship to the person complained about",
        "bars",
    ),
    ReportTable("hierarchical", "single", "Hiërarchische relatie", "Hierarchical relationship", "bars"),
    ReportTable("setting", "single", "Context", "Setting", "bars"),
    ReportTable("channel", "single", "Eerste contact via", "First contact via", "bars"),
    ReportTable("quarter", "single", "Kwartaal van opening", "Quarter of opening", "bars"),
    ReportTable("unit", "single", "Eenheid", "Unit", "bars", True),
    ReportTable("outcome", "multi", "Uitkomst bij afsluiting", "Outcome at closure", "bars", True),
    ReportTable("referral", "multi", "Doorverwijzingen", "Referrals", "bars", True),
    ReportTable(
        "role_x_behaviour",
        "cross",
        "Soort gedrag naar rol van de melder",
        "Kind of behaviour by role of the reporter",
        "matrix",
    ),
)
BY_CODE = {t.code: t for t in REPORT_TABLES}
BREAKDOWNS = tuple(t.code for t in REPORT_TABLES if t.chart == "bars")
MULTI = frozenset(t.code for t in REPORT_TABLES if t.counts == "multi")
ZERO_ROWS_HIDDEN = frozenset(t.code for t in REPORT_TABLES if t.zero_rows_hidden)


def title(code: str, lang: str) -> str:
    return BY_CODE[code].title(lang)
