"""Rules for a new passphrase and its strength, estimated by zxcvbn with Dutch words added.

A length minimum and Argon2id protect the key; the estimate refuses what a guesser tries early
("vertrouwenspersoon", "Welkom123456") and nudges towards a few unrelated words.
"""

from __future__ import annotations

from functools import lru_cache

from zxcvbn import zxcvbn

from vertrouwenspersoon.security.dutch_words import WORDS

MIN_LENGTH = 12
# zxcvbn's estimate of the guesses needed, as a power of ten: 10^10 is where its top score starts
# ("very unguessable"); its score 3 starts at 10^8, which still lets "Amsterdam2026!!" through
MIN_GUESSES_LOG10 = 10.0
_ESTIMATE_CHARS = 100  # zxcvbn's cost grows with length; beyond this a passphrase is long enough anyway


def problem(passphrase: str) -> str | None:
    """A message key when the passphrase is not acceptable, else None."""
    if len(passphrase) < MIN_LENGTH:
        return "passphrase.too-short"
    if len(set(passphrase)) < 5:
        return "passphrase.too-simple"
    if passphrase != passphrase.strip():
        return "passphrase.spaces-at-ends"
    if _estimate(passphrase)[1] < MIN_GUESSES_LOG10:
        return "passphrase.too-guessable"
    return None


@lru_cache(maxsize=64)
def _estimate(passphrase: str) -> tuple[int, float]:
    """(zxcvbn score 0..4, log10 of the guesses), with the Dutch words as an extra dictionary."""
    result = zxcvbn(passphrase[:_ESTIMATE_CHARS], user_inputs=list(WORDS))
    return int(result["score"]), float(result["guesses_log10"])


def strength(passphrase: str) -> int:
    """0 too weak, 1 reasonable, 2 strong, 3 very strong."""
    if problem(passphrase):
        return 0
    guesses = _estimate(passphrase)[1]
    return 1 if guesses < 12 else 2 if guesses < 16 else 3
