"""The sealed export file: round trips, wrong passphrase, and every kind of damage."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.exchange import sealed_file
from vertrouwenspersoon.exchange.sealed_file import is_sealed, seal, unseal
from vertrouwenspersoon.security import kdf

PASSPHRASE = "correct horse battery staple"
MARKER = b"CANARY-sealed-9f3e"


def weak() -> kdf.KdfParams:
    return kdf.weak_params_for_tests()


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return seal(b'{"notes": "' + MARKER + b'"}', PASSPHRASE, kdf_params=weak())


@settings(max_examples=40, deadline=None)
@given(document=st.binary(max_size=2048), passphrase=st.text(min_size=1, max_size=40))
def test_round_trip(document: bytes, passphrase: str) -> None:
    data = seal(document, passphrase, kdf_params=weak())
    assert is_sealed(data)
    assert unseal(data, passphrase) == document


def test_layout_is_readable_and_hides_the_content(sealed: bytes) -> None:
    magic, header, checksum, _body = sealed.split(b"\n", 3)
    assert magic == b"VERTROUWENSPERSOON-SEALED v1"
    assert b'"argon2id"' in header and b'"nonce"' in header
    # The checksum line is BLAKE2b over the two header lines and the body, computed here independently.
    digest = hashlib.blake2b(sealed[: len(magic) + len(header) + 2], digest_size=32, person=b"vp-sealed-sum")
    digest.update(_body)
    assert checksum == digest.hexdigest().encode()
    assert MARKER not in sealed


def test_two_seals_of_the_same_document_differ() -> None:
    params = weak()
    assert seal(b"same", PASSPHRASE, kdf_params=params) != seal(b"same", PASSPHRASE, kdf_params=params)


def test_wrong_passphrase(sealed: bytes) -> None:
    with pytest.raises(WrongKeyError) as caught:
        unseal(sealed, PASSPHRASE + "!")
    assert caught.value.exit_code == 3
    assert caught.value.message("nl") == "Deze wachtwoordzin opent het bestand niet."
    assert caught.value.message("en") == "This passphrase does not open the file."


def test_same_passphrase_in_another_unicode_normal_form_opens_it() -> None:
    data = seal(b"x", "Bètawetenschappen", kdf_params=weak())
    assert unseal(data, "Be\u0300tawetenschappen") == b"x"


@pytest.mark.parametrize("mask", [0x01, 0x80])
def test_any_flipped_bit_is_rejected(sealed: bytes, mask: int) -> None:
    for position in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[position] ^= mask
        with pytest.raises(BadInputError) as caught:
            unseal(bytes(damaged), PASSPHRASE)
        assert caught.value.exit_code == 2, position


def test_every_truncation_is_rejected(sealed: bytes) -> None:
    for length in range(len(sealed)):
        with pytest.raises(BadInputError):
            unseal(sealed[:length], PASSPHRASE)
    with pytest.raises(BadInputError):
        unseal(sealed + b"\x00", PASSPHRASE)


def test_body_altered_with_a_recomputed_checksum_still_fails(sealed: bytes) -> None:
    magic, header, _checksum, body = sealed.split(b"\n", 3)
    body = bytes([body[0] ^ 1]) + body[1:]
    digest = hashlib.blake2b(magic + b"\n" + header + b"\n", digest_size=32, person=b"vp-sealed-sum")
    digest.update(body)
    forged = magic + b"\n" + header + b"\n" + digest.hexdigest().encode() + b"\n" + body
    with pytest.raises(BadInputError) as caught:
        unseal(forged, PASSPHRASE)
    assert caught.value.key == "exchange.sealed.damaged"


def test_newer_version_is_refused_by_its_number(sealed: bytes) -> None:
    newer = sealed.replace(b"SEALED v1\n", b"SEALED v7\n", 1)
    with pytest.raises(BadInputError) as caught:
        unseal(newer, PASSPHRASE)
    assert "7" in caught.value.message("nl") and "versie" in caught.value.message("nl")
    assert "version 7" in caught.value.message("en")


@pytest.mark.parametrize("data", [b"", b"{}", b'{"format": "vertrouwenspersoon-cases"}', b"PK\x03\x04 zip"])
def test_not_a_sealed_file(data: bytes) -> None:
    assert not is_sealed(data)
    with pytest.raises(BadInputError) as caught:
        unseal(data, PASSPHRASE)
    assert caught.value.key == "exchange.sealed.not-sealed"


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(BadInputError):
        seal(b"x", "", kdf_params=weak())


def test_default_parameters_are_calibrated(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_calibrate() -> kdf.KdfParams:
        calls.append(1)
        return weak()

    monkeypatch.setattr(sealed_file.kdf, "calibrate", fake_calibrate)
    data = seal(b"doc", PASSPHRASE)
    assert calls == [1]
    assert unseal(data, PASSPHRASE) == b"doc"
