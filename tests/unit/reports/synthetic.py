"""A seeded synthetic case set and the true figures computed here, independently of reports.statistics."""

from __future__ import annotations

import random
from datetime import date, timedelta

from vertrouwenspersoon.reports.facts import CaseFacts

ROLES = ["student", "student", "student", "phd", "staff-academic", "staff-support", "external"]
BEHAVIOURS = [
    "bullying",
    "sexual-harassment",
    "discrimination",
    "workload-conflict",
    "intimidation",
    "abuse-of-power",
    "integrity",
]
UNITS = [
    "Faculteit Bètawetenschappen",
    "Faculteit Geesteswetenschappen",
    "Faculteit Geneeskunde",
    "Universiteitsbibliotheek",
]
TINY_UNIT = "Faculteit Kleinkunst"  # one case only: must never be named in a report


def make_cases(seed: int, year: int, n: int, tiny_unit: bool = True) -> list[CaseFacts]:
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        opened_year = year if rng.random() < 0.75 else year - rng.choice([1, 2])
        opened = date(opened_year, rng.randint(1, 12), rng.randint(1, 28))
        closed = None if rng.random() < 0.25 else opened + timedelta(days=rng.randint(5, 400))
        behaviours = tuple(rng.sample(BEHAVIOURS, rng.choice([1, 1, 2, 3])))
        contacts = tuple(
            (opened + timedelta(days=rng.randint(0, 500)), rng.choice([15, 30, 45, 50, 60, 90]))
            for _ in range(rng.randint(1, 6))
        )
        aftercare = ()
        if closed is not None:
            due = closed + timedelta(days=28)
            done = due + timedelta(days=rng.choice([-3, 0, 2])) if rng.random() < 0.8 else None
            cancelled = due if rng.random() < 0.05 else None
            aftercare = ((due, done, cancelled),)
        cases.append(
            CaseFacts(
                opened_on=opened,
                closed_on=closed,
                role=rng.choice(ROLES),
                gender=rng.choice(["female", "male", None]),
                unit=TINY_UNIT if tiny_unit and i == 0 else rng.choice(UNITS),
                channel=rng.choice(["email", "in-person", "phone", "video"]),
                behaviours=behaviours,
                grounds=(rng.choice(["gender", "origin-ethnicity", "religion-belief"]),)
                if "discrimination" in behaviours
                else (),
                relation=rng.choice(["manager", "colleague", "fellow-student", "lecturer-supervisor", None]),
                hierarchical=rng.choice([True, False, None]),
                setting=rng.choice(["education", "work", "online", "research-fieldwork"]),
                outcomes=(rng.choice(["advice", "listening-ear", "referral"]),) if closed else (),
                referrals=(rng.choice(["hr", "student-psychologist", "complaints-committee"]),)
                if closed and rng.random() < 0.4
                else (),
                contacts=contacts,
                aftercare=aftercare,
            )
        )
    return cases


def in_year(case: CaseFacts, year: int) -> bool:
    if case.opened_on.year > year:
        return False
    if case.opened_on.year == year:
        return True
    return (case.closed_on is None or case.closed_on >= date(year, 1, 1)) or any(
        d.year == year for d, _ in case.contacts
    )


def truth(cases: list[CaseFacts], year: int, k: int) -> dict[tuple[str, str], int]:
    """The true published-cell values, by plain counting (units below k folded into other-units)."""
    mine = [c for c in cases if in_year(c, year)]
    t: dict[tuple[str, str], int] = {}
    t["totals", "new_cases"] = sum(c.opened_on.year == year for c in mine)
    t["totals", "carried_over"] = sum(c.opened_on.year < year for c in mine)
    minutes = [m for c in mine for d, m in c.contacts if d.year == year]
    t["totals", "contacts"] = len(minutes)
    t["totals", "contact_hours"] = int(sum(minutes) / 60 + 0.5)
    for c in mine:
        fields = {
            "role": c.role,
            "relation": c.relation or "unknown",
            "setting": c.setting or "unknown",
            "channel": c.channel or "unknown",
            "hierarchical": "unknown" if c.hierarchical is None else ("yes" if c.hierarchical else "no"),
            "quarter": f"q{(c.opened_on.month + 2) // 3}" if c.opened_on.year == year else "earlier",
        }
        for table, code in fields.items():
            t[table, code] = t.get((table, code), 0) + 1
        for table, codes in (
            ("behaviour", c.behaviours),
            ("outcome", c.outcomes),
            ("referral", c.referrals),
            ("grounds", c.grounds),
        ):
            for code in set(codes):
                t[table, code] = t.get((table, code), 0) + 1
        for b in set(c.behaviours):
            t["role_x_behaviour", f"{c.role}/{b}"] = t.get(("role_x_behaviour", f"{c.role}/{b}"), 0) + 1
    units: dict[str, int] = {}
    for c in mine:
        units[c.unit or "unknown"] = units.get(c.unit or "unknown", 0) + 1
    for name, count in units.items():
        key = ("unit", name if count >= k else "other-units")
        t[key] = t.get(key, 0) + count
    due = [
        (d, done) for c in mine for d, done, cancelled in c.aftercare if d.year == year and cancelled is None
    ]
    t["aftercare", "due"] = len(due)
    t["aftercare", "done_on_time"] = sum(1 for d, done in due if done is not None and done <= d)
    return t
