"""Data lost (issue 17): `report`, `export`, `stats export`, `backup --out` and `stats keygen` accepted the
vault's own keyslots.json or vault.db as their output and destroyed the vault. Every output path inside a
vault folder (this vault or another, directly, in backups/, or through a symbolic link) is now refused with
exit 2 before anything is read or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault

pytestmark = pytest.mark.attack("data-loss")


@pytest.fixture
def vaults(tmp_path: Path) -> tuple[Path, Path]:
    mine, other = tmp_path / "kluis", tmp_path / "andere-kluis"
    for folder in (mine, other):
        vault, _ = make_vault(folder)
        vault.close()
    (mine / "backups").mkdir(exist_ok=True)
    return mine, other


TARGETS = {
    "own key slots": lambda mine, other, tmp: mine / "keyslots.json",
    "own database": lambda mine, other, tmp: mine / "vault.db",
    "new file in the vault folder": lambda mine, other, tmp: mine / "verslag.pdf",
    "backups folder": lambda mine, other, tmp: mine / "backups" / "extra.pdf",
    "another vault's key slots": lambda mine, other, tmp: other / "keyslots.json",
    "symlink to the key slots": lambda mine, other, tmp: _link(
        tmp / "looks-harmless.pdf", mine / "keyslots.json"
    ),
    "symlinked folder into the vault": lambda mine, other, tmp: _link(tmp / "uit", mine) / "x.json",
}


def _link(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


def _command(name: str, mine: Path, out: Path, tmp: Path) -> list[object]:
    year = "2026"
    return {
        "report-pdf": ["report", "--vault", mine, "--year", year, "--out", out],
        "export": ["export", "--vault", mine, "--plain", "--out", out],
        "stats-export": [
            "stats",
            "export",
            "--vault",
            mine,
            "--year",
            year,
            "--to",
            tmp / "pub.json",
            "--out",
            out,
        ],
        "backup": ["backup", "--vault", mine, "--out", out],
        "keygen": ["stats", "keygen", "--out", out],
    }[name]


@pytest.mark.parametrize("target", list(TARGETS))
@pytest.mark.parametrize("command", ["report-pdf", "export", "stats-export", "backup", "keygen"])
def test_no_output_lands_inside_a_vault(cli, vaults, tmp_path: Path, command: str, target: str) -> None:
    mine, other = vaults
    out = TARGETS[target](mine, other, tmp_path)
    before = (snapshot(mine), snapshot(other))
    result = cli(*_command(command, mine, out, tmp_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n" * 3)
    assert result.code == 2, (result.out, result.err)
    assert "kluismap" in result.err and "Traceback" not in result.err
    assert (snapshot(mine), snapshot(other)) == before  # not one byte of either vault changed


def test_an_output_beside_the_vault_is_still_written(cli, vaults, tmp_path: Path) -> None:
    mine, _ = vaults
    out = tmp_path / "kluis-verslag.json"  # a sibling whose name starts like the vault folder's
    result = cli(
        "report",
        "--vault",
        mine,
        "--year",
        "2026",
        "--out",
        out,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err
    assert out.stat().st_size > 0
