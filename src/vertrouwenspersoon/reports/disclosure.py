"""Disclosure control of one publication: small units merged, primary and secondary suppression, audited.

Order of work (every published table, DESIGN.md "Annual report and statistics"; the attacker model is in
`attack_model.py` and docs/disclosure-model.md):
1. k below 3 is refused (policy default 5).
2. Fewer than k cases in the year in total: every figure is withheld; the report says "fewer than k".
3. Units with fewer than k cases are merged into "other-units".
4. Tables withheld whole: outcome and referral when fewer than k cases have one (the report says so), and
   grounds whenever behaviour[discrimination] is hidden (so withholding reveals nothing new).
5. Primary suppression: every count 1..k-1.
6. Secondary suppression (`protection.Protector`): the cheapest extra cells such that every hidden cell of
   this and every earlier publication in the ledger, and every group a difference of publications defines,
   has an exactly checked integer witness: it is neither pinned nor provably in 1..k-1.
7. The audit repeats the witness check on the final pattern, from scratch, before anything is written.
Zeros are always published, so a hidden cell is known to be at least 1 (the model assumes so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError, VpError
from vertrouwenspersoon.reports.attack_model import CellId, Item, Publication, build_model
from vertrouwenspersoon.reports.milp import satisfies
from vertrouwenspersoon.reports.protection import Protector
from vertrouwenspersoon.reports.statistics import YearFigures

MIN_K = 3
DEFAULT_K = 5
OTHER_UNITS = "other-units"
# Information loss of hiding a cell: the cases a reader no longer sees, plus one for the cell itself.
# The year's totals are what a board reads first: they are hidden only when nothing else can protect.
_TOTAL_WEIGHT = 40.0

messages.register(
    {
        "report.k_too_low": (
            "De drempel k={k} is te laag; het jaarverslag gebruikt minstens k=3.",
            "The threshold k={k} is too low; the annual report uses at least k=3.",
        ),
        "report.unsafe": (
            "Het jaarverslag wordt niet gemaakt: de controle vond een cel die te herleiden is ({table}).",
            "The annual report was not made: the check found a cell that could be recovered ({table}).",
        ),
    }
)


class DisclosureError(VpError):
    """Publishing would reveal a small count; nothing is written."""

    exit_code = 2


@dataclass
class Protected:
    """The outcome of disclosure control: which cells are published, and why the others are not."""

    k: int
    values: dict[CellId, int]
    suppressed: set[CellId] = field(default_factory=set)
    primary: set[CellId] = field(default_factory=set)
    withheld_tables: set[str] = field(default_factory=set)
    fewer_than_k: bool = False
    flags: dict[str, bool] = field(default_factory=dict)
    exposed_before: list[Item] = field(default_factory=list)
    publication: Publication | None = None
    others: list[Publication] = field(default_factory=list)
    witnesses: list[list[int]] = field(default_factory=list)  # the proofs, re-checked by `audit`
    # the model protection ended with (the audit re-checks against it; building it again gave the same
    # programme at ~0.15 s a merged year)
    protector: Protector | None = None

    @property
    def published(self) -> dict[CellId, int | None]:
        return {cell: None if cell in self.suppressed else value for cell, value in self.values.items()}

    @property
    def withheld(self) -> set[CellId]:
        return {c for c in self.suppressed if c[0] in self.withheld_tables}

    @property
    def secondary(self) -> set[CellId]:
        return self.suppressed - self.primary - self.withheld

    def loss(self) -> dict[str, dict[str, int]]:
        """Per table: cells and cases hidden, split by reason (small / protecting / withheld)."""
        out: dict[str, dict[str, int]] = {}
        for cell in self.suppressed:
            entry = out.setdefault(
                cell[0], {"cells": 0, "cases": 0, "small": 0, "protecting": 0, "withheld": 0}
            )
            entry["cells"] += 1
            entry["cases"] += self.values[cell]
            reason = (
                "withheld" if cell in self.withheld else ("small" if cell in self.primary else "protecting")
            )
            entry[reason] += 1
        return dict(sorted(out.items()))


def check_k(k: int) -> None:
    if type(k) is not int or k < MIN_K:
        raise BadInputError("report.k_too_low", k=k)


def merge_small_units(units: dict[str, int], k: int) -> dict[str, int]:
    """Units with 1..k-1 cases go into "other-units" (zero-count units are not listed at all)."""
    merged: dict[str, int] = {}
    other = 0
    for name, count in units.items():
        if count >= k and name != OTHER_UNITS:
            merged[name] = count
        else:
            other += count
    if other:
        merged[OTHER_UNITS] = other
    return merged


def cell_values(fig: YearFigures, k: int) -> dict[CellId, int]:
    """Every publishable figure as a cell, units already merged."""
    values: dict[CellId, int] = {
        ("totals", "new_cases"): fig.new_cases,
        ("totals", "carried_over"): fig.carried_over,
        ("totals", "contacts"): fig.contacts,
        ("totals", "contact_hours"): fig.contact_hours,
    }
    for name, rows in fig.tables.items():
        if name == "unit":
            rows = merge_small_units(rows, k)
        for code, count in rows.items():
            values[(name, code)] = count
    values[("aftercare", "due")] = fig.aftercare_due
    values[("aftercare", "done_on_time")] = fig.aftercare_done_on_time
    return values


def cost(values: dict[CellId, int]) -> Callable[[CellId], float]:
    def of(cell: CellId) -> float:
        weight = _TOTAL_WEIGHT if cell[0] == "totals" else 1.0
        return weight * (values[cell] + 1)

    return of


def _withheld_tables(fig: YearFigures, k: int) -> set[str]:
    return {name for name in ("outcome", "referral") if 0 < fig.groups.get(name, 0) < k}


def protect(
    fig: YearFigures,
    k: int = DEFAULT_K,
    others: Iterable[Publication] = (),
    *,
    population: str = "vault",
    key: str = "current",
    carried: dict[CellId, int] | None = None,
    parts: tuple[str, ...] = (),
    on_progress: Callable[[int], None] | None = None,
) -> Protected:
    """Decide what is published, against everything in `others` (the ledger). Raises BadInputError for
    k < 3; DisclosureError if no safe pattern exists."""
    check_k(k)
    values = cell_values(fig, k)
    others = list(others)
    result = Protected(k=k, values=values, flags=dict(fig.flags), others=others)
    # cells in the order the figures come in. Sorting them canonically (so that equal-cost choices never
    # depend on that order) was tried and measured: it changes which LP vertices HiGHS finds and made the
    # 50x5 merge 5 s -> 9 s. Both choices of a tie are safe; determinism across input orders is not bought.
    pub = Publication(
        key,
        population,
        fig.year,
        k,
        values,
        flags=dict(fig.flags),
        carried=carried,
        parts=parts,
    )
    result.publication = pub
    if 0 < fig.cases < k:
        result.fewer_than_k = True
        result.suppressed = set(values)
        result.withheld_tables = {cell[0] for cell in values if cell[0] not in ("totals", "aftercare")}
        pub.fewer_than_k = True
        pub.hidden = set(values)
        pub.withheld = set(values)
        return result
    result.withheld_tables = _withheld_tables(fig, k)
    for cell, value in values.items():
        if cell[0] in result.withheld_tables:
            result.suppressed.add(cell)
        elif 0 < value < k:
            result.primary.add(cell)
            result.suppressed.add(cell)
    grounds = {c for c in values if c[0] == "grounds"}
    if ("behaviour", "discrimination") in result.suppressed:
        result.withheld_tables.add("grounds")
        result.suppressed |= grounds
    pool: list[list[int]] = []
    for _ in range(3):  # grounds follow discrimination; hiding them never unhides anything
        _mark_withheld(pub, result)
        model = build_model(pub, others)
        protector = Protector(model, cost(values))
        protector.pool = pool  # withholding grounds only loosens the model: every witness stays one
        outcome = protector.run(result.suppressed, on_progress)
        pool = protector.pool
        result.suppressed = outcome.hidden
        result.exposed_before = outcome.exposed_before
        result.witnesses = protector.pool
        result.protector = protector
        if ("behaviour", "discrimination") in result.suppressed and "grounds" not in result.withheld_tables:
            result.withheld_tables.add("grounds")
            result.suppressed |= grounds
            continue
        break
    pub.hidden = set(result.suppressed)
    _mark_withheld(pub, result)
    return result


def _mark_withheld(pub: Publication, result: Protected) -> None:
    small = result.withheld_tables - {"grounds"}
    pub.withheld = {c for c in result.values if c[0] in small}
    pub.blanket = frozenset(result.withheld_tables & {"grounds"})


def audit(result: Protected) -> None:
    """The final check before anything is written, every witness re-checked in integers against the final
    pattern: raises DisclosureError when a published count lies in 1..k-1 or any protected item lacks a
    witness (items exposed by earlier publications alone excepted: nothing this publication hides could
    protect them)."""
    if result.fewer_than_k:
        if any(v is not None for v in result.published.values()):
            raise DisclosureError("report.unsafe", table="totals")
        return
    for cell, value in result.published.items():
        if value is not None and 0 < value < result.k:
            raise DisclosureError("report.unsafe", table=cell[0])
    pub = result.publication
    assert pub is not None
    protector = result.protector or Protector(build_model(pub, result.others), cost(result.values))
    # The witnesses found while protecting are re-checked here in integers against the model and the
    # final pattern; only an item none of them proves goes back to the solver.
    program = protector.program_for(result.suppressed)
    protector.pool = [
        w for w in result.witnesses if len(w) == program.n and satisfies(program, w, variables=program.n)
    ]
    known = {(it.publication, it.cell, it.kind) for it in result.exposed_before}
    items = [
        it for it in protector.items_for(result.suppressed) if (it.publication, it.cell, it.kind) not in known
    ]
    failing = protector.uncertified(result.suppressed, items)
    if failing:
        raise DisclosureError("report.unsafe", table=failing[0].cell[0])
