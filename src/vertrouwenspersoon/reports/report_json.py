"""The machine-readable report, CONTRACT.md "Report JSON" version 1, built only from published cells.

Every count is an integer that is 0 or at least k, or null with "suppressed": true. Rows follow the
taxonomy order (zero rows included, so a reader sees what was asked); units come from the data, merged
small units last as "other-units".
"""

from __future__ import annotations

from vertrouwenspersoon.reports.disclosure import OTHER_UNITS, Protected
from vertrouwenspersoon.reports.relations import CellId
from vertrouwenspersoon.reports.statistics import TABLES
from vertrouwenspersoon.reports.taxonomy_codes import default_codes

FORMAT = "vertrouwenspersoon-report"
VERSION = 1
TOTALS = ("new_cases", "carried_over", "contacts", "contact_hours")
AFTERCARE = ("due", "done_on_time")


def _count(value: int | None) -> dict:
    return {"count": None, "suppressed": True} if value is None else {"count": value}


def ordered_codes(table: str, codes: list[str]) -> list[str]:
    """Taxonomy order first, then codes found only in the data (sorted); units alphabetically, merged last."""
    if table == "unit":
        tail = [c for c in (OTHER_UNITS, "unknown") if c in codes]
        return sorted(c for c in codes if c not in tail) + tail
    known = [c for c in default_codes(table) if c in codes]
    return known + sorted(c for c in codes if c not in known)


def rules(protected: Protected) -> list[str]:
    """The rules applied, stated so a reader (and the PDF's methods page) can check them."""
    k = protected.k
    out = [
        f"threshold k={k}: counts from 1 to {k - 1} are suppressed",
        "secondary suppression: no suppressed count can be recovered from totals, margins, other tables "
        "or anything published before from the same figures (earlier editions, adjacent years, merges)",
        "withheld cells are marked alike, whether small or protecting a small one",
        f"units with fewer than {k} cases are merged into other-units",
        "zero is published as 0; dates no finer than a quarter; no free text from cases",
        "tables count cases; a case with several codes counts in each row",
        "contact hours: total minutes in the year / 60, rounded half up",
    ]
    if protected.fewer_than_k:
        out.append(f"fewer than {k} cases in total: all figures withheld")
    for table in sorted(
        protected.withheld_tables
        - {
            "role",
            "relation",
            "hierarchical",
            "setting",
            "channel",
            "quarter",
            "unit",
            "behaviour",
            "role_x_behaviour",
        }
    ):
        if table == "grounds":
            out.append("table grounds withheld: the discrimination count is suppressed")
        else:
            out.append(f"table {table} withheld: fewer than {k} cases")
    return out


def to_json(protected: Protected, year: int) -> dict:
    """The CONTRACT.md document for the published cells of `protected`."""
    published = protected.published
    tables: dict[str, list[dict]] = {}
    by_table: dict[str, list[str]] = {}
    for table, code in published:
        by_table.setdefault(table, []).append(code)
    for table in TABLES:
        rows = []
        for code in (
            ordered_codes(table, by_table.get(table, []))
            if table != "role_x_behaviour"
            else sorted(by_table.get(table, []), key=_rxb_order)
        ):
            value = published[(table, code)]
            if table == "role_x_behaviour":
                role, behaviour = code.split("/", 1)
                rows.append({"role": role, "behaviour": behaviour, **_count(value)})
            else:
                rows.append({"code": code, **_count(value)})
        tables[table] = rows
    return {
        "format": FORMAT,
        "version": VERSION,
        "year": year,
        "k": protected.k,
        "rules": rules(protected),
        "totals": {name: _count(published[("totals", name)]) for name in TOTALS},
        "tables": tables,
        "aftercare": {name: _count(published[("aftercare", name)]) for name in AFTERCARE},
        "disclosure": disclosure_summary(protected),
    }


def disclosure_summary(protected: Protected) -> dict:
    """For the methods page and a checker (an extension of CONTRACT.md's version 1): how many cells each
    table withholds — which a reader sees anyway. Deliberately not the cases behind them, nor why a cell is
    withheld: a sum of hidden counts, or "one small cell in this table", is itself a figure an attacker could
    use. The advisor sees the cases lost in the app (`Protected.loss`), which never leaves the vault."""
    per_table = {table: entry["cells"] for table, entry in protected.loss().items()}
    return {
        "method": "secondary suppression at least information loss, checked against every earlier publication",
        "cells_withheld": per_table,
    }


def _rxb_order(key: str) -> tuple[int, int, str]:
    role, behaviour = key.split("/", 1)
    roles, behaviours = default_codes("role"), default_codes("behaviour")
    return (
        roles.index(role) if role in roles else len(roles),
        behaviours.index(behaviour) if behaviour in behaviours else len(behaviours),
        key,
    )


def cells_from_json(doc: dict) -> dict[CellId, int | None]:
    """The published cells of a report document (for trends and for earlier editions of the same year)."""
    cells: dict[CellId, int | None] = {}
    for name, entry in doc.get("totals", {}).items():
        cells[("totals", name)] = entry.get("count")
    for table, rows in doc.get("tables", {}).items():
        for row in rows:
            code = f"{row['role']}/{row['behaviour']}" if table == "role_x_behaviour" else row["code"]
            cells[(table, code)] = row.get("count")
    for name, entry in doc.get("aftercare", {}).items():
        cells[("aftercare", name)] = entry.get("count")
    return cells
