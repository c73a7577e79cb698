"""Cheap vaults for tests: real SQLCipher and real key slots, with weak Argon2 parameters."""

from __future__ import annotations

from pathlib import Path

from vertrouwenspersoon.security.kdf import weak_params_for_tests
from vertrouwenspersoon.store.vault import Vault

PASSPHRASE = "een testwachtwoordzin die lang genoeg is"


def make_vault(directory: Path, passphrase: str = PASSPHRASE) -> tuple[Vault, str]:
    return Vault.create(directory, passphrase, kdf_params=weak_params_for_tests())
