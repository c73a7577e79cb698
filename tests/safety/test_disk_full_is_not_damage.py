"""Wrong advice (issue 17): a full disk during `cases` or `report` was reported with exit 4, "damaged
vault", whose advice (restore a backup) loses everything since the backup. The vault is intact: exit 2,
the sentence says so, and the vault opens with every case afterwards."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.store.vault import Vault

pytestmark = pytest.mark.attack("wrong-message")


def _limited(limit_bytes: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return apply


@pytest.mark.parametrize("command", [["cases"], ["report", "--year", "2026", "--out", "OUT/r.pdf"]])
def test_a_full_disk_is_not_a_damaged_vault(tmp_path: Path, isolated_dirs, command: list[str]) -> None:
    vault_dir = tmp_path / "kluis"
    vault, _ = make_vault(vault_dir)
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE ballast (payload BLOB)")
        conn.execute("INSERT INTO ballast VALUES (randomblob(400000))")  # the daily backup will not fit
    vault.close()
    before = hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest()
    args = [a.replace("OUT", str(tmp_path)) for a in command]
    done = subprocess.run(
        [sys.executable, "-m", "vertrouwenspersoon", *args, "--vault", str(vault_dir), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ),
        preexec_fn=_limited(200_000),
        timeout=120,
    )
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "schijf vol" in done.stderr and "beschadigd" not in done.stderr and "Traceback" not in done.stderr
    assert hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest() == before
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert reopened.verify() == []
    leftovers = [p.name for p in vault_dir.rglob("*") if p.name.endswith((".tmp", ".part", ".new"))]
    assert leftovers == []
