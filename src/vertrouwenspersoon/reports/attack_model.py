"""The attacker's knowledge as one integer programme over every publication they hold.

docs/disclosure-model.md states each relation and the test that attacks it. In short, one variable per cell of
every publication (the report being made, every earlier report and bundle in the ledger, and for a merge one
block per advisor), and:
- within a publication: every exact relation of `relations.py` (CONTRACT.md's definitions); published cells
  are fixed; a hidden cell is >= 1 (zeros are always published), a listed unit >= k (smaller units are merged);
  a table withheld because fewer than k cases have an answer, or a whole report of fewer than k cases, is known
  to be below k;
- two publications of one population and year (two editions, or an advisor's report and the bundle made
  later): nothing links them except that both are true — the cases added, closed or edited in between are a
  group, and its count in every cell (the difference of the two cells) is protected like a cell. When every
  difference is >= 0, the attacker may assume cases were only added, and when every difference is 0 that
  nothing changed; both are modelled;
- consecutive years of one population: the carried-over cases of year Y+1 were in year Y's figures, so their
  breakdown (unknown to the attacker, a variable per cell) is at most Y's cell and at most Y+1's cell, and adds
  up to Y+1's carried-over count — used when the data satisfy it;
- a merge: every merged cell is the sum of the advisors' cells (units excepted, they are merged per report).
Every variable has a true value; a relation that the true values do not satisfy is never added (an edit since
an earlier publication can break a cross-publication link), so the truth is always a solution.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from vertrouwenspersoon.reports.milp import Program, Row
from vertrouwenspersoon.reports.relations import CellId, build_relations

OTHER_UNITS = "other-units"
_CARRIED_TABLES = ("role", "relation", "hierarchical", "setting", "channel")
_NOT_CASES = {
    ("totals", "contacts"),
    ("totals", "contact_hours"),
    ("aftercare", "due"),
    ("aftercare", "done_on_time"),
}


@dataclass
class Publication:
    """One block of the attacker's model. `virtual`: nothing of it is published (an advisor's exact bundle
    inside a merge); its cells are protected as groups."""

    key: str
    population: str
    year: int
    k: int
    truth: dict[CellId, int]
    hidden: set[CellId] = field(default_factory=set)
    flags: dict[str, bool] = field(default_factory=dict)
    withheld: set[CellId] = field(default_factory=set)
    fewer_than_k: bool = False
    carried: dict[CellId, int] | None = None
    parts: tuple[str, ...] = ()  # for a merge: the keys of the advisors' blocks it sums
    virtual: bool = False
    # tables withheld whole without any knowledge of their size (grounds when discrimination is hidden):
    # their zeros are hidden too
    blanket: frozenset[str] = frozenset()

    def cases(self) -> int:
        return self.truth.get(("totals", "new_cases"), 0) + self.truth.get(("totals", "carried_over"), 0)


@dataclass(frozen=True)
class Item:
    """A quantity the attacker must not learn: a linear form over the variables, its true value, and the
    ranges any one of which a witness must reach to show it is not pinned / not proven small."""

    coeffs: tuple[tuple[int, int], ...]
    truth: int
    sides: tuple[tuple[int | None, int | None], ...]
    publication: str
    cell: CellId
    kind: str  # "cell" or "group"

    @property
    def key(self) -> tuple:
        return (self.publication, self.cell, self.kind, self.coeffs)

    def reached_by(self, x: list[int]) -> bool:
        """Whether the integer point `x` puts this item in one of its allowed ranges (x is a witness)."""
        value = sum(c * x[j] for j, c in self.coeffs)
        return any((lo is None or value >= lo) and (hi is None or value <= hi) for lo, hi in self.sides)


def cell_sides(truth: int, k: int) -> tuple[tuple[int | None, int | None], ...]:
    """A hidden cell: if small, some solution must reach k; if not, some solution must differ from it."""
    if truth < k:
        return ((k, None),)
    return ((truth + 1, None), (None, truth - 1))


def hidden_sides(pub: Publication, cell: CellId, truth: int) -> tuple[tuple[int | None, int | None], ...]:
    """What a witness must show for a hidden cell of `pub`. A report of fewer than k cases says so, but never
    which of its cells hold anyone: a witness must be able to put each at 0 (this is what keeps an advisor
    below k safe inside a merge). Cells of a table withheld for fewer than k answers are exempt."""
    if pub.fewer_than_k:
        return ((None, 0),) if truth > 0 else ()
    if cell in pub.withheld:
        return ()
    if cell[0] in pub.blanket:
        return ((1, None),) if truth == 0 else group_sides(truth, pub.k) or cell_sides(truth, pub.k)
    return cell_sides(truth, pub.k)


def group_sides(truth: int, k: int) -> tuple[tuple[int | None, int | None], ...]:
    """A group a difference defines: it must not be proven to hold 1..k-1 cases (either sign)."""
    if 0 < truth < k:
        return ((k, None), (None, 0))
    if -k < truth < 0:
        return ((None, -k), (0, None))
    return ()


class AttackModel:
    """Variables, rows and items; `current` names the publication being decided (its cells may change)."""

    def __init__(self, current: str) -> None:
        self.current = current
        self.program = Program([], [])
        self.truth: list[int] = []
        self.index: dict[tuple[str, CellId], int] = {}
        self.items: list[Item] = []
        self.publications: dict[str, Publication] = {}
        self.dropped: list[str] = []

    def var(self, key: tuple[str, CellId], truth: int, lo: int, hi: int | None) -> int:
        j = self.program.add_var(lo, hi)
        self.truth.append(truth)
        self.index[key] = j
        return j

    def add_row(self, coeffs: dict[int, int], lo: int | None, hi: int | None, why: str) -> None:
        total = sum(c * self.truth[j] for j, c in coeffs.items())
        if (lo is not None and total < lo) or (hi is not None and total > hi):
            self.dropped.append(why)  # the true figures break it: not a fact, never added
            return
        self.program.rows.append(Row(coeffs, lo, hi))

    def cell_var(self, pub: str, cell: CellId) -> int | None:
        return self.index.get((pub, cell))

    # -- one publication -------------------------------------------------------------------------------
    def add_publication(self, pub: Publication) -> None:
        self.publications[pub.key] = pub
        # Witnesses are looked for below a cap (a restriction only ever protects more): a count of cases
        # never exceeds the cases counted; contacts and hours are not cases and get a wide cap of their own.
        # A tight cap keeps the cover MIPs' big-M small, which is most of their speed.
        case_cap = pub.cases() + 2 * pub.k
        for cell, value in pub.truth.items():
            cap = 2 * value + 4 * pub.k + 10 if cell in _NOT_CASES else max(case_cap, value + pub.k)
            known_small = pub.fewer_than_k or cell in pub.withheld
            if pub.virtual or cell in pub.hidden or pub.key == self.current:
                if known_small:
                    lo, hi = 0, pub.k - 1
                elif pub.virtual or cell[0] in pub.blanket:
                    lo, hi = 0, cap
                elif value == 0:
                    lo, hi = 0, 0  # zeros are always published; a current zero stays fixed
                else:
                    lo = pub.k if cell[0] == "unit" and cell[1] != OTHER_UNITS else 1
                    hi = cap
                self.var((pub.key, cell), value, min(lo, value), hi)
            else:
                self.var((pub.key, cell), value, value, value)
        for rel in _relations(frozenset(pub.truth), tuple(sorted(pub.flags.items()))):
            coeffs: dict[int, int] = {}
            for cell, c in rel.terms:
                j = self.index[(pub.key, cell)]
                coeffs[j] = coeffs.get(j, 0) + c
            lo = rel.rhs if rel.op in ("==", ">=") else None
            hi = rel.rhs if rel.op in ("==", "<=") else None
            self.add_row(coeffs, lo, hi, f"{pub.key}: {rel.why}")
        if pub.fewer_than_k and pub.cases() > 0:
            self.add_row(
                {
                    self.index[(pub.key, ("totals", "new_cases"))]: 1,
                    self.index[(pub.key, ("totals", "carried_over"))]: 1,
                },
                1,
                pub.k - 1,
                f"{pub.key}: fewer than k cases",
            )
        for cell, value in pub.truth.items():
            j = self.index[(pub.key, cell)]
            if pub.virtual:
                sides = group_sides(value, pub.k)
                kind = "group"
            elif cell in pub.hidden and pub.key != self.current:
                sides = hidden_sides(pub, cell, value)
                kind = "cell"
            else:
                continue
            if sides:
                self.items.append(Item(((j, 1),), value, sides, pub.key, cell, kind))

    # -- links between publications ----------------------------------------------------------------------
    def link_editions(self, a: Publication, b: Publication) -> None:
        """Two true states of one population and year: their differences are protected groups."""
        common = [c for c in a.truth if c in b.truth and c[0] != "unit"]
        diffs = {c: b.truth[c] - a.truth[c] for c in common}
        only_added = all(d >= 0 for d in diffs.values())
        unchanged = all(d == 0 for d in diffs.values())
        k = min(a.k, b.k)
        for cell in common:
            ja, jb = self.index[(a.key, cell)], self.index[(b.key, cell)]
            if unchanged:  # the attacker may assume nothing changed in between: then the two are one
                self.add_row({jb: 1, ja: -1}, 0, 0, f"{a.key}->{b.key}: unchanged")
            elif only_added:
                self.add_row({jb: 1, ja: -1}, 0, None, f"{a.key}->{b.key}: only additions")
            sides = group_sides(diffs[cell], k)
            if sides and not (a.fewer_than_k and b.fewer_than_k):
                self.items.append(Item(((jb, 1), (ja, -1)), diffs[cell], sides, b.key, cell, "group"))

    def link_years(self, earlier: Publication, later: Publication) -> None:
        """Year Y and Y+1 of one population: Y+1's carried-over cases were in Y's figures."""
        if later.carried is None:
            return
        carried_total = self.index[(later.key, ("totals", "carried_over"))]
        for table in _CARRIED_TABLES:
            codes = [c for c in later.truth if c[0] == table]
            aux = []
            for cell in codes:
                truth = later.carried.get(cell, 0)
                j = self.var((f"{later.key}/carried", cell), truth, 0, later.truth[cell])
                aux.append(j)
                self.add_row({j: 1, self.index[(later.key, cell)]: -1}, None, 0, "carried within later")
                if (earlier.key, cell) in self.index:
                    self.add_row(
                        {j: 1, self.index[(earlier.key, cell)]: -1}, None, 0, f"{table}: carried were in Y"
                    )
                elif truth:
                    self.add_row({j: 1}, 0, 0, "carried code absent in Y")
            self.add_row({**dict.fromkeys(aux, 1), carried_total: -1}, 0, 0, f"{table}: carried sum")

    def link_merge(self, merged: Publication, parts: Iterable[Publication]) -> None:
        parts = list(parts)
        for cell in merged.truth:
            if cell[0] == "unit":
                continue
            coeffs = {self.index[(merged.key, cell)]: 1}
            for part in parts:
                j = self.index.get((part.key, cell))
                if j is not None:
                    coeffs[j] = coeffs.get(j, 0) - 1
            # contact hours are rounded per report: the merged figure is within one hour per part of the sum
            slack = len(parts) if cell == ("totals", "contact_hours") else 0
            self.add_row(coeffs, -slack, slack, f"merge sums {cell[0]}")


@lru_cache(maxsize=64)
def _relations(cells: frozenset[CellId], flags: tuple[tuple[str, bool], ...]) -> list:
    """The relations of one report's cells: a merge's 50 parts mostly share one set of cells."""
    return build_relations(set(cells), dict(flags))


def _linked(a: Publication, b: Publication) -> bool:
    """Whether the model joins two publications by a row (the links of `build_model`)."""
    if a.key in b.parts or b.key in a.parts:
        return True
    if a.population != b.population:
        return False
    if a.year == b.year:
        return True
    later = a if a.year > b.year else b
    return abs(a.year - b.year) == 1 and later.carried is not None


def _connected(current: Publication, others: list[Publication]) -> list[Publication]:
    """`current` and the publications joined to it through links: nothing else can constrain it, and
    nothing it publishes can change what the others give away (they were protected when published)."""
    keep = {current.key}
    frontier = [current]
    rest = list(others)
    while frontier:
        pub = frontier.pop()
        joined = [o for o in rest if _linked(pub, o)]
        rest = [o for o in rest if o not in joined]
        keep |= {o.key for o in joined}
        frontier += joined
    return [p for p in [*others, current] if p.key in keep]


def build_model(current: Publication, others: Iterable[Publication]) -> AttackModel:
    """The whole model: `current` plus every earlier publication; links follow from population and year."""
    model = AttackModel(current.key)
    pubs = _connected(current, list(others))
    for pub in pubs:
        model.add_publication(pub)
    by_population: dict[str, list[Publication]] = {}
    for pub in pubs:
        by_population.setdefault(pub.population, []).append(pub)
    for group in by_population.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.year == b.year:
                    model.link_editions(a, b)
                elif abs(a.year - b.year) == 1:
                    earlier, later = (a, b) if a.year < b.year else (b, a)
                    model.link_years(earlier, later)
    for pub in pubs:
        if pub.parts:
            parts = [p for p in pubs if p.key in pub.parts]
            model.link_merge(pub, parts)
    return model
