"""The vault through its API: unlocking, key slots, backups, rotation, audit trail."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.errors import BadInputError, VaultInUseError, WrongKeyError
from vertrouwenspersoon.security import recovery_key
from vertrouwenspersoon.security.kdf import weak_params_for_tests
from vertrouwenspersoon.store.connection import SQLITE_HEADER
from vertrouwenspersoon.store.vault import Vault, restore


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_marker(vault: Vault, text: str) -> None:
    with vault.transaction():
        vault.set_meta("marker", text)


def test_recovery_key_has_at_least_128_bits_in_readable_groups(new_vault: Vault) -> None:
    key = new_vault.recovery_key_for_tests
    groups = key.split("-")
    assert all(len(g) == 5 and g.isdigit() for g in groups)
    payload_digits = len("".join(groups)) - recovery_key.CHECK_DIGITS
    assert payload_digits * 3.3219 >= 128


def test_a_typo_in_the_recovery_key_is_told_apart_from_a_wrong_key(vault_dir: Path, new_vault: Vault) -> None:
    key = new_vault.recovery_key_for_tests
    new_vault.close()
    typo = ("1" if key[0] != "1" else "2") + key[1:]
    with pytest.raises(WrongKeyError) as caught:
        Vault.open(vault_dir, recovery=typo)
    assert caught.value.key == "vault.recovery-key-typo"
    other_key = recovery_key.generate()
    with pytest.raises(WrongKeyError) as caught:
        Vault.open(vault_dir, recovery=other_key)
    assert caught.value.key == "vault.wrong-recovery-key"


def test_data_survives_close_and_reopen_with_passphrase_and_recovery_key(
    vault_dir: Path, new_vault: Vault
) -> None:
    write_marker(new_vault, "bewaard")
    key = new_vault.recovery_key_for_tests
    new_vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.get_meta("marker") == "bewaard"
    with Vault.open(vault_dir, recovery=key.replace("-", " ")) as vault:
        assert vault.get_meta("marker") == "bewaard"


def test_wrong_passphrase_changes_no_file(vault_dir: Path, new_vault: Vault) -> None:
    new_vault.close()
    before = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongKeyError):
        Vault.open(vault_dir, passphrase="dit is niet de wachtwoordzin")
    after = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    assert after == before


def test_change_passphrase_leaves_database_identical(vault_dir: Path, new_vault: Vault) -> None:
    write_marker(new_vault, "x")
    new_vault.close()
    before = sha256(vault_dir / "vault.db")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        vault.change_passphrase("een heel andere wachtwoordzin", kdf_params=weak_params_for_tests())
    assert sha256(vault_dir / "vault.db") == before
    with pytest.raises(WrongKeyError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    Vault.open(vault_dir, passphrase="een heel andere wachtwoordzin").close()


def test_second_open_of_the_same_vault_is_refused(vault_dir: Path, new_vault: Vault) -> None:
    with pytest.raises(VaultInUseError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)


def test_backup_and_restore_round_trip_into_a_new_directory(tmp_path: Path, new_vault: Vault) -> None:
    write_marker(new_vault, "in de back-up")
    backup = tmp_path / "kluis.vpbackup"
    new_vault.backup_to(backup)
    assert backup.read_bytes()[:16] != SQLITE_HEADER
    new_vault.close()
    restore(backup, tmp_path / "elders", PASSPHRASE)
    with Vault.open(tmp_path / "elders", passphrase=PASSPHRASE) as vault:
        assert vault.get_meta("marker") == "in de back-up"
        assert [e.action for e in vault.audit.events()][-1] == "vault.restore"
        assert vault.verify() == []


def test_restore_with_current_passphrase_after_a_passphrase_change(
    tmp_path: Path, vault_dir: Path, new_vault: Vault
) -> None:
    write_marker(new_vault, "voor de wijziging")
    backup = tmp_path / "oud.vpbackup"
    new_vault.backup_to(backup)
    new_vault.change_passphrase("de nieuwe wachtwoordzin is dit", kdf_params=weak_params_for_tests())
    write_marker(new_vault, "na de wijziging")
    new_vault.close()
    restore(backup, vault_dir, "de nieuwe wachtwoordzin is dit")
    with Vault.open(vault_dir, passphrase="de nieuwe wachtwoordzin is dit") as vault:
        assert vault.get_meta("marker") == "voor de wijziging"


def test_restore_of_a_damaged_backup_replaces_nothing(
    tmp_path: Path, vault_dir: Path, new_vault: Vault
) -> None:
    write_marker(new_vault, "huidig")
    backup = tmp_path / "kapot.vpbackup"
    new_vault.backup_to(backup)
    new_vault.close()
    data = bytearray(backup.read_bytes())
    data[6000] ^= 0x01  # inside the second database page
    backup.write_bytes(bytes(data))
    db_before = sha256(vault_dir / "vault.db")
    with pytest.raises(BadInputError) as caught:
        restore(backup, vault_dir, PASSPHRASE)
    assert caught.value.key == "backup.damaged"
    assert sha256(vault_dir / "vault.db") == db_before
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.get_meta("marker") == "huidig"


def test_rotation_reencrypts_and_replaces_the_recovery_key(vault_dir: Path, new_vault: Vault) -> None:
    write_marker(new_vault, "geroteerd")
    old_recovery = new_vault.recovery_key_for_tests
    old_db = (vault_dir / "vault.db").read_bytes()
    new_recovery = new_vault.rotate_data_key(PASSPHRASE, kdf_params=weak_params_for_tests())
    assert new_vault.get_meta("marker") == "geroteerd"
    new_vault.close()
    assert (vault_dir / "vault.db").read_bytes()[:16] != old_db[:16]  # new salt, new key
    with pytest.raises(WrongKeyError):
        Vault.open(vault_dir, recovery=old_recovery)
    with Vault.open(vault_dir, recovery=new_recovery) as vault:
        assert vault.get_meta("marker") == "geroteerd"
        assert vault.verify() == []


def test_interrupted_rotation_after_database_swap_is_rolled_forward(
    vault_dir: Path, new_vault: Vault
) -> None:
    """Simulate a crash between step 3 and 4 of swap.install: the new slots are still .next."""
    write_marker(new_vault, "halverwege")
    saved_slots = (vault_dir / "keyslots.json").read_bytes()
    new_vault.rotate_data_key(PASSPHRASE, kdf_params=weak_params_for_tests())
    new_vault.close()
    new_slots = (vault_dir / "keyslots.json").read_bytes()
    (vault_dir / "keyslots.json.next").write_bytes(new_slots)
    (vault_dir / "keyslots.json").write_bytes(saved_slots)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.get_meta("marker") == "halverwege"
    assert not (vault_dir / "keyslots.json.next").exists()


def test_daily_backup_is_made_once_per_day_and_rotated(vault_dir: Path, new_vault: Vault) -> None:
    from datetime import datetime, timedelta

    day = [datetime(2026, 3, 1, 9, 0)]
    new_vault.now = lambda: day[0]
    made = []
    for _ in range(10):
        made.append(new_vault.daily_backup())
        assert new_vault.daily_backup() is None  # a second open on the same day makes none
        day[0] += timedelta(days=1)
    kept = sorted(p.name for p in (vault_dir / "backups").iterdir())
    assert len(kept) == 7
    assert kept[-1] == "auto-2026-03-10.vpbackup"
    assert all(p is not None for p in made)


def test_audit_chain_detects_removed_altered_and_truncated_events(vault_dir: Path, new_vault: Vault) -> None:
    for n in range(5):
        new_vault.record("test.event", "probe", str(n))
    assert new_vault.verify() == []
    conn = new_vault.conn
    conn.execute("UPDATE audit SET object_id = 'x' WHERE id = 3")
    assert any("altered" in p for p in new_vault.verify())
    conn.execute("UPDATE audit SET object_id = '1' WHERE id = 3")
    assert new_vault.verify() == []
    conn.execute("DELETE FROM audit WHERE id = 2")
    assert any("missing" in p for p in new_vault.verify())
    new_vault.close()

    other, _ = make_vault(vault_dir.parent / "tweede")
    with other:
        for n in range(3):
            other.record("test.event", "probe", str(n))
        other.conn.execute("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)")
        assert any("end of the audit trail" in p for p in other.verify())


def test_audit_events_hold_no_case_content(new_vault: Vault) -> None:
    new_vault.record("case.update", "case", "17")
    event = new_vault.audit.events()[-1]
    assert (event.action, event.object_type, event.object_id) == ("case.update", "case", "17")
    columns = [r[1] for r in new_vault.conn.execute("PRAGMA table_info(audit)")]
    assert columns == ["id", "at", "action", "object_type", "object_id", "hash"]


def test_create_refuses_an_existing_vault(vault_dir: Path, new_vault: Vault) -> None:
    new_vault.close()
    with pytest.raises(BadInputError) as caught:
        make_vault(vault_dir)
    assert caught.value.key == "vault.exists"


def test_files_are_private(vault_dir: Path, new_vault: Vault) -> None:
    new_vault.daily_backup()
    assert (vault_dir.stat().st_mode & 0o777) == 0o700
    for path in vault_dir.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert (path.stat().st_mode & 0o777) == expected, path.name


def test_a_thread_view_writes_through_its_own_connection_and_keeps_the_lock(
    vault_dir: Path, new_vault: Vault
) -> None:
    import threading

    done = []

    def work() -> None:
        view = new_vault.thread_view()
        with view.transaction():
            view.set_meta("from_worker", "ja")
            view.audit.record("test.worker", "probe", "1")
        view.close()
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]
    assert new_vault.get_meta("from_worker") == "ja"  # visible to the vault's own connection
    assert new_vault.verify() == []
    with pytest.raises(VaultInUseError):  # the view's close did not give the lock away
        Vault.open(vault_dir, passphrase=PASSPHRASE)
