"""An independent attacker: holds published report JSONs, solves integer programmes (scipy's `milp`).

Written from CONTRACT.md and DESIGN.md alone — it shares no code with `vertrouwenspersoon.reports` (no
relations, no model, no solver wrapper), so a mistake there cannot hide here. What it knows:
- every published count; a hidden cell is >= 1 (zeros are published), a listed unit >= k, a withheld table
  (its rule says "withheld: fewer than k cases") and every figure of a "fewer than k cases" report < k;
- CONTRACT.md's definitions: single-valued tables sum to new + carried; q1..q4 sum to new, "earlier" is
  carried; role x behaviour columns sum to behaviour; a case counts once per row (rows <= cases, role x
  behaviour <= role, ground <= discrimination); done on time <= due; every case has a behaviour;
- linked publications (`Doc.population`): two of one population and year differ by a group of cases, whose
  count per cell it bounds; if told, cells only grew or nothing changed; consecutive years share carried-over
  cases; a merge is the sum of its parts, each part consistent with that advisor's own published report.
It reports every hidden cell it can pin or prove to lie in 1..k-1, and every group so proven.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

SINGLE = ("role", "relation", "hierarchical", "setting", "channel", "quarter", "unit")
MULTI = ("behaviour", "outcome", "referral")


@dataclass
class Doc:
    name: str
    doc: dict
    population: str
    parts: list[str] = field(default_factory=list)  # a merge: the populations it adds up
    only_added_since: str | None = None  # name of an earlier doc of the population: cells only grew
    unchanged_since: str | None = None  # ... and here: the same cases, unchanged


@dataclass(frozen=True)
class Finding:
    what: str
    low: int
    high: int


def cells_of(doc: dict) -> dict[tuple[str, str], int | None]:
    out: dict[tuple[str, str], int | None] = {}
    for name, entry in doc["totals"].items():
        out[("totals", name)] = entry["count"]
    for table, rows in doc["tables"].items():
        for row in rows:
            code = row["code"] if "code" in row else f"{row['role']}|{row['behaviour']}"
            out[(table, code)] = row["count"]
    for name, entry in doc["aftercare"].items():
        out[("aftercare", name)] = entry["count"]
    return out


class Attacker:
    def __init__(self) -> None:
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.rows: list[tuple[dict[int, float], float, float]] = []
        self.var: dict[tuple[str, tuple[str, str]], int] = {}
        self.k = 5
        self.targets: list[tuple[str, dict[int, float], str]] = []  # (label, form, kind)

    def new(self, key: tuple, lo: float, hi: float) -> int:
        self.lo.append(lo)
        self.hi.append(hi)
        self.var[key] = len(self.lo) - 1
        return len(self.lo) - 1

    def row(self, form: dict[int, float], lo: float, hi: float) -> None:
        self.rows.append((form, lo, hi))

    # -- knowledge of one report --------------------------------------------------------------------------
    def add_block(
        self,
        name: str,
        cells: dict[tuple[str, str], int | None],
        k: int,
        rules: list[str],
        known: bool = True,
    ) -> None:
        """A report's cells (`known`: published; otherwise an unseen block, e.g. one advisor's bundle)."""
        withheld = {r.split()[1] for r in rules if r.startswith("table ") and "fewer than" in r}
        few = any(r.startswith("fewer than") for r in rules)
        for cell, value in cells.items():
            if known and value is not None:
                self.new((name, cell), value, value)
            elif not known:
                self.new((name, cell), 0, np.inf)
            elif few or cell[0] in withheld:
                self.new((name, cell), 0, k - 1)
            elif cell[0] == "grounds" and any("grounds withheld" in r for r in rules):
                self.new((name, cell), 0, np.inf)
            elif cell[0] == "unit" and cell[1] != "other-units":
                self.new((name, cell), k, np.inf)
            else:
                self.new((name, cell), 1, np.inf)
            if known and value is None and not few and cell[0] not in withheld:
                self.targets.append((f"{name}:{cell[0]}/{cell[1]}", {self.var[(name, cell)]: 1}, "cell"))
        v = {c: self.var[(name, c)] for c in cells}
        new, carried = v[("totals", "new_cases")], v[("totals", "carried_over")]
        if known and few:
            self.row({new: 1, carried: 1}, 1, k - 1)
        for table in SINGLE:
            form = {v[c]: 1 for c in cells if c[0] == table}
            if form:
                form[new] = form.get(new, 0) - 1
                form[carried] = form.get(carried, 0) - 1
                self.row(form, 0, 0)
        quarters = {v[c]: 1 for c in cells if c[0] == "quarter" and c[1] != "earlier"}
        if quarters:
            self.row({**quarters, new: -1}, 0, 0)
            self.row({v[("quarter", "earlier")]: 1, carried: -1}, 0, 0)
        for c in cells:
            if c[0] in MULTI:
                self.row({v[c]: 1, new: -1, carried: -1}, -np.inf, 0)
        behaviours = [c for c in cells if c[0] == "behaviour"]
        self.row({**{v[b]: 1 for b in behaviours}, new: -1, carried: -1}, 0, np.inf)
        disc = v.get(("behaviour", "discrimination"))
        for c in cells:
            if c[0] == "grounds" and disc is not None:
                self.row({v[c]: 1, disc: -1}, -np.inf, 0)
            if c[0] == "role_x_behaviour":
                role, _behaviour = c[1].split("|")
                if ("role", role) in v:
                    self.row({v[c]: 1, v[("role", role)]: -1}, -np.inf, 0)
        for b in behaviours:
            column = {v[c]: 1 for c in cells if c[0] == "role_x_behaviour" and c[1].split("|")[1] == b[1]}
            if column:
                self.row({**column, v[b]: -1}, 0, 0)
        self.row({v[("aftercare", "done_on_time")]: 1, v[("aftercare", "due")]: -1}, -np.inf, 0)

    # -- the whole family ---------------------------------------------------------------------------------
    def load(self, docs: list[Doc]) -> None:
        self.k = docs[0].doc["k"]
        by_name = {d.name: d for d in docs}
        for d in docs:
            self.add_block(d.name, cells_of(d.doc), d.doc["k"], d.doc["rules"])
        # editions / bundles of one population and year: the difference is a group of cases
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if a.population == b.population and a.doc["year"] == b.doc["year"]:
                    self.diff_groups(a.name, b.name, cells_of(a.doc), cells_of(b.doc))
        for d in docs:
            for since, high in ((d.only_added_since, np.inf), (d.unchanged_since, 0)):
                if since is None:
                    continue
                a = by_name[since]
                for cell in cells_of(d.doc):
                    if (a.name, cell) in self.var and cell[0] != "unit":
                        self.row({self.var[(d.name, cell)]: 1, self.var[(a.name, cell)]: -1}, 0, high)
        for a in docs:
            for b in docs:
                if a.population == b.population and b.doc["year"] == a.doc["year"] + 1:
                    self.carried_link(a.name, b.name, cells_of(a.doc), cells_of(b.doc))
        for d in docs:
            if d.parts:
                self.merge(d, [x for x in docs if x.population in d.parts and x.doc["year"] == d.doc["year"]])

    def diff_groups(self, a: str, b: str, ca: dict, cb: dict) -> None:
        for cell in ca:
            if cell in cb and cell[0] != "unit":
                form = {self.var[(b, cell)]: 1, self.var[(a, cell)]: -1}
                self.targets.append((f"{b}-{a}:{cell[0]}/{cell[1]}", form, "group"))

    def carried_link(self, a: str, b: str, ca: dict, cb: dict) -> None:
        for table in ("role", "relation", "hierarchical", "setting", "channel"):
            aux = []
            for cell in cb:
                if cell[0] != table:
                    continue
                j = self.new((f"{b}/carried", cell), 0, np.inf)
                aux.append(j)
                self.row({j: 1, self.var[(b, cell)]: -1}, -np.inf, 0)
                if (a, cell) in self.var:
                    self.row({j: 1, self.var[(a, cell)]: -1}, -np.inf, 0)
                else:
                    self.row({j: 1}, 0, 0)
            if aux:
                self.row({**{j: 1 for j in aux}, self.var[(b, ("totals", "carried_over"))]: -1}, 0, 0)

    def merge(self, merged: Doc, own_reports: list[Doc]) -> None:
        """One unseen block per part population; equal to that advisor's own report where one exists."""
        cells = cells_of(merged.doc)
        blocks = {}
        for population in merged.parts:
            name = f"{merged.name}/{population}"
            self.add_block(name, {c: None for c in cells}, self.k, [], known=False)
            blocks[population] = name
            for cell in cells:
                if cell[0] != "unit":
                    self.targets.append((f"{name}:{cell[0]}/{cell[1]}", {self.var[(name, cell)]: 1}, "group"))
        for report in own_reports:
            name = blocks[report.population]
            for cell, _value in cells_of(report.doc).items():
                if (name, cell) in self.var and cell[0] != "unit":
                    self.row({self.var[(name, cell)]: 1, self.var[(report.name, cell)]: -1}, 0, 0)
        for cell in cells:
            if cell[0] == "unit":
                continue
            form = {self.var[(merged.name, cell)]: 1.0}
            if cell == ("totals", "contact_hours"):  # each advisor's hours are rounded: off by < 1 each
                for name in blocks.values():
                    form[self.var[(name, cell)]] = -1.0
                self.row(form, -len(blocks), len(blocks))
                continue
            for name in blocks.values():
                form[self.var[(name, cell)]] = -1.0
            self.row(form, 0, 0)

    # -- solving --------------------------------------------------------------------------------------
    def _constraints(self) -> LinearConstraint:
        if getattr(self, "_built", None) is None:
            matrix = lil_matrix((len(self.rows), len(self.lo)))
            lo = np.empty(len(self.rows))
            hi = np.empty(len(self.rows))
            for i, (f, a, b) in enumerate(self.rows):
                for j, c in f.items():
                    matrix[i, j] = c
                lo[i], hi[i] = a, b
            self._built = LinearConstraint(matrix.tocsr(), lo, hi)
        return self._built

    def _bound(self, form: dict[int, float], sense: float, presolve: bool = True) -> float | None:
        n = len(self.lo)
        cost = np.zeros(n)
        for j, c in form.items():
            cost[j] = sense * c
        res = milp(
            cost,
            constraints=self._constraints(),
            integrality=np.ones(n),
            bounds=Bounds(np.array(self.lo), np.array(self.hi)),
            options={"time_limit": 30, "presolve": presolve},
        )
        if res.status == 0:
            return sense * res.fun
        assert self._feasible(), f"attacker model infeasible: {res.message}"
        return None  # feasible but no optimum: unbounded in this direction

    def _feasible(self) -> bool:
        n = len(self.lo)
        res = milp(
            np.zeros(n),
            constraints=self._constraints(),
            integrality=np.ones(n),
            bounds=Bounds(np.array(self.lo), np.array(self.hi)),
        )
        return res.status == 0

    def findings(self) -> list[Finding]:
        """Every target pinned or proven within 1..k-1 (groups: either sign)."""
        out = []
        for label, form, kind in self.targets:
            if all(self.lo[j] == self.hi[j] for j in form):
                value = sum(c * self.lo[j] for j, c in form.items())
                low = high = round(value)
            else:
                low, high = self._range(form, presolve=True)
                if self._finding(low, high, kind):
                    # confirmed without presolve: scipy 1.17's HiGHS presolve once reported a finite
                    # "optimal" maximum (2) for an unbounded count, which read as a leak that was not there
                    low, high = self._range(form, presolve=False)
            if self._finding(low, high, kind):
                out.append(Finding(label, low, high))
        return out

    def _range(self, form: dict[int, float], *, presolve: bool) -> tuple[int, int]:
        low_f = self._bound(form, 1.0, presolve)
        high_f = self._bound(form, -1.0, presolve)
        low = round(low_f) if low_f is not None else -(10**9)
        high = round(high_f) if high_f is not None else 10**9
        return low, high

    def _finding(self, low: int, high: int, kind: str) -> bool:
        k = self.k
        small = low >= 1 and high <= k - 1
        negative_small = -(k - 1) <= low and high <= -1
        pinned = kind == "cell" and low == high
        return small or negative_small or pinned


def attack(docs: list[Doc]) -> list[Finding]:
    attacker = Attacker()
    attacker.load(docs)
    return attacker.findings()
