"""Disclosure control of one report: small units merged, primary and secondary suppression, audited.

Order of work (every published table, DESIGN.md "Annual report and statistics"):
1. k below 3 is refused (policy default 5).
2. Fewer than k cases in the year in total: every figure is withheld; the report says "fewer than k".
3. Units with fewer than k cases are merged into "other-units".
4. Tables withheld whole: outcome and referral when fewer than k cases have one (the report says so; the
   attacker learns that group size, so each cell is known to be below k and exempt from the audit), and
   grounds whenever behaviour[discrimination] is suppressed (so withholding reveals nothing new).
5. Primary suppression: every count 1..k-1.
6. Cells suppressed in an earlier edition of the same year stay suppressed, and that edition's published
   counts are known to the attacker (a second edition with another pattern is the classic difference attack).
7. Secondary suppression: while the audit (`audit_intervals.violations`) finds a suppressed cell that an
   attacker can pin or prove to be below k, the cheapest published non-zero cell sharing a relation with it is
   suppressed too (same table first, then other tables, totals last; smallest count first). Suppressing a
   cell only removes information, so this terminates; if nothing is left to suppress, publishing is refused.
Zeros are always published, so a suppressed cell is known to be at least 1 (the audit assumes so).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError, VpError
from vertrouwenspersoon.reports.audit_intervals import CellId, Relation, violations
from vertrouwenspersoon.reports.relations import build_relations
from vertrouwenspersoon.reports.statistics import YearFigures

MIN_K = 3
DEFAULT_K = 5
OTHER_UNITS = "other-units"

messages.register(
    {
        "report.k_too_low": (
            "De drempel k={k} is te laag; het jaarverslag gebruikt minstens k=3.",
            "The threshold k={k} is too low; the annual report uses at least k=3.",
        ),
        "report.unsafe": (
            "Het jaarverslag wordt niet gemaakt: de controle vond een cel die te herleiden is ({table}).",
            "The annual report was not made: the check found a cell that could be recovered ({table}).",
        ),
    }
)


class DisclosureError(VpError):
    """Publishing would reveal a small count; nothing is written."""

    exit_code = 2


@dataclass
class Protected:
    """The outcome of disclosure control: which cells are published and everything the audit used."""

    k: int
    values: dict[CellId, int]
    suppressed: set[CellId] = field(default_factory=set)
    primary: set[CellId] = field(default_factory=set)
    withheld_tables: set[str] = field(default_factory=set)
    fewer_than_k: bool = False
    relations: list[Relation] = field(default_factory=list)
    lower: dict[CellId, int] = field(default_factory=dict)
    upper: dict[CellId, int] = field(default_factory=dict)
    exempt: set[CellId] = field(default_factory=set)
    known_before: set[CellId] = field(default_factory=set)

    @property
    def published(self) -> dict[CellId, int | None]:
        return {cell: None if cell in self.suppressed else value for cell, value in self.values.items()}

    @property
    def secondary(self) -> set[CellId]:
        return self.suppressed - self.primary - {c for c in self.suppressed if c[0] in self.withheld_tables}


def check_k(k: int) -> None:
    if type(k) is not int or k < MIN_K:
        raise BadInputError("report.k_too_low", k=k)


def merge_small_units(units: dict[str, int], k: int) -> dict[str, int]:
    """Units with 1..k-1 cases go into "other-units" (zero-count units are not listed at all)."""
    merged: dict[str, int] = {}
    other = 0
    for name, count in units.items():
        if count >= k and name != OTHER_UNITS:
            merged[name] = count
        else:
            other += count
    if other:
        merged[OTHER_UNITS] = other
    return merged


def cell_values(fig: YearFigures, k: int) -> dict[CellId, int]:
    """Every publishable figure as a cell, units already merged."""
    values: dict[CellId, int] = {
        ("totals", "new_cases"): fig.new_cases,
        ("totals", "carried_over"): fig.carried_over,
        ("totals", "contacts"): fig.contacts,
        ("totals", "contact_hours"): fig.contact_hours,
    }
    for name, rows in fig.tables.items():
        if name == "unit":
            rows = merge_small_units(rows, k)
        for code, count in rows.items():
            values[(name, code)] = count
    values[("aftercare", "due")] = fig.aftercare_due
    values[("aftercare", "done_on_time")] = fig.aftercare_done_on_time
    return values


def _previous_edition(previous: Iterable[dict], year: int) -> dict[CellId, int | None]:
    """Published cells of earlier editions of the same year's report (CONTRACT.md JSON)."""
    known: dict[CellId, int | None] = {}
    for doc in previous:
        if doc.get("year") != year:
            continue
        from vertrouwenspersoon.reports.report_json import cells_from_json

        for cell, count in cells_from_json(doc).items():
            if known.get(cell, 0) is not None:
                known[cell] = count
    return known


