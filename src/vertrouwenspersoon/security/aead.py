"""Authenticated encryption of small secrets (the data key inside each key slot).

XChaCha20-Poly1305 from libsodium (PyNaCl): a random 192-bit nonce is safe to pick at random,
and the associated data binds a wrapped key to its vault and slot so slots cannot be swapped.
"""

from __future__ import annotations

import os

from nacl import bindings
from nacl.exceptions import CryptoError

NONCE_BYTES = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


class UnwrapError(Exception):
    """The key did not open the box: wrong secret or altered data (indistinguishable by design)."""


def seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associated, nonce, key)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    try:
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, associated, nonce, key)
    except (CryptoError, ValueError, TypeError) as error:
        raise UnwrapError from error
