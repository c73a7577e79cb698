"""Per-year records: the advisor's narrative and the finalised (published) annual figures.

A finalised year is what the retention rule waits for, and its published JSON is what the next
year's disclosure control must not let anyone subtract from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from vertrouwenspersoon.store.vault import Vault


def advisor_id(vault: Vault) -> str:
    """Who this vault's figures belong to: the same id its statistics bundles and ledger records carry."""
    return vault.get_meta("advisor_id") or vault.vault_id


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

    def record_publication(self, record: dict[str, Any]) -> None:
        """Add one publication to the ledger (before its file is written: a failed write over-counts,
        which only ever protects more)."""
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT INTO publications (year, kind, published_at, record) VALUES (?, ?, ?, ?)",
                (
                    int(record["year"]),
                    str(record["kind"]),
                    self.vault.now().isoformat(timespec="seconds"),
                    json.dumps(record, sort_keys=True, separators=(",", ":")),
                ),
            )
            self.vault.audit.record("publication.record", "year", str(record["year"]))

    def ledger(self, years: Iterable[int]) -> list[dict[str, Any]]:
        """Ledger records of the given years, oldest first."""
        wanted = sorted(set(years))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.vault.conn.execute(
            f"SELECT record FROM publications WHERE year IN ({marks}) ORDER BY id", wanted
        )
        return [json.loads(r[0]) for r in rows]

    def ledger_around(self, year: int) -> list[dict[str, Any]]:
        """What a publication of `year` must be protected against: every publication of that year and of
        the years before and after it (carried-over cases link consecutive years)."""
        return self.ledger((year - 1, year, year + 1))

    def trend_documents(self, year: int) -> list[dict[str, Any]]:
        """Earlier years as they were published: finalised years, then every report in the ledger."""
        docs = self.published_before(year)
        rows = self.vault.conn.execute(
            "SELECT record FROM publications WHERE year < ? AND kind = 'report' ORDER BY id", (year,)
        )
        for (text,) in rows:
            document = json.loads(text).get("document")
            if document:
                docs.append(document)
        return docs
