"""A corpus of damaged key material grown by hypothesis (issue 17): a real keyslots.json and a real backup file,
mutated the ways a disk or an attacker would (bytes flipped, the file cut short, random bytes spliced in, a key
dropped, a value replaced by any JSON value, a key added), must give only clean errors: a VpError with a
sentence and the exit code of DESIGN.md (2, 3 or 4) at the API, and through the real CLI an exit code with no
traceback. The hand-picked cases of test_hostile_key_slots.py and test_hostile_backups.py came from such runs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.cli import CliRunner
from support.key_damage import rewrite_slots, slot_part
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.store.vault import Vault, restore

pytestmark = pytest.mark.attack("traceback")

CORPUS = settings(
    max_examples=400,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class Material:
    folder: Path  # a vault whose keyslots.json each example replaces
    recovery: str
    slots: bytes  # the real keyslots.json
    backup: bytes  # a real backup file
    work: Path


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    work = tmp_path_factory.mktemp("corpus")
    vault, recovery = make_vault(work / "kluis")
    vault.backup_to(work / "echt.vpbackup")
    vault.close()
    return Material(
        work / "kluis",
        recovery,
        (work / "kluis" / "keyslots.json").read_bytes(),
        (work / "echt.vpbackup").read_bytes(),
        work,
    )


# -- mutations ----------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "AAAA", "argon2id", "passphrase", "recovery", "keychain", "x" * 64]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON document: the keys of objects, the indices of lists."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _json_mutation(data: st.DataObject, raw: bytes) -> bytes:
    doc = json.loads(raw)
    path = data.draw(st.sampled_from(_paths(doc)[1:]), label="path")
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "drop", "add"]), label="action")
    if action == "replace":
        parent[path[-1]] = data.draw(JSON_VALUES, label="value")
    elif action == "drop":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(max_size=12), label="key")] = data.draw(JSON_VALUES, label="value")
    else:
        parent.insert(path[-1], data.draw(JSON_VALUES, label="value"))
    return json.dumps(doc).encode("utf-8")


def _byte_mutation(data: st.DataObject, raw: bytes) -> bytes:
    action = data.draw(st.sampled_from(["flip", "truncate", "splice"]), label="bytes")
    if action == "truncate":
        return raw[: data.draw(st.integers(0, len(raw) - 1), label="cut")]
    if action == "splice":
        at = data.draw(st.integers(0, len(raw)), label="at")
        return raw[:at] + data.draw(st.binary(min_size=1, max_size=40), label="spliced") + raw[at:]
    out = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 4), label="flips")):
        out[data.draw(st.integers(0, len(raw) - 1), label="at")] ^= data.draw(
            st.integers(1, 255), label="xor"
        )
    return bytes(out)


def mutate(data: st.DataObject, raw: bytes, *, json_part: bool = True) -> bytes:
    if json_part and data.draw(st.booleans(), label="json"):
        return _json_mutation(data, raw)
    return _byte_mutation(data, raw)


def mutate_backup(data: st.DataObject, raw: bytes, path: Path) -> None:
    """Write to `path` a backup with its key slots (as JSON) or any of its bytes damaged."""
    path.write_bytes(raw)
    if data.draw(st.booleans(), label="slot part"):
        rewrite_slots(path, mutate(data, slot_part(path)))
    else:
        path.write_bytes(mutate(data, raw, json_part=False))


# -- the checks ----------------------------------------------------------------------------------------


def _clean(error: VpError) -> None:
    """A clean error: its sentence renders in both languages, its exit code is one DESIGN.md gives for it."""
    assert error.exit_code in (2, 3, 4), error.key
    for lang in ("nl", "en"):
        text = error.message(lang)
        assert text and "{" not in text and "Traceback" not in text


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@CORPUS
@given(data=st.data())
def test_damaged_key_slots_unlock_or_give_a_clean_error(material: Material, data: st.DataObject) -> None:
    (material.folder / "keyslots.json").write_bytes(mutate(data, material.slots))
    database = _digest(material.folder / "vault.db")
    secret = data.draw(st.sampled_from(["passphrase", "recovery"]), label="secret")
    kwargs = {"passphrase": PASSPHRASE} if secret == "passphrase" else {"recovery": material.recovery}
    try:
        vault = Vault.open(material.folder, **kwargs)
    except VpError as error:
        _clean(error)
        assert _digest(material.folder / "vault.db") == database
    else:
        vault.close()


@settings(CORPUS, max_examples=200)
@given(data=st.data())
def test_damaged_backups_restore_or_give_a_clean_error(material: Material, data: st.DataObject) -> None:
    source = material.work / "beschadigd.vpbackup"
    mutate_backup(data, material.backup, source)
    target = material.work / "teruggezet"
    shutil.rmtree(target, ignore_errors=True)
    try:
        restore(source, target, PASSPHRASE)
    except VpError as error:
        _clean(error)


@settings(CORPUS, max_examples=2)
@given(data=st.data())
def test_damaged_key_material_through_the_cli(
    cli: CliRunner, material: Material, data: st.DataObject, tmp_path: Path
) -> None:
    """Two CLI runs an example: `cases` on a damaged key file, `restore` of a damaged backup."""
    (material.folder / "keyslots.json").write_bytes(mutate(data, material.slots))
    source = material.work / "cli.vpbackup"
    mutate_backup(data, material.backup, source)
    target = material.work / "cli-teruggezet"
    shutil.rmtree(target, ignore_errors=True)
    for args in (("cases", "--vault", material.folder), ("restore", "--from", source, "--vault", target)):
        result = cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=60)
        assert result.code in (0, 2, 3, 4), (args[0], result.code, result.err)
        assert "Traceback" not in result.err + result.out
        assert result.code == 0 or result.err.strip()  # a sentence says what went wrong
