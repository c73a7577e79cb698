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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np

from vertrouwenspersoon.reports.quiet_stdout import quiet_c_stdout

INF = highspy.kHighsInf


class SolverGaveUp(Exception):
    """No answer either way (time limit without a solution, numerical trouble): never read as "infeasible",
    which would let disclosure control think a cell could not be protected and skip it."""


@dataclass
class Row:
    """lo <= sum(coeffs[j] * x[j]) <= hi (None: no bound on that side); integer coefficients."""

    coeffs: dict[int, int]
    lo: int | None
    hi: int | None


class RowBlock:
    """A list of rows as arrays, built once: a model's thousands of rows are shared by every programme made
    from it (each hidden set, each item's extra row), so neither HiGHS's matrix nor the exact check has to
    walk them in Python again."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self.count = len(rows)
        starts, index, value = [0], [], []
        for row in rows:
            for j, c in row.coeffs.items():
                if c:
                    index.append(j)
                    value.append(c)
            starts.append(len(index))
        self.starts = np.array(starts, dtype=np.int64)
        self.index = np.array(index, dtype=np.int64)
        self.value = np.array(value, dtype=np.int64)
        self.row_of = np.repeat(np.arange(self.count), np.diff(self.starts))
        self.lo = np.array([r.lo if r.lo is not None else -(2**62) for r in rows], dtype=np.int64)
        self.hi = np.array([r.hi if r.hi is not None else 2**62 for r in rows], dtype=np.int64)
        self.low_inf = np.array([r.lo is None for r in rows], dtype=bool)
        self.high_inf = np.array([r.hi is None for r in rows], dtype=bool)
        self.max_col = np.full(self.count, -1, dtype=np.int64)
        if len(self.index):
            np.maximum.at(self.max_col, self.row_of, self.index)
        self.bound = int(np.abs(self.value).max(initial=0)) * int(np.diff(self.starts).max(initial=0))

    def holds(self, x: Sequence[int], limit: int) -> bool | None:
        """Whether every row over columns below `limit` holds at the integer point x, in exact int64
        arithmetic; None when x is too large for int64 to be exact (the caller checks in Python)."""
        largest = max(map(abs, x[:limit]), default=0)
        if largest * max(self.bound, 1) >= 2**62:
            return None
        point = np.array(x[:limit], dtype=np.int64)
        used = self.max_col < limit
        keep = used[self.row_of]
        totals = np.zeros(self.count, dtype=np.int64)
        np.add.at(totals, self.row_of[keep], self.value[keep] * point[self.index[keep]])
        ok = (self.low_inf | (totals >= self.lo)) & (self.high_inf | (totals <= self.hi))
        return bool(ok[used].all())


_EMPTY = RowBlock([])


@dataclass
class Program:
    """Integer variables x[0..n) with bounds, rows, and an optional linear objective (minimised)."""

    lo: list[int]
    hi: list[int | None]
    rows: list[Row] = field(default_factory=list)
    objective: dict[int, float] = field(default_factory=dict)
    # variables that may be fractional (auxiliaries of an objective; never part of a witness check)
    continuous: set[int] = field(default_factory=set)
    # `rows[:block.count]` as arrays (see RowBlock); the rows after them are few and walked in Python
    block: RowBlock | None = None

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
    with quiet_c_stdout():  # the banner of the first Highs object
        highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("log_to_console", False)
    highs.setOptionValue("threads", 1)
    return highs


def solve(
    program: Program,
    time_limit: float = 10.0,
    *,
    integer: bool = True,
    gap: float = 1e-4,
    lean: bool = False,
) -> list[float] | None:
    """An optimal (or, for a pure feasibility question, any) solution; None when proven infeasible;
    SolverGaveUp when there is no answer.

    `integer=False` solves the LP relaxation: a vertex of these tables' constraints (sums and margins) is
    very often whole already, and the caller's exact check decides whether it is. `lean=True` suits the
    many small covering programmes of secondary suppression, which HiGHS solves at its root node: for them
    presolve, the feasibility-jump heuristic and symmetry detection cost more than they save (measured on 46
    covers of advisor years: 1.77 s with all three, 0.36-0.41 s without, the same optima)."""
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
    block = program.block or _EMPTY
    tail = RowBlock(program.rows[block.count :]) if len(program.rows) > block.count else _EMPTY
    lp.row_lower_ = np.concatenate(
        [_float_bounds(block.lo, block.low_inf, -INF), _float_bounds(tail.lo, tail.low_inf, -INF)]
    )
    lp.row_upper_ = np.concatenate(
        [_float_bounds(block.hi, block.high_inf, INF), _float_bounds(tail.hi, tail.high_inf, INF)]
    )
    matrix = lp.a_matrix_
    matrix.format_ = highspy.MatrixFormat.kRowwise
    matrix.start_ = np.concatenate([block.starts, tail.starts[1:] + block.starts[-1]]).astype(np.int32)
    matrix.index_ = np.concatenate([block.index, tail.index]).astype(np.int32)
    matrix.value_ = np.concatenate([block.value, tail.value]).astype(float)
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
    if lean:
        highs.setOptionValue("presolve", "off")
        highs.setOptionValue("mip_heuristic_run_feasibility_jump", False)
        highs.setOptionValue("mip_detect_symmetry", False)
    highs.passModel(lp)
    with quiet_c_stdout():
        highs.run()
    status = highs.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal or (
        status == highspy.HighsModelStatus.kTimeLimit and highs.getInfo().primal_solution_status == 2
    ):
        return list(highs.getSolution().col_value)
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    raise SolverGaveUp(str(status))


def _float_bounds(bounds: np.ndarray, infinite: np.ndarray, inf: float) -> np.ndarray:
    out = bounds.astype(float)
    out[infinite] = inf
    return out


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
    rows: Sequence[Row] = program.rows
    if program.block is not None and not program.continuous:
        verdict = program.block.holds(x, limit)
        if verdict is False:
            return False
        if verdict is True:
            rows = program.rows[program.block.count :]
    for row in rows:
        if any(j >= limit or j in program.continuous for j in row.coeffs):
            continue
        total = sum(c * x[j] for j, c in row.coeffs.items())
        if (row.lo is not None and total < row.lo) or (row.hi is not None and total > row.hi):
            return False
    return True


def restrict(
    program: Program,
    base: Sequence[int],
    free: Sequence[int],
    rows_of: Mapping[int, Sequence[int]] | None = None,
) -> Program:
    """The programme over the columns `free` alone, every other column held at `base` (a point that
    satisfies `program`: rows over held columns only stay satisfied and are left out). Column i of the
    result is `free[i]`; `expand` turns its solutions back into points of `program`. `rows_of` (column ->
    the rows that use it, see `rows_by_column`) saves scanning every row."""
    local = {j: i for i, j in enumerate(free)}
    if rows_of is None:
        chosen = [r for r in program.rows if any(j in local for j in r.coeffs)]
    else:
        chosen = [program.rows[r] for r in sorted({r for j in free for r in rows_of.get(j, ())})]
    rows = []
    for row in chosen:
        shift = sum(c * base[j] for j, c in row.coeffs.items() if j not in local)
        rows.append(
            Row(
                {local[j]: c for j, c in row.coeffs.items() if j in local},
                None if row.lo is None else row.lo - shift,
                None if row.hi is None else row.hi - shift,
            )
        )
    return Program([program.lo[j] for j in free], [program.hi[j] for j in free], rows)


def expand(base: Sequence[int], free: Sequence[int], x: Sequence[int]) -> list[int]:
    point = list(base)
    for i, j in enumerate(free):
        point[j] = x[i]
    return point


def rows_by_column(rows: Sequence[Row]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for r, row in enumerate(rows):
        for j in row.coeffs:
            index.setdefault(j, []).append(r)
    return index
