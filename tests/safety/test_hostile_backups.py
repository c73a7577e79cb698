"""Hostile backups (issue 17). `vertrouwenspersoon restore` read a backup's key slots unchecked: `kdf` null or
a list, deep nesting and Argon2 memory 8 KiB x 64 lanes gave a traceback, a 20-byte recovery salt was restored
as it was, 1 GiB x 64 passes took minutes, and a FIFO given as the backup hung the command in open(). And when
the vault's `backups/` folder was a symbolic link to another folder, the daily backup followed it: it changed
that folder's mode, wrote a backup into it and pruned its files.

Now a backup is opened through bounded_input (regular files only), its key slots are at most 64 KiB and checked
whole like keyslots.json before any key is derived (a damaged one: "the keys inside the backup are damaged;
nothing was restored", exit 2, nothing created), and a backups folder that is a link or not a folder is refused
with a sentence (exit 2) before anything is written there.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from support.key_damage import DAMAGE, change_kdf, damaged, rewrite_slots, slot_part
from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.store import backup_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase"


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    vault, _ = make_vault(tmp_path / "kluis")
    out = tmp_path / "kopie.vpbackup"
    vault.backup_to(out)
    vault.close()
    return out


BACKUP_DAMAGE = {
    name: DAMAGE[name]
    for name in (
        "kdf null",
        "kdf a string",
        "kdf a list",
        "memory 8 KiB x parallelism 64",
        "memory a fraction",
        "time cost true",
        "nonce 12 bytes",
        "wrapped key 32 bytes",
        "recovery salt 20 bytes",
        "vault id an object",
    )
}
BACKUP_DAMAGE["Argon2 1 GiB x 64 passes"] = change_kdf(memory_kib=1024 * 1024, time_cost=64)


def _restore(cli, source: Path, target: Path):
    start = time.monotonic()
    result = cli(
        "restore",
        "--from",
        source,
        "--vault",
        target,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        timeout=30,
    )
    assert time.monotonic() - start < 10
    assert "Traceback" not in result.err + result.out
    return result


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("name", list(BACKUP_DAMAGE))
def test_a_backup_with_damaged_key_slots_is_refused_and_nothing_restored(
    cli, backup: Path, tmp_path: Path, name: str
) -> None:
    rewrite_slots(backup, damaged(slot_part(backup), BACKUP_DAMAGE[name]))
    target = tmp_path / "teruggezet"
    result = _restore(cli, backup, target)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "sleutels in de back-up" in result.err and "niets teruggezet" in result.err
    assert not target.exists()


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("where", ["inside kdf", "whole slot part"])
def test_a_backup_whose_key_slots_nest_a_hundred_thousand_deep_is_refused(
    cli, backup: Path, tmp_path: Path, where: str
) -> None:
    deep = b"[" * 30_000 + b"]" * 30_000  # 60 KB: within the slot part's 64 KiB, far beyond its depth
    raw = slot_part(backup)
    rewrite_slots(
        backup,
        raw.replace(b'"kdf": {', b'"kdf": ' + deep + b', "x": {', 1) if where == "inside kdf" else deep,
    )
    target = tmp_path / "teruggezet"
    result = _restore(cli, backup, target)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "sleutels in de back-up" in result.err
    assert not target.exists()


@pytest.mark.attack("traceback")
def test_restoring_a_damaged_backup_over_a_vault_leaves_the_vault_as_it_was(
    cli, backup: Path, tmp_path: Path
) -> None:
    rewrite_slots(backup, damaged(slot_part(backup), DAMAGE["memory 8 KiB x parallelism 64"]))
    current = backup.parent / "kluis"
    before = snapshot(current)
    result = _restore(cli, backup, current)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "niets teruggezet" in result.err
    assert snapshot(current) == before


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _link(device: str):
    def replace(path: Path) -> None:
        path.unlink()
        path.symlink_to(device)

    return replace


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _huge_slot_length(path: Path) -> None:
    """A 1 GiB sparse file whose trailer claims a 512 MiB slot part."""
    with open(path, "r+b") as handle:
        handle.truncate(1 << 30)
        handle.seek((1 << 30) - len(backup_file.MAGIC) - backup_file.TRAILER.size)
        handle.write(backup_file.TRAILER.pack(1 << 29) + backup_file.MAGIC)


NOT_A_BACKUP = {
    "a FIFO": _fifo,
    "a link to /dev/zero": _link("/dev/zero"),
    "a folder": _folder,
    "a trailer claiming 512 MiB of key slots": _huge_slot_length,
}


@pytest.mark.attack("hang")
@pytest.mark.parametrize("name", list(NOT_A_BACKUP))
def test_what_is_no_backup_file_is_refused_at_once(cli, backup: Path, tmp_path: Path, name: str) -> None:
    NOT_A_BACKUP[name](backup)
    target = tmp_path / "teruggezet"
    result = _restore(cli, backup, target)
    assert result.code == 2, (result.code, result.out, result.err)
    assert "geen (volledig) back-upbestand" in result.err
    assert not target.exists()


# -- a backups folder that is not the vault's own ----------------------------------------------------


def _elsewhere(tmp_path: Path) -> Path:
    """Someone else's folder, with files the daily backup's pruning would match."""
    other = tmp_path / "andere-map"
    other.mkdir()
    for day in range(1, 10):
        (other / f"auto-2020-01-0{day}.vpbackup").write_bytes(b"not mine %d" % day)
    (other / "notities.txt").write_text("van iemand anders\n")
    other.chmod(0o755)
    return other


def _state(folder: Path) -> tuple[dict[str, str], int, list[str]]:
    return snapshot(folder), stat.S_IMODE(folder.stat().st_mode), sorted(p.name for p in folder.iterdir())


@pytest.mark.attack("data-loss")
@pytest.mark.parametrize("command", ["cases", "backup"])
def test_a_backups_folder_linked_elsewhere_is_never_written(cli, tmp_path: Path, command: str) -> None:
    vault, _ = make_vault(tmp_path / "kluis")
    vault.close()
    other = _elsewhere(tmp_path)
    (tmp_path / "kluis" / "backups").symlink_to(other, target_is_directory=True)
    before = _state(other)
    extra = ["--out", tmp_path / "los.vpbackup"] if command == "backup" else []
    result = cli(
        command, "--vault", tmp_path / "kluis", *extra, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.code == 2, (result.code, result.out, result.err)
    assert "symbolische link" in result.err and "gewone map" in result.err
    assert "Traceback" not in result.err
    assert _state(other) == before


@pytest.mark.attack("data-loss")
def test_a_migration_never_writes_its_backup_through_a_linked_backups_folder(cli, tmp_path: Path) -> None:
    vault_dir = tmp_path / "oude-kluis"
    shutil.copytree(FIXTURES / "vault-v1", vault_dir)
    shutil.rmtree(vault_dir / "backups", ignore_errors=True)
    other = _elsewhere(tmp_path)
    (vault_dir / "backups").symlink_to(other, target_is_directory=True)
    before = (_state(other), _vault_files(vault_dir))
    result = cli("cases", "--vault", vault_dir, "--passphrase-stdin", stdin=FIXTURE_PASSPHRASE + "\n")
    assert result.code == 2, (result.code, result.out, result.err)
    assert "symbolische link" in result.err and "Traceback" not in result.err
    assert (_state(other), _vault_files(vault_dir)) == before  # and not migrated without its backup


def _vault_files(folder: Path) -> dict[str, str]:
    return {
        name: digest for name, digest in snapshot(folder).items() if name in ("vault.db", "keyslots.json")
    }


@pytest.mark.attack("wrong-message")
def test_a_backups_file_in_place_of_the_folder_is_named(cli, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "kluis")
    vault.close()
    (tmp_path / "kluis" / "backups").write_text("geen map\n")
    result = cli("cases", "--vault", tmp_path / "kluis", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 2, (result.code, result.out, result.err)
    assert "geen gewone map" in result.err and "Traceback" not in result.err
    assert (tmp_path / "kluis" / "backups").read_text() == "geen map\n"
