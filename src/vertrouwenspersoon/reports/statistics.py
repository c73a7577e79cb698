"""The exact yearly figures of CONTRACT.md "Report JSON", before any disclosure control.

`YearFigures` is also the content of a statistics bundle, so it is additive: the figures of two advisors'
disjoint case sets are the sum of their figures (`combine`). Contact time is kept in exact minutes and only
rounded to hours when published (`contact_hours`), so merged bundles round once, not per advisor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.table_registry import REPORT_TABLES
from vertrouwenspersoon.reports.taxonomy_codes import default_codes

SINGLE_TABLES = tuple(t.code for t in REPORT_TABLES if t.counts == "single")
MULTI_TABLES = tuple(t.code for t in REPORT_TABLES if t.counts == "multi")
TABLES = tuple(t.code for t in REPORT_TABLES)
# Knowledge an attacker may use because the taxonomy guarantees it, kept only when the data satisfy it.
FLAGS = ("every_case_has_behaviour", "every_discrimination_case_has_grounds")
# Bounds of a bundle's figures (`from_dict`): far above any advisor's year (a vault holds thousands of cases,
# not millions), far below what makes disclosure control slow or overflow a C long (a 31-digit count did).
MAX_COUNT = 1_000_000
MAX_MINUTES_PER_CONTACT = 720  # as domain.validation.MAX_MINUTES
YEARS = range(2000, 2101)  # as the CLI's --year


def rxb_key(role: str, behaviour: str) -> str:
    """The key of a role × behaviour cell; taxonomy codes never contain '/'."""
    return f"{role}/{behaviour}"


@dataclass
class YearFigures:
    """Exact counts of one year (or the sum over several advisors for the same year)."""

    year: int
    new_cases: int = 0
    carried_over: int = 0
    contacts: int = 0
    contact_minutes: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    # number of distinct cases that contribute to a multi-valued table (decides whole-table withholding)
    groups: dict[str, int] = field(default_factory=dict)
    aftercare_due: int = 0
    aftercare_done_on_time: int = 0
    flags: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(FLAGS, True))

    @property
    def cases(self) -> int:
        return self.new_cases + self.carried_over

    @property
    def contact_hours(self) -> int:
        """Whole hours, rounded half up from the exact total of minutes (90 min → 2 h, 89 → 1 h)."""
        return (self.contact_minutes + 30) // 60

    def to_dict(self) -> dict:
        return {
            "year": self.year,
            "new_cases": self.new_cases,
            "carried_over": self.carried_over,
            "contacts": self.contacts,
            "contact_minutes": self.contact_minutes,
            "tables": {name: dict(rows) for name, rows in self.tables.items()},
            "groups": dict(self.groups),
            "aftercare_due": self.aftercare_due,
            "aftercare_done_on_time": self.aftercare_done_on_time,
            "flags": dict(self.flags),
        }

    @classmethod
    def from_dict(cls, data: dict) -> YearFigures:
        """Strict: raises KeyError/TypeError/ValueError on a malformed document, CountError on a count that
        is not a whole number in 0..MAX_COUNT (the bundle turns those into a clear message)."""
        if not isinstance(data, dict) or not all(isinstance(data.get(n), dict) for n in ("tables", "groups")):
            raise TypeError("figures")
        if type(data["year"]) is not int or data["year"] not in YEARS:
            raise ValueError("year")
        minutes = _count(data["contact_minutes"], "totals", MAX_COUNT * MAX_MINUTES_PER_CONTACT)
        counts = {
            name: _count(data[name], "totals")
            for name in ("new_cases", "carried_over", "contacts", "aftercare_due", "aftercare_done_on_time")
        }
        tables: dict[str, dict[str, int]] = {}
        for name, rows in data["tables"].items():
            if name not in TABLES or not isinstance(rows, dict):
                raise ValueError("tables")
            tables[name] = {str(code): _count(count, name) for code, count in rows.items()}
        if not set(data["groups"]) <= set(MULTI_TABLES):
            raise ValueError("groups")
        groups = {name: _count(count, name) for name, count in data["groups"].items()}
        flags = data["flags"]
        if not isinstance(flags, dict) or not all(type(flags.get(name)) is bool for name in FLAGS):
            raise ValueError("flags")
        return cls(
            data["year"],
            counts["new_cases"],
            counts["carried_over"],
            counts["contacts"],
            minutes,
            tables,
            groups,
            counts["aftercare_due"],
            counts["aftercare_done_on_time"],
            {name: flags[name] for name in FLAGS},
        )


class CountError(ValueError):
    """A count in a bundle that is not a whole number in range; `table` names where (never a code)."""

    def __init__(self, table: str, maximum: int) -> None:
        super().__init__(table)
        self.table, self.maximum = table, maximum


def _count(value: object, table: str, maximum: int = MAX_COUNT) -> int:
    # bool is an int in Python; a count that says `true` is not 1
    if type(value) is not int or not 0 <= value <= maximum:
        raise CountError(table, maximum)
    return value


def _in_year(day: date | None, year: int) -> bool:
    return day is not None and day.year == year


def in_year_figures(case: CaseFacts, year: int) -> str | None:
    """'new', 'carried' or None: CONTRACT.md's rule for whether a case is in year Y's figures."""
    if case.opened_on.year == year:
        return "new"
    if case.opened_on.year > year:
        return None
    still_open = case.closed_on is None or case.closed_on.year >= year
    had_contact = any(_in_year(day, year) for day, _ in case.contacts)
    return "carried" if still_open or had_contact else None


def compute(facts: Iterable[CaseFacts], year: int) -> YearFigures:
    """Count one year. Tables count cases: a case with two behaviours counts once in each row."""
    fig = YearFigures(year)
    tables: dict[str, dict[str, int]] = {name: dict.fromkeys(default_codes(name), 0) for name in TABLES}
    for role in default_codes("role"):
        for behaviour in default_codes("behaviour"):
            tables["role_x_behaviour"][rxb_key(role, behaviour)] = 0
    groups = dict.fromkeys(MULTI_TABLES, 0)

    def bump(table: str, code: str) -> None:
        tables[table][code] = tables[table].get(code, 0) + 1

    for case in facts:
        kind = in_year_figures(case, year)
        if kind is None:
            # closed in an earlier year without contact this year, but its aftercare falls due this year:
            # that aftercare is this year's promise ("was my report followed up?"), so it counts here
            _count_aftercare(fig, case, year)
            continue
        if kind == "new":
            fig.new_cases += 1
            bump("quarter", f"q{(case.opened_on.month - 1) // 3 + 1}")
        else:
            fig.carried_over += 1
            bump("quarter", "earlier")
        role = case.role or "unknown"
        bump("role", role)
        bump("relation", case.relation or "unknown")
        bump("hierarchical", {True: "yes", False: "no", None: "unknown"}[case.hierarchical])
        bump("setting", case.setting or "unknown")
        bump("channel", case.channel or "unknown")
        bump("unit", case.unit or "unknown")
        behaviours = sorted(set(case.behaviours))
        for behaviour in behaviours:
            bump("behaviour", behaviour)
            bump("role_x_behaviour", rxb_key(role, behaviour))
        if not behaviours:
            fig.flags["every_case_has_behaviour"] = False
        grounds = sorted(set(case.grounds)) if "discrimination" in behaviours else []
        if "discrimination" in behaviours and not grounds:
            fig.flags["every_discrimination_case_has_grounds"] = False
        for name, codes in (
            ("behaviour", behaviours),
            ("grounds", grounds),
            ("outcome", sorted(set(case.outcomes))),
            ("referral", sorted(set(case.referrals))),
        ):
            if codes:
                groups[name] += 1
            if name != "behaviour":
                for code in codes:
                    bump(name, code)
        for day, minutes in case.contacts:
            if _in_year(day, year):
                fig.contacts += 1
                fig.contact_minutes += minutes
        _count_aftercare(fig, case, year)
    fig.tables = canonical_tables(tables)
    fig.groups = groups
    return fig


def _count_aftercare(fig: YearFigures, case: CaseFacts, year: int) -> None:
    for due_on, done_on, cancelled_on in case.aftercare:
        if _in_year(due_on, year) and cancelled_on is None:
            fig.aftercare_due += 1
            if done_on is not None and done_on <= due_on:
                fig.aftercare_done_on_time += 1


def canonical_tables(tables: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Tables in one fixed order (TABLES; default codes, then other codes sorted).

    Disclosure control breaks ties by position, so the same counts must always arrive in the same
    order: that is what makes merged bundles publish exactly what one vault with all cases would.
    """
    ordered = {}
    for name in [*TABLES, *sorted(set(tables) - set(TABLES))]:
        if name not in tables:
            continue
        rows = tables[name]
        if name == "role_x_behaviour":
            defaults = [rxb_key(r, b) for r in default_codes("role") for b in default_codes("behaviour")]
        else:
            defaults = list(default_codes(name))
        codes = [c for c in defaults if c in rows] + sorted(set(rows) - set(defaults))
        ordered[name] = {code: rows[code] for code in codes}
    return ordered


