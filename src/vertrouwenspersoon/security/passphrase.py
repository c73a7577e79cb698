"""Rules for a new passphrase and a plain-words strength estimate.

A length minimum is what actually protects an Argon2id-wrapped key; the estimate only nudges.
"""

from __future__ import annotations

import math

MIN_LENGTH = 12


def problem(passphrase: str) -> str | None:
    """A message key when the passphrase is not acceptable, else None."""
    if len(passphrase) < MIN_LENGTH:
        return "passphrase.too-short"
    if len(set(passphrase)) < 5:
        return "passphrase.too-simple"
    if passphrase != passphrase.strip():
        return "passphrase.spaces-at-ends"
    return None


def entropy_bits(passphrase: str) -> float:
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    return len(passphrase) * math.log2(max(pool, 2)) * min(1.0, distinct / max(len(passphrase) / 2, 1))


def strength(passphrase: str) -> int:
    """0 too weak, 1 reasonable, 2 strong, 3 very strong."""
    if problem(passphrase):
        return 0
    bits = entropy_bits(passphrase)
    return 1 if bits < 60 else 2 if bits < 90 else 3
