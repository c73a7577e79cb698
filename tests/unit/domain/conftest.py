"""Fixtures for the domain tests: the default taxonomy and a valid example case.

(Fixtures rather than a shared module: the suite does not put test directories on sys.path.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir

TAXONOMY_FILE = resource_dir() / "taxonomy.json"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return Taxonomy.from_file(TAXONOMY_FILE)


@pytest.fixture(scope="session")
def make_case() -> Callable[..., Case]:
    """A factory for CONTRACT.md's example case, with keyword changes."""
    return example_case


def example_case(**changes) -> Case:
    """The case of CONTRACT.md's exchange example, as a value."""
    fields = dict(
        reference="2026-014",
        opened_on=date(2026, 3, 2),
        closed_on=date(2026, 5, 11),
        anonymous=False,
        alias="M.",
        contact_details="optional free text",
        role="phd",
        gender="female",
        unit="Faculteit Bètawetenschappen",
        channel="email",
        behaviour=("sexual-harassment", "abuse-of-power"),
        grounds=(),
        relation="lecturer-supervisor",
        hierarchical=True,
        setting="research-fieldwork",
        requests=("listening-ear", "advice"),
        outcomes=("referral",),
        referrals=("complaints-committee",),
        consent_on=date(2026, 3, 2),
        legal_hold=None,
        notes="free text",
        contacts=(
            ContactMoment(
                at=datetime(2026, 3, 2, 10, 30),
                minutes=50,
                mode="in-person",
                with_="reporter",
                notes="free text",
            ),
        ),
        followups=(
            FollowUp(
                kind="agreement",
                description="free text",
                actor="advisor",
                due_on=date(2026, 3, 16),
                done_on=date(2026, 3, 15),
            ),
            FollowUp(kind="aftercare", description="free text", actor="advisor", due_on=date(2026, 6, 8)),
        ),
    )
    fields.update(changes)
    return Case(**fields)
