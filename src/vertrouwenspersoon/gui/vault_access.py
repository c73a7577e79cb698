"""The GUI's thread-aware way into the vault.

sqlcipher3 connections belong to the thread that opened them, yet the slow part of unlocking
(Argon2, ≈0.5 s) must not run on the GUI thread. So the worker runs `Vault.unlock` (lock file,
key slots, KDF) and the GUI thread runs `Vault.open_unlocked` (milliseconds: a raw key).
Backups in a worker go through a second connection from `Vault.open_reader()` made there.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from vertrouwenspersoon.gui.recovery_sheet import SheetVault
from vertrouwenspersoon.gui.worker import Progress
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.store import backup_file
from vertrouwenspersoon.store.connection import DatabaseError
from vertrouwenspersoon.store.vault import UnlockedKey, Vault

UnlockTicket = UnlockedKey
derive_unlock = Vault.unlock  # worker thread
open_unlocked = Vault.open_unlocked  # GUI thread


def create_vault(
    directory: Path, passphrase: str, kdf_params: kdf.KdfParams | None = None
) -> tuple[str, SheetVault]:
    """Worker thread: calibrate Argon2 on this machine and create the vault.

    Returns the recovery key and what its recovery sheet says about the vault. The vault is closed
    again in the worker (its connection belongs there); the GUI reopens it with the recovery key,
    which needs no Argon2 and so is fast enough for the GUI thread.
    """
    vault, recovery = Vault.create(Path(directory), passphrase, kdf_params=kdf_params or kdf.calibrate())
    try:
        created = datetime.fromisoformat(vault.get_meta("created_at") or "").date()
        return recovery, SheetVault(Path(directory).resolve(), vault.vault_id, created)
    finally:
        vault.close()


@contextlib.contextmanager
def _reader(vault: Vault):  # type: ignore[no-untyped-def]
    conn = vault.open_reader()
    try:
        yield conn
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()


def backup_with_reader(vault: Vault, out: Path, progress: Progress | None = None) -> Path:
    """Worker thread: an encrypted backup through a connection opened in this thread."""
    out = Path(out)
    if progress:
        progress.report(5)
        progress.check()
    with _reader(vault) as conn:
        vault.backup_to(out, conn)
    if progress and progress.cancelled:
        out.unlink(missing_ok=True)
        progress.check()
    if progress:
        progress.report(100)
    return out


def daily_backup_with_reader(vault: Vault, today_iso: str | None = None) -> Path | None:
    """Worker thread: `Vault.daily_backup` through a reader connection; None when today's exists."""
    with _reader(vault) as conn:
        return vault.daily_backup(conn)


def newest_backup(directory: Path) -> Path | None:
    """The most recent file in <vault>/backups, for "Back-up terugzetten…" on a damaged vault."""
    folder = Path(directory) / "backups"
    if not folder.is_dir():
        return None
    found = sorted(folder.glob(f"*{backup_file.SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None
