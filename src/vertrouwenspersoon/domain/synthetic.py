"""Seeded, deterministic fake case files for the demo vault, the tests and the benchmarks.

The distributions follow what advisors' annual reports show (bullying and workload most common,
sexual harassment frequent, radicalisation rare; mostly students, then staff; about ten contact
moments per case with a long tail past fifty), while every text is obviously fake: aliases like
"Test-K." and notes made of plainly synthetic Dutch sentences. Every case passes validation.
Fast enough for 20,000 cases and 200,000 contacts in a few seconds: note texts are drawn from a
pool built once per seed rather than word by word.
"""

from __future__ import annotations

import random
import string
from bisect import bisect
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from vertrouwenspersoon.domain.deadlines import aftercare_dates
from vertrouwenspersoon.domain.model import AFTERCARE, AGREEMENT, Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.reference import format_reference

BEHAVIOUR = {
    "bullying": 22,
    "workload-conflict": 20,
    "sexual-harassment": 15,
    "intimidation": 10,
    "abuse-of-power": 8,
    "discrimination": 8,
    "aggression-violence": 5,
    "integrity": 5,
    "sexual-violence": 3,
    "other": 3.5,
    "radicalisation": 0.5,
}
ROLE = {"student": 55, "phd": 10, "staff-academic": 15, "staff-support": 14, "external": 3, "unknown": 3}
GENDER = {"female": 50, "male": 28, "non-binary": 3, "unknown": 19}
CHANNEL = {"email": 45, "in-person": 15, "phone": 20, "video": 8, "chat": 4, "referral": 8}
MODE = {"in-person": 45, "phone": 20, "video": 20, "email": 12, "chat": 3}
WITH = {"reporter": 80, "third-party": 12, "colleague": 8}
RELATION_FOR_ROLE = {
    "student": {
        "lecturer-supervisor": 40,
        "fellow-student": 35,
        "external": 8,
        "group-or-organisation": 10,
        "unknown": 7,
    },
    "phd": {"lecturer-supervisor": 60, "colleague": 20, "fellow-student": 5, "manager": 10, "unknown": 5},
    "staff": {
        "manager": 45,
        "colleague": 35,
        "subordinate": 5,
        "external": 5,
        "group-or-organisation": 5,
        "unknown": 5,
    },
}
HIERARCHICAL = {"manager": 0.95, "lecturer-supervisor": 0.9, "colleague": 0.1, "external": 0.2}
SETTING_FOR_ROLE = {
    "student": {"education": 60, "student-association": 12, "online": 10, "housing": 8, "other": 10},
    "phd": {"research-fieldwork": 55, "work": 30, "education": 5, "online": 5, "other": 5},
    "staff": {"work": 80, "research-fieldwork": 8, "education": 5, "online": 4, "other": 3},
}
GROUNDS = {
    "origin-ethnicity": 25,
    "gender": 18,
    "sexual-orientation": 10,
    "religion-belief": 8,
    "antisemitism": 5,
    "islamophobia": 5,
    "disability-chronic-illness": 10,
    "nationality": 8,
    "age": 4,
    "gender-identity": 4,
    "political-opinion": 2,
    "other": 1,
}
REQUEST = {
    "listening-ear": 45,
    "advice": 35,
    "mediation": 8,
    "formal-complaint": 6,
    "police-report": 1,
    "anonymous-signal": 5,
}
OUTCOME = {
    "listening-ear": 30,
    "advice": 25,
    "referral": 15,
    "informal-resolution": 10,
    "mediation": 4,
    "formal-complaint": 4,
    "reported-to-management": 4,
    "withdrawn": 3,
    "no-contact-after-intake": 4,
    "police-report": 0.5,
    "other": 0.5,
}
REFERRAL = {
    "student-psychologist": 20,
    "student-counsellor": 18,
    "occupational-physician": 12,
    "hr": 12,
    "complaints-committee": 10,
    "ombudsperson": 6,
    "external-counselling": 8,
    "integrity-committee": 4,
    "discrimination-hotline": 3,
    "police": 2,
    "victim-support": 2,
    "vertrouwensinspectie": 1,
    "cidi": 0.5,
    "other": 1.5,
}
BEHAVIOUR_COUNT = {1: 75, 2: 20, 3: 5}
ACTOR = {"advisor": 70, "reporter": 25, "other": 5}
MINUTES = {15: 10, 20: 8, 30: 25, 45: 20, 50: 12, 60: 15, 75: 5, 90: 5}
UNITS = (
    "Faculteit Testwetenschappen",
    "Faculteit Voorbeeldstudies",
    "Faculteit Proefkunde",
    "Dienst Fictieve Zaken",
    "Instituut voor Nepdata",
    "Studentenservice (test)",
)

