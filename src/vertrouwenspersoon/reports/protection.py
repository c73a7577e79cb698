"""Which cells of the current publication to hide, so that nothing the attacker model protects leaks.

A protected item (a hidden cell, or a group a difference of publications defines) is *safe* when an integer
solution of the whole attacker model exists that is consistent with everything published and puts the item
outside what must not be learnt (at k or more, or different from its true value; for a group also at 0).
Such a solution is a witness: found by HiGHS, then checked exactly in integers (`milp.satisfies`). The true
figures are always a solution too, so the attacker cannot tell the two apart: the item is neither pinned nor
proven small. That is exactly the criterion of DESIGN.md, for an attacker who solves integer programmes.

Secondary suppression is the cell-by-cell integer programme of Fischetti and Salazar (the basis of τ-ARGUS's
"optimal" method): for an unsafe item, find the cheapest set of extra cells to hide (cost: the cases the
reader loses, plus one per cell, totals dearest) such that a witness exists. Witnesses stay valid when more is
hidden, so every certified item stays certified; the loop ends when every item has a witness. An item that no
choice of this publication's cells can protect was already given away by earlier publications: it is reported
as such (`exposed_before`), and nothing this publication does makes it worse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vertrouwenspersoon.reports.attack_model import AttackModel, CellId, Item, hidden_sides
from vertrouwenspersoon.reports.milp import (
    Program,
    Row,
    SolverGaveUp,
    linear_value,
    rounded,
    satisfies,
    solve,
)


@dataclass
class Outcome:
    hidden: set[CellId]
    exposed_before: list[Item] = field(default_factory=list)
    solves: int = 0


COVER_SECONDS = 1.0


def _key(item: Item) -> tuple:
    return (item.publication, item.cell, item.kind, item.coeffs)


def _reaches(item: Item, x: list[int]) -> bool:
    value = linear_value(dict(item.coeffs), x)
    return any((lo is None or value >= lo) and (hi is None or value <= hi) for lo, hi in item.sides)


class Protector:
    """Decides the hidden cells of `model.current`; `cost(cell)` is the information lost by hiding it."""

    def __init__(self, model: AttackModel, cost: Callable[[CellId], float]) -> None:
        self.model = model
        self.cost = cost
        self.pub = model.publications[model.current]
        self.cells = {cell: model.index[(self.pub.key, cell)] for cell in self.pub.truth}
        self.solves = 0
        self.pool: list[list[int]] = []  # exactly checked witnesses (valid for every larger hidden set)

    # -- the programme for a given hidden set ------------------------------------------------------------
    def program_for(self, hidden: set[CellId]) -> Program:
        base = self.model.program
        lo, hi = list(base.lo), list(base.hi)
        for cell, j in self.cells.items():
            if cell not in hidden:
                lo[j] = hi[j] = self.model.truth[j]
        return Program(lo, hi, list(base.rows))

    def _witness(self, program: Program, extra: list[Row], objective: dict[int, float]) -> list[int] | None:
        """An exactly checked integer solution: the LP relaxation first (usually whole already), else the MIP."""
        trial = Program(program.lo, program.hi, program.rows + extra, objective)
        for integer in (False, True):
            self.solves += 1
            try:
                solution = solve(trial, integer=integer)
            except SolverGaveUp:
                return None  # no witness found: the item counts as unsafe, which can only protect more
            if solution is None:
                return None  # the relaxation is infeasible: so is the integer programme
            x = rounded(solution)
            if satisfies(trial, x, variables=program.n):
                return x
        return None

    def uncertified(self, hidden: set[CellId], items: list[Item]) -> list[Item]:
        """The items for which no exactly-checked witness exists under `hidden`.

        Witnesses found before stay valid (hiding more only widens what is possible), so each is kept
        and tried on every item first; a new one is looked for only where none of them serves."""
        program = self.program_for(hidden)
        failing = [it for it in items if self._fixed(program, it)]
        pending = [it for it in items if not self._fixed(program, it) and not self._pooled(it)]
        # One witness for many: push every pending item towards one of its sides at once.
        for side in (0, 1):
            while pending:
                objective: dict[int, float] = {}
                for item in pending:
                    lo, _hi = item.sides[min(side, len(item.sides) - 1)]
                    sign = -1.0 if lo is not None else 1.0  # minimise: -L pushes L up
                    for j, c in item.coeffs:
                        objective[j] = objective.get(j, 0.0) + sign * c
                x = self._witness(program, [], objective)
                still = pending if x is None else [it for it in pending if not _reaches(it, x)]
                if len(still) == len(pending):
                    break
                self.pool.append(x)
                pending = still
        while pending:
            item = pending.pop(0)
            x = next(
                (
                    w
                    for side in item.sides
                    if (w := self._witness(program, [Row(dict(item.coeffs), *side)], {}))
                ),
                None,
            )
            if x is None or not _reaches(item, x):
                failing.append(item)
                continue
            self.pool.append(x)
            pending = [it for it in pending if not _reaches(it, x)]
        return failing

    def _pooled(self, item: Item) -> bool:
        return any(_reaches(item, x) for x in self.pool)

    def _fixed(self, program: Program, item: Item) -> bool:
        return all(program.lo[j] == program.hi[j] for j, _ in item.coeffs)

    # -- secondary suppression ---------------------------------------------------------------------------
    def cheapest_cover(self, hidden: set[CellId], item: Item) -> set[CellId] | None:
        """The cheapest cells to hide in addition so that `item` has a witness (its witness joins the pool);
        None if none exists; an empty set if the item needs nothing more, or when the solver's answer did
        not pass the exact check (then the item is still not in the pool)."""
        program = self.program_for(hidden)
        best: tuple[float, set[CellId], list[int]] | None = None
        unconfirmed = False
        for side in item.sides:
            trial = Program(list(program.lo), list(program.hi), list(program.rows), {})
            switches: dict[CellId, int] = {}
            for cell, j in self.cells.items():
                truth = self.model.truth[j]
                if cell in hidden or truth == 0 or not self._may_hide(cell):
                    continue
                low = self.model.program.lo[j]
                high = self.model.program.hi[j]
                span = (high if high is not None else truth + 4 * self.pub.k) - truth
                s = trial.add_var(0, 1)
                switches[cell] = s
                trial.lo[j], trial.hi[j] = low, truth + span
                trial.rows.append(Row({j: 1, s: -span}, None, truth))
                trial.rows.append(Row({j: 1, s: truth - low}, truth, None))
                trial.objective[s] = self.cost(cell)
            trial.rows.append(Row(dict(item.coeffs), *side))
            self.solves += 1
            # a near-optimal pattern found quickly beats the optimum found late: 2% gap, a second per cover
            try:
                solution = solve(trial, time_limit=COVER_SECONDS, gap=0.02)
            except SolverGaveUp:  # no answer in time: never taken for "cannot be protected"
                unconfirmed = True
                continue
            if solution is None:
                continue
            chosen = {cell for cell, s in switches.items() if solution[s] > 0.5}
            x = rounded(solution)[: program.n]
            if not (satisfies(self.program_for(hidden | chosen), x) and _reaches(item, x)):
                unconfirmed = True  # the exact check disagrees with the solver: the caller falls back
                continue
            cost = sum(self.cost(c) for c in chosen)
            if best is None or cost < best[0]:
                best = (cost, chosen, x)
            if len(chosen) <= 1 or len(item.sides) == 1:
                break  # one cell or none: the other side cannot be cheaper enough to be worth a MIP
        if best is None:
            return set() if unconfirmed else None
        self.pool.append(best[2])  # valid once best[1] is hidden, which the caller does
        return best[1]

    def _may_hide(self, cell: CellId) -> bool:
        return cell not in self.pub.withheld

    def run(self, hidden: set[CellId], on_progress: Callable[[int], None] | None = None) -> Outcome:
        hidden = set(hidden)
        outcome = Outcome(hidden)
        skip: set[tuple] = set()
        rounds = 0
        failing: list[Item] = []
        while True:
            if not failing:
                items = [it for it in self.items_for(hidden) if _key(it) not in skip]
                failing = self.uncertified(hidden, items)
                if not failing:
                    break
            item = failing.pop(0)
            if self._pooled(item):
                continue
            rounds += 1
            if on_progress:
                on_progress(rounds)
            extra = self.cheapest_cover(hidden, item)
            if extra is not None and not extra and self._pooled(item):
                continue
            if not extra:
                # None: no choice of this publication's cells protects it (earlier publications gave it
                # away). Empty: the solver's witness failed the exact check; hide the cheapest candidate.
                extra = self._fallback(hidden) if extra is not None else None
            if not extra:
                outcome.exposed_before.append(item)
                skip.add(_key(item))
                continue
            hidden |= extra
        outcome.hidden = hidden
        outcome.solves = self.solves
        return outcome

    def items_for(self, hidden: set[CellId]) -> list[Item]:
        """Items of the model, with the current publication's hidden cells as cell items."""
        pub = self.pub
        items = [it for it in self.model.items if not (it.publication == pub.key and it.kind == "cell")]
        if pub.fewer_than_k:
            return items
        for cell in sorted(hidden):
            sides = hidden_sides(pub, cell, pub.truth[cell])
            if sides:
                items.append(Item(((self.cells[cell], 1),), pub.truth[cell], sides, pub.key, cell, "cell"))
        return items

    def _fallback(self, hidden: set[CellId]) -> set[CellId]:
        candidates = [c for c, v in self.pub.truth.items() if c not in hidden and v > 0 and self._may_hide(c)]
        return {min(candidates, key=self.cost)} if candidates else set()
