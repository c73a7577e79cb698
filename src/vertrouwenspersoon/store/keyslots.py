"""keyslots.json: the data key wrapped independently by each way of unlocking.

Each slot is sealed with associated data naming the vault id and the slot type, so a slot
copied from another vault or relabelled does not open. Rewriting one slot never touches the
database, which is why a passphrase change leaves vault.db byte-identical.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from vertrouwenspersoon.security import aead, kdf, recovery_key
from vertrouwenspersoon.store import atomic

FORMAT = "vertrouwenspersoon-keyslots"
VERSION = 1
FILENAME = "keyslots.json"

PASSPHRASE = "passphrase"  # noqa: S105 (a slot type name, not a secret)
RECOVERY = "recovery"
KEYCHAIN = "keychain"
SLOT_TYPES = (PASSPHRASE, RECOVERY, KEYCHAIN)


class SlotFileError(ValueError):
    """keyslots.json is missing, unreadable or malformed."""


class SlotLockedError(ValueError):
    """The secret did not open this slot."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    return base64.b64decode(str(text), validate=True)


@dataclass
class Slot:
    type: str
    nonce: bytes
    wrapped: bytes
    params: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"type": self.type, **self.params, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Slot:
        slot_type = data.get("type")
        if slot_type not in SLOT_TYPES:
            raise SlotFileError("unknown slot type")
        params = {k: v for k, v in data.items() if k not in ("type", "nonce", "wrapped")}
        return cls(str(slot_type), _unb64(data["nonce"]), _unb64(data["wrapped"]), params)


@dataclass
class KeySlots:
    vault_id: str
    slots: dict[str, Slot]

    # -- serialisation --------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [self.slots[t].to_dict() for t in SLOT_TYPES if t in self.slots],
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise SlotFileError("not a key slot file of this version")
            slots = [Slot.from_dict(s) for s in doc["slots"]]
            vault_id = str(doc["vault_id"])
        except SlotFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
            raise SlotFileError("key slot file is malformed") from error
        by_type = {s.type: s for s in slots}
        if PASSPHRASE not in by_type or len(by_type) != len(slots):
            raise SlotFileError("key slot file lacks a passphrase slot or repeats one")
        return cls(vault_id, by_type)

    @classmethod
    def load(cls, directory: Path) -> KeySlots:
        try:
            raw = (directory / FILENAME).read_bytes()
        except OSError as error:
            raise SlotFileError("key slot file cannot be read") from error
        return cls.from_bytes(raw)

    def save(self, directory: Path) -> None:
        atomic.write_bytes(directory / FILENAME, self.to_bytes())

    # -- slots ----------------------------------------------------------------------------
    def _associated(self, slot_type: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.vault_id}/{slot_type}".encode()

    def _put(self, slot_type: str, wrapping_key: bytes, data_key: bytes, params: dict[str, object]) -> None:
        nonce, wrapped = aead.seal(wrapping_key, data_key, self._associated(slot_type))
        self.slots[slot_type] = Slot(slot_type, nonce, wrapped, params)

    def _open(self, slot_type: str, wrapping_key: bytes) -> bytes:
        slot = self.slots.get(slot_type)
        if slot is None:
            raise SlotLockedError(slot_type)
        try:
            return aead.open_sealed(wrapping_key, slot.nonce, slot.wrapped, self._associated(slot_type))
        except aead.UnwrapError as error:
            raise SlotLockedError(slot_type) from error

    def set_passphrase(self, data_key: bytes, passphrase: str, params: kdf.KdfParams) -> None:
        self._put(PASSPHRASE, kdf.derive(passphrase, params), data_key, {"kdf": params.to_dict()})

    def open_with_passphrase(self, passphrase: str) -> bytes:
        try:
            params = kdf.KdfParams.from_dict(self.slots[PASSPHRASE].params["kdf"])  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError) as error:
            raise SlotFileError("passphrase slot parameters are malformed") from error
        return self._open(PASSPHRASE, kdf.derive(passphrase, params))

    def set_recovery(self, data_key: bytes, key_digits: str) -> None:
        salt = os.urandom(16)
        self._put(RECOVERY, recovery_key.wrapping_key(key_digits, salt), data_key, {"salt": _b64(salt)})

    def open_with_recovery(self, key_digits: str) -> bytes:
        try:
            salt = _unb64(self.slots[RECOVERY].params["salt"])
        except (KeyError, ValueError) as error:
            raise SlotLockedError(RECOVERY) from error
        return self._open(RECOVERY, recovery_key.wrapping_key(key_digits, salt))

    def set_keychain(self, data_key: bytes, secret: bytes) -> None:
        self._put(KEYCHAIN, secret, data_key, {})

    def open_with_keychain(self, secret: bytes) -> bytes:
        return self._open(KEYCHAIN, secret)

    def remove(self, slot_type: str) -> None:
        self.slots.pop(slot_type, None)
