"""Version 2: cases, contact moments, follow-ups, full-text search, finalised years, narratives.

Coded fields sit in columns (and multi-valued codes in case_codes) so listings, the due list and
the statistics are plain indexed SQL; texts sit beside them and in a contentless FTS5 index.
"""

from __future__ import annotations

DESCRIPTION = "case files"

STATEMENTS = (
    """CREATE TABLE cases (
           id INTEGER PRIMARY KEY,
           reference TEXT NOT NULL UNIQUE,
           ref_year INTEGER NOT NULL,
           ref_number INTEGER NOT NULL,
           opened_on TEXT NOT NULL,
           closed_on TEXT,
           status TEXT NOT NULL,
           anonymous INTEGER NOT NULL,
           alias TEXT,
           contact_details TEXT,
           role TEXT NOT NULL,
           gender TEXT,
           unit TEXT,
           channel TEXT NOT NULL,
           relation TEXT NOT NULL,
           hierarchical INTEGER NOT NULL,
           setting TEXT NOT NULL,
           consent_on TEXT,
           legal_hold TEXT,
           notes TEXT,
           purged INTEGER NOT NULL DEFAULT 0,
           behaviour TEXT NOT NULL,
           next_due_on TEXT,
           updated_at TEXT NOT NULL
       )""",
    "CREATE INDEX cases_opened ON cases (opened_on, ref_year, ref_number)",
    "CREATE INDEX cases_status ON cases (status, opened_on)",
    "CREATE INDEX cases_next_due ON cases (next_due_on) WHERE next_due_on IS NOT NULL",
    """CREATE TABLE case_codes (
           case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
           grp TEXT NOT NULL,
           code TEXT NOT NULL,
           position INTEGER NOT NULL,
           PRIMARY KEY (case_id, grp, code)
       ) WITHOUT ROWID""",
    "CREATE INDEX case_codes_by_code ON case_codes (grp, code, case_id)",
    """CREATE TABLE contacts (
           id INTEGER PRIMARY KEY,
           case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
           position INTEGER NOT NULL,
           at TEXT NOT NULL,
           minutes INTEGER NOT NULL,
           mode TEXT NOT NULL,
           with_ TEXT NOT NULL,
           notes TEXT
       )""",
    "CREATE INDEX contacts_by_case ON contacts (case_id, position)",
    "CREATE INDEX contacts_by_time ON contacts (at, case_id)",
    """CREATE TABLE followups (
           id INTEGER PRIMARY KEY,
           case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
           position INTEGER NOT NULL,
           kind TEXT NOT NULL,
           description TEXT,
           actor TEXT NOT NULL,
           due_on TEXT NOT NULL,
           done_on TEXT,
           cancelled_on TEXT,
           recurrence TEXT
       )""",
    "CREATE INDEX followups_by_case ON followups (case_id, position)",
    "CREATE INDEX followups_open_by_due ON followups (due_on, case_id) WHERE done_on IS NULL AND cancelled_on IS NULL",
    """CREATE VIRTUAL TABLE case_search USING fts5(
           alias, notes, contact_notes, followup_texts,
           content = '', contentless_delete = 1,
           tokenize = "unicode61 remove_diacritics 2",
           prefix = '2 3 4'
       )""",  # prefix indexes: every typed word is a prefix query; without them "te" expands to thousands of terms
    "CREATE TABLE finalised_years (year INTEGER PRIMARY KEY, finalised_at TEXT NOT NULL, report_json TEXT)",
    "CREATE TABLE narratives (year INTEGER PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL)",
)


def apply(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in STATEMENTS:
        conn.execute(statement)
