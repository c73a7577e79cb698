"""Replacing the database and its key slots together, crash-safely.

Used by vault creation, data-key rotation and restore. The steps are ordered so that any crash can be
finished or undone on the next open by `finish_interrupted`:
  1. vault.db.next written and fsynced      (crash: .next files are dropped; the old pair stays)
  2. keyslots.json.next written and fsynced (crash: both .next files are dropped)
     -- `prepare` ends here: the new pair is whole on disk, but not yet the vault's --
  3. vault.db.next renamed over vault.db    (the commit point; crash: keyslots.json.next is rolled
                                             forward, the old database's WAL removed first)
  4. the old database's -wal/-shm removed   (they must never be replayed onto the new database)
  5. keyslots.json.next renamed over keyslots.json

Between `prepare` and `commit` the caller may show what the new pair needs (a new recovery key): until
step 3 the old key slots still open the old database, after it the new key slots open the new one.
The old database's WAL is removed only after step 3, so a crash before it never loses the old
database's committed but not yet checkpointed transactions (restore does not checkpoint them).
"""

from __future__ import annotations

import os
from pathlib import Path

from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.keyslots import FILENAME as SLOTS_NAME

DB_NAME = "vault.db"
NEXT = ".next"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def side_files(db: Path) -> list[Path]:
    """SQLite's files beside a database: its WAL, shared-memory index and rollback journal."""
    return [db.with_name(db.name + suffix) for suffix in SQLITE_SIDE_FILES]


def _next_pair(directory: Path) -> tuple[Path, Path]:
    return directory / (DB_NAME + NEXT), directory / (SLOTS_NAME + NEXT)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare(directory: Path, new_db: Path, slot_bytes: bytes) -> None:
    """Steps 1-2: `new_db` (closed, checkpointed, private) and `slot_bytes` whole on disk as the .next pair."""
    db_next, slots_next = _next_pair(directory)
    if new_db != db_next:
        os.replace(new_db, db_next)
    for stale in side_files(db_next):  # an export's journal is finished with once the file is closed
        stale.unlink(missing_ok=True)
    _fsync_file(db_next)
    atomic.write_bytes(slots_next, slot_bytes)


def commit(directory: Path) -> None:
    """Steps 3-5: the prepared pair becomes the vault's."""
    db_next, _slots_next = _next_pair(directory)
    os.replace(db_next, directory / DB_NAME)
    atomic.fsync_directory(directory)
    _roll_slots_forward(directory)


def abandon(directory: Path) -> None:
    """Undo `prepare`: the old pair stays the vault's.

    keyslots.json.next goes first: left alone without vault.db.next it would mean "roll forward".
    """
    db_next, slots_next = _next_pair(directory)
    if slots_next.exists():
        slots_next.unlink()
        atomic.fsync_directory(directory)
    for leftover in (db_next, *side_files(db_next)):
        leftover.unlink(missing_ok=True)


def install(directory: Path, new_db: Path, slot_bytes: bytes) -> None:
    """Install `new_db` (closed, checkpointed, private) and `slot_bytes` as the vault's pair."""
    prepare(directory, new_db, slot_bytes)
    commit(directory)


def _roll_slots_forward(directory: Path) -> None:
    """After the commit point: drop the old database's side files, then install the new key slots."""
    _db_next, slots_next = _next_pair(directory)
    for stale in side_files(directory / DB_NAME):
        stale.unlink(missing_ok=True)
    os.replace(slots_next, directory / SLOTS_NAME)
    atomic.fsync_directory(directory)


def finish_interrupted(directory: Path) -> None:
    """Finish a swap that passed its commit point, or undo one that did not (call under the vault lock)."""
    db_next, slots_next = _next_pair(directory)
    if slots_next.exists() and not db_next.exists():
        _roll_slots_forward(directory)
        return
    abandon(directory)
