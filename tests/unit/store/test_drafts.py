"""Drafts: unsaved text kept inside the vault, one per place; empty text is no draft."""

from __future__ import annotations

from vertrouwenspersoon.store.drafts import DraftStore, case_place
from vertrouwenspersoon.store.vault import Vault


def test_a_draft_is_kept_replaced_and_discarded(new_vault: Vault) -> None:
    drafts = DraftStore(new_vault)
    place = "report/2026/narrative"
    assert drafts.get(place) is None
    drafts.keep(place, "eerste versie")
    drafts.keep(place, "tweede versie")
    assert drafts.get(place).text == "tweede versie" and len(drafts.all()) == 1
    drafts.keep(place, "")  # the advisor deleted every word: nothing to offer back
    assert drafts.get(place) is None


def test_a_draft_outlives_the_session(new_vault: Vault, vault_dir) -> None:  # type: ignore[no-untyped-def]
    from support.vaults import PASSPHRASE

    DraftStore(new_vault).keep(case_place(7, "contact-new"), "na het gesprek")
    new_vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        found = DraftStore(again).get(case_place(7, "contact-new"))
        assert found is not None and found.text == "na het gesprek"
