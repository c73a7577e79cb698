"""The GUI's thread-aware way into the vault.

sqlcipher3 connections belong to the thread that opened them, yet the slow part of unlocking
(Argon2, ≈0.5 s) must not run on the GUI thread. So unlocking is split in two: `derive_unlock`
runs in a worker (lock file, key slots, KDF) and returns a ticket; `open_unlocked` runs on the
GUI thread and opens the connection there (milliseconds: SQLCipher gets a raw key).
Backups in a worker use a second connection from `Vault.open_reader()` made in that thread.

This is the one GUI module that reaches into `Vault` internals (`_load_slots`, `_unlock`,
`_open_with_key`, `_data_key`, `_prune`). It mirrors `Vault.open` / `Vault.daily_backup` step
for step and should shrink to plain calls once the store offers a public two-phase unlock and
`backup_to(out, conn=...)` (requested from the store's owner).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from vertrouwenspersoon.errors import BadInputError, DamagedVaultError
from vertrouwenspersoon.gui.worker import Progress
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.security.keychain import Keychain
from vertrouwenspersoon.store import atomic, backup_file, swap
from vertrouwenspersoon.store.connection import DatabaseError, integrity_problems
from vertrouwenspersoon.store.keyslots import KeySlots
from vertrouwenspersoon.store.lockfile import VaultLock
from vertrouwenspersoon.store.vault import Now, Vault, _system_now, is_vault, translate_database_error


@dataclass
class UnlockTicket:
    """A proven key and the held vault lock, handed from the worker to the GUI thread."""

    directory: Path
    data_key: bytes
    slots: KeySlots
    lock: VaultLock

    def discard(self) -> None:
        """Drop the key and the lock when the advisor cancelled before the vault was opened."""
        self.data_key = b""
        self.lock.release()


def derive_unlock(
    directory: Path,
    *,
    passphrase: str | None = None,
    recovery: str | None = None,
    keychain: Keychain | None = None,
) -> UnlockTicket:
    """Worker thread: the slow half of `Vault.open` (KDF). Raises the same VpErrors."""
    directory = Path(directory)
    if not directory.is_dir() or not is_vault(directory):
        raise BadInputError("vault.not-found", path=str(directory))
    lock = VaultLock(directory)
    lock.acquire()
    try:
        swap.finish_interrupted(directory)
        slots = Vault._load_slots(directory)
        data_key = Vault._unlock(slots, passphrase, recovery, keychain)
    except BaseException:
        lock.release()
        raise
    return UnlockTicket(directory, data_key, slots, lock)


def open_unlocked(ticket: UnlockTicket, now: Now | None = None) -> Vault:
    """GUI thread: the fast half of `Vault.open`; the connection belongs to this thread."""
    try:
        return Vault._open_with_key(
            ticket.directory, ticket.data_key, ticket.slots, ticket.lock, now or _system_now
        )
    except BaseException:
        ticket.lock.release()
        raise
    finally:
        ticket.data_key = b""


def create_vault(directory: Path, passphrase: str, kdf_params: kdf.KdfParams | None = None) -> str:
    """Worker thread: calibrate Argon2 on this machine and create the vault; returns the recovery key.

    The vault is closed again in the worker (its connection belongs there); the GUI reopens it
    with the recovery key, which needs no Argon2 and so is fast enough for the GUI thread.
    """
    vault, recovery = Vault.create(Path(directory), passphrase, kdf_params=kdf_params or kdf.calibrate())
    vault.close()
    return recovery


def backup_with_reader(vault: Vault, out: Path, progress: Progress | None = None) -> Path:
    """Worker thread: an encrypted backup through a connection opened in this thread."""
    out = Path(out)
    conn = vault.open_reader()
    try:
        if progress:
            progress.report(5)
            progress.check()
        try:
            problems = [p for p in integrity_problems(conn) if p]
        except DatabaseError as error:
            raise translate_database_error(error) from error
        if problems:
            raise DamagedVaultError("vault.damaged", detail="integrity check failed")
        if progress:
            progress.report(40)
            progress.check()
        try:
            backup_file.write(conn, vault._data_key, vault.slots, out)
        except DatabaseError as error:
            raise translate_database_error(error) from error
        except OSError as error:
            raise BadInputError("backup.cannot-write", path=str(out), detail=error.strerror or "") from error
        if progress and progress.cancelled:
            out.unlink(missing_ok=True)
            progress.check()
        if progress:
            progress.report(100)
        return out
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()


def daily_backup_with_reader(vault: Vault, today_iso: str) -> Path | None:
    """Worker thread: `Vault.daily_backup` through a reader connection; None when today's exists."""
    atomic.ensure_private_dir(vault.backup_dir)
    target = vault.backup_dir / f"auto-{today_iso}{backup_file.SUFFIX}"
    if target.exists():
        return None
    backup_with_reader(vault, target)
    vault._prune("auto-", 7)
    return target


def newest_backup(directory: Path) -> Path | None:
    """The most recent file in <vault>/backups, for "Back-up terugzetten…" on a damaged vault."""
    folder = Path(directory) / "backups"
    if not folder.is_dir():
        return None
    found = sorted(folder.glob(f"*{backup_file.SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None
