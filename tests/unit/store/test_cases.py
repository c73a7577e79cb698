"""The case repository over a real vault: round trips, listings, search, due list, purge."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from support.sqlcipher_pages import decrypt_pages
from support.vaults import PASSPHRASE
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.model import Case, ContactMoment, FollowUp
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.store.cases import CaseFilter, CaseRepository
from vertrouwenspersoon.store.drafts import DraftStore, case_place
from vertrouwenspersoon.store.keyslots import KeySlots
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository

TODAY = date(2026, 11, 29)


@pytest.fixture
def repo(new_vault: Vault) -> CaseRepository:
    return CaseRepository(new_vault, default_taxonomy())


def a_case(reference: str = "2026-001", **changes) -> Case:  # type: ignore[no-untyped-def]
    base = Case(
        reference=reference,
        opened_on=date(2026, 3, 2),
        alias="M.",
        contact_details="06-12345678",
        role="phd",
        gender="female",
        unit="Faculteit Bètawetenschappen",
        channel="email",
        behaviour=("sexual-harassment", "abuse-of-power"),
        relation="lecturer-supervisor",
        hierarchical=True,
        setting="research-fieldwork",
        requests=("listening-ear", "advice"),
        consent_on=date(2026, 3, 2),
        notes="Eerste gesprek",
        contacts=(
            ContactMoment(
                at=datetime(2026, 3, 2, 10, 30), minutes=50, mode="in-person", with_="reporter", notes="x"
            ),
        ),
        followups=(
            FollowUp(kind="agreement", description="terugbellen", actor="advisor", due_on=date(2026, 3, 16)),
        ),
    )
    return replace(base, **changes)


def test_a_case_reads_back_exactly_including_hard_text(repo: CaseRepository) -> None:
    prefix = "Emoji 🙂, עברית, مرحبا, Robert'); DROP TABLE cases;--\n\ttab "
    hard = prefix + "x" * (1_000_000 - len(prefix))  # a 1 MB note is stored faithfully
    case = a_case(notes=hard, alias="Zoë O'Brien")
    case_id = repo.add(case)
    assert repo.load(case_id) == case
    assert repo.count() == 1


def test_generated_cases_round_trip_through_the_store(repo: CaseRepository) -> None:
    cases = generate_cases(7, 60, 2024, 2026, TODAY)
    ids = repo.import_cases(cases)
    assert [repo.load(i) for i in ids] == cases


def test_invalid_case_is_refused_before_anything_is_written(repo: CaseRepository) -> None:
    with pytest.raises(ValidationError) as caught:
        repo.add(a_case(behaviour=("not-a-code",)))
    assert caught.value.field.startswith("behaviour")
    assert repo.count() == 0


def test_import_is_all_or_nothing_on_a_duplicate(repo: CaseRepository) -> None:
    repo.add(a_case("2026-002"))
    with pytest.raises(BadInputError):
        repo.import_cases([a_case("2026-001"), a_case("2026-002")])
    assert [r.reference for r in repo.rows()] == ["2026-002"]


def test_references_are_numbered_per_year(repo: CaseRepository) -> None:
    assert repo.next_reference(2026) == "2026-001"
    repo.add(a_case("2026-001"))
    repo.add(a_case("2026-002"))
    assert repo.next_reference(2026) == "2026-003"
    assert repo.next_reference(2027) == "2027-001"


def test_every_write_is_audited_without_content(repo: CaseRepository, new_vault: Vault) -> None:
    case_id = repo.add(a_case())
    repo.mark_followup_done(case_id, 0, date(2026, 3, 15))
    events = [(e.action, e.object_type, e.object_id) for e in new_vault.audit.events()]
    assert events[-2:] == [("case.create", "case", str(case_id)), ("followup.done", "case", str(case_id))]
    assert new_vault.verify() == []


def test_full_text_search_ignores_diacritics_and_matches_prefixes(repo: CaseRepository) -> None:
    repo.add(a_case("2026-001", alias="Müller", notes="gesprek over promotie"))
    repo.add(a_case("2026-002", alias="Jansen", notes="werkdruk"))
    repo.add(
        replace(
            a_case("2026-003", alias="Özil"),
            followups=(
                FollowUp(
                    kind="agreement", description="mail naar decaan", actor="advisor", due_on=date(2026, 4, 1)
                ),
            ),
        )
    )
    assert [r.reference for r in repo.search("muller")] == ["2026-001"]
    assert [r.reference for r in repo.search("jan")] == ["2026-002"]
    assert [r.reference for r in repo.search("decaan")] == ["2026-003"]
    assert [r.reference for r in repo.search("promotie müller")] == ["2026-001"]
    assert repo.search('"; DROP TABLE cases; --') == []
    assert repo.count(CaseFilter(text="ozil")) == 1


def test_listing_filters_and_sorting(repo: CaseRepository) -> None:
    repo.add(
        a_case(
            "2025-001",
            opened_on=date(2025, 5, 1),
            behaviour=("bullying",),
            contacts=(),
            followups=(),
            consent_on=None,
        )
    )
    repo.add(a_case("2026-001"))
    closed = lifecycle.close_case(a_case("2026-002"), date(2026, 4, 1), ("advice",))
    repo.add(closed)
    assert [r.reference for r in repo.rows(sort="reference", descending=False)] == [
        "2025-001",
        "2026-001",
        "2026-002",
    ]
    assert [r.reference for r in repo.rows(CaseFilter(year=2026), sort="reference", descending=False)] == [
        "2026-001",
        "2026-002",
    ]
    assert [r.reference for r in repo.rows(CaseFilter(behaviour="bullying"))] == ["2025-001"]
    assert [r.reference for r in repo.rows(CaseFilter(status="closed"))] == ["2026-002"]
    assert [
        r.reference for r in repo.rows(CaseFilter(with_deadline=True), sort="reference", descending=False)
    ] == [
        "2026-001",
        "2026-002",
    ]
    page = repo.rows(sort="reference", descending=False, offset=1, limit=1)
    assert [r.reference for r in page] == ["2026-001"]


def independent_due(cases: list[Case], today: date, days: int) -> list[tuple[str, str, str, bool]]:
    """Written from CONTRACT.md's words, not from the code under test."""
    horizon = today + timedelta(days=days)
    items = []
    for case in cases:
        for f in case.followups:
            if f.done_on is None and f.cancelled_on is None and f.due_on <= horizon:
                year, number = case.reference.split("-")
                items.append(
                    (
                        (f.due_on, int(year), int(number)),
                        (case.reference, f.kind, f.due_on.isoformat(), f.due_on < today),
                    )
                )
    return [item for _key, item in sorted(items, key=lambda pair: pair[0])]


