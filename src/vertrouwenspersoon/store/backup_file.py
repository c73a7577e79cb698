"""The backup file: an encrypted database followed by its key slots, in one file.

Layout: [SQLCipher database][keyslots.json bytes][8-byte big-endian slot length][16-byte magic].
The file therefore starts with the database's random salt, never with a recognisable header,
and it opens with the same passphrase or recovery key that opened the vault when it was made.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.connection import Connection
from vertrouwenspersoon.store.keyslots import KeySlots, SlotFileError

MAGIC = b"VP-BACKUP-v1\x00\x00\x00\x00"
TRAILER = struct.Struct(">Q")
SUFFIX = ".vpbackup"


class BackupFormatError(ValueError):
    """Not a backup file of this program, or a truncated one."""


def export_database(conn: Connection, data_key: bytes, target: Path) -> None:
    """sqlcipher_export into a new private file encrypted with the same key (a consistent snapshot)."""
    fd = atomic.create_private_file(target)
    os.close(fd)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    escaped = str(target).replace("'", "''")
    conn.execute(f"ATTACH DATABASE '{escaped}' AS backup_target KEY \"x'{data_key.hex()}'\"")
    try:
        conn.execute("SELECT sqlcipher_export('backup_target')")
        conn.execute(f"PRAGMA backup_target.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE backup_target")


def write(conn: Connection, data_key: bytes, slots: KeySlots, out: Path) -> None:
    """Write a complete backup to `out` atomically: a crash leaves the old file or the new one."""
    with atomic.temp_beside(out) as temp:
        export_database(conn, data_key, temp)
        slot_bytes = slots.to_bytes()
        with open(temp, "ab") as handle:
            handle.write(slot_bytes + TRAILER.pack(len(slot_bytes)) + MAGIC)
            handle.flush()
            os.fsync(handle.fileno())
        atomic.replace(temp, out)


def read_slots(path: Path) -> tuple[KeySlots, int]:
    """The key slots stored in a backup and the length of its database part."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            if size < len(MAGIC) + TRAILER.size:
                raise BackupFormatError
            handle.seek(size - len(MAGIC) - TRAILER.size)
            (slot_length,) = TRAILER.unpack(handle.read(TRAILER.size))
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupFormatError
            db_length = size - len(MAGIC) - TRAILER.size - slot_length
            if db_length <= 0:
                raise BackupFormatError
            handle.seek(db_length)
            slots = KeySlots.from_bytes(handle.read(slot_length))
    except (OSError, struct.error, SlotFileError) as error:
        raise BackupFormatError from error
    return slots, db_length


def extract_database(path: Path, db_length: int, target: Path) -> None:
    """Copy the database part into a new private file (still encrypted)."""
    fd = atomic.create_private_file(target)
    with open(path, "rb") as source, os.fdopen(fd, "wb") as sink:
        remaining = db_length
        while remaining:
            chunk = source.read(min(remaining, 1 << 20))
            if not chunk:
                raise BackupFormatError
            sink.write(chunk)
            remaining -= len(chunk)
        sink.flush()
        os.fsync(sink.fileno())


def copy_file(source: Path, target: Path) -> None:
    with atomic.temp_beside(target) as temp:
        fd = atomic.create_private_file(temp)
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        atomic.replace(temp, target)
