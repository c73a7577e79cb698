"""The attacker's view of a published report: for every suppressed cell, the tightest interval that
follows from what was published and from the linear relations anyone can know.

The attacker knows every published count, the relations between tables (see `relations.py`: shared margins,
the totals, the previous edition of the same figures), that counts are non-negative and that a suppressed cell
is at least 1 (zeros are always published, so a hidden cell is never zero — except in a table withheld as a
whole). The bounds are those of the LP relaxation (exact, `exact_lp`), rounded inward to whole numbers.

Safety rule (checked by `violations`): every suppressed cell must
  1. admit a value of at least k (upper bound >= k, or unbounded): nobody can prove that fewer than k people
     are behind it, which is exactly what the threshold rule protects; and
  2. not be pinned (lower bound < upper bound): an exact value is never recoverable, also not for a
     secondary suppression whose value is k or more (an exact value there narrows every neighbour).
Together these imply that a primary cell (true value 1..k-1) lies in an interval that reaches k or more.
Cells of a table withheld as a whole ("fewer than k cases") are exempt: the report says openly that the
group is smaller than k, and that knowledge is added as an upper bound so it can never help pin another cell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from vertrouwenspersoon.reports.exact_lp import Constraint, FeasibleRegion, Infeasible

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


@dataclass(frozen=True)
class Interval:
    cell: CellId
    low: int
    high: int | None  # None: no upper bound at all

    def safe(self, k: int) -> bool:
        return self.high is None or (self.high >= k and self.low < self.high)


class InconsistentPublication(Exception):
    """The published figures contradict the relations: a bug upstream, never publish."""


def _components(variables: list[CellId], relations: list[Relation]) -> list[list[CellId]]:
    parent = {v: v for v in variables}

    def find(v: CellId) -> CellId:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for rel in relations:
        cells = [cell for cell, _ in rel.terms if cell in parent]
        for other in cells[1:]:
            parent[find(other)] = find(cells[0])
    groups: dict[CellId, list[CellId]] = {}
    for v in variables:
        groups.setdefault(find(v), []).append(v)
    return list(groups.values())


def _region(
    component: list[CellId],
    published: Mapping[CellId, int | None],
    relations: list[Relation],
    lower: Mapping[CellId, int],
    upper: Mapping[CellId, int],
) -> tuple[FeasibleRegion, dict[CellId, int]]:
    index = {cell: j for j, cell in enumerate(component)}
    constraints = []
    for rel in relations:
        if not any(cell in index for cell, _ in rel.terms):
            continue
        coeffs: dict[int, int] = {}
        rhs = Fraction(rel.rhs)
        for cell, c in rel.terms:
            if cell in index:
                coeffs[index[cell]] = coeffs.get(index[cell], 0) + c
                rhs -= c * lower.get(cell, 1)
            else:
                value = published.get(cell)
                if value is None:  # suppressed cell of another component cannot occur: components are closed
                    raise AssertionError("relation crosses components")
                rhs -= c * value
        constraints.append(Constraint(coeffs, rel.op, rhs))
    for cell, j in index.items():
        if cell in upper:
            constraints.append(Constraint({j: 1}, "<=", upper[cell] - lower.get(cell, 1)))
    try:
        return FeasibleRegion(len(component), constraints), index
    except Infeasible as error:
        raise InconsistentPublication from error


def _check_constant_relations(published: Mapping[CellId, int | None], relations: list[Relation]) -> None:
    for rel in relations:
        if all(published.get(cell) is not None for cell, _ in rel.terms) and not rel.holds(published):  # type: ignore[arg-type]
            raise InconsistentPublication(rel.why)


def intervals(
    published: Mapping[CellId, int | None],
    relations: Iterable[Relation],
    lower: Mapping[CellId, int] | None = None,
    upper: Mapping[CellId, int] | None = None,
    k: int | None = None,
) -> list[Interval]:
    """Bounds for every suppressed cell (None in `published`). With k, bounds may be reported loosely once
    they prove the cell safe (low <= k-1 and high >= k): enough for the verdict, much faster."""
    relations = [r for r in relations if all(cell in published for cell, _ in r.terms)]
    lower = dict(lower or {})
    upper = dict(upper or {})
    _check_constant_relations(published, relations)
    hidden = [cell for cell, value in published.items() if value is None]
    result = []
    for component in _components(hidden, relations):
        region, index = _region(component, published, relations, lower, upper)
        for cell, j in index.items():
            lb = lower.get(cell, 1)
            neg_low = region.maximize({j: -1}, stop_at=None if k is None else lb - (k - 1))
            assert neg_low is not None  # y >= 0 bounds the minimum
            low = lb + math.ceil(-neg_low)
            # enough to prove high >= k when low < k; otherwise enough to prove high > low
            target = None if k is None else (k if low < k else low + 1)
            high = region.maximize({j: 1}, stop_at=None if target is None else target - lb)
            result.append(Interval(cell, low, None if high is None else lb + math.floor(high)))
    return result


def violations(
    published: Mapping[CellId, int | None],
    relations: Iterable[Relation],
    k: int,
    lower: Mapping[CellId, int] | None = None,
    upper: Mapping[CellId, int] | None = None,
    exempt: Iterable[CellId] = (),
) -> list[Interval]:
    """The suppressed cells that break the safety rule of this module (empty list: safe to publish)."""
    exempt = set(exempt)
    return [
        iv
        for iv in intervals(published, relations, lower, upper, k=k)
        if iv.cell not in exempt and not iv.safe(k)
    ]
