"""The vault commands end to end, in real subprocesses: exit codes and sentences as DESIGN.md fixes them."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault

NEW = "een nieuwe wachtwoordzin voor de kluis"


@pytest.fixture
def closed_vault(vault_dir: Path) -> tuple[Path, str]:
    vault, recovery = make_vault(vault_dir)
    with vault.transaction():
        vault.set_meta("marker", "cli")
    vault.close()
    return vault_dir, recovery


def test_init_prints_the_recovery_key_last_and_it_opens_the_vault(cli, tmp_path: Path) -> None:
    target = tmp_path / "nieuw"
    result = cli("init", "--vault", target, "--passphrase-stdin", stdin=NEW + "\n")
    assert result.code == 0, result.err
    key = result.out.strip().splitlines()[-1]
    assert len(key.split("-")) == 9
    result = cli("self-test", "--vault", target, "--passphrase-stdin", stdin=NEW + "\n")
    assert result.code == 0, result.err
    assert "in orde" in result.out
    keyslots = (target / "keyslots.json").read_text()
    assert '"memory_kib": 65536' in keyslots  # init never makes cheap slots


def test_init_refuses_a_short_passphrase_and_creates_nothing(cli, tmp_path: Path) -> None:
    result = cli("init", "--vault", tmp_path / "nieuw", "--passphrase-stdin", stdin="kort\n")
    assert result.code == 2
    assert "minstens 12 tekens" in result.err
    assert not (tmp_path / "nieuw").exists()


def test_wrong_passphrase_exit_3_one_sentence_nothing_changed(cli, closed_vault) -> None:
    vault_dir, _ = closed_vault
    before = snapshot(vault_dir)
    result = cli(
        "backup",
        "--vault",
        vault_dir,
        "--out",
        vault_dir.parent / "b",
        "--passphrase-stdin",
        stdin="fout fout fout\n",
    )
    assert result.code == 3
    assert result.err.strip() == "Deze wachtwoordzin opent de kluis niet."
    assert "Traceback" not in result.err
    assert snapshot(vault_dir) == before
    assert not (vault_dir.parent / "b").exists()


def test_passwd_keeps_database_identical_and_recovery_key_still_opens(cli, closed_vault) -> None:
    vault_dir, recovery = closed_vault
    db_before = hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest()
    result = cli("passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert result.code == 0, result.err
    assert hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest() == db_before
    old = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert old.code == 3
    assert cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=NEW + "\n").code == 0
    third = "nog een andere wachtwoordzin"
    result = cli("recover", "--vault", vault_dir, "--passphrase-stdin", stdin=f"{recovery}\n{third}\n")
    assert result.code == 0, result.err
    assert cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=third + "\n").code == 0


def test_backup_restore_and_rotate_through_the_cli(cli, closed_vault, tmp_path: Path) -> None:
    vault_dir, _ = closed_vault
    backup = tmp_path / "kluis.vpbackup"
    assert (
        cli(
            "backup", "--vault", vault_dir, "--out", backup, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        ).code
        == 0
    )
    restored = tmp_path / "terug"
    result = cli(
        "restore", "--from", backup, "--vault", restored, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.code == 0, result.err
    result = cli("rotate", "--vault", restored, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert result.code == 0, result.err
    new_key = result.out.strip().splitlines()[-1]
    result = cli("recover", "--vault", restored, "--passphrase-stdin", stdin=f"{new_key}\n{PASSPHRASE}\n")
    assert result.code == 0, result.err


def test_restore_refuses_a_file_that_is_not_a_backup(cli, closed_vault, tmp_path: Path) -> None:
    vault_dir, _ = closed_vault
    bogus = tmp_path / "bogus.vpbackup"
    bogus.write_bytes(os.urandom(5000))
    before = snapshot(vault_dir)
    result = cli(
        "restore", "--from", bogus, "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.code == 2
    assert "geen (volledig) back-upbestand" in result.err
    assert snapshot(vault_dir) == before


def _damage(kind: str, vault_dir: Path) -> None:
    db, slots = vault_dir / "vault.db", vault_dir / "keyslots.json"
    if kind == "flipped-byte-page-1":
        data = bytearray(db.read_bytes())
        data[100] ^= 0x40
        db.write_bytes(bytes(data))
    elif kind == "flipped-byte-later-page":
        data = bytearray(db.read_bytes())
        data[len(data) - 2000] ^= 0x01
        db.write_bytes(bytes(data))
    elif kind == "truncated":
        db.write_bytes(db.read_bytes()[: 4096 + 1000])
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "plain-sqlite":
        db.unlink()
        plain = sqlite3.connect(db)
        plain.execute("CREATE TABLE t (x)")
        plain.commit()
        plain.close()
    elif kind == "random":
        db.write_bytes(os.urandom(16384))
    elif kind == "keyslots-damaged":
        slots.write_text(slots.read_text()[:-40])
    elif kind == "keyslots-bad-kdf":
        doc = json.loads(slots.read_text())
        doc["slots"][0]["kdf"]["memory_kib"] = -1
        slots.write_text(json.dumps(doc))
    elif kind == "keyslots-missing":
        slots.unlink()
    elif kind == "database-missing":
        db.unlink()


DAMAGE = [
    "flipped-byte-page-1",
    "flipped-byte-later-page",
    "truncated",
    "empty",
    "plain-sqlite",
    "random",
    "keyslots-damaged",
    "keyslots-bad-kdf",
    "keyslots-missing",
    "database-missing",
]


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_vault_exit_4_mentions_backups_and_creates_nothing(cli, closed_vault, kind: str) -> None:
    vault_dir, _ = closed_vault
    _damage(kind, vault_dir)
    before = snapshot(vault_dir)
    # self-test --vault reads every page, so damage anywhere in the file is found
    result = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 4, (kind, result.out, result.err)
    assert "back-up" in result.err.lower()
    assert "Traceback" not in result.err
    # SQLCipher's own log ("ERROR CORE sqlcipher_page_cipher: hmac check failed ...") never reaches the terminal
    assert "CORE" not in result.err + result.out and "sqlcipher" not in (result.err + result.out).lower()
    assert " /backups" not in result.err  # a backup folder is named with its vault, never a bare root path
    assert snapshot(vault_dir) == before  # never a new or plaintext database in its place
    if (vault_dir / "vault.db").exists() and kind != "plain-sqlite":
        assert (vault_dir / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_newer_schema_is_refused_with_the_versions_named(cli, closed_vault) -> None:
    from vertrouwenspersoon.store.connection import connect
    from vertrouwenspersoon.store.keyslots import KeySlots

    vault_dir, _ = closed_vault
    key = KeySlots.load(vault_dir).open_with_passphrase(PASSPHRASE)
    conn = connect(vault_dir / "vault.db", key)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = snapshot(vault_dir)
    result = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 4
    assert "nieuwere versie" in result.err and "999" in result.err
    assert snapshot(vault_dir) == before


def test_second_process_gets_exit_5(cli, closed_vault) -> None:
    from vertrouwenspersoon.store.vault import Vault

    vault_dir, _ = closed_vault
    with Vault.open(vault_dir, passphrase=PASSPHRASE):
        result = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 5
    assert (
        result.err.strip() == "Deze kluis is al geopend door een ander venster of programma. Sluit dat eerst."
    )


def test_audit_tampering_is_detected_by_self_test(cli, closed_vault) -> None:
    from vertrouwenspersoon.store.vault import Vault

    vault_dir, _ = closed_vault
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        for n in range(4):
            vault.record("test.event", "probe", str(n))
        vault.conn.execute("DELETE FROM audit WHERE id = 3")
    result = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 4
    assert "audit event 3 is missing" in result.out + result.err


def test_usage_errors_exit_1_and_missing_stdin_lines_exit_2(cli, closed_vault) -> None:
    vault_dir, _ = closed_vault
    assert cli("backup", "--vault", vault_dir).code == 1  # --out missing
    assert cli("no-such-command").code == 1
    result = cli("passwd", "--vault", vault_dir, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 2
    assert "Standaardinvoer eindigde" in result.err


def test_runtime_self_test_reports_what_it_found(cli) -> None:
    result = cli("self-test")
    assert result.code == 0, result.out + result.err
    assert "SQLCipher 4." in result.out
    assert "FTS5" in result.out
    assert "Argon2id 64 MiB" in result.out
    assert "Zelftest geslaagd." in result.out


def test_english_messages_when_asked(cli, closed_vault) -> None:
    vault_dir, _ = closed_vault
    cli.env["VERTROUWENSPERSOON_LANG"] = "en"
    result = cli("self-test", "--vault", vault_dir, "--passphrase-stdin", stdin="wrong wrong wrong\n")
    assert result.code == 3
    assert result.err.strip() == "This passphrase does not open the vault."
