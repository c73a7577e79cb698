"""Per-year records: narrative, finalised editions, and what disclosure control must protect."""

from __future__ import annotations

from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository


def _record(year: int, kind: str = "report", edition: str = "") -> dict:
    return {
        "format": "vertrouwenspersoon-publication",
        "kind": kind,
        "year": year,
        "edition": edition,
        "document": {"year": year, "edition": edition} if kind == "report" else None,
    }


def test_the_ledger_a_year_is_protected_against_is_that_year_and_its_neighbours(new_vault: Vault) -> None:
    years = YearRepository(new_vault)
    assert years.ledger_around(2026) == []
    for year, edition in (
        (2024, "a"),
        (2025, "a"),
        (2026, "first"),
        (2026, "second"),
        (2027, "a"),
        (2028, "a"),
    ):
        years.record_publication(_record(year, edition=edition))
    years.record_publication(_record(2026, kind="bundle"))
    around = years.ledger_around(2026)
    assert [(r["year"], r["edition"], r["kind"]) for r in around] == [
        (2025, "a", "report"),
        (2026, "first", "report"),
        (2026, "second", "report"),
        (2027, "a", "report"),
        (2026, "", "bundle"),
    ]
    assert [e.action for e in new_vault.audit.events()][-1] == "publication.record"


def test_trend_documents_are_earlier_years_only_finalised_first_then_the_ledger(new_vault: Vault) -> None:
    years = YearRepository(new_vault)
    years.finalise(2023, {"year": 2023, "edition": "finalised before the ledger"})
    years.record_publication(_record(2024, edition="draft"))
    years.record_publication(_record(2024, edition="final"))
    years.record_publication(_record(2026, edition="this year"))
    years.finalise(2027, {"year": 2027})
    assert years.trend_documents(2026) == [
        {"year": 2023, "edition": "finalised before the ledger"},
        {"year": 2024, "edition": "draft"},
        {"year": 2024, "edition": "final"},
    ]
    assert years.finalised() == {2023, 2027}
    assert years.finalised_on(2027) == new_vault.now().date()


def test_narrative_is_kept_per_year(new_vault: Vault) -> None:
    years = YearRepository(new_vault)
    years.set_narrative(2025, "Signalen: meer meldingen over werkdruk.")
    assert years.narrative(2025) == "Signalen: meer meldingen over werkdruk."
    assert years.narrative(2024) == ""
    assert [e.action for e in new_vault.audit.events()][-1] == "narrative.update"