_SUBJECTS = ("De testpersoon", "Testmelder", "Het fictieve team", "Een voorbeeldcollega", "De proefafdeling")
_VERBS = ("bespreekt", "beschrijft", "noemt", "vertelt over", "herhaalt", "ordent", "plant")
_OBJECTS = (
    "een verzonnen situatie",
    "een fictief overleg",
    "het testrooster",
    "een voorbeeldgesprek",
    "de nepplanning",
    "een proefsituatie",
    "het synthetische verslag",
    "een denkbeeldige bijeenkomst",
)
_TAILS = (
    "in deze testdata.",
    "zonder echte gegevens.",
    "volgens het testscenario.",
    "als oefening.",
    "voor de demonstratie.",
    "in een verzonnen week.",
)


_CUMULATIVE: dict[int, tuple[tuple, list[float], float]] = {}


def _weighted(rng: random.Random, table: dict) -> Any:
    """One key of ``table`` drawn with its value as weight (cumulative weights cached per table)."""
    cached = _CUMULATIVE.get(id(table))
    if cached is None:
        cached = (tuple(table), list(accumulate(table.values())), float(sum(table.values())))
        _CUMULATIVE[id(table)] = cached
    population, cumulative, total = cached
    return population[bisect(cumulative, rng.random() * total)]


def _distinct(rng: random.Random, table: dict, k: int) -> tuple[str, ...]:
    picked: list[str] = []
    while len(picked) < k:
        code = _weighted(rng, table)
        if code not in picked:
            picked.append(code)
    return tuple(picked)


def _sentence_pool(rng: random.Random, size: int = 600) -> list[str]:
    pool = []
    for n in range(size):
        words = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS), rng.choice(_TAILS)]
        pool.append(f"Testnotitie {n}: " + " ".join(words))
    return pool