def test_due_list_equals_an_independent_computation(repo: CaseRepository) -> None:
    cases = generate_cases(11, 400, 2024, 2026, TODAY)
    repo.import_cases(cases)
    for days in (0, 14, 60):
        got = [(d.reference, d.kind, d.due_on.isoformat(), d.overdue) for d in repo.due(TODAY, days)]
        assert got == independent_due(cases, TODAY, days)
    assert repo.overdue_count(TODAY) == sum(1 for item in independent_due(cases, TODAY, 0) if item[3])
    first = [(d.reference, d.kind, d.due_on.isoformat(), d.overdue) for d in repo.due(TODAY, 14, limit=7)]
    assert first == independent_due(cases, TODAY, 14)[:7]


def test_marking_done_and_undo(repo: CaseRepository) -> None:
    case_id = repo.add(a_case())
    assert [d.reference for d in repo.due(date(2026, 3, 10), 14)] == ["2026-001"]
    repo.mark_followup_done(case_id, 0, date(2026, 3, 12))
    assert repo.due(date(2026, 3, 10), 14) == []
    repo.reopen_followup(case_id, 0)
    assert [d.index for d in repo.due(date(2026, 3, 10), 14)] == [0]


def test_purge_removes_every_personal_field_even_from_free_pages(
    repo: CaseRepository, new_vault: Vault, vault_dir: Path
) -> None:
    markers = {
        name: f"KANARIE{name}{secrets.token_hex(4)}"
        for name in ("alias", "contact", "notes", "contact", "followup", "draft")
    }
    case = a_case(
        "2024-001",
        alias=markers["alias"],
        contact_details=markers["contact"],
        notes=markers["notes"] + " lange notitie " * 300,
        contacts=(
            ContactMoment(
                at=datetime(2024, 3, 2, 10, 0),
                minutes=30,
                mode="phone",
                with_="reporter",
                notes=markers["contact"],
            ),
        ),
        followups=(
            FollowUp(
                kind="aftercare",
                description=markers["followup"],
                actor="advisor",
                due_on=date(2024, 6, 1),
                done_on=date(2024, 6, 1),
            ),
        ),
        opened_on=date(2024, 3, 2),
        consent_on=date(2024, 3, 2),
    )
    closed = lifecycle.close_case(case, date(2024, 5, 1), ("advice",), aftercare_offsets=())
    other_id = repo.add(a_case("2026-001"))
    case_id = repo.add(closed)
    drafts = DraftStore(new_vault)
    drafts.keep(case_place(case_id, "notes"), markers["draft"] + " half getypt", case_id)  # unsaved text
    drafts.keep(case_place(other_id, "notes"), "van een ander dossier", other_id)
    key = KeySlots.load(vault_dir).open_with_passphrase(PASSPHRASE)
    new_vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert markers["alias"].encode() in decrypt_pages(vault_dir / "vault.db", key)  # the scan can see text

    assert repo.purge_candidates(TODAY, 12) == []  # 2024 is not finalised yet
    YearRepository(new_vault).finalise(2024, {"year": 2024})
    assert (
        repo.purge_candidates(TODAY, 12) == [(case_id, "2024-001")]
        or repo.purge_candidates(TODAY, 12)[0][0] == case_id
    )
    assert repo.purge(TODAY, 12) == [closed.reference]
    new_vault.close()

    plain = decrypt_pages(vault_dir / "vault.db", key)
    for marker in markers.values():
        assert marker.encode() not in plain, marker
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        again = CaseRepository(vault, default_taxonomy())
        purged = again.load(case_id)
        assert purged.purged and purged.status == "purged"
        assert (purged.alias, purged.contact_details, purged.notes) == (None, None, None)
        assert all(c.notes is None for c in purged.contacts)
        assert all(f.description is None for f in purged.followups)
        # the anonymous statistical record stays
        assert (purged.behaviour, purged.role, purged.relation, purged.outcomes) == (
            closed.behaviour,
            closed.role,
            closed.relation,
            closed.outcomes,
        )
        assert len(purged.contacts) == 1 and purged.contacts[0].minutes == 30
        assert again.load(other_id).alias == "M."
        assert [d.case_id for d in DraftStore(vault).all()] == [other_id]
        assert [e.action for e in vault.audit.events()][-1] == "case.purge"


