"""Per-year records: the advisor's narrative and the finalised (published) annual figures.

A finalised year is what the retention rule waits for, and its published JSON is what the next
year's disclosure control must not let anyone subtract from.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vertrouwenspersoon.store.vault import Vault


class YearRepository:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def narrative(self, year: int) -> str:
        row = self.vault.conn.execute("SELECT text FROM narratives WHERE year = ?", (year,)).fetchone()
        return str(row[0]) if row else ""

    def set_narrative(self, year: int, text: str) -> None:
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO narratives (year, text, updated_at) VALUES (?, ?, ?)",
                (year, text, self.vault.now().isoformat(timespec="seconds")),
            )
            self.vault.audit.record("narrative.update", "year", str(year))

    def finalise(self, year: int, published: dict[str, Any]) -> None:
        """Mark the year counted; `published` is the report JSON (figures only, no case text)."""
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO finalised_years (year, finalised_at, report_json) VALUES (?, ?, ?)",
                (year, self.vault.now().isoformat(timespec="seconds"), json.dumps(published, sort_keys=True)),
            )
            self.vault.audit.record("year.finalise", "year", str(year))

    def finalised_on(self, year: int) -> date | None:
        row = self.vault.conn.execute(
            "SELECT finalised_at FROM finalised_years WHERE year = ?", (year,)
        ).fetchone()
        return date.fromisoformat(str(row[0])[:10]) if row and row[0] else None

    def first_case_year(self) -> int | None:
        """The year the oldest case was opened (carried-over cases count in every year since)."""
        row = self.vault.conn.execute("SELECT min(opened_on) FROM cases").fetchone()
        return int(str(row[0])[:4]) if row and row[0] else None

    def finalised(self) -> set[int]:
        return {int(r[0]) for r in self.vault.conn.execute("SELECT year FROM finalised_years")}

    def published(self, year: int) -> dict[str, Any] | None:
        row = self.vault.conn.execute(
            "SELECT report_json FROM finalised_years WHERE year = ?", (year,)
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def published_before(self, year: int) -> list[dict[str, Any]]:
        rows = self.vault.conn.execute(
            "SELECT report_json FROM finalised_years WHERE year < ? AND report_json IS NOT NULL ORDER BY year",
            (year,),
        )
        return [json.loads(r[0]) for r in rows]

    def editions_to_protect(self, year: int) -> list[dict[str, Any]]:
        """What disclosure control must not let anyone subtract from: every earlier published
        year, plus an earlier edition of this same year if it was finalised before."""
        editions = self.published_before(year)
        earlier = self.published(year)
        if earlier:
            editions.append(earlier)
        return editions
