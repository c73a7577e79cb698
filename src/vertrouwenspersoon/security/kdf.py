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
MAX_MEMORY_KIB = 1024 * 1024


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
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unsupported KDF")
        params = cls(
            memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
            time_cost=int(data["time_cost"]),  # type: ignore[arg-type]
            parallelism=int(data["parallelism"]),  # type: ignore[arg-type]
            salt=base64.b64decode(str(data["salt"]), validate=True),
        )
        # bounded by what calibrate() can produce, so a hostile file cannot demand minutes or GiBs
        if not (8 <= params.memory_kib <= MAX_MEMORY_KIB and 1 <= params.time_cost <= MAX_TIME_COST):
            raise ValueError("KDF parameters out of range")
        if not (1 <= params.parallelism <= 64 and len(params.salt) == SALT_BYTES):
            raise ValueError("KDF parameters out of range")
        return params


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
