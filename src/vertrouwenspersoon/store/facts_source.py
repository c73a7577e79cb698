"""The statistical shadow of the cases for one year, read with a handful of set queries.

Only cases that can be in year Y's figures are read (opened by the end of Y and still open in Y,
closed in or after Y, or with a contact moment in Y), and only the fields CaseFacts holds: the
report code never sees an alias, a note or a reference.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.store.case_rows import day
from vertrouwenspersoon.store.vault import Vault

GROUP_FIELDS = {
    "behaviour": "behaviours",
    "grounds": "grounds",
    "outcomes": "outcomes",
    "referrals": "referrals",
}


def facts_for_year(vault: Vault, year: int) -> list[CaseFacts]:
    conn = vault.conn
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    conn.execute("DROP TABLE IF EXISTS temp.year_cases")
    conn.execute(
        """CREATE TEMP TABLE year_cases AS
           SELECT id FROM cases
           WHERE opened_on < :end
             AND (closed_on IS NULL OR closed_on >= :start
                  OR id IN (SELECT case_id FROM contacts WHERE at >= :start AND at < :end))""",
        {"start": start, "end": end},
    )
    try:
        codes: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for case_id, group, code in conn.execute(
            "SELECT case_id, grp, code FROM case_codes WHERE case_id IN (SELECT id FROM temp.year_cases) "
            "ORDER BY case_id, grp, position"
        ):
            codes[case_id][group].append(code)
        contacts: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for case_id, at, minutes in conn.execute(
            "SELECT case_id, substr(at, 1, 10), minutes FROM contacts "
            "WHERE at >= ? AND at < ? AND case_id IN (SELECT id FROM temp.year_cases)",
            (start, end),
        ):
            contacts[case_id].append((date.fromisoformat(at), minutes))
        aftercare: dict[int, list[tuple[date, date | None, date | None]]] = defaultdict(list)
        for case_id, due_on, done_on, cancelled_on in conn.execute(
            "SELECT case_id, due_on, done_on, cancelled_on FROM followups "
            "WHERE kind = 'aftercare' AND case_id IN (SELECT id FROM temp.year_cases) ORDER BY case_id, position"
        ):
            aftercare[case_id].append((date.fromisoformat(due_on), day(done_on), day(cancelled_on)))
        rows = conn.execute(
            "SELECT id, opened_on, closed_on, role, gender, unit, channel, relation, hierarchical, setting "
            "FROM cases WHERE id IN (SELECT id FROM temp.year_cases) ORDER BY id"
        ).fetchall()
        earlier = _aftercare_only(conn, start, end)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.year_cases")
    return earlier + [
        CaseFacts(
            opened_on=date.fromisoformat(r[1]),
            closed_on=day(r[2]),
            role=r[3],
            gender=r[4],
            unit=r[5],
            channel=r[6],
            relation=r[7],
            hierarchical=bool(r[8]),
            setting=r[9],
            contacts=tuple(contacts.get(r[0], ())),
            aftercare=tuple(aftercare.get(r[0], ())),
            **{field: tuple(codes[r[0]].get(group, ())) for group, field in GROUP_FIELDS.items()},
        )
        for r in rows
    ]


def _aftercare_only(conn, start: str, end: str) -> list[CaseFacts]:  # type: ignore[no-untyped-def]
    """Cases outside the year's figures whose aftercare falls due in it (closed earlier, no contact this
    year): only their dates and that aftercare, read apart so the wide case rows stay the year's own."""
    by_case: dict[int, list] = defaultdict(list)
    for case_id, opened_on, closed_on, due_on, done_on, cancelled_on in conn.execute(
        "SELECT f.case_id, c.opened_on, c.closed_on, f.due_on, f.done_on, f.cancelled_on "
        "FROM followups f JOIN cases c ON c.id = f.case_id "
        "WHERE f.kind = 'aftercare' AND f.due_on >= ? AND f.due_on < ? "
        "AND f.case_id NOT IN (SELECT id FROM temp.year_cases) ORDER BY f.case_id, f.position",
        (start, end),
    ):
        by_case[case_id].append(
            (opened_on, closed_on, (date.fromisoformat(due_on), day(done_on), day(cancelled_on)))
        )
    return [
        CaseFacts(
            opened_on=date.fromisoformat(items[0][0]),
            closed_on=day(items[0][1]),
            aftercare=tuple(item[2] for item in items),
        )
        for items in by_case.values()
    ]
