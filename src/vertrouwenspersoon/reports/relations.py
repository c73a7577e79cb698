"""The linear relations between the published figures of one report: what an attacker knows for certain.

Exact relations (hold for every data set, follow from the definitions in CONTRACT.md):
- every case in the year's figures has exactly one role, relation, hierarchical answer, setting, channel,
  quarter row and unit (missing answers count as "unknown"), so each of these tables sums to
  new_cases + carried_over; quarter q1..q4 sums to new_cases and "earlier" equals carried_over;
- every case has exactly one role, so the role × behaviour column of behaviour b sums to behaviour[b];
- a case counts at most once per row, so each multi-valued cell (behaviour, outcome, referral) is at most
  the number of cases, a role × behaviour cell at most role[r], a grounds cell at most behaviour[discrimination];
- aftercare done on time is at most aftercare due.
Relations that depend on the taxonomy's promises, used only when the data satisfy them (flags):
- every case has at least one behaviour: sum(behaviour) >= cases, and sum over b of rxb[r,b] >= role[r];
- every discrimination case names a ground: sum(grounds) >= behaviour[discrimination].
Multi-valued tables do NOT sum to the case total, and role × behaviour rows do not sum to role[r]:
these are inequalities, never equalities. Contacts and contact hours have no relation to anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vertrouwenspersoon.reports.statistics import SINGLE_TABLES

CellId = tuple[str, str]


@dataclass(frozen=True)
class Relation:
    """sum(coefficient * cell) <op> rhs — a linear fact about the true figures; `why` documents it."""

    terms: tuple[tuple[CellId, int], ...]
    op: str
    rhs: int = 0
    why: str = ""

    def holds(self, values: Mapping[CellId, int]) -> bool:
        total = sum(c * values[cell] for cell, c in self.terms)
        return {"==": total == self.rhs, "<=": total <= self.rhs, ">=": total >= self.rhs}[self.op]


NEW: CellId = ("totals", "new_cases")
CARRIED: CellId = ("totals", "carried_over")
DUE: CellId = ("aftercare", "due")
DONE: CellId = ("aftercare", "done_on_time")


def _rows(cells: set[CellId], table: str) -> list[CellId]:
    return sorted(cell for cell in cells if cell[0] == table)


def build_relations(cells: set[CellId], flags: dict[str, bool]) -> list[Relation]:
    """All relations among `cells` (the keys of one report's figures)."""
    rels: list[Relation] = []
    cases = ((NEW, -1), (CARRIED, -1))
    for table in SINGLE_TABLES:
        rows = _rows(cells, table)
        rels.append(Relation(tuple((r, 1) for r in rows) + cases, "==", 0, f"{table} sums to the cases"))
    quarters = [c for c in _rows(cells, "quarter") if c[1] != "earlier"]
    rels.append(Relation((*tuple((q, 1) for q in quarters), (NEW, -1)), "==", 0, "quarters sum to new cases"))
    rels.append(Relation(((("quarter", "earlier"), 1), (CARRIED, -1)), "==", 0, "earlier = carried over"))
    for table in ("behaviour", "outcome", "referral"):
        for cell in _rows(cells, table):
            rels.append(Relation(((cell, 1), *cases), "<=", 0, f"{table} row at most the cases"))
    behaviours = _rows(cells, "behaviour")
    if flags.get("every_case_has_behaviour"):
        rels.append(
            Relation(tuple((b, 1) for b in behaviours) + cases, ">=", 0, "every case has a behaviour")
        )
    discrimination: CellId = ("behaviour", "discrimination")
    grounds = _rows(cells, "grounds")
    if discrimination in cells:
        for g in grounds:
            rels.append(Relation(((g, 1), (discrimination, -1)), "<=", 0, "ground at most discrimination"))
        if flags.get("every_discrimination_case_has_grounds") and grounds:
            rels.append(
                Relation(
                    (*tuple((g, 1) for g in grounds), (discrimination, -1)),
                    ">=",
                    0,
                    "every discrimination case names a ground",
                )
            )
    rxb = _rows(cells, "role_x_behaviour")
    by_behaviour: dict[str, list[CellId]] = {}
    by_role: dict[str, list[CellId]] = {}
    for cell in rxb:
        role, behaviour = cell[1].split("/", 1)
        by_behaviour.setdefault(behaviour, []).append(cell)
        by_role.setdefault(role, []).append(cell)
    for behaviour, column in by_behaviour.items():
        margin = ("behaviour", behaviour)
        if margin in cells:
            rels.append(
                Relation(
                    (*tuple((c, 1) for c in column), (margin, -1)),
                    "==",
                    0,
                    "role x behaviour column sums to behaviour",
                )
            )
    for role, row in by_role.items():
        margin = ("role", role)
        if margin not in cells:
            continue
        for c in row:
            rels.append(Relation(((c, 1), (margin, -1)), "<=", 0, "role x behaviour cell at most role"))
        if flags.get("every_case_has_behaviour"):
            rels.append(
                Relation(
                    (*tuple((c, 1) for c in row), (margin, -1)),
                    ">=",
                    0,
                    "every case of a role has a behaviour",
                )
            )
    if DUE in cells and DONE in cells:
        rels.append(Relation(((DONE, 1), (DUE, -1)), "<=", 0, "done on time at most due"))
    return rels
