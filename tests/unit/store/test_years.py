"""Per-year records: narrative, finalised editions, and what disclosure control must protect."""

from __future__ import annotations

from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository


def test_editions_to_protect_are_earlier_years_then_an_earlier_edition_of_the_same_year(
    new_vault: Vault,
) -> None:
    years = YearRepository(new_vault)
    assert years.editions_to_protect(2026) == []
    years.finalise(2024, {"year": 2024, "edition": "a"})
    years.finalise(2027, {"year": 2027})
    assert years.editions_to_protect(2026) == [{"year": 2024, "edition": "a"}]  # never a later year
    years.finalise(2026, {"year": 2026, "edition": "first"})
    assert years.editions_to_protect(2026) == [
        {"year": 2024, "edition": "a"},
        {"year": 2026, "edition": "first"},
    ]
    assert years.finalised() == {2024, 2026, 2027}
    assert years.finalised_on(2026) == new_vault.now().date()


def test_narrative_is_kept_per_year(new_vault: Vault) -> None:
    years = YearRepository(new_vault)
    years.set_narrative(2025, "Signalen: meer meldingen over werkdruk.")
    assert years.narrative(2025) == "Signalen: meer meldingen over werkdruk."
    assert years.narrative(2024) == ""
    assert [e.action for e in new_vault.audit.events()][-1] == "narrative.update"
