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

import base64
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from support.cli import CliRunner
from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault

Doc = dict
Damage = Callable[[Doc], None]
KIB_PER_GIB = 1024 * 1024


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "kluis"
    opened, recovery = make_vault(folder)
    opened.close()
    return folder, recovery


def _b64(size: int) -> str:
    return base64.b64encode(b"\x01" * size).decode("ascii")


def _slot(doc: Doc, kind: str) -> dict:
    return next(s for s in doc["slots"] if s["type"] == kind)


def _kdf(**change: object) -> Damage:
    return lambda doc: _slot(doc, "passphrase")["kdf"].update(change)


def _set(kind: str, key: str, value: object) -> Damage:
    return lambda doc: _slot(doc, kind).__setitem__(key, value)


def _top(key: str, value: object) -> Damage:
    return lambda doc: doc.__setitem__(key, value)


# each: a change a disk or an attacker could make to a real keyslots.json
DAMAGE: dict[str, Damage] = {
    "kdf null": _set("passphrase", "kdf", None),
    "kdf a string": _set("passphrase", "kdf", "argon2id"),
    "kdf a list": _set("passphrase", "kdf", [65536, 3, 1]),
    "kdf a number": _set("passphrase", "kdf", 7),
    "kdf missing": lambda doc: _slot(doc, "passphrase").pop("kdf"),
    "memory 8 KiB x parallelism 64": _kdf(memory_kib=8, parallelism=64),
    "memory below 8 x parallelism": _kdf(memory_kib=16, parallelism=4),
    "memory zero": _kdf(memory_kib=0),
    "memory negative": _kdf(memory_kib=-1),
    "memory a fraction": _kdf(memory_kib=8.5),
    "memory a string": _kdf(memory_kib="8"),
    "memory null": _kdf(memory_kib=None),
    "time cost true": _kdf(time_cost=True),
    "time cost zero": _kdf(time_cost=0),
    "time cost a string": _kdf(time_cost="1"),
    "parallelism true": _kdf(parallelism=True),
    "parallelism 1000": _kdf(parallelism=1000),
    "kdf salt 20 bytes": _kdf(salt=_b64(20)),
    "kdf salt a number": _kdf(salt=5),
    "kdf name missing": lambda doc: _slot(doc, "passphrase")["kdf"].pop("name"),
    "nonce 12 bytes": _set("passphrase", "nonce", _b64(12)),
    "nonce null": _set("passphrase", "nonce", None),
    "wrapped key 32 bytes": _set("passphrase", "wrapped", _b64(32)),
    "wrapped key a list": _set("passphrase", "wrapped", [1, 2]),
    "recovery salt 20 bytes": _set("recovery", "salt", _b64(20)),
    "recovery salt null": _set("recovery", "salt", None),
    "vault id an object": _top("vault_id", {"id": 1}),
    "vault id not a uuid": _top("vault_id", "x" * 40),
    "slots an object": _top("slots", {"type": "passphrase"}),
    "slots a string": _top("slots", "passphrase"),
    "slot a list": lambda doc: doc["slots"].__setitem__(0, ["passphrase"]),
    "version true": _top("version", True),
}


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
        _slot(doc, "passphrase")["kdf"].update(
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
