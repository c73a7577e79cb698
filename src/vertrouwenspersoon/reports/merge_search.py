"""Witnesses for a merge found a few publications at a time, everything else held at the true figures.

A merge of 50 bundles is one programme of ~8,300 columns; an integer programme over it takes seconds. Most
items it protects concern one advisor's unseen part or one merged cell, and a witness for those only needs
cases to move between a few parts. Holding every other column at its true value only restricts the search,
so each point found is a witness of the whole programme (and is checked against it: `milp.restrict`).
Where none is found this way, the protector solves the whole programme, so the shortcut never makes an
item look unsafe.
"""

from __future__ import annotations

from collections.abc import Callable

from vertrouwenspersoon.reports.attack_model import AttackModel, Item, Publication
from vertrouwenspersoon.reports.milp import Program, RowBlock, expand, restrict, rows_by_column
from vertrouwenspersoon.reports.relations import CellId

PARTS_AT_ONCE = 6
LOCAL_MIP_COLUMNS = 2000  # a local programme small enough for an integer programme when its LP is not whole

# (program, extra rows, objective, mip=...) -> an exactly checked point of `program`, or None
Witness = Callable[..., list[int] | None]


def pushing(items: list[Item], side: int) -> dict[int, float]:
    """An objective that pushes every item towards its `side` (minimised: -L pushes L up)."""
    objective: dict[int, float] = {}
    for item in items:
        lo, _hi = item.sides[min(side, len(item.sides) - 1)]
        sign = -1.0 if lo is not None else 1.0
        for j, c in item.coeffs:
            objective[j] = objective.get(j, 0.0) + sign * c
    return objective


class MergeSearch:
    def __init__(
        self,
        model: AttackModel,
        current: Publication,
        cells: dict[CellId, int],
        witness: Witness,
        keep: Callable[[list[int]], None],
    ) -> None:
        self.model, self.current, self.cells = model, current, cells
        self.witness, self.keep = witness, keep
        self.rows_of = rows_by_column(model.program.rows)
        self.columns: dict[str, list[int]] = {}
        self.owner: dict[int, str] = {}
        for (key, _cell), j in model.index.items():
            self.columns.setdefault(key, []).append(j)
            self.owner[j] = key
        # an advisor's unseen part of a merge: its cases can be traded with the largest other parts
        self.partners = sorted(
            (p for p in model.publications.values() if p.virtual), key=lambda p: -p.cases()
        )

    @property
    def active(self) -> bool:
        return bool(self.partners)

    def search(self, program: Program, pending: list[Item]) -> list[Item]:
        """The pending items no local witness was found for. One advisor's unseen part is tried with large
        other parts (cases move between them), the merged report with the parts that hold its cell."""
        if not self.active:
            return pending
        free_now = self._free_cells(program)
        groups: dict[str, list[Item]] = {}
        rest = []
        for item in pending:
            pub = self.model.publications.get(item.publication)
            if pub is not None and (pub.virtual or pub.key == self.current.key):
                groups.setdefault(pub.key, []).append(item)
            else:
                rest.append(item)
        # several parts at once with the two largest first (fewer, slightly larger programmes), then
        # each part still pending with one large partner at a time
        parts = [key for key in groups if key != self.current.key]
        for start in range(0, len(parts), PARTS_AT_ONCE):
            chunk = parts[start : start + PARTS_AT_ONCE]
            largest = [p.key for p in self.partners if p.key not in chunk][:2]
            items = [it for key in chunk for it in groups[key]]
            still = {it.key for it in self._local(program, chunk + largest, items)}
            for key in chunk:
                groups[key] = [it for it in groups[key] if it.key in still]
        for key, items in groups.items():
            if not items:
                continue
            for keys in self._neighbourhoods(key, items, free_now):
                items = self._local(program, keys, items)
                if not items:
                    break
            rest += items
        return rest

    def cover_columns(self, program: Program, item: Item) -> list[int]:
        """The columns a merged cell's cover is first sought over (its neighbourhood of parts)."""
        (keys,) = self._neighbourhoods(self.current.key, [item], self._free_cells(program))
        return sorted(j for key in keys for j in self.columns[key])

    def _free_cells(self, program: Program) -> set[CellId]:
        return {cell for cell, j in self.cells.items() if program.lo[j] != program.hi[j]}

    def _neighbourhoods(self, key: str, items: list[Item], free_now: set[CellId]) -> list[list[str]]:
        largest = [p.key for p in self.partners if p.key != key][:3]
        if key != self.current.key:
            return [[key, other] for other in largest]
        # the item's cells and the hidden cells that share a relation with them can move; the parts that
        # hold any of them are where the cases would come from
        cells = {it.cell for it in items}
        columns = {j for it in items for j, _ in it.coeffs}
        cell_of = {j: cell for cell, j in self.cells.items()}
        for j in list(columns):
            for r in self.rows_of.get(j, ()):
                cells |= {cell_of[i] for i in self.model.program.rows[r].coeffs if i in cell_of}
        hidden = cells & free_now
        holders = [p.key for p in self.partners if any(p.truth.get(c, 0) for c in hidden)]
        owners = [self.owner[j] for j in columns]  # an edition's difference spans two publications
        return [list(dict.fromkeys([key, *owners, *holders, *largest]))]

    def _local(self, program: Program, keys: list[str], items: list[Item]) -> list[Item]:
        base = self.model.truth
        free = sorted(j for key in keys for j in self.columns[key])
        local = restrict(program, base, free, self.rows_of)
        local.block = RowBlock(local.rows)
        position = {j: i for i, j in enumerate(free)}
        for side in (0, 1):
            if not items:
                break
            objective = {position[j]: c for j, c in pushing(items, side).items() if j in position}
            x = self.witness(local, [], objective, mip=len(free) < LOCAL_MIP_COLUMNS)
            if x is None:
                continue
            point = expand(base, free, x)
            still = [it for it in items if not it.reached_by(point)]
            if len(still) < len(items):
                self.keep(point)
            items = still
        return items
