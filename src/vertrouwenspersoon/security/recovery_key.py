"""The recovery key: 40 random decimal digits (≈133 bits) plus a 5-digit checksum group.

Digits read aloud and type well on any keyboard; the checksum group catches a typo before the
advisor concludes the key is wrong. Because the key itself carries 133 bits, a fast keyed hash
is enough to turn it into a wrapping key (no Argon2 needed).
"""

from __future__ import annotations

import hashlib
import secrets

PAYLOAD_DIGITS = 40
GROUP = 5
CHECK_DIGITS = 5


class RecoveryKeyFormatError(ValueError):
    """The text is not a well-formed recovery key (wrong length, letters, or a typo)."""


def _checksum(payload: str) -> str:
    digest = hashlib.sha256(b"vertrouwenspersoon-recovery:" + payload.encode("ascii")).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 10**CHECK_DIGITS:0{CHECK_DIGITS}d}"


def generate() -> str:
    payload = "".join(secrets.choice("0123456789") for _ in range(PAYLOAD_DIGITS))
    return format_groups(payload + _checksum(payload))


def format_groups(digits: str) -> str:
    return "-".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def groups(key: str) -> list[str]:
    return key.split("-")


def parse(text: str) -> str:
    """Accept spaces, dashes and line breaks between groups; return the canonical digits."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    if len(digits) != PAYLOAD_DIGITS + CHECK_DIGITS or not digits.isascii() or not digits.isdigit():
        raise RecoveryKeyFormatError
    payload, check = digits[:PAYLOAD_DIGITS], digits[PAYLOAD_DIGITS:]
    if _checksum(payload) != check:
        raise RecoveryKeyFormatError
    return digits


def wrapping_key(digits: str, salt: bytes) -> bytes:
    return hashlib.blake2b(digits.encode("ascii"), digest_size=32, salt=salt, person=b"vp-recovery").digest()
