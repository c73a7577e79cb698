"""The codes a report lists (also when their count is zero), with Dutch/English labels.

Taxonomy tables take their codes and labels from the one taxonomy (resources/taxonomy.json via
domain.taxonomy), so the report always uses the advisor's own words; a report only adds its own
rows: "unknown" where a field may be empty, the hierarchical, quarter and unit tables.
Labels are presentation only; JSON uses codes.
"""

from __future__ import annotations

from functools import lru_cache

from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir

TAXONOMY_TABLES = ("behaviour", "grounds", "role", "relation", "setting", "channel", "outcome", "referral")
UNKNOWN = ("unknown", "Onbekend", "Unknown")
# tables whose field may be empty in a case, so the report counts those cases as "unknown"
WITH_UNKNOWN = ("role", "relation", "setting", "channel")

REPORT_TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "hierarchical": (
        ("yes", "Ja, hiërarchisch", "Yes, hierarchical"),
        ("no", "Nee", "No"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "quarter": (
        ("q1", "1e kwartaal", "1st quarter"),
        ("q2", "2e kwartaal", "2nd quarter"),
        ("q3", "3e kwartaal", "3rd quarter"),
        ("q4", "4e kwartaal", "4th quarter"),
        ("earlier", "Geopend in een eerder jaar", "Opened in an earlier year"),
    ),
    "unit": (
        ("other-units", "Overige eenheden", "Other units"),
        ("unknown", "Onbekend", "Unknown"),
    ),
}


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[tuple[str, str, str], ...]]:
    taxonomy = Taxonomy.from_file(resource_dir() / "taxonomy.json")
    codes: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for table in TAXONOMY_TABLES:
        rows = [
            (c, taxonomy.label(table, c, "nl"), taxonomy.label(table, c, "en")) for c in taxonomy.codes(table)
        ]
        if table in WITH_UNKNOWN and not any(code == "unknown" for code, _, _ in rows):
            rows.append(UNKNOWN)
        codes[table] = tuple(rows)
    return {**codes, **REPORT_TABLES}


def default_codes(table: str) -> list[str]:
    """The codes always listed in a table (units: none, they come from the data)."""
    if table == "unit":
        return []
    return [code for code, _, _ in _codes().get(table, ())]


def label(table: str, code: str, lang: str) -> str:
    """The reader's label for a code; an unknown (institution-added) code or a unit name shows as is."""
    for known, nl, en in _codes().get(table, ()):
        if known == code:
            return nl if lang == "nl" else en
    return code
