"""Decrypt every page of a SQLCipher 4 file with its raw key, including free pages.

A canary scan over the logical tables would miss text left behind in freed pages or stale FTS
segments; this reads what an attacker holding the key would see in the raw file.
SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, per-page IV in the 80-byte reserve
(16 IV + 64 HMAC-SHA512), the first 16 bytes of page 1 are the salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16


def decrypt_pages(path: Path, data_key: bytes) -> bytes:
    raw = path.read_bytes()
    out = bytearray()
    for number, start in enumerate(range(0, len(raw) - PAGE + 1, PAGE)):
        page = raw[start : start + PAGE]
        offset = SALT if number == 0 else 0
        body, iv = page[offset : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
