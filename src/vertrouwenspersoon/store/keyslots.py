"""keyslots.json: the data key wrapped independently by each way of unlocking.

Each slot is sealed with associated data naming the vault id and the slot type, so a slot
copied from another vault or relabelled does not open. Rewriting one slot never touches the
database, which is why a passphrase change leaves vault.db byte-identical.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from vertrouwenspersoon import bounded_input
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.security import aead, kdf, recovery_key
from vertrouwenspersoon.store import atomic

FORMAT = "vertrouwenspersoon-keyslots"
VERSION = 1
FILENAME = "keyslots.json"
# a real file is under 1 KiB; anything far larger is not ours (and must not be read whole)
MAX_FILE_BYTES = 64 * 1024
MAX_DEPTH = 4  # document, slots list, slot, kdf

PASSPHRASE = "passphrase"  # noqa: S105 (a slot type name, not a secret)
RECOVERY = "recovery"
KEYCHAIN = "keychain"
SLOT_TYPES = (PASSPHRASE, RECOVERY, KEYCHAIN)
# the keys each slot type carries besides type, nonce and wrapped: exactly what set_* writes
_PARAM_KEYS = {PASSPHRASE: frozenset({"kdf"}), RECOVERY: frozenset({"salt"}), KEYCHAIN: frozenset()}
_DOC_KEYS = frozenset({"format", "version", "vault_id", "slots"})
DATA_KEY_BYTES = 32
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # the data key and its Poly1305 tag
RECOVERY_SALT_BYTES = 16  # BLAKE2b's salt is 16 bytes, no more
_VAULT_ID = re.compile(r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


class SlotFileError(ValueError):
    """keyslots.json is missing, unreadable or malformed."""


class SlotLockedError(ValueError):
    """The secret did not open this slot."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int) -> bytes:
    """Base64 text of exactly `size` bytes, as this program writes it, or SlotFileError."""
    if not isinstance(text, str) or len(text) > 4 * size:
        raise SlotFileError("not base64 text of the expected length")
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as error:  # binascii.Error
        raise SlotFileError("not base64 text") from error
    if len(raw) != size:
        raise SlotFileError("a field of the wrong length")
    return raw


@dataclass
class Slot:
    type: str
    nonce: bytes
    wrapped: bytes
    params: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {"type": self.type, **self.params, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_dict(cls, data: object) -> Slot:
        """A slot exactly as `_put` writes it: its type's keys, a 24-byte nonce, a 48-byte wrapped key, and
        parameters that `open_with_*` can use without further checks."""
        if not isinstance(data, dict) or data.get("type") not in SLOT_TYPES:
            raise SlotFileError("unknown slot type")
        slot_type = str(data["type"])
        params = {k: v for k, v in data.items() if k not in ("type", "nonce", "wrapped")}
        if set(data) != {"type", "nonce", "wrapped"} | _PARAM_KEYS[slot_type]:
            raise SlotFileError("slot keys are not those of its type")
        slot = cls(slot_type, _unb64(data["nonce"], aead.NONCE_BYTES), _unb64(data["wrapped"], WRAPPED_BYTES))
        slot.params = params
        slot.check_params()
        return slot

    def check_params(self) -> None:
        """The passphrase slot's Argon2 parameters are affordable, the recovery salt is 16 bytes."""
        if self.type == PASSPHRASE:
            self.kdf_params()
        elif self.type == RECOVERY:
            self.recovery_salt()

    def kdf_params(self) -> kdf.KdfParams:
        try:
            return kdf.KdfParams.from_dict(self.params.get("kdf"))
        except kdf.KdfParamsError as error:
            raise SlotFileError("passphrase slot parameters are malformed") from error

    def recovery_salt(self) -> bytes:
        return _unb64(self.params.get("salt"), RECOVERY_SALT_BYTES)


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
        """Checked whole, so every later use (key derivation, unwrapping) meets only values this program
        writes: a damaged or hostile file is SlotFileError here, never a traceback or a KDF of minutes."""
        if len(raw) > MAX_FILE_BYTES:
            raise SlotFileError("key slot file is too large")
        try:
            doc = bounded_input.parse_json(
                bounded_input.decode_utf8(raw, FILENAME), FILENAME, max_depth=MAX_DEPTH
            )
        except BadInputError as error:
            raise SlotFileError("key slot file is not bounded JSON") from error
        if not isinstance(doc, dict) or set(doc) != _DOC_KEYS:
            raise SlotFileError("not a key slot file")
        if doc["format"] != FORMAT or type(doc["version"]) is not int or doc["version"] != VERSION:
            raise SlotFileError("not a key slot file of this version")
        vault_id = doc["vault_id"]
        if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
            raise SlotFileError("vault id is not a UUID")
        if not isinstance(doc["slots"], list) or not 1 <= len(doc["slots"]) <= len(SLOT_TYPES):
            raise SlotFileError("slots are not a list of slots")
        slots = [Slot.from_dict(s) for s in doc["slots"]]
        by_type = {s.type: s for s in slots}
        if PASSPHRASE not in by_type or len(by_type) != len(slots):
            raise SlotFileError("key slot file lacks a passphrase slot or repeats one")
        return cls(vault_id, by_type)

    @classmethod
    def load(cls, directory: Path) -> KeySlots:
        """Through bounded_input: a FIFO, a device or a huge file in its place is refused, never read."""
        try:
            raw = bounded_input.read_file(directory / FILENAME, MAX_FILE_BYTES, name=FILENAME)
        except (OSError, BadInputError) as error:
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
        slot = self.slots.get(PASSPHRASE)
        if slot is None:
            raise SlotFileError("no passphrase slot")
        return self._open(PASSPHRASE, kdf.derive(passphrase, slot.kdf_params()))

    def set_recovery(self, data_key: bytes, key_digits: str) -> None:
        salt = os.urandom(RECOVERY_SALT_BYTES)
        self._put(RECOVERY, recovery_key.wrapping_key(key_digits, salt), data_key, {"salt": _b64(salt)})

    def open_with_recovery(self, key_digits: str) -> bytes:
        slot = self.slots.get(RECOVERY)
        if slot is None:
            raise SlotLockedError(RECOVERY)
        return self._open(RECOVERY, recovery_key.wrapping_key(key_digits, slot.recovery_salt()))

    def set_keychain(self, data_key: bytes, secret: bytes) -> None:
        self._put(KEYCHAIN, secret, data_key, {})

    def open_with_keychain(self, secret: bytes) -> bytes:
        return self._open(KEYCHAIN, secret)

    def remove(self, slot_type: str) -> None:
        self.slots.pop(slot_type, None)