def combine(parts: Iterable[YearFigures]) -> YearFigures:
    """The figures of the union of disjoint case sets of the same year (one per advisor)."""
    parts = list(parts)
    if not parts:
        raise ValueError("nothing to combine")
    total = YearFigures(parts[0].year, tables={}, groups={})
    for part in parts:
        if part.year != total.year:
            raise ValueError("different years")
        total.new_cases += part.new_cases
        total.carried_over += part.carried_over
        total.contacts += part.contacts
        total.contact_minutes += part.contact_minutes
        total.aftercare_due += part.aftercare_due
        total.aftercare_done_on_time += part.aftercare_done_on_time
        for name, rows in part.tables.items():
            target = total.tables.setdefault(name, {})
            for code, count in rows.items():
                target[code] = target.get(code, 0) + count
        for name, count in part.groups.items():
            total.groups[name] = total.groups.get(name, 0) + count
        for name in FLAGS:
            total.flags[name] = total.flags[name] and part.flags.get(name, False)
    total.tables = canonical_tables(total.tables)
    return total


CARRIED_TABLES = ("role", "relation", "hierarchical", "setting", "channel")


def carried_cells(facts: Iterable[CaseFacts], year: int) -> dict[tuple[str, str], int]:
    """The breakdown of year Y's carried-over cases (single-valued tables): they were in year Y-1's figures,
    which links two consecutive years' reports for an attacker (`attack_model.link_years`)."""
    carried = compute([f for f in facts if in_year_figures(f, year) == "carried"], year)
    return {
        (table, code): count
        for table in CARRIED_TABLES
        for code, count in carried.tables.get(table, {}).items()
    }
