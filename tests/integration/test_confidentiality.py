"""Confidentiality of the vault's files: a canary written through the store is found nowhere in the
clear after every vault operation, and every database file begins with random bytes."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

from support.canary import scan
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.store.connection import SQLITE_HEADER
from vertrouwenspersoon.store.keyslots import KeySlots
from vertrouwenspersoon.store.vault import Vault

NEW = "een nieuwe wachtwoordzin voor de kluis"


def test_canary_is_nowhere_in_the_clear_after_every_vault_operation(
    cli, tmp_path: Path, vault_dir: Path, isolated_dirs: dict[str, Path]
) -> None:
    marker = f"KANARIE-{secrets.token_hex(8)}-Mélanie-مرحبا"
    vault, _ = make_vault(vault_dir)
    with vault.transaction():
        vault.set_meta("note", (marker + " ") * 2000)  # spills into overflow pages
    vault.close()

    backup, restored = tmp_path / "kopie.vpbackup", tmp_path / "teruggezet"
    steps = [
        ("backup", "--vault", vault_dir, "--out", backup, "--passphrase-stdin", PASSPHRASE),
        ("restore", "--from", backup, "--vault", restored, "--passphrase-stdin", PASSPHRASE),
        ("passwd", "--vault", vault_dir, "--passphrase-stdin", f"{PASSPHRASE}\n{NEW}"),
        ("rotate", "--vault", vault_dir, "--passphrase-stdin", f"{NEW}\n{PASSPHRASE}"),
        ("self-test", "--vault", vault_dir, "--passphrase-stdin", PASSPHRASE),
    ]
    for *args, stdin in steps:
        result = cli(*args, stdin=stdin + "\n")
        assert result.code == 0, (args[0], result.err)
        assert marker not in result.out + result.err

    with Vault.open(restored, passphrase=PASSPHRASE) as again:  # lock/unlock in-process too
        assert again.get_meta("note").startswith(marker)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as again:
        assert again.get_meta("note").startswith(marker)
        again.daily_backup()

    roots = [tmp_path, isolated_dirs["tmp"], isolated_dirs["config"], isolated_dirs["cache"]]
    assert scan(roots, marker) == []
    assert scan(roots, "KANARIE-") == []


def test_every_database_file_starts_with_random_bytes_and_no_key_is_stored(
    tmp_path: Path, vault_dir: Path
) -> None:
    vault, _ = make_vault(vault_dir)
    with vault.transaction():
        vault.set_meta("x", "y")
    vault.daily_backup()
    vault.backup_to(tmp_path / "b1.vpbackup")
    vault.close()
    data_key = KeySlots.load(vault_dir).open_with_passphrase(PASSPHRASE)

    files = [p for p in [*vault_dir.rglob("*"), tmp_path / "b1.vpbackup"] if p.is_file()]
    databases = [p for p in files if p.name not in ("keyslots.json", "vault.lock")]
    assert len(databases) == 3
    starts = {p.read_bytes()[:16] for p in databases}
    assert SQLITE_HEADER not in starts
    assert len(starts) == len(databases)  # each file its own random salt
    for path in files:
        content = path.read_bytes()
        for form in (data_key, data_key.hex().encode(), base64.b64encode(data_key)):
            assert form not in content, path.name
