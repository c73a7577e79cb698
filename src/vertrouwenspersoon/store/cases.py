"""The case repository: cases, contact moments and follow-ups in the vault.

Every write validates the whole case with the domain's rules first, runs in one transaction with
its audit event, and keeps the derived columns (status, next deadline, search index) in step,
so listings and the due list are single indexed queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import LifecycleError
from vertrouwenspersoon.domain.holidays import HolidayRules
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.reference import format_reference
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.domain.validation import check_case, unit_problem
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.messages import register
from vertrouwenspersoon.store import case_rows
from vertrouwenspersoon.store.drafts import DraftStore
from vertrouwenspersoon.store.search_query import fts_query
from vertrouwenspersoon.store.vault import Vault

register(
    {
        "cases.not-found": (
            "Dossier {reference} bestaat niet in deze kluis.",
            "Case {reference} does not exist in this vault.",
        ),
        "cases.duplicate": (
            "Dossier {reference} bestaat al in deze kluis; er is niets geïmporteerd.",
            "Case {reference} already exists in this vault; nothing was imported.",
        ),
    }
)

SORT_COLUMNS = {
    "reference": "ref_year {dir}, ref_number {dir}",
    "opened_on": "opened_on {dir}, ref_year {dir}, ref_number {dir}",
    "status": "status {dir}, opened_on DESC",
    "behaviour": "behaviour {dir}, opened_on DESC",
    "next_due_on": "next_due_on IS NULL, next_due_on {dir}, opened_on DESC",
    "alias": "alias {dir}, opened_on DESC",
}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what the table shows, nothing more."""

    id: int
    reference: str
    alias: str | None
    anonymous: bool
    opened_on: date
    closed_on: date | None
    status: str
    behaviour: tuple[str, ...]
    next_due_on: date | None


@dataclass(frozen=True)
class DueRow:
    case_id: int
    reference: str
    alias: str | None
    anonymous: bool
    index: int
    kind: str
    description: str | None
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    year: int | None = None
    behaviour: str | None = None
    with_deadline: bool = False
    text: str | None = None


ROW_COLUMNS = "id, reference, alias, anonymous, opened_on, closed_on, status, behaviour, next_due_on"


def _row(r: Sequence[Any]) -> CaseRow:
    return CaseRow(
        id=r[0],
        reference=r[1],
        alias=r[2],
        anonymous=bool(r[3]),
        opened_on=date.fromisoformat(r[4]),
        closed_on=case_rows.day(r[5]),
        status=r[6],
        behaviour=tuple(r[7].split(",")) if r[7] else (),
        next_due_on=case_rows.day(r[8]),
    )