class _Generator:
    def __init__(self, seed: int, today: date, units: Sequence[str] | None = UNITS) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.units = tuple(units) if units else ()
        self.sentences = _sentence_pool(self.rng)

    def notes(self) -> str:
        # about 60 words: six sentences of nine to twelve words
        return " ".join(self.rng.sample(self.sentences, 6))

    def alias(self) -> str:
        return f"Test-{self.rng.choice(string.ascii_uppercase)}."

    def contacts(self, opened: date, last: date) -> tuple[ContactMoment, ...]:
        rng = self.rng
        count = min(150, 1 + int(rng.lognormvariate(1.85, 0.9)))
        span = max(0, (last - opened).days)
        moments = []
        for n in range(count):
            offset = 0 if n == 0 else rng.randint(0, span)
            at = datetime.combine(opened + timedelta(days=offset), datetime.min.time())
            at += timedelta(hours=rng.randint(8, 17), minutes=rng.choice((0, 15, 30, 45)))
            moments.append(
                ContactMoment(
                    at=at,
                    minutes=_weighted(rng, MINUTES),
                    mode=_weighted(rng, MODE),
                    with_="reporter" if n == 0 else _weighted(rng, WITH),
                    notes=self.notes(),
                )
            )
        moments.sort(key=lambda c: c.at)
        return tuple(moments)

    def agreements(self, opened: date, closed: date | None) -> list[FollowUp]:
        rng = self.rng
        count = min(6, int(rng.expovariate(1 / 1.3) + 0.5))
        result = []
        for n in range(count):
            due = opened + timedelta(days=rng.randint(3, 45))
            done = cancelled = None
            ended = closed is not None or due < self.today - timedelta(days=30)
            if ended or due < self.today - timedelta(days=rng.randint(0, 20)):
                if rng.random() < 0.9:
                    done = max(opened, due + timedelta(days=rng.randint(-5, 3)))
                else:
                    cancelled = max(opened, due - timedelta(days=rng.randint(0, 5)))
            result.append(
                FollowUp(
                    kind=AGREEMENT,
                    description=f"Testafspraak {n + 1}: {rng.choice(_OBJECTS)} nabespreken.",
                    actor=_weighted(rng, ACTOR),
                    due_on=due,
                    done_on=done,
                    cancelled_on=cancelled,
                )
            )
        return result

    def aftercare(self, closed: date) -> list[FollowUp]:
        rng = self.rng
        result = []
        for n, due in enumerate(aftercare_dates(closed)):
            done = cancelled = None
            if due < self.today:
                roll = rng.random()
                if roll < 0.78:
                    done = due - timedelta(days=rng.randint(0, 4))
                elif roll < 0.9:
                    done = min(self.today, due + timedelta(days=rng.randint(1, 20)))
                elif roll < 0.96:
                    cancelled = due
            result.append(
                FollowUp(
                    kind=AFTERCARE,
                    description=f"Testnazorg {n + 1}: vragen hoe het nu gaat.",
                    actor="advisor",
                    due_on=due,
                    done_on=max(closed, done) if done else None,
                    cancelled_on=cancelled,
                )
            )
        return result

    def unit(self) -> str | None:
        """A unit from the given list; None when there is none (the same random draws either way)."""
        index = self.rng.randrange(len(UNITS))
        return self.units[index % len(self.units)] if self.units else None

    def case(self, reference: str, opened: date) -> Case:
        rng = self.rng
        role = _weighted(rng, ROLE)
        family = (
            "student" if role in ("student", "external", "unknown") else "phd" if role == "phd" else "staff"
        )
        relation = _weighted(rng, RELATION_FOR_ROLE[family])
        hierarchical = rng.random() < HIERARCHICAL.get(relation, 0.0)
        behaviour = _distinct(rng, BEHAVIOUR, _weighted(rng, BEHAVIOUR_COUNT))
        grounds = _distinct(rng, GROUNDS, rng.choice((1, 1, 2))) if "discrimination" in behaviour else ()
        duration = min(720, int(rng.lognormvariate(3.6, 0.8)))
        end = opened + timedelta(days=duration)
        old = (self.today - opened).days > 180
        # about 85% of older cases are closed; the rest linger (reporter out of touch, long process)
        closed = end if end <= self.today and (not old or rng.random() < 0.85) else None
        anonymous = rng.random() < 0.08
        outcomes: tuple[str, ...] = ()
        referrals: tuple[str, ...] = ()
        if closed is not None:
            outcomes = _distinct(rng, OUTCOME, rng.choice((1, 1, 2)))
            if "referral" in outcomes or rng.random() < 0.1:
                referrals = _distinct(rng, REFERRAL, 1)
        contacts = self.contacts(opened, closed or min(self.today, end))
        followups = self.agreements(opened, closed)
        if closed is not None:
            followups += self.aftercare(closed)
        return Case(
            reference=reference,
            opened_on=opened,
            closed_on=closed,
            anonymous=anonymous,
            alias=None if anonymous else self.alias(),
            contact_details=None if anonymous or rng.random() < 0.6 else f"test-{reference}@example.invalid",
            role=role,
            gender=None if rng.random() < 0.2 else _weighted(rng, GENDER),
            unit=self.unit(),
            channel=_weighted(rng, CHANNEL),
            behaviour=behaviour,
            grounds=grounds,
            relation=relation,
            hierarchical=hierarchical,
            setting=_weighted(rng, SETTING_FOR_ROLE[family]),
            requests=_distinct(rng, REQUEST, rng.choice((1, 1, 2))),
            outcomes=outcomes,
            referrals=referrals,
            consent_on=opened if rng.random() < 0.8 else None,
            legal_hold="Testbewaarplicht (synthetisch)" if rng.random() < 0.005 else None,
            notes=self.notes(),
            contacts=contacts,
            followups=tuple(followups),
        )


def generate_cases(
    seed: int,
    count: int,
    first_year: int,
    last_year: int,
    today: date,
    units: Sequence[str] | None = (),
) -> list[Case]:
    """``count`` fake cases opened between 1 January ``first_year`` and ``today`` (or the end of
    ``last_year`` when earlier), numbered per year in order of opening. Same arguments, same cases.

    ``units`` is the list a case's unit is drawn from: the demo passes the institution's own list (a
    unit must be one of it, domain/validation.py); the default, no list, gives cases without a unit, as
    an institution without a list of units has (UNITS is a fake list for tests that want units)."""
    gen = _Generator(seed, today, units)
    start = date(first_year, 1, 1)
    end = min(today, date(last_year, 12, 31))
    span = max(0, (end - start).days)
    opened_dates = sorted(start + timedelta(days=gen.rng.randint(0, span)) for _ in range(count))
    numbers: dict[int, int] = {}
    cases = []
    for opened in opened_dates:
        numbers[opened.year] = numbers.get(opened.year, 0) + 1
        cases.append(gen.case(format_reference(opened.year, numbers[opened.year]), opened))
    return cases
