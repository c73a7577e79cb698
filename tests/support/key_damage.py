"""Damage a disk or an attacker could do to a real keyslots.json (as a parsed document), shared by the key slot
and backup attacks of the safety suite (issue 17)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

from vertrouwenspersoon.store import backup_file

Doc = dict
Damage = Callable[[Doc], None]


def _b64(size: int) -> str:
    return base64.b64encode(b"\x01" * size).decode("ascii")


def slot(doc: Doc, kind: str) -> dict:
    """The slot of type `kind` in a parsed key slot document."""
    return next(s for s in doc["slots"] if s["type"] == kind)


def change_kdf(**change: object) -> Damage:
    return lambda doc: slot(doc, "passphrase")["kdf"].update(change)


def _set(kind: str, key: str, value: object) -> Damage:
    return lambda doc: slot(doc, kind).__setitem__(key, value)


def _top(key: str, value: object) -> Damage:
    return lambda doc: doc.__setitem__(key, value)


# each: a change a disk or an attacker could make to a real keyslots.json
DAMAGE: dict[str, Damage] = {
    "kdf null": _set("passphrase", "kdf", None),
    "kdf a string": _set("passphrase", "kdf", "argon2id"),
    "kdf a list": _set("passphrase", "kdf", [65536, 3, 1]),
    "kdf a number": _set("passphrase", "kdf", 7),
    "kdf missing": lambda doc: slot(doc, "passphrase").pop("kdf"),
    "memory 8 KiB x parallelism 64": change_kdf(memory_kib=8, parallelism=64),
    "memory below 8 x parallelism": change_kdf(memory_kib=16, parallelism=4),
    "memory zero": change_kdf(memory_kib=0),
    "memory negative": change_kdf(memory_kib=-1),
    "memory a fraction": change_kdf(memory_kib=8.5),
    "memory a string": change_kdf(memory_kib="8"),
    "memory null": change_kdf(memory_kib=None),
    "time cost true": change_kdf(time_cost=True),
    "time cost zero": change_kdf(time_cost=0),
    "time cost a string": change_kdf(time_cost="1"),
    "parallelism true": change_kdf(parallelism=True),
    "parallelism 1000": change_kdf(parallelism=1000),
    "kdf salt 20 bytes": change_kdf(salt=_b64(20)),
    "kdf salt a number": change_kdf(salt=5),
    "kdf name missing": lambda doc: slot(doc, "passphrase")["kdf"].pop("name"),
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


def damaged(raw: bytes, damage: Damage) -> bytes:
    """`raw` key slot bytes with `damage` applied to the parsed document."""
    doc = json.loads(raw)
    damage(doc)
    return json.dumps(doc).encode("utf-8")


def rewrite_slots(path: Path, slot_bytes: bytes) -> None:
    """The backup at `path` with its key slot part replaced by `slot_bytes` (trailer made to match)."""
    data = path.read_bytes()
    tail = len(backup_file.MAGIC) + backup_file.TRAILER.size
    (length,) = backup_file.TRAILER.unpack(data[-tail : -len(backup_file.MAGIC)])
    database = data[: len(data) - tail - length]
    path.write_bytes(database + slot_bytes + backup_file.TRAILER.pack(len(slot_bytes)) + backup_file.MAGIC)


def slot_part(path: Path) -> bytes:
    """The key slot part of the backup at `path`."""
    data = path.read_bytes()
    tail = len(backup_file.MAGIC) + backup_file.TRAILER.size
    (length,) = backup_file.TRAILER.unpack(data[-tail : -len(backup_file.MAGIC)])
    return data[len(data) - tail - length : len(data) - tail]
