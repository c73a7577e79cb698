"""Version 1: vault metadata and the hash-chained audit trail."""

from __future__ import annotations

DESCRIPTION = "vault metadata and audit trail"


def apply(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    conn.execute(
        """CREATE TABLE audit (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               action TEXT NOT NULL,
               object_type TEXT NOT NULL,
               object_id TEXT NOT NULL,
               hash TEXT NOT NULL
           )"""
    )
