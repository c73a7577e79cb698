"""Hostile key slots (issue 17). A damaged or hostile keyslots.json gave a traceback (`kdf` null, a string,
a list, nested a hundred thousand deep; Argon2 memory 8 KiB with parallelism 64; a 20-byte recovery salt), was
taken as a valid slot (a memory of 8.5, a time cost of `true` or "1"), was reported as a wrong passphrase (a
nonce or wrapped key of the wrong length, a vault id that is not one), or hung the command (a FIFO, a link to
/dev/zero, a huge file, Argon2 parameters of 1 GiB x 64 passes: minutes per attempt).

Now the key file is read through bounded_input (a regular file of at most 64 KiB) and checked whole before any
key derivation: every field of the type and length the app writes, Argon2 parameters within what the app itself
could have written. Anything else is the damaged-key-file sentence, exit 4, with the vault untouched.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from support.cli import CliRunner
from support.key_damage import DAMAGE, Damage, slot
from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault

KIB_PER_GIB = 1024 * 1024


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "kluis"
    opened, recovery = make_vault(folder)
    opened.close()
    return folder, recovery


def _damage(folder: Path, damage: Damage) -> None:
    path = folder / "keyslots.json"
    doc = json.loads(path.read_text())
    damage(doc)
    path.write_text(json.dumps(doc))


def _assert_damaged_key_file(result, folder: Path, before: dict[str, str]) -> None:
    assert result.code == 4, (result.code, result.out, result.err)
    assert "keyslots.json" in result.err and "beschadigd" in result.err
    assert "vertrouwenspersoon restore" in result.err  # says what to do
    assert "Traceback" not in result.err + result.out
    assert snapshot(folder) == before


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("name", list(DAMAGE))
def test_a_damaged_key_slot_is_the_damaged_key_file_sentence(cli, vault, name: str) -> None:
    folder, _ = vault
    _damage(folder, DAMAGE[name])
    before = snapshot(folder)
    result = cli("cases", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    _assert_damaged_key_file(result, folder, before)


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("where", ["inside kdf", "whole file"])
def test_a_key_file_nested_a_hundred_thousand_deep_is_damaged(cli, vault, where: str) -> None:
    folder, _ = vault
    path = folder / "keyslots.json"
    deep = "[" * 100_000 + "]" * 100_000
    if where == "inside kdf":
        path.write_text(path.read_text().replace('"kdf": {', f'"kdf": {deep}, "x": {{', 1))
    else:
        path.write_text(deep)
    before = snapshot(folder)
    result = cli("cases", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    _assert_damaged_key_file(result, folder, before)


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("name", ["recovery salt 20 bytes", "memory 8 KiB x parallelism 64", "kdf null"])
def test_recover_with_a_damaged_key_file_is_the_damaged_key_file_sentence(cli, vault, name: str) -> None:
    folder, recovery = vault
    _damage(folder, DAMAGE[name])
    before = snapshot(folder)
    stdin = f"{recovery}\neen nieuwe wachtwoordzin voor de kluis\n"
    result = cli("recover", "--vault", folder, "--passphrase-stdin", stdin=stdin)
    _assert_damaged_key_file(result, folder, before)


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _link_to(device: str) -> Callable[[Path], None]:
    def replace(path: Path) -> None:
        path.unlink()
        path.symlink_to(device)

    return replace


def _huge(path: Path) -> None:
    """A 1 GiB file (sparse: it costs no disk) that opens like the real one."""
    start = path.read_bytes()
    with open(path, "r+b") as handle:
        handle.truncate(1 << 30)
        handle.write(start[:-2])


def _argon2(memory_kib: int, time_cost: int, parallelism: int = 1) -> Callable[[Path], None]:
    def replace(path: Path) -> None:
        doc = json.loads(path.read_text())
        slot(doc, "passphrase")["kdf"].update(
            memory_kib=memory_kib, time_cost=time_cost, parallelism=parallelism
        )
        path.write_text(json.dumps(doc))

    return replace


HANGS: dict[str, Callable[[Path], None]] = {
    "a FIFO": _fifo,
    "a link to /dev/zero": _link_to("/dev/zero"),
    "a link to /dev/urandom": _link_to("/dev/urandom"),
    "a 1 GiB file": _huge,
    "Argon2 1 GiB x 64 passes": _argon2(KIB_PER_GIB, 64),
    "Argon2 1 GiB x 8 passes x 4 lanes": _argon2(KIB_PER_GIB, 8, 4),
    "Argon2 256 MiB x 64 passes": _argon2(256 * 1024, 64),
    "Argon2 64 MiB x 64 passes x 64 lanes": _argon2(64 * 1024, 64, 64),
}


@pytest.mark.attack("hang")
@pytest.mark.parametrize("name", list(HANGS))
def test_a_key_file_that_would_hang_is_refused_at_once(cli, vault, name: str) -> None:
    folder, _ = vault
    HANGS[name](folder / "keyslots.json")
    before = snapshot(folder) if name.startswith("Argon2") else None
    start = time.monotonic()
    result = cli("cases", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=30)
    assert time.monotonic() - start < 10, name
    assert result.code == 4, (result.code, result.out, result.err)
    assert "keyslots.json" in result.err and "beschadigd" in result.err
    assert "Traceback" not in result.err
    if before is not None:
        assert snapshot(folder) == before


@pytest.mark.attack("wrong-message")
def test_the_english_sentence_is_given_with_the_language_set(cli, vault) -> None:
    folder, _ = vault
    _damage(folder, DAMAGE["kdf null"])
    english = CliRunner({**cli.env, "VERTROUWENSPERSOON_LANG": "en"})
    result = english("cases", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 4
    assert "keyslots.json" in result.err and "damaged" in result.err and "Traceback" not in result.err


@pytest.mark.attack("traceback")
def test_the_real_key_file_still_opens(cli, vault) -> None:
    """The checks refuse only what the app never writes: its own file, and the cheap test parameters, open."""
    folder, _ = vault
    result = cli("cases", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
