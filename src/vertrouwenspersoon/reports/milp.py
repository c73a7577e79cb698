"""Integer programmes for disclosure control, solved by HiGHS and checked exactly.

HiGHS (an industrial LP/MIP solver, MIT licence) does the search; nothing it returns is trusted as such. A
solution is rounded to whole numbers and every constraint is re-checked in Python integers (`satisfies`):
disclosure control only ever uses a solution as a *witness* ("these published figures are also consistent
with a count of k or more"), so a floating-point slip can only make a witness fail the check — which makes
the caller suppress more, never less.

HiGHS prints a banner on the first `Highs()` of a process; the CLI's standard output is part of its
contract, so that one construction happens with the process's stdout pointed at /dev/null.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np

INF = highspy.kHighsInf
_banner_lock = threading.Lock()
_banner_done = False


class SolverGaveUp(Exception):
    """No answer either way (time limit without a solution, numerical trouble): never read as "infeasible",
    which would let disclosure control think a cell could not be protected and skip it."""


@dataclass
class Row:
    """lo <= sum(coeffs[j] * x[j]) <= hi (None: no bound on that side); integer coefficients."""

    coeffs: dict[int, int]
    lo: int | None
    hi: int | None


@dataclass
class Program:
    """Integer variables x[0..n) with bounds, rows, and an optional linear objective (minimised)."""

    lo: list[int]
    hi: list[int | None]
    rows: list[Row] = field(default_factory=list)
    objective: dict[int, float] = field(default_factory=dict)
    # variables that may be fractional (auxiliaries of an objective; never part of a witness check)
    continuous: set[int] = field(default_factory=set)

    @property
    def n(self) -> int:
        return len(self.lo)

    def add_var(self, lo: int, hi: int | None, *, continuous: bool = False) -> int:
        self.lo.append(lo)
        self.hi.append(hi)
        if continuous:
            self.continuous.add(len(self.lo) - 1)
        return len(self.lo) - 1


def _new_highs() -> highspy.Highs:
    global _banner_done
    with _banner_lock:
        if _banner_done:
            highs = highspy.Highs()
        else:
            sys.stdout.flush()
            saved = os.dup(1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, 1)
                highs = highspy.Highs()
            finally:
                os.dup2(saved, 1)
                os.close(saved)
                os.close(devnull)
            _banner_done = True
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("log_to_console", False)
    highs.setOptionValue("threads", 1)
    return highs


def solve(
    program: Program, time_limit: float = 10.0, *, integer: bool = True, gap: float = 1e-4
) -> list[float] | None:
    """An optimal (or, for a pure feasibility question, any) solution; None when proven infeasible;
    SolverGaveUp when there is no answer.

    `integer=False` solves the LP relaxation: a vertex of these tables' constraints (sums and margins) is
    very often whole already, and the caller's exact check decides whether it is."""
    n = program.n
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(program.rows)
    cost = np.zeros(n)
    for j, c in program.objective.items():
        cost[j] = c
    lp.col_cost_ = cost
    lp.col_lower_ = np.array(program.lo, dtype=float)
    lp.col_upper_ = np.array([INF if h is None else h for h in program.hi], dtype=float)
    lp.row_lower_ = np.array([-INF if r.lo is None else r.lo for r in program.rows], dtype=float)
    lp.row_upper_ = np.array([INF if r.hi is None else r.hi for r in program.rows], dtype=float)
    starts, index, value = [0], [], []
    for row in program.rows:
        for j, c in row.coeffs.items():
            if c:
                index.append(j)
                value.append(float(c))
        starts.append(len(index))
    matrix = lp.a_matrix_
    matrix.format_ = highspy.MatrixFormat.kRowwise
    matrix.start_ = np.array(starts, dtype=np.int32)
    matrix.index_ = np.array(index, dtype=np.int32)
    matrix.value_ = np.array(value, dtype=float)
    matrix.num_col_ = n
    matrix.num_row_ = len(program.rows)
    lp.a_matrix_ = matrix
    if integer:
        lp.integrality_ = [
            highspy.HighsVarType.kContinuous if j in program.continuous else highspy.HighsVarType.kInteger
            for j in range(n)
        ]
    highs = _new_highs()
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("mip_rel_gap", float(gap))
    highs.passModel(lp)
    highs.run()
    status = highs.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal or (
        status == highspy.HighsModelStatus.kTimeLimit and highs.getInfo().primal_solution_status == 2
    ):
        return list(highs.getSolution().col_value)
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    raise SolverGaveUp(str(status))


def rounded(solution: Sequence[float]) -> list[int]:
    return [round(v) for v in solution]


def satisfies(program: Program, x: Sequence[int], variables: int | None = None) -> bool:
    """Exact check of an integer point against bounds and every row over the first `variables` columns
    (rows that touch a continuous or later column are skipped: those belong to an objective, not the model)."""
    limit = program.n if variables is None else variables
    for j in range(limit):
        if x[j] < program.lo[j]:
            return False
        hi = program.hi[j]
        if hi is not None and x[j] > hi:
            return False
    for row in program.rows:
        if any(j >= limit or j in program.continuous for j in row.coeffs):
            continue
        total = sum(c * x[j] for j, c in row.coeffs.items())
        if (row.lo is not None and total < row.lo) or (row.hi is not None and total > row.hi):
            return False
    return True


def linear_value(coeffs: Mapping[int, int], x: Sequence[int]) -> int:
    return sum(c * x[j] for j, c in coeffs.items())
