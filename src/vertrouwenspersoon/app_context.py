"""Wiring the settings into the domain and the store, shared by the CLI and the GUI.

The taxonomy an institution sees is the default one extended by policy; deadlines follow the
holiday options of policy; the repository gets both.
"""

from __future__ import annotations

from functools import lru_cache

from vertrouwenspersoon.domain.holidays import HolidayRules
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir
from vertrouwenspersoon.policy import Settings, load_settings
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.vault import Vault


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return Taxonomy.from_file(resource_dir() / "taxonomy.json")


def taxonomy(settings: Settings) -> Taxonomy:
    """The default taxonomy, extended by policy, with the institution's list of units (none: no unit)."""
    extra = settings.get("extra_taxonomy")
    base = default_taxonomy().extended(extra) if extra else default_taxonomy()
    return base.with_units(tuple(settings.get("units") or ()))


def holiday_rules(settings: Settings) -> HolidayRules:
    return HolidayRules(
        good_friday=bool(settings.get("good_friday_holiday")),
        liberation_day=settings.get("liberation_day_rule"),
    )


def case_repository(vault: Vault, settings: Settings | None = None) -> CaseRepository:
    settings = settings or load_settings()
    return CaseRepository(vault, taxonomy(settings), holiday_rules(settings))
