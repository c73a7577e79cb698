"""Version 4: drafts — text an advisor has typed but not saved yet (issue 10, "not one lost word").

One row per place text is typed (a case's notes, a new contact moment's note, an agreement, the report's
narrative). It lives only here, inside the encrypted vault: never in QSettings or a temp file. A case's drafts
go with its personal part when it is purged, and with the case when it is deleted.
"""

from __future__ import annotations

DESCRIPTION = "drafts of unsaved text"

STATEMENTS = (
    """CREATE TABLE drafts (
           place TEXT PRIMARY KEY,
           case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
           text TEXT NOT NULL,
           saved_at TEXT NOT NULL
       )""",
    "CREATE INDEX drafts_by_case ON drafts (case_id)",
)


def apply(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in STATEMENTS:
        conn.execute(statement)
