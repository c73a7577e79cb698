"""The keychain slot: only real OS keychains, and their failures fall back to the passphrase."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyrings.alt.file
import pytest

from support.vaults import PASSPHRASE
from vertrouwenspersoon.errors import WrongKeyError
from vertrouwenspersoon.security.keychain import Keychain, find_backend
from vertrouwenspersoon.store.keyslots import KEYCHAIN, KeySlots
from vertrouwenspersoon.store.vault import Vault


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.null.Keyring(), keyring.backends.fail.Keyring(), keyrings.alt.file.PlaintextKeyring()],
    ids=["null", "fail", "plaintext"],
)
def test_unsafe_backends_make_the_keychain_unavailable(backend, new_vault: Vault, vault_dir: Path) -> None:
    keychain = Keychain(backend)
    assert not keychain.available
    slots_before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongKeyError) as caught:
        new_vault.enable_keychain(keychain)
    assert caught.value.key == "vault.keychain-unavailable"
    assert (vault_dir / "keyslots.json").read_bytes() == slots_before


def test_automatic_choice_never_picks_an_unsafe_backend() -> None:
    backend = find_backend()
    if backend is not None:
        assert type(backend).__module__ in (
            "keyring.backends.SecretService",
            "keyring.backends.kwallet",
            "keyring.backends.macOS",
            "keyring.backends.Windows",
        )


class _BrokenButAllowedKeychain:
    """Behaves like a Secret Service whose collection stays locked: every call fails."""

    priority = 5

    def set_password(self, *args: object) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def get_password(self, *args: object) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def delete_password(self, *args: object) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")


def test_a_failing_keychain_leaves_the_slots_alone_and_the_passphrase_works(
    new_vault: Vault, vault_dir: Path
) -> None:
    keychain = Keychain(_BrokenButAllowedKeychain(), allow_any_backend=True)
    with pytest.raises(WrongKeyError):
        new_vault.enable_keychain(keychain)
    assert KEYCHAIN not in KeySlots.load(vault_dir).slots
    new_vault.close()
    with pytest.raises(WrongKeyError):
        Vault.open(vault_dir, keychain=keychain)
    Vault.open(vault_dir, passphrase=PASSPHRASE).close()


needs_secret_service = pytest.mark.skipif(
    not Keychain().available,
    reason="no Secret Service here; CI runs these under dbus-run-session + gnome-keyring",
)


@pytest.mark.keychain
@needs_secret_service
def test_real_secret_service_unlocks_and_forgets(new_vault: Vault, vault_dir: Path) -> None:
    keychain = Keychain()
    assert keychain.name == "keyring.backends.SecretService.Keyring"
    with new_vault.transaction():
        new_vault.set_meta("marker", "sleutelhanger")
    new_vault.enable_keychain(keychain)
    new_vault.close()
    with Vault.open(vault_dir, keychain=keychain) as vault:
        assert vault.get_meta("marker") == "sleutelhanger"
        vault.disable_keychain(keychain)
    assert keychain.load(KeySlots.load(vault_dir).vault_id) is None
    with pytest.raises(WrongKeyError) as caught:
        Vault.open(vault_dir, keychain=keychain)
    assert caught.value.key == "vault.keychain-not-enabled"
