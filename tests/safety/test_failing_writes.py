"""Crash (issue 17): a write that fails half-way — ENOSPC or EIO at any write of a multi-table change,
a read-only vault, an output folder that vanished — must leave the vault as it was or with the whole
change, say "free space / not writable" (exit 2, errors.VaultWriteError), never "damaged, restore a
backup" (exit 4, whose advice loses everything since the backup), and never show a traceback.

The faults come from strace (`-e inject=pwrite64:error=ENOSPC:when=N+`: the Nth write and every later
one fail, as on a disk that filled up), so every write of an `import` (cases, their child tables and the
audit trail in one transaction) is hit in turn.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from support import faults
from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.exchange import to_document
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.vault import Vault

pytestmark = [
    pytest.mark.attack("crash"),
    pytest.mark.skipif(faults.STRACE is None, reason="strace is needed for syscall-level faults"),
]

TODAY = date.today()
WRITE_POINTS = 10  # failing-write points spread over one import's pwrite64 calls


def _references(folder: Path) -> frozenset[str]:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.verify() == []
        return frozenset(str(r[0]) for r in vault.conn.execute("SELECT reference FROM cases"))


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, Path, frozenset[str], frozenset[str]]:
    """A vault with today's backup made (so the import's own writes are the ones that fail) and a file."""
    folder = tmp_path / "template"
    vault, _ = make_vault(folder)
    cases = generate_cases(5, 80, TODAY.year - 3, TODAY.year, TODAY)
    with vault:
        CaseRepository(vault, default_taxonomy()).import_cases(cases[:40])
        vault.daily_backup()
    source = tmp_path / "import.json"
    source.write_text(json.dumps(to_document(cases[40:])), encoding="utf-8")
    return folder, source, frozenset(c.reference for c in cases[:40]), frozenset(c.reference for c in cases)


def _without_side_files(files: dict[str, str]) -> dict[str, str]:
    """SQLite's -wal/-shm beside vault.db are its own, consumed by the next open (checked there)."""
    return {name: digest for name, digest in files.items() if not name.endswith(("-wal", "-shm"))}


def _files_of(files: dict[str, str]) -> set[str]:
    return set(_without_side_files(files))


def _files(folder: Path) -> set[str]:
    return _files_of(snapshot(folder))


def _assert_write_failure(result: faults.Run) -> None:
    assert "Traceback" not in result.err, result.err
    assert result.code == 2, (result.code, result.err)
    assert "schijf vol of niet schrijfbaar" in result.err or "ruimte" in result.err, result.err
    assert "beschadigd" not in result.err, result.err


@pytest.mark.parametrize("error", ["ENOSPC", "EIO"])
def test_a_write_failing_anywhere_in_an_import_keeps_the_vault_whole(
    prepared: tuple[Path, Path, frozenset[str], frozenset[str]], tmp_path: Path, error: str
) -> None:
    template, source, before, after = prepared
    args = lambda folder: ["import", "--vault", folder, "--passphrase-stdin", source]  # noqa: E731
    counting = tmp_path / "count"
    shutil.copytree(template, counting)
    total = faults.syscall_counts(
        args(counting), PASSPHRASE + "\n", ("pwrite64",), dict(os.environ), tmp_path / "log"
    )["pwrite64"]
    assert total > 5
    for when in faults.spread(total, WRITE_POINTS):
        folder = tmp_path / f"w{when}"
        shutil.copytree(template, folder)
        untouched = snapshot(folder)
        result = faults.run_failing(
            args(folder), PASSPHRASE + "\n", "pwrite64", error, when, dict(os.environ)
        )
        if result.code != 0:
            _assert_write_failure(result)
        found = _references(folder)
        assert found in (before, after), when
        if result.code != 0 and found == before:
            assert _files(folder) == _files_of(untouched), when  # no file came or went
        assert faults.leftovers(folder) == [], when


def test_a_read_only_vault_is_not_a_damaged_one(
    prepared: tuple[Path, Path, frozenset[str], frozenset[str]],
) -> None:
    """Every write refused as on a read-only file system (EROFS): exit 2, the vault unchanged."""
    template, source, before, _after = prepared
    untouched = snapshot(template)
    result = faults.run_failing(
        ["import", "--vault", template, "--passphrase-stdin", source],
        PASSPHRASE + "\n",
        "pwrite64",
        "EROFS",
        1,
        dict(os.environ),
    )
    _assert_write_failure(result)
    assert _without_side_files(snapshot(template)) == untouched  # not one byte of the vault changed
    assert _references(template) == before
    assert faults.leftovers(template) == []  # SQLite's empty -wal/-shm went with that open


@pytest.mark.parametrize("command", ["backup", "report", "export"])
def test_an_output_folder_that_vanished_is_bad_input_not_damage(
    prepared: tuple[Path, Path, frozenset[str], frozenset[str]], tmp_path: Path, command: str
) -> None:
    template, _source, before, _after = prepared
    gone = tmp_path / "usb-stick"  # unplugged: the folder is not there any more
    args: dict[str, list[object]] = {
        "backup": ["backup", "--out", gone / "copy.vpbackup"],
        "report": ["report", "--year", str(TODAY.year), "--out", gone / "r.pdf"],
        "export": ["export", "--plain", "--out", gone / "cases.json"],
    }
    result = faults.run(
        [*args[command], "--vault", template, "--passphrase-stdin"], PASSPHRASE + "\n", env=dict(os.environ)
    )
    assert "Traceback" not in result.err, result.err
    assert result.code == 2, (result.code, result.err)
    assert "beschadigd" not in result.err and str(gone) in result.err, result.err
    assert not gone.exists()
    assert _references(template) == before
    assert faults.leftovers(template) == []