def protect(fig: YearFigures, k: int = DEFAULT_K, previous: Iterable[dict] = ()) -> Protected:
    """Decide what is published. Raises BadInputError for k < 3, DisclosureError if no safe pattern exists."""
    check_k(k)
    values = cell_values(fig, k)
    result = Protected(k=k, values=values)
    if 0 < fig.cases < k:
        result.fewer_than_k = True
        result.suppressed = set(values)
        result.withheld_tables = {cell[0] for cell in values if cell[0] not in ("totals", "aftercare")}
        return result
    result.relations = build_relations(set(values), fig.flags)
    for name in ("outcome", "referral"):
        if 0 < fig.groups.get(name, 0) < k:
            result.withheld_tables.add(name)
    for cell, value in values.items():
        if cell[0] in result.withheld_tables:
            result.suppressed.add(cell)
            result.exempt.add(cell)
            result.lower[cell] = 0
            result.upper[cell] = k - 1
        elif 0 < value < k:
            result.primary.add(cell)
            result.suppressed.add(cell)
    earlier = _previous_edition(previous, fig.year)
    for cell, count in earlier.items():
        if cell not in values:
            continue
        if count is None:
            result.suppressed.add(cell)
        elif count == values[cell]:
            result.relations.append(Relation(((cell, 1),), "==", count, "published in an earlier edition"))
            result.known_before.add(cell)
    _secondary(result)
    return result


def _withhold_grounds(result: Protected) -> bool:
    if ("behaviour", "discrimination") not in result.suppressed or "grounds" in result.withheld_tables:
        return False
    result.withheld_tables.add("grounds")
    for cell in result.values:
        if cell[0] == "grounds":
            result.suppressed.add(cell)
            result.lower[cell] = 0
    return True


def _cost(cell: CellId, failing: CellId, value: int) -> tuple[int, int]:
    tier = 0 if cell[0] == failing[0] else (2 if cell[0] == "totals" else 1)
    return (tier, value)


def _can_hide(result: Protected, cell: CellId) -> bool:
    """A useful complementary suppression: published, non-zero, and not already known from an earlier edition."""
    return (
        cell not in result.suppressed
        and result.values[cell] > 0
        and cell not in result.known_before
        and cell[0] not in result.withheld_tables
    )


def _secondary(result: Protected) -> None:
    while True:
        _withhold_grounds(result)
        failures = violations(
            result.published, result.relations, result.k, result.lower, result.upper, result.exempt
        )
        if not failures:
            return
        failing = failures[0].cell
        touching = [r for r in result.relations if any(c == failing for c, _ in r.terms)]
        ordered = sorted(touching, key=lambda r: r.op != "==")  # equalities first
        candidates = [c for r in ordered for c, _ in r.terms if _can_hide(result, c)]
        if not candidates:
            # widen: anything published in a relation with any hidden cell
            candidates = [
                c
                for r in result.relations
                if any(x in result.suppressed for x, _ in r.terms)
                for c, _ in r.terms
                if _can_hide(result, c)
            ]
        if not candidates:
            raise DisclosureError("report.unsafe", table=failing[0])
        result.suppressed.add(min(candidates, key=lambda c: _cost(c, failing, result.values[c])))


def audit(result: Protected) -> None:
    """The final, independent check before anything is written: raises DisclosureError on any violation
    and when a published count lies in 1..k-1."""
    if result.fewer_than_k:
        if any(v is not None for v in result.published.values()):
            raise DisclosureError("report.unsafe", table="totals")
        return
    for cell, value in result.published.items():
        if value is not None and 0 < value < result.k:
            raise DisclosureError("report.unsafe", table=cell[0])
    bad = violations(result.published, result.relations, result.k, result.lower, result.upper, result.exempt)
    if bad:
        raise DisclosureError("report.unsafe", table=bad[0].cell[0])
