"""Opening the SQLCipher database with the discipline every open must enforce.

cipher_memory_security stays OFF: measured ON it makes the yearly statistics read 2.6× slower and
over budget (docs/performance.md), for a threat (malware on an unlocked session) that is out of scope.

Each setting is set and then read back: a build or a platform that silently ignores one
(an old SQLCipher, a journal mode it cannot use) is refused instead of trusted.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from vertrouwenspersoon.errors import DamagedVaultError, VaultWriteError

SQLITE_HEADER = b"SQLite format 3\x00"
CACHE_KIB = (
    64 * 1024
)  # page cache: the yearly statistics' working set fits (docs/performance.md), RSS stays ~120 MiB
BUSY_TIMEOUT_MS = 5000

REQUIRED = {
    "journal_mode": "wal",
    "synchronous": "2",  # FULL
    "temp_store": "2",  # MEMORY
    "foreign_keys": "1",
    "secure_delete": "1",  # purged text is overwritten, not left in free pages
}

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
Connection = sqlcipher3.Connection


_log_silenced = False


def silence_cipher_log() -> None:
    """Turn SQLCipher's own log off for the whole process, once, before any vault is opened.

    By default SQLCipher writes lines like "ERROR CORE sqlcipher_page_cipher: hmac check failed"
    to stderr, ahead of (and in words unlike) the program's own sentence about a damaged vault.
    The level is process-wide; setting it on a throwaway in-memory connection is enough.
    """
    global _log_silenced
    if _log_silenced:
        return
    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()
    _log_silenced = True


def key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("data key must be 256 bits")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def looks_unencrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def cipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def apply_settings(conn: Connection) -> None:
    """Set and verify the required settings; raise when SQLCipher or SQLite does not comply."""
    version = cipher_version(conn)
    if not version.startswith("4."):
        raise DamagedVaultError("vault.wrong-sqlcipher", version=version or "none")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    for name, wanted in REQUIRED.items():
        actual = str(conn.execute(f"PRAGMA {name}").fetchone()[0]).lower()
        if actual != wanted:
            raise DamagedVaultError("vault.setting-refused", setting=name, value=actual)


def is_write_failure(error: Exception) -> bool:
    """SQLite's texts for a disk that is full, failing or read-only (the vault itself is intact)."""
    text = str(error).lower()
    return "full" in text or "disk i/o" in text or "readonly" in text or "read-only" in text


def connect(path: Path, data_key: bytes, *, check_same_thread: bool = True) -> Connection:
    """Open `path` with the raw 256-bit key; the first read proves key and page 1 are intact."""
    silence_cipher_log()
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=check_same_thread)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        apply_settings(conn)
    except DatabaseError as error:
        conn.close()
        if is_write_failure(error):  # WAL mode writes on open: a full disk is not a damaged vault
            raise VaultWriteError("vault.write-failed") from error
        raise DamagedVaultError("vault.unreadable") from error
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_problems(conn: Connection) -> list[str]:
    """Both checks the design requires: every page's HMAC, then SQLite's own structure check."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    problems += [r for r in rows if r != "ok"]
    return problems