def test_legal_hold_postpones_purge(repo: CaseRepository, new_vault: Vault) -> None:
    closed = lifecycle.close_case(
        a_case("2024-001", opened_on=date(2024, 3, 2), consent_on=None, contacts=(), followups=()),
        date(2024, 5, 1),
        ("advice",),
        aftercare_offsets=(),
    )
    case_id = repo.add(lifecycle.set_legal_hold(closed, "lopende klachtprocedure"))
    YearRepository(new_vault).finalise(2024, {"year": 2024})
    assert repo.purge(TODAY, 12) == []
    repo.save(case_id, lifecycle.release_legal_hold(repo.load(case_id)))
    assert repo.purge(TODAY, 12) == ["2024-001"]


def test_the_year_read_includes_aftercare_due_that_year_of_a_case_closed_before(repo: CaseRepository) -> None:
    from vertrouwenspersoon.reports.statistics import compute
    from vertrouwenspersoon.store.facts_source import facts_for_year

    aftercare = FollowUp(
        kind="aftercare",
        description=None,
        actor="advisor",
        due_on=date(2027, 1, 11),
        done_on=date(2027, 1, 8),
    )
    repo.import_cases([a_case(closed_on=date(2026, 12, 14), outcomes=("advice",), followups=(aftercare,))])
    fig = compute(facts_for_year(repo.vault, 2027), 2027)
    assert (fig.cases, fig.aftercare_due, fig.aftercare_done_on_time) == (0, 1, 1)
