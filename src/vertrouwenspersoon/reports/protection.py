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
from vertrouwenspersoon.reports.merge_search import MergeSearch, pushing
from vertrouwenspersoon.reports.milp import (
    Program,
    Row,
    RowBlock,
    SolverGaveUp,
    expand,
    restrict,
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


class Protector:
    """Decides the hidden cells of `model.current`; `cost(cell)` is the information lost by hiding it."""

    def __init__(self, model: AttackModel, cost: Callable[[CellId], float]) -> None:
        self.model = model
        self.cost = cost
        self.pub = model.publications[model.current]
        self.cells = {cell: model.index[(self.pub.key, cell)] for cell in self.pub.truth}
        self.solves = 0
        self.pool: list[list[int]] = []  # exactly checked witnesses (valid for every larger hidden set)
        self._block = RowBlock(model.program.rows)
        # the pool is replaced from outside (protect, audit): the search hands its witnesses back through
        # a callback, so they always land in the current one
        self.merge = MergeSearch(model, self.pub, self.cells, self._witness, lambda x: self.pool.append(x))

    # -- the programme for a given hidden set ------------------------------------------------------------
    def program_for(self, hidden: set[CellId]) -> Program:
        base = self.model.program
        lo, hi = list(base.lo), list(base.hi)
        for cell, j in self.cells.items():
            if cell not in hidden:
                lo[j] = hi[j] = self.model.truth[j]
        return Program(lo, hi, list(base.rows), block=self._block)

    def _witness(
        self, program: Program, extra: list[Row], objective: dict[int, float], *, mip: bool = True
    ) -> list[int] | None:
        """An exactly checked integer solution: the LP relaxation first (usually whole already), else the MIP."""
        trial = Program(program.lo, program.hi, program.rows + extra, objective, block=program.block)
        for integer in (False, True) if mip else (False,):
            self.solves += 1
            try:
                solution = solve(trial, integer=integer, lean=not integer)
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
        # One witness for many: push every pending item towards one of its sides at once; by LP first,
        # then between pairs of a merge's parts, and only then by integer programmes over everything.
        if self.merge.active:
            # a merge: one LP over everything, then a few parts at a time; what is left is often truly
            # unprotected, which the item's own LP proves faster than any integer programme over all
            pending = self._combined(program, pending, mip=False, once=True)
            pending = self.merge.search(program, pending)
        else:
            pending = self._combined(program, pending, mip=False)
            pending = self._combined(program, pending, mip=True)
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
            if x is None or not item.reached_by(x):
                failing.append(item)
                continue
            self.pool.append(x)
            pending = [it for it in pending if not it.reached_by(x)]
        return failing

    def _combined(
        self, program: Program, pending: list[Item], *, mip: bool, once: bool = False
    ) -> list[Item]:
        """Witnesses over the whole programme, each pushing every pending item towards one side."""
        for side in (0,) if once else (0, 1):
            while pending:
                x = self._witness(program, [], pushing(pending, side), mip=mip)
                still = pending if x is None else [it for it in pending if not it.reached_by(x)]
                if len(still) == len(pending):
                    break
                self.pool.append(x)
                pending = still
                if once:
                    break
        return pending

    def _cheap_witness(self, hidden: set[CellId], item: Item) -> bool:
        """Whether the cells hidden since the item failed already protect it, by the LP alone (a cover
        programme would find the same at cost 0, at several times the price: measured, 20 of 46 covers)."""
        program = self.program_for(hidden)
        if self.merge.active and not self.merge.search(program, [item]):
            return True
        for side in item.sides:
            x = self._witness(program, [Row(dict(item.coeffs), *side)], {}, mip=False)
            if x is not None and item.reached_by(x):
                self.pool.append(x)
                return True
        return False

    def _pooled(self, item: Item) -> bool:
        return any(item.reached_by(x) for x in self.pool)

    def _fixed(self, program: Program, item: Item) -> bool:
        return all(program.lo[j] == program.hi[j] for j, _ in item.coeffs)

    # -- secondary suppression ---------------------------------------------------------------------------
    def cheapest_cover(self, hidden: set[CellId], item: Item) -> set[CellId] | None:
        """The cheapest cells to hide in addition so that `item` has a witness (its witness joins the pool);
        None if none exists; an empty set if the item needs nothing more, or when the solver's answer did
        not pass the exact check (then the item is still not in the pool).

        In a merge, a cell of the merged report is first covered with only the parts that hold it and its
        related cells free (the rest held at the truth): a programme a sixth the size, whose answer is a
        valid cover, if not always the cheapest; only when it finds none is the whole merge used."""
        program = self.program_for(hidden)
        if self.merge.active and item.publication == self.pub.key:
            found = self._cover(program, hidden, item, self.merge.cover_columns(program, item))
            if found:
                return found
        return self._cover(program, hidden, item, None)

    def _cover(
        self, program: Program, hidden: set[CellId], item: Item, free: list[int] | None
    ) -> set[CellId] | None:
        base = self.model.truth
        if free is None:
            free = list(range(program.n))
            frame = program
        else:
            frame = restrict(program, base, free, self.merge.rows_of)
            frame.block = RowBlock(frame.rows)
        local = {j: i for i, j in enumerate(free)}
        best: tuple[float, set[CellId], list[int]] | None = None
        unconfirmed = False
        for side in item.sides:
            trial = Program(list(frame.lo), list(frame.hi), list(frame.rows), {}, block=frame.block)
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
                i = local[j]
                trial.lo[i], trial.hi[i] = low, truth + span
                trial.rows.append(Row({i: 1, s: -span}, None, truth))
                trial.rows.append(Row({i: 1, s: truth - low}, truth, None))
                trial.objective[s] = self.cost(cell)
            trial.rows.append(Row({local[j]: c for j, c in item.coeffs}, *side))
            self.solves += 1
            # a near-optimal pattern found quickly beats the optimum found late: 2% gap, a second per cover
            try:
                solution = solve(trial, time_limit=COVER_SECONDS, gap=0.02, lean=True)
            except SolverGaveUp:  # no answer in time: never taken for "cannot be protected"
                unconfirmed = True
                continue
            if solution is None:
                continue
            chosen = {cell for cell, s in switches.items() if solution[s] > 0.5}
            x = expand(base, free, rounded(solution)[: len(free)])
            if not (satisfies(self.program_for(hidden | chosen), x) and item.reached_by(x)):
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
        grown = False  # whether cells were hidden since `failing` was computed
        while True:
            if not failing:
                items = [it for it in self.items_for(hidden) if it.key not in skip]
                failing = self.uncertified(hidden, items)
                if not failing:
                    break
                grown = False
            item = failing.pop(0)
            if self._pooled(item) or (grown and self._cheap_witness(hidden, item)):
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
                skip.add(item.key)
                continue
            hidden |= extra
            grown = True
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
