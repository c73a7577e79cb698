"""The sealed export file: an exchange document encrypted with a passphrase.

Layout (the first three lines are ASCII, so ``head -3`` tells a person what the file is)::

    VERTROUWENSPERSOON-SEALED v1\n
    {"cipher": "xchacha20poly1305-ietf", "kdf": {...}, "nonce": "…", "key_check": "…"}\n
    <BLAKE2b-256 of line 1 + line 2 + body, 64 hex digits>\n
    <body: XChaCha20-Poly1305 ciphertext of the document, tag included>

- Argon2id (security/kdf.py; calibrated to about 0.5 s and at least 64 MiB by default, the
  parameters and salt stored in the header) turns the passphrase into a 32-byte master key.
  Keyed BLAKE2b splits it into the encryption key and a ``key_check`` value.
- The magic line and the header line, byte for byte, are the AEAD's associated data: changing
  any of them (KDF parameters, nonce) makes decryption fail.
- The checksum line is unkeyed: it tells accidental damage (a flipped bit, a truncated copy)
  apart from a wrong passphrase, so each gets its own message. It is not what makes the file
  tamper-proof — the AEAD tag is; someone who rewrites the file and recomputes the checksum
  still cannot make it decrypt to anything but an error.
- ``key_check`` lets a wrong passphrase be reported as such (exit 3). It gives an attacker
  nothing the ciphertext did not: every guess still costs one Argon2id derivation.

The version in the magic line comes first so that a file from a newer program is refused by its
version rather than misread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re

from nacl import bindings
from nacl.exceptions import CryptoError

from vertrouwenspersoon import bounded_input, messages
from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.security.kdf import KdfParams

MAGIC_PREFIX = b"VERTROUWENSPERSOON-SEALED v"
VERSION = 1
CIPHER = "xchacha20poly1305-ietf"
NONCE_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
CHECK_BYTES = 16
MAX_HEADER = 4096
_MAGIC_LINE = re.compile(rb"^VERTROUWENSPERSOON-SEALED v([0-9]{1,6})$")
_HEADER_KEYS = {"cipher", "kdf", "nonce", "key_check"}

messages.register(
    {
        "exchange.sealed.wrong-passphrase": (
            "Deze wachtwoordzin opent het bestand niet.",
            "This passphrase does not open the file.",
        ),
        "exchange.sealed.damaged": (
            "Het versleutelde bestand is beschadigd, ingekort of gewijzigd; het wordt niet gelezen.",
            "The sealed file is damaged, truncated or altered; it is not read.",
        ),
        "exchange.sealed.not-sealed": (
            "Dit is geen versleuteld exportbestand van Vertrouwenspersoon.",
            "This is not a sealed Vertrouwenspersoon export file.",
        ),
        "exchange.sealed.newer": (
            "Dit versleutelde bestand heeft formaatversie {version}; dit programma kent tot versie "
            "{known}. Werk het programma bij.",
            "This sealed file has format version {version}; this program knows up to version {known}. "
            "Update the program.",
        ),
        "exchange.sealed.empty-passphrase": (
            "De wachtwoordzin voor het bestand mag niet leeg zijn.",
            "The passphrase for the file must not be empty.",
        ),
    }
)


def is_sealed(data: bytes) -> bool:
    """True when ``data`` starts like a sealed file (of any version); says nothing about damage."""
    return bytes(data[: len(MAGIC_PREFIX)]) == MAGIC_PREFIX


def seal(document_bytes: bytes, passphrase: str, *, kdf_params: KdfParams | None = None) -> bytes:
    """The sealed file holding ``document_bytes``. ``kdf_params`` None calibrates Argon2id here
    (about 0.5 s, at least 64 MiB); tests pass ``kdf.weak_params_for_tests()``."""
    if not passphrase:
        raise BadInputError("exchange.sealed.empty-passphrase")
    params = kdf_params if kdf_params is not None else kdf.calibrate()
    encryption_key, key_check = _keys(passphrase, params)
    nonce = os.urandom(NONCE_BYTES)
    header = {
        "cipher": CIPHER,
        "kdf": params.to_dict(),
        "nonce": _b64(nonce),
        "key_check": _b64(key_check),
    }
    magic_line = MAGIC_PREFIX + str(VERSION).encode("ascii") + b"\n"
    header_line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii") + b"\n"
    associated = magic_line + header_line
    body = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(document_bytes), associated, nonce, encryption_key
    )
    checksum = _checksum(associated, body).encode("ascii") + b"\n"
    return associated + checksum + body


def unseal(data: bytes, passphrase: str) -> bytes:
    """The document inside a sealed file.

    Raises BadInputError (not a sealed file, a newer version, damaged or truncated) or
    WrongKeyError (the passphrase does not open it).
    """
    data = bytes(data)
    magic_line, rest = _line(data, 0)
    if magic_line is None or not is_sealed(data):
        raise BadInputError("exchange.sealed.not-sealed")
    match = _MAGIC_LINE.match(magic_line)
    if match is None:
        raise BadInputError("exchange.sealed.damaged")
    version = int(match.group(1))
    if version > VERSION:
        raise BadInputError("exchange.sealed.newer", version=version, known=VERSION)
    if version != VERSION:
        raise BadInputError("exchange.sealed.damaged")
    header_line, rest = _line(data, rest)
    checksum_line, body_start = _line(data, rest) if header_line is not None else (None, 0)
    if header_line is None or checksum_line is None:
        raise BadInputError("exchange.sealed.damaged")
    associated = data[:rest]
    body = data[body_start:]
    if not hmac.compare_digest(checksum_line, _checksum(associated, body).encode("ascii")):
        raise BadInputError("exchange.sealed.damaged")
    params, nonce, key_check = _parse_header(header_line)
    encryption_key, expected_check = _keys(passphrase, params)
    if not hmac.compare_digest(key_check, expected_check):
        raise WrongKeyError("exchange.sealed.wrong-passphrase")
    try:
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(body, associated, nonce, encryption_key)
    except (CryptoError, ValueError, TypeError):
        raise BadInputError("exchange.sealed.damaged") from None


# internals --------------------------------------------------------------------------------------
def _keys(passphrase: str, params: KdfParams) -> tuple[bytes, bytes]:
    master = kdf.derive(passphrase, params)
    encryption_key = hashlib.blake2b(b"encrypt", key=master, digest_size=32, person=b"vp-sealed-v1").digest()
    key_check = hashlib.blake2b(
        b"check", key=master, digest_size=CHECK_BYTES, person=b"vp-sealed-v1"
    ).digest()
    return encryption_key, key_check


def _checksum(associated: bytes, body: bytes) -> str:
    digest = hashlib.blake2b(digest_size=32, person=b"vp-sealed-sum")
    digest.update(associated)
    digest.update(body)
    return digest.hexdigest()


def _line(data: bytes, start: int) -> tuple[bytes | None, int]:
    """The line starting at ``start`` (without its newline) and where the next one starts."""
    end = data.find(b"\n", start, start + MAX_HEADER)
    if end < 0:
        return None, start
    return data[start:end], end + 1


def _parse_header(line: bytes) -> tuple[KdfParams, bytes, bytes]:
    try:
        # bounded_input's parse: a header nested a thousand deep within its 4 KiB is refused, not a traceback
        header = bounded_input.parse_json(line.decode("ascii"), "header", max_depth=4)
        if not isinstance(header, dict) or set(header) != _HEADER_KEYS or header["cipher"] != CIPHER:
            raise ValueError("header")
        if not isinstance(header["kdf"], dict):
            raise ValueError("kdf")
        params = KdfParams.from_dict(header["kdf"])
        nonce = base64.b64decode(str(header["nonce"]), validate=True)
        key_check = base64.b64decode(str(header["key_check"]), validate=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, BadInputError):
        raise BadInputError("exchange.sealed.damaged") from None
    if len(nonce) != NONCE_BYTES or len(key_check) != CHECK_BYTES:
        raise BadInputError("exchange.sealed.damaged")
    return params, nonce, key_check


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
