"""The strength estimate refuses what a guesser tries first, Dutch words included."""

from __future__ import annotations

import pytest

from vertrouwenspersoon.security import passphrase


@pytest.mark.parametrize(
    "weak",
    [
        "vertrouwenspersoon",  # the program's own name: the first guess against its vault
        "Welkom123456",  # a Dutch greeting and a keyboard run
        "Vertrouwenspersoon2026",
        "wachtwoord12345",
        "Amsterdam2026!!",
    ],
)
def test_a_guessable_passphrase_is_refused_with_its_own_sentence(weak: str) -> None:
    assert passphrase.problem(weak) in ("passphrase.too-guessable", "passphrase.too-short")
    assert passphrase.strength(weak) == 0


@pytest.mark.parametrize(
    "good",
    [
        "correct paard batterij nietje",
        "een testwachtwoordzin die lang genoeg is",
        "Kraanvogel-tegel-83-sinaasappel",
    ],
)
def test_a_few_unrelated_words_are_accepted(good: str) -> None:
    assert passphrase.problem(good) is None
    assert passphrase.strength(good) >= 2


def test_the_refusal_reads_in_dutch_and_english() -> None:
    from vertrouwenspersoon import messages

    nl = messages.text("passphrase.too-guessable", "nl")
    en = messages.text("passphrase.too-guessable", "en")
    assert "te makkelijk te raden" in nl and "too easy to guess" in en
