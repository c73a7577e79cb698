"""Version 3: the publication ledger (DESIGN.md "Every publication counts"), and an index for the aftercare
due in a year.

One row per figure set that left the vault: a report written (PDF or JSON, finalised or not), a year
finalised, a statistics bundle sealed. `record` is the JSON of `reports.ledger` (counts only). Years
finalised before this version keep their published JSON in `finalised_years` for the trend; their true
figures were never stored, so they cannot be modelled (docs/disclosure-model.md says so).
"""

from __future__ import annotations

DESCRIPTION = "publication ledger"

STATEMENTS = (
    """CREATE TABLE publications (
           id INTEGER PRIMARY KEY,
           year INTEGER NOT NULL,
           kind TEXT NOT NULL,
           published_at TEXT NOT NULL,
           record TEXT NOT NULL
       )""",
    "CREATE INDEX publications_by_year ON publications (year, id)",
    # the year's statistics read the aftercare due in the year, also of cases closed before it
    "CREATE INDEX followups_by_kind_due ON followups (kind, due_on, case_id)",
)


def apply(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in STATEMENTS:
        conn.execute(statement)
