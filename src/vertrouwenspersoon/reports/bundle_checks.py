"""What a statistics bundle may hold: checked before a merge uses one figure of it (issue 17).

A bundle is sealed to the ombudsperson's *public* key, so anyone can make one; its figures are input like
any other file. `stats export` counts a real vault, so its figures satisfy every relation of CONTRACT.md
(`relations.build_relations`), use only the installation's codes, and list only the institution's units.
A bundle that does not is refused whole — a merge that quietly used an inconsistent part would publish
figures that are wrong and might re-identify, and free text in a category is an identity in a report.

Units are the institution's own list (setting `units`): at export a unit not on the list counts as
"unknown" (an older vault may hold free text), and a merge refuses a bundle that holds another one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vertrouwenspersoon import messages
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.reports.disclosure import cell_values
from vertrouwenspersoon.reports.relations import build_relations
from vertrouwenspersoon.reports.statistics import (
    MAX_MINUTES_PER_CONTACT,
    MULTI_TABLES,
    TABLES,
    YearFigures,
    rxb_key,
)
from vertrouwenspersoon.reports.taxonomy_codes import REPORT_TABLES, TAXONOMY_TABLES, WITH_UNKNOWN

UNKNOWN = "unknown"

messages.register(
    {
        "bundle.tables": (
            "{file} mist tabellen of bevat onbekende tabellen; zo'n bundel maakt dit programma niet. "
            "Vraag de vertrouwenspersoon om een nieuwe export.",
            "{file} lacks tables or holds unknown ones; this program makes no such bundle. "
            "Ask the advisor for a new export.",
        ),
        "bundle.unknown_code": (
            "{file} bevat in de tabel '{table}' een categorie die niet in de indeling van deze installatie "
            "staat. Controleer dat beide installaties hetzelfde beleid hebben en vraag om een nieuwe export.",
            "{file} holds a category in the table '{table}' that is not in this installation's taxonomy. "
            "Check that both installations have the same policy and ask for a new export.",
        ),
        "bundle.unit_not_listed": (
            "{file} bevat een eenheid die niet in de lijst met eenheden van de instelling staat "
            "(instelling 'units'). Controleer dat beide installaties dezelfde lijst hebben en vraag om een "
            "nieuwe export.",
            "{file} holds a unit that is not in the institution's list of units (setting 'units'). "
            "Check that both installations have the same list and ask for a new export.",
        ),
        "bundle.no_units_listed": (
            "{file} bevat eenheden, maar deze installatie heeft geen lijst met eenheden (instelling 'units'), "
            "dus elke eenheid kan vrije tekst zijn. Stel de lijst van de instelling in en voeg opnieuw samen.",
            "{file} holds units, but this installation has no list of units (setting 'units'), so any unit "
            "may be free text. Set the institution's list and merge again.",
        ),
        "bundle.inconsistent": (
            "{file} bevat cijfers die niet met elkaar kloppen (tabel '{table}'); een export van een kluis "
            "doet dat nooit. Vraag de vertrouwenspersoon om een nieuwe export.",
            "{file} holds figures that contradict each other (table '{table}'); an export of a vault never "
            "does. Ask the advisor for a new export.",
        ),
    }
)


class BundleProblem(ValueError):
    """Why a bundle's figures are refused: a message key and harmless params (never a code or a name)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class BundleCodes:
    """The codes a bundle of this installation may hold, per table; `units_listed` False: no list."""

    tables: Mapping[str, frozenset[str]]
    units_listed: bool

    @classmethod
    def of(cls, taxonomy: Taxonomy, units: Iterable[str]) -> BundleCodes:
        units = frozenset(units)
        tables: dict[str, frozenset[str]] = {}
        for table in TAXONOMY_TABLES:
            extra = {UNKNOWN} if table in WITH_UNKNOWN else set()
            tables[table] = frozenset(taxonomy.codes(table)) | extra
        for table, rows in REPORT_TABLES.items():
            if table != "unit":
                tables[table] = frozenset(code for code, _, _ in rows)
        tables["unit"] = units | {UNKNOWN}
        tables["role_x_behaviour"] = frozenset(
            rxb_key(role, behaviour) for role in tables["role"] for behaviour in tables["behaviour"]
        )
        return cls(tables, bool(units))

    @classmethod
    def installed(cls) -> BundleCodes:
        """This installation's taxonomy (default + policy extension) and list of units, from its settings.

        Imported here, not at the top: reports/ does not depend on the settings, only this default does,
        so that every caller (CLI and GUI) checks against the same lists without passing them."""
        from vertrouwenspersoon.app_context import taxonomy
        from vertrouwenspersoon.policy import load_settings

        settings = load_settings()
        return cls.of(taxonomy(settings), settings.get("units") or ())


def check_figures(fig: YearFigures, codes: BundleCodes) -> None:
    """Raise BundleProblem unless `fig` is what `stats export` of some vault could have written."""
    if set(fig.tables) != set(TABLES) or set(fig.groups) != set(MULTI_TABLES):
        raise BundleProblem("bundle.tables")
    for table, rows in fig.tables.items():
        unknown = set(rows) - codes.tables[table]
        if not unknown:
            continue
        if table != "unit":
            raise BundleProblem("bundle.unknown_code", table=table)
        if not codes.units_listed:
            raise BundleProblem("bundle.no_units_listed")
        raise BundleProblem("bundle.unit_not_listed")
    _check_relations(fig)


def _check_relations(fig: YearFigures) -> None:
    """The exact relations of CONTRACT.md, the groups' bounds and contact time per contact."""
    values = cell_values(fig, 1)  # k=1: every unit as it is
    for relation in build_relations(set(values), fig.flags):
        if not relation.holds(values):
            raise BundleProblem("bundle.inconsistent", table=relation.terms[0][0][0])
    for table in MULTI_TABLES:
        rows = fig.tables[table].values()
        if not max(rows, default=0) <= fig.groups[table] <= min(fig.cases, sum(rows)):
            raise BundleProblem("bundle.inconsistent", table=table)
    discrimination = fig.tables["behaviour"].get("discrimination", 0)
    if fig.groups["grounds"] > discrimination:
        raise BundleProblem("bundle.inconsistent", table="grounds")
    if fig.contact_minutes > fig.contacts * MAX_MINUTES_PER_CONTACT:
        raise BundleProblem("bundle.inconsistent", table="totals")


def listed_units_only(fig: YearFigures, units: Iterable[str]) -> YearFigures:
    """`fig` with every unit that is not on the institution's list counted as "unknown".

    A vault from before units were checked at entry may hold free text ("Team van Jan Jansen"); that must
    never leave the laptop. The unit table still sums to the cases, so the bundle stays consistent."""
    listed = frozenset(units)
    rows: dict[str, int] = {}
    for unit, count in fig.tables.get("unit", {}).items():
        name = unit if unit in listed else UNKNOWN
        rows[name] = rows.get(name, 0) + count
    return dataclasses.replace(fig, tables={**fig.tables, "unit": rows})
