"""A small exact linear-programming solver (two-phase simplex over `fractions.Fraction`, Bland's rule).

The disclosure audit needs the tightest bounds an attacker can derive for each suppressed cell. Floating
point could report a cell as "free" when it is pinned by a rounding hair, so the arithmetic is exact; Bland's
rule guarantees termination. Problems are small (tens of variables): a dense tableau is fast enough, and the
feasible basis from phase 1 is reused for every objective.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction


class Infeasible(Exception):
    """The constraints have no solution (for the audit: the published figures contradict themselves)."""


@dataclass(frozen=True)
class Constraint:
    """sum(coeffs[j] * y[j]) <op> rhs, with op one of '<=', '>=', '=='."""

    coeffs: dict[int, int | Fraction]
    op: str
    rhs: int | Fraction


class FeasibleRegion:
    """{y >= 0 : constraints}; build once, then `maximize` as many objectives as needed."""

    def __init__(self, n: int, constraints: Sequence[Constraint]) -> None:
        self.n = n
        rows: list[tuple[dict[int, Fraction], str, Fraction]] = []
        for c in constraints:
            coeffs = {j: Fraction(v) for j, v in c.coeffs.items() if v}
            rhs, op = Fraction(c.rhs), c.op
            if rhs < 0:
                coeffs = {j: -v for j, v in coeffs.items()}
                rhs, op = -rhs, {"<=": ">=", ">=": "<=", "==": "=="}[op]
            rows.append((coeffs, op, rhs))
        n_slack = sum(1 for _, op, _ in rows if op != "==")
        n_art = sum(1 for _, op, _ in rows if op != "<=")
        width = n + n_slack + n_art
        self._first_art = n + n_slack
        table: list[list[Fraction]] = []
        basis: list[int] = []
        slack, art = n, n + n_slack
        zero = Fraction(0)
        for coeffs, op, rhs in rows:
            row = [zero] * (width + 1)
            for j, v in coeffs.items():
                row[j] = v
            row[width] = rhs
            if op == "<=":
                row[slack] = Fraction(1)
                basis.append(slack)
                slack += 1
            else:
                if op == ">=":
                    row[slack] = Fraction(-1)
                    slack += 1
                row[art] = Fraction(1)
                basis.append(art)
                art += 1
            table.append(row)
        self._table, self._basis, self._width = table, basis, width
        # Phase 1: maximize -(sum of artificial variables).
        phase1 = {j: Fraction(-1) for j in range(self._first_art, width)}
        value = self._run(table, basis, phase1, allowed=width, stop_at=None)
        if value is None or value < 0:
            raise Infeasible
        self._drive_out_artificials()

    def _drive_out_artificials(self) -> None:
        table, basis = self._table, self._basis
        for i in range(len(table) - 1, -1, -1):
            if basis[i] < self._first_art:
                continue
            pivot_col = next((j for j in range(self._first_art) if table[i][j] != 0), None)
            if pivot_col is None:  # redundant row
                del table[i]
                del basis[i]
            else:
                _pivot(table, basis, i, pivot_col)

    @staticmethod
    def _run(
        table: list[list[Fraction]],
        basis: list[int],
        objective: dict[int, Fraction],
        allowed: int,
        stop_at: Fraction | None,
    ) -> Fraction | None:
        """Primal simplex on `table` in place; returns the optimum, None if unbounded, or a value
        >= stop_at as soon as one is reached."""
        rhs_col = len(table[0]) - 1 if table else 0
        while True:
            value = sum((objective.get(b, 0) * table[i][rhs_col] for i, b in enumerate(basis)), Fraction(0))
            if stop_at is not None and value >= stop_at:
                return value
            entering = None
            for j in range(allowed):
                if j in basis:
                    continue
                reduced = objective.get(j, 0) - sum(
                    (objective.get(b, 0) * table[i][j] for i, b in enumerate(basis) if table[i][j]),
                    Fraction(0),
                )
                if reduced > 0:
                    entering = j
                    break
            if entering is None:
                return value
            best = None
            for i, row in enumerate(table):
                if row[entering] > 0:
                    ratio = row[rhs_col] / row[entering]
                    if best is None or ratio < best[0] or (ratio == best[0] and basis[i] < basis[best[1]]):
                        best = (ratio, i)
            if best is None:
                return None
            _pivot(table, basis, best[1], entering)

    def maximize(self, objective: dict[int, int], stop_at: int | None = None) -> Fraction | None:
        """max sum(objective[j] * y[j]); None when unbounded. With stop_at, may stop early at any
        feasible value >= stop_at (enough to answer "can it reach stop_at?")."""
        table = [[*row[: self._first_art], row[-1]] for row in self._table]
        basis = list(self._basis)
        obj = {j: Fraction(v) for j, v in objective.items() if v}
        return self._run(
            table, basis, obj, allowed=self._first_art, stop_at=None if stop_at is None else Fraction(stop_at)
        )


def _pivot(table: list[list[Fraction]], basis: list[int], r: int, c: int) -> None:
    pivot_row = table[r]
    p = pivot_row[c]
    if p != 1:
        pivot_row = table[r] = [v / p for v in pivot_row]
    nonzero = [j for j, v in enumerate(pivot_row) if v]
    for i, row in enumerate(table):
        if i != r and row[c]:
            f = row[c]
            for j in nonzero:
                row[j] -= f * pivot_row[j]
    basis[r] = c