class CaseRepository:
    def __init__(self, vault: Vault, taxonomy: Taxonomy, rules: HolidayRules | None = None) -> None:
        self.vault = vault
        self.taxonomy = taxonomy
        self.rules = rules or HolidayRules()

    @property
    def _conn(self):  # type: ignore[no-untyped-def]
        return self.vault.conn

    # -- references ---------------------------------------------------------------------
    def next_reference(self, year: int) -> str:
        row = self._conn.execute("SELECT max(ref_number) FROM cases WHERE ref_year = ?", (year,)).fetchone()
        return format_reference(year, (row[0] or 0) + 1)

    def id_of(self, reference: str) -> int | None:
        row = self._conn.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()
        return int(row[0]) if row else None

    def require_id(self, reference: str) -> int:
        case_id = self.id_of(reference)
        if case_id is None:
            raise BadInputError("cases.not-found", reference=reference)
        return case_id

    # -- writing ------------------------------------------------------------------------
    def add(self, case: Case) -> int:
        check_case(case, self.taxonomy)
        with self.vault.transaction():
            if self.id_of(case.reference) is not None:
                raise BadInputError("cases.duplicate", reference=case.reference)
            case_id = self._insert(case)
            self.vault.audit.record("case.create", "case", str(case_id))
        return case_id

    def save(self, case_id: int, case: Case, action: str = "case.update") -> None:
        """Replace the stored case by `case` (a new value made with the domain's functions)."""
        check_case(case, self.taxonomy)
        with self.vault.transaction():
            self._replace(case_id, case)
            self.vault.audit.record(action, "case", str(case_id))

    def delete(self, case_id: int) -> None:
        """Remove a case made by mistake, with all it holds (secure delete overwrites the pages).

        Refused (LifecycleError "counted-in-report") once a report, a finalised year or a statistics bundle
        of a year the case belongs to was made after the case was: its figures left the vault with this
        case in them, and removing it would make the next edition disagree without a reason."""
        case = self.load(case_id)
        if self._counted_in_publication(case_id, case):
            raise LifecycleError(case.reference, "counted-in-report")
        with self.vault.transaction() as conn:
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            self.vault.audit.record("case.delete", "case", str(case_id))
        self._conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")

    def _counted_in_publication(self, case_id: int, case: Case) -> bool:
        last = max(
            [case.opened_on, case.closed_on or self.vault.now().date()]
            + [c.at.date() for c in case.contacts]
            + [f.due_on for f in case.followups]
        )
        years = (case.opened_on.year, last.year)
        created = self._conn.execute(
            "SELECT min(at) FROM audit WHERE action = 'case.create' AND object_id = ?", (str(case_id),)
        ).fetchone()[0]
        since = created or ""  # imported cases have no event of their own: any publication counts
        published = self._conn.execute(
            "SELECT 1 FROM publications WHERE year BETWEEN ? AND ? AND published_at >= ? "
            "UNION SELECT 1 FROM finalised_years WHERE year BETWEEN ? AND ? AND finalised_at >= ? LIMIT 1",
            (*years, since, *years, since),
        ).fetchone()
        return published is not None

    def import_cases(self, cases: Sequence[Case], progress: Progress | None = None) -> list[int]:
        """All or nothing: every case is validated before the first write; a duplicate aborts."""
        for case in cases:
            check_case(case, self.taxonomy)
        ids: list[int] = []
        with self.vault.transaction():
            for n, case in enumerate(cases, 1):
                if self.id_of(case.reference) is not None:
                    raise BadInputError("cases.duplicate", reference=case.reference)
                ids.append(self._insert(case))
                if progress and (n % 500 == 0 or n == len(cases)):
                    progress(n, len(cases))
            self.vault.audit.record("case.import", "cases", str(len(cases)))
        return ids

    def _now(self) -> str:
        return self.vault.now().isoformat(timespec="seconds")

    def _insert(self, case: Case) -> int:
        marks = ", ".join("?" * 23)
        cursor = self._conn.execute(
            f"INSERT INTO cases ({case_rows.CASE_COLUMNS}) VALUES ({marks})",
            case_rows.case_values(case, self._now()),
        )
        case_id = int(cursor.lastrowid)
        self._insert_children(case_id, case)
        return case_id

    def _insert_children(self, case_id: int, case: Case) -> None:
        conn = self._conn
        conn.executemany("INSERT INTO case_codes VALUES (?, ?, ?, ?)", case_rows.code_rows(case_id, case))
        conn.executemany(
            "INSERT INTO contacts (case_id, position, at, minutes, mode, with_, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            case_rows.contact_rows(case_id, case),
        )
        conn.executemany(
            "INSERT INTO followups (case_id, position, kind, description, actor, due_on, done_on, cancelled_on, "
            "recurrence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            case_rows.followup_rows(case_id, case),
        )
        conn.execute(
            "INSERT INTO case_search (rowid, alias, notes, contact_notes, followup_texts) VALUES (?, ?, ?, ?, ?)",
            (case_id, *case_rows.search_document(case)),
        )

    def _replace(self, case_id: int, case: Case) -> None:
        conn = self._conn
        assignments = ", ".join(f"{c.strip()} = ?" for c in case_rows.CASE_COLUMNS.split(","))
        cursor = conn.execute(
            f"UPDATE cases SET {assignments} WHERE id = ?",
            (*case_rows.case_values(case, self._now()), case_id),
        )
        if cursor.rowcount != 1:
            raise BadInputError("cases.not-found", reference=case.reference)
        for table in ("case_codes", "contacts", "followups"):
            conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
        self._insert_children(case_id, case)

    # -- reading ------------------------------------------------------------------------
    def load(self, case_id: int) -> Case:
        conn = self._conn
        row = conn.execute(f"SELECT {case_rows.CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise BadInputError("cases.not-found", reference=str(case_id))
        codes: dict[str, list[str]] = {}
        for group, code in conn.execute(
            "SELECT grp, code FROM case_codes WHERE case_id = ? ORDER BY grp, position", (case_id,)
        ):
            codes.setdefault(group, []).append(code)
        contacts = conn.execute(
            "SELECT at, minutes, mode, with_, notes FROM contacts WHERE case_id = ? ORDER BY position",
            (case_id,),
        ).fetchall()
        followups = conn.execute(
            "SELECT kind, description, actor, due_on, done_on, cancelled_on, recurrence FROM followups "
            "WHERE case_id = ? ORDER BY position",
            (case_id,),
        ).fetchall()
        return case_rows.build_case(row, codes, contacts, followups)

    def load_reference(self, reference: str) -> Case:
        return self.load(self.require_id(reference))

    def all_cases(self) -> Iterable[Case]:
        for (case_id,) in self._conn.execute("SELECT id FROM cases ORDER BY ref_year, ref_number").fetchall():
            yield self.load(case_id)

    def _where(self, flt: CaseFilter) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if flt.status:
            clauses.append("status = ?")
            params.append(flt.status)
        if flt.year:
            clauses.append("opened_on >= ? AND opened_on < ?")
            params += [f"{flt.year:04d}-01-01", f"{flt.year + 1:04d}-01-01"]
        if flt.behaviour:
            clauses.append("id IN (SELECT case_id FROM case_codes WHERE grp = 'behaviour' AND code = ?)")
            params.append(flt.behaviour)
        if flt.with_deadline:
            clauses.append("next_due_on IS NOT NULL")
        if flt.text:
            query = fts_query(flt.text)
            if query is None:
                clauses.append("0")
            else:
                clauses.append("id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
                params.append(query)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self, flt: CaseFilter | None = None) -> int:
        where, params = self._where(flt or CaseFilter())
        return int(self._conn.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0])

    def rows(
        self,
        flt: CaseFilter | None = None,
        *,
        sort: str = "opened_on",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[CaseRow]:
        where, params = self._where(flt or CaseFilter())
        order = SORT_COLUMNS.get(sort, SORT_COLUMNS["opened_on"]).format(dir="DESC" if descending else "ASC")
        sql = f"SELECT {ROW_COLUMNS} FROM cases{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return [_row(r) for r in self._conn.execute(sql, [*params, limit, offset])]

    def search(self, text: str, limit: int = 50) -> list[CaseRow]:
        """Best matches first (FTS5 rank); diacritics-insensitive, prefix per word."""
        query = fts_query(text)
        if query is None:
            return []
        sql = (
            f"SELECT {ROW_COLUMNS} FROM cases JOIN (SELECT rowid AS hit, rank FROM case_search "
            "WHERE case_search MATCH ? ORDER BY rank LIMIT ?) ON hit = cases.id ORDER BY rank"
        )
        return [_row(r) for r in self._conn.execute(sql, (query, limit))]

    # -- deadlines ----------------------------------------------------------------------
    def due(self, today: date, days: int = 14, limit: int | None = None) -> list[DueRow]:
        """Open follow-ups due on or before today + days, by date then reference number.

        The GUI asks for the first `limit` rows (with `overdue_count` for the total): right after
        unlock every row is a page to decrypt, and a long-neglected list must not slow the first screen.
        """
        horizon = date.fromordinal(today.toordinal() + days).isoformat()
        sql = (
            "SELECT c.id, c.reference, c.alias, c.anonymous, f.position, f.kind, f.description, f.due_on "
            "FROM followups f JOIN cases c ON c.id = f.case_id "
            "WHERE f.done_on IS NULL AND f.cancelled_on IS NULL AND f.due_on <= ? "
            "ORDER BY f.due_on, c.ref_year, c.ref_number, f.position LIMIT ?"
        )
        today_text = today.isoformat()
        return [
            DueRow(
                r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], date.fromisoformat(r[7]), r[7] < today_text
            )
            for r in self._conn.execute(sql, (horizon, -1 if limit is None else limit))
        ]

    def overdue_count(self, today: date) -> int:
        sql = "SELECT count(*) FROM followups WHERE done_on IS NULL AND cancelled_on IS NULL AND due_on < ?"
        return int(self._conn.execute(sql, (today.isoformat(),)).fetchone()[0])

    def mark_followup_done(self, case_id: int, index: int, done_on: date) -> None:
        case = lifecycle.complete_followup(self.load(case_id), index, done_on, self.rules)
        self.save(case_id, case, "followup.done")

    def reopen_followup(self, case_id: int, index: int) -> None:
        """Undo of "mark done": clears the date again (a recurrence it created stays)."""
        case = self.load(case_id)
        followups = list(case.followups)
        followups[index] = replace(followups[index], done_on=None)
        self.save(case_id, replace(case, followups=tuple(followups)), "followup.reopen")

    # -- retention ------------------------------------------------------------------------
    def finalised_years(self) -> set[int]:
        return {int(r[0]) for r in self._conn.execute("SELECT year FROM finalised_years")}

    def purge_candidates(self, today: date, retention_months: int) -> list[tuple[int, str]]:
        """(id, reference) of closed cases whose personal part may go now (DESIGN.md "Retention")."""
        finalised = self.finalised_years()
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE closed_on IS NOT NULL AND purged = 0 ORDER BY ref_year, ref_number"
        ).fetchall()
        found = []
        for (case_id,) in rows:
            case = self.load(case_id)
            if lifecycle.purge_due(case, today, finalised, retention_months):
                found.append((case_id, case.reference))
        return found

    def purge(self, today: date, retention_months: int) -> list[str]:
        """Remove the personal part of every due case in one transaction; returns the references."""
        candidates = self.purge_candidates(today, retention_months)
        with self.vault.transaction():
            for case_id, _reference in candidates:
                purged = lifecycle.purge_personal_data(self.load(case_id))
                if unit_problem(purged.unit, self.taxonomy):  # free text from before units were checked
                    purged = replace(purged, unit=None)
                self._replace(case_id, purged)
                DraftStore(self.vault).discard_case(case_id)  # unsaved text is personal too
                self.vault.audit.record("case.purge", "case", str(case_id))
        if candidates:
            self._conn.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
        return [reference for _id, reference in candidates]
