"""What each fixture vault holds, so the upgrade test knows what to find after migrating."""

from __future__ import annotations

from datetime import date, datetime

PASSPHRASE = "fixture vault passphrase"
FIXTURE_REFERENCE = "2025-001"


def fixture_case():  # type: ignore[no-untyped-def]
    from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp

    return Case(
        reference=FIXTURE_REFERENCE,
        opened_on=date(2025, 3, 3),
        alias="F. Ixture",
        role="phd",
        channel="email",
        behaviour=("bullying",),
        relation="lecturer-supervisor",
        hierarchical=True,
        setting="research-fieldwork",
        notes="fixture note",
        contacts=(
            ContactMoment(at=datetime(2025, 3, 3, 10, 0), minutes=45, mode="in-person", with_="reporter"),
        ),
        followups=(
            FollowUp(kind="agreement", description="bellen", actor="advisor", due_on=date(2025, 3, 17)),
        ),
    )


def fill(vault, version: int) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction():
        vault.set_meta("fixture_marker", f"fixture of schema v{version}")
        vault.audit.record("fixture.create", "vault", str(version))
    if version >= 2:
        from vertrouwenspersoon.app_context import default_taxonomy
        from vertrouwenspersoon.store.cases import CaseRepository

        case_id = CaseRepository(vault, default_taxonomy()).add(fixture_case())
        if version >= 4:
            from vertrouwenspersoon.store.drafts import DraftStore, case_place

            DraftStore(vault).keep(case_place(case_id, "notes"), "fixture draft", case_id)


def expected_meta(version: int) -> dict[str, str]:
    return {"fixture_marker": f"fixture of schema v{version}"}


def expected_cases(version: int) -> list:  # type: ignore[type-arg]
    return [fixture_case()] if version >= 2 else []
