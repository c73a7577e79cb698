"""Replacing the database and its key slots together, crash-safely.

Used by data-key rotation and restore. The steps are ordered so that any crash can be finished
or undone on the next open by `finish_interrupted`:
  1. vault.db.next written and fsynced      (crash: .next files are dropped)
  2. keyslots.json.next written and fsynced (crash: both .next files are dropped)
  3. vault.db.next renamed over vault.db    (crash: keyslots.json.next is rolled forward)
  4. keyslots.json.next renamed over keyslots.json
"""

from __future__ import annotations

import os
from pathlib import Path

from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.keyslots import FILENAME as SLOTS_NAME

DB_NAME = "vault.db"
NEXT = ".next"


def _wal_files(db: Path) -> list[Path]:
    return [db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def install(directory: Path, new_db: Path, slot_bytes: bytes) -> None:
    """Install `new_db` (closed, checkpointed, private) and `slot_bytes` as the vault's pair."""
    db, slots = directory / DB_NAME, directory / SLOTS_NAME
    db_next, slots_next = directory / (DB_NAME + NEXT), directory / (SLOTS_NAME + NEXT)
    if new_db != db_next:
        os.replace(new_db, db_next)
    fd = os.open(db_next, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    atomic.write_bytes(slots_next, slot_bytes)
    for stale in _wal_files(db):  # the old database's WAL must never be replayed onto the new one
        stale.unlink(missing_ok=True)
    os.replace(db_next, db)
    atomic.fsync_directory(directory)
    os.replace(slots_next, slots)
    atomic.fsync_directory(directory)


def finish_interrupted(directory: Path) -> None:
    db_next, slots_next = directory / (DB_NAME + NEXT), directory / (SLOTS_NAME + NEXT)
    if slots_next.exists() and not db_next.exists():
        os.replace(slots_next, directory / SLOTS_NAME)
        atomic.fsync_directory(directory)
        return
    for leftover in (db_next, slots_next, *_wal_files(db_next)):
        leftover.unlink(missing_ok=True)
