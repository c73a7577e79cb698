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
from typing import BinaryIO

from vertrouwenspersoon import bounded_input, messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.connection import Connection
from vertrouwenspersoon.store.keyslots import MAX_FILE_BYTES, KeySlots, SlotFileError

MAGIC = b"VP-BACKUP-v1\x00\x00\x00\x00"
TRAILER = struct.Struct(">Q")
SUFFIX = ".vpbackup"

messages.register(
    {
        "backup.keyslots-damaged": (
            "De sleutels in de back-up {path} zijn beschadigd; er is niets teruggezet. Kies een andere "
            "back-up, bijvoorbeeld een automatische uit de map backups van de kluis.",
            "The keys inside the backup {path} are damaged; nothing was restored. Choose another backup, "
            "for example an automatic one from the vault's backups folder.",
        ),
        "backup.folder-not-a-folder": (
            "De map voor back-ups {path} is een snelkoppeling (symbolische link) of geen gewone map; "
            "Vertrouwenspersoon schrijft daar niets. Vervang hem door een gewone map.",
            "The backups folder {path} is a shortcut (symbolic link) or not an ordinary folder; "
            "Vertrouwenspersoon writes nothing there. Replace it with an ordinary folder.",
        ),
    }
)


class BackupFormatError(ValueError):
    """Not a backup file of this program, or a truncated one."""


class BackupSlotsError(BackupFormatError):
    """A whole backup (trailer and magic in place) whose key slots are damaged or hostile."""


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
    """The key slots stored in a backup and the length of its database part.

    Opened through bounded_input (a FIFO or device is refused, not read for ever); the slot part is at
    most keyslots' own size cap and is checked whole (BackupSlotsError) before anyone derives a key.
    """
    try:
        fd = bounded_input.open_regular(path)
    except (OSError, BadInputError) as error:
        raise BackupFormatError from error
    with os.fdopen(fd, "rb") as handle:
        try:
            slot_length, db_length = _trailer(handle)
            handle.seek(db_length)
            slot_bytes = handle.read(slot_length)
        except (OSError, struct.error) as error:
            raise BackupFormatError from error
    if len(slot_bytes) != slot_length:
        raise BackupFormatError
    try:
        return KeySlots.from_bytes(slot_bytes), db_length
    except SlotFileError as error:
        raise BackupSlotsError from error


def _trailer(handle: BinaryIO) -> tuple[int, int]:
    """(slot length, database length) from the trailer; BackupFormatError unless both are plausible."""
    size = os.fstat(handle.fileno()).st_size
    if size < len(MAGIC) + TRAILER.size:
        raise BackupFormatError
    handle.seek(size - len(MAGIC) - TRAILER.size)
    (slot_length,) = TRAILER.unpack(handle.read(TRAILER.size))
    if handle.read(len(MAGIC)) != MAGIC or not 0 < slot_length <= MAX_FILE_BYTES:
        raise BackupFormatError
    db_length = size - len(MAGIC) - TRAILER.size - slot_length
    if db_length <= 0:
        raise BackupFormatError
    return slot_length, db_length


def extract_database(path: Path, db_length: int, target: Path) -> None:
    """Copy the database part into a new private file (still encrypted)."""
    try:
        source_fd = bounded_input.open_regular(path)
    except BadInputError as error:  # replaced by a FIFO or device since read_slots
        raise BackupFormatError from error
    with os.fdopen(source_fd, "rb") as source, os.fdopen(atomic.create_private_file(target), "wb") as sink:
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
