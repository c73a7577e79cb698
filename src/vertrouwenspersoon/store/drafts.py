"""Unsaved text, kept inside the vault while it is typed, so no lock, quit or crash loses a word.

A *place* names where the text was typed ("case/12/notes", "report/2025/narrative"); a case's places carry
its id so its drafts leave with its personal part. Drafts are not audited (they are not case data yet) and
never appear in exports or reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from vertrouwenspersoon.store.vault import Vault


@dataclass(frozen=True)
class Draft:
    place: str
    case_id: int | None
    text: str
    saved_at: str


def case_place(case_id: int, what: str) -> str:
    return f"case/{case_id}/{what}"


class DraftStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def keep(self, place: str, text: str, case_id: int | None = None) -> None:
        """Store the text typed at `place` (empty text removes the draft)."""
        if not text:
            self.discard(place)
            return
        at = self.vault.now().isoformat(timespec="seconds")
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (place, case_id, text, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (place) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
                (place, case_id, text, at),
            )

    def get(self, place: str) -> Draft | None:
        row = self.vault.conn.execute(
            "SELECT place, case_id, text, saved_at FROM drafts WHERE place = ?", (place,)
        ).fetchone()
        return Draft(*row) if row else None

    def discard(self, place: str) -> None:
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE place = ?", (place,))

    def all(self) -> list[Draft]:
        rows = self.vault.conn.execute(
            "SELECT place, case_id, text, saved_at FROM drafts ORDER BY saved_at DESC, place"
        )
        return [Draft(*row) for row in rows]

    def discard_case(self, case_id: int) -> None:
        """Inside the caller's transaction: a purged case's unsaved text goes with its personal part."""
        self.vault.conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))
