"""Data lost (issue 17): two `init` on one new folder at once let the second silently replace the first
(whose recovery key was already printed); `init` over key slots without a database, or over a dangling
vault.db symlink, replaced what was there. Now the check is repeated under the vault lock and anything of
a vault counts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.vaults import make_vault
from vertrouwenspersoon.store.vault import Vault

pytestmark = pytest.mark.attack("data-loss")

NEW = "een nieuwe wachtwoordzin voor de kluis"


def test_init_refuses_key_slots_without_a_database(cli, tmp_path: Path) -> None:
    folder = tmp_path / "kluis"
    vault, _ = make_vault(folder)
    vault.close()
    (folder / "vault.db").unlink()  # e.g. a half-copied folder: the key slots are what makes it restorable
    slots = (folder / "keyslots.json").read_bytes()
    result = cli("init", "--vault", folder, "--passphrase-stdin", stdin=f"{NEW}\n{NEW}\n")
    assert result.code == 2 and "staat al een kluis" in result.err, result.err
    assert (folder / "keyslots.json").read_bytes() == slots and not (folder / "vault.db").exists()


def test_init_refuses_a_dangling_database_symlink(cli, tmp_path: Path) -> None:
    folder, target = tmp_path / "kluis", tmp_path / "elders" / "vault.db"
    folder.mkdir()
    (folder / "vault.db").symlink_to(target)
    result = cli("init", "--vault", folder, "--passphrase-stdin", stdin=f"{NEW}\n{NEW}\n")
    assert result.code == 2, result.err
    assert (
        (folder / "vault.db").is_symlink() and not target.exists() and not (folder / "keyslots.json").exists()
    )


def test_two_inits_at_once_one_vault_and_its_printed_key_opens_it(tmp_path: Path, isolated_dirs) -> None:
    import os

    for attempt in range(4):
        folder = tmp_path / f"kluis-{attempt}"
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "vertrouwenspersoon",
                    "init",
                    "--vault",
                    str(folder),
                    "--passphrase-stdin",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=dict(os.environ),
            )
            for _ in range(2)
        ]
        results = [(*p.communicate(f"{NEW}\n{NEW}\n", timeout=120), p.returncode) for p in procs]
        winners = [r for r in results if r[2] == 0]
        losers = [r for r in results if r[2] != 0]
        assert len(winners) == 1, results
        assert losers[0][2] in (2, 5) and "Traceback" not in losers[0][1], losers  # exists, or locked
        key = winners[0][0].strip().splitlines()[-1]
        Vault.open(folder, recovery=key).close()  # the key that was printed is the vault's key
