"""Argon2id key derivation for the passphrase slot.

The parameters live in the slot, so a vault made on a fast laptop still opens on a slow one,
and a later calibration never invalidates an older slot.
"""

from __future__ import annotations

import base64
import os
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MAX_TIME_COST = 64
MAX_PARALLELISM = 4  # calibrate() uses at most four lanes
# Bounds on parameters read from a file (a key slot, a sealed file's header): what this program could have
# written itself, so a hostile file cannot demand minutes or GiBs before the passphrase is even tried.
# Memory may be up to four times today's 64 MiB (headroom for a later default); the work, memory x passes,
# never above the most expensive slot calibrate() can make (64 MiB x 64 passes, about 3 s on a slow laptop).
MIN_FILE_MEMORY_KIB = 8  # Argon2's own minimum; the cheap test parameters use it
MAX_MEMORY_KIB = 4 * MIN_MEMORY_KIB
MAX_WORK_KIB = MIN_MEMORY_KIB * MAX_TIME_COST
_KEYS = frozenset({"name", "memory_kib", "time_cost", "parallelism", "salt"})


class KdfParamsError(ValueError):
    """Parameters this program never writes: wrong type, out of range, or too expensive to try."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes

    def to_dict(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Parameters read from a file, checked whole before any derivation (KdfParamsError otherwise)."""
        if not isinstance(data, dict) or set(data) != _KEYS or data["name"] != "argon2id":
            raise KdfParamsError("not the argon2id parameters of this program")
        params = cls(
            memory_kib=_count(data["memory_kib"]),
            time_cost=_count(data["time_cost"]),
            parallelism=_count(data["parallelism"]),
            salt=_salt(data["salt"]),
        )
        params.check_affordable()
        return params

    def check_affordable(self) -> None:
        """Within Argon2's rules and this program's bounds, or KdfParamsError."""
        if not 1 <= self.parallelism <= MAX_PARALLELISM or not 1 <= self.time_cost <= MAX_TIME_COST:
            raise KdfParamsError("KDF parameters out of range")
        if not max(MIN_FILE_MEMORY_KIB, 8 * self.parallelism) <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KdfParamsError("KDF memory out of range")  # Argon2 itself needs 8 KiB per lane
        if self.memory_kib * self.time_cost > MAX_WORK_KIB:
            raise KdfParamsError("KDF parameters too expensive")
        if len(self.salt) != SALT_BYTES:
            raise KdfParamsError("KDF salt of the wrong length")


def _count(value: object) -> int:
    """A JSON integer: not a bool (True is an int in Python), not a float or a string of digits."""
    if type(value) is not int:
        raise KdfParamsError("KDF parameter is not an integer")
    return value


def _salt(value: object) -> bytes:
    if not isinstance(value, str) or len(value) > 64:
        raise KdfParamsError("KDF salt is not base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError as error:  # binascii.Error
        raise KdfParamsError("KDF salt is not base64 text") from error


def normalise(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS (NFD input) and Windows derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=normalise(passphrase),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Pick the time cost that takes about `target_seconds` here, never below 64 MiB of memory."""
    parallelism = max(1, min(4, os.cpu_count() or 1))
    probe = KdfParams(memory_kib, 1, parallelism, os.urandom(SALT_BYTES))
    timings = []
    for _ in range(3):  # the fastest of three: a busy moment must not make every later unlock weaker
        start = time.perf_counter()
        derive("calibration", probe)
        timings.append(time.perf_counter() - start)
    one_pass = max(min(timings), 1e-3)
    time_cost = max(1, min(MAX_TIME_COST, round(target_seconds / one_pass)))
    return KdfParams(memory_kib, time_cost, parallelism, os.urandom(SALT_BYTES))


def weak_params_for_tests() -> KdfParams:
    """Cheap parameters so tests can make many slots; never used by `init` or the GUI."""
    return KdfParams(memory_kib=8, time_cost=1, parallelism=1, salt=os.urandom(SALT_BYTES))
