"""The vault: one directory holding `vault.db` (SQLCipher 4) and `keyslots.json`.

Fail closed: every way a vault can be wrong (missing part, damaged slot file, flipped byte,
plain SQLite file, newer schema) raises a `VpError` with a clear sentence, and nothing here
ever creates a new or unencrypted database in place of one that did not open.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vertrouwenspersoon.errors import BadInputError, DamagedVaultError, VaultWriteError, WrongKeyError
from vertrouwenspersoon.security import kdf, recovery_key
from vertrouwenspersoon.security.keychain import Keychain, KeychainError
from vertrouwenspersoon.store import atomic, backup_file, schema, swap, vault_messages  # noqa: F401
from vertrouwenspersoon.store.audit import AuditLog, chain_key
from vertrouwenspersoon.store.connection import (
    Connection,
    DatabaseError,
    IntegrityError,
    connect,
    integrity_problems,
    looks_unencrypted,
)
from vertrouwenspersoon.store.keyslots import (
    FILENAME as SLOTS_NAME,
)
from vertrouwenspersoon.store.keyslots import (
    KEYCHAIN,
    RECOVERY,
    KeySlots,
    SlotFileError,
    SlotLockedError,
)
from vertrouwenspersoon.store.lockfile import VaultLock

DB_NAME = swap.DB_NAME
BACKUP_DIR = "backups"
KEEP_DAILY = 7
KEEP_PRE_MIGRATION = 3

Now = Callable[[], datetime]
ShowKey = Callable[[str], None]


def _system_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def translate_database_error(error: Exception) -> DamagedVaultError | VaultWriteError:
    """Map SQLite's failure texts to the user's sentence: disk full or not writable (the vault is intact,
    exit 2) vs damage (exit 4)."""
    text = str(error).lower()
    if "full" in text or "disk i/o" in text or "readonly" in text or "read-only" in text:
        return VaultWriteError("vault.write-failed")
    return DamagedVaultError("vault.damaged", detail="database")


def is_vault(directory: Path) -> bool:
    return (directory / DB_NAME).exists() or (directory / SLOTS_NAME).exists()


def _holds_a_vault(directory: Path) -> bool:
    """Anything of a vault: its database, its key slots (a vault whose database is missing is still a
    vault, to restore, not to overwrite), or a database name that is a symbolic link, even a dangling one."""
    return is_vault(directory) or (directory / DB_NAME).is_symlink() or (directory / SLOTS_NAME).is_symlink()


def _clean_leftovers(directory: Path) -> None:
    """Under the vault lock: finish or undo an interrupted swap, then remove every temp file a crash
    left in the vault folder or its backups folder (half-written backups included)."""
    swap.finish_interrupted(directory)
    atomic.remove_temp_files(directory)
    backups = directory / BACKUP_DIR
    if backups.is_dir() and not backups.is_symlink():
        atomic.remove_temp_files(backups)


def _commit_showing(directory: Path, key_text: str, show: ShowKey | None) -> None:
    """Show the new recovery key, then make the prepared pair the vault's: the old key (or no vault)
    is valid until the new key has been shown, the new key from the commit on."""
    try:
        if show is not None:
            show(key_text)
    except BaseException:
        swap.abandon(directory)
        raise
    swap.commit(directory)


@dataclass
class UnlockedKey:
    """A proven data key and the held vault lock, between `Vault.unlock` and `Vault.open_unlocked`."""

    directory: Path
    data_key: bytes
    slots: KeySlots
    lock: VaultLock

    def discard(self) -> None:
        """Drop the key and the lock when the vault will not be opened after all."""
        self.data_key = b""
        self.lock.release()


class Vault:
    """An open, unlocked vault. Use `create` or `open`; always `close` (or use `with`)."""

    def __init__(
        self, directory: Path, conn: Connection, data_key: bytes, slots: KeySlots, lock: VaultLock, now: Now
    ) -> None:
        self.directory = directory
        self._conn: Connection | None = conn
        self._data_key = data_key
        self.slots = slots
        self._lock = lock
        self.now = now
        self.audit = AuditLog(conn, chain_key(slots.vault_id), now)

    # -- life cycle -----------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        *,
        kdf_params: kdf.KdfParams | None = None,
        now: Now = _system_now,
        show_recovery_key: ShowKey | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it open and the recovery key (to show once, never stored).

        `show_recovery_key` (the CLI's printer) is called once the new vault is whole on disk and just
        before it becomes the folder's vault: a crash before the key is shown leaves no vault (`init`
        can simply run again), never a vault whose recovery key nobody saw. When it raises (output
        closed), no vault is made.
        """
        directory = Path(directory)
        if _holds_a_vault(directory):
            raise BadInputError("vault.exists", path=str(directory))
        atomic.ensure_private_dir(directory)
        lock = VaultLock(directory)
        lock.acquire()
        try:
            # Checked again under the lock: a second `init` or `demo` started at the same moment waits
            # for nothing and replaces nothing (the first one's recovery key may already be printed).
            if _holds_a_vault(directory):
                raise BadInputError("vault.exists", path=str(directory))
            data_key = os.urandom(32)
            slots = KeySlots(str(uuid.uuid4()), {})
            slots.set_passphrase(data_key, passphrase, kdf_params or kdf.calibrate())
            key_text = recovery_key.generate()
            slots.set_recovery(data_key, recovery_key.parse(key_text))
            _clean_leftovers(directory)
            building = atomic.private_temp_path(directory / DB_NAME)
            os.close(atomic.create_private_file(building))
            try:
                cls._build(directory, building, data_key, slots, lock, now)
                swap.prepare(directory, building, slots.to_bytes())
            except BaseException as error:
                for part in (building, *swap.side_files(building)):
                    part.unlink(missing_ok=True)
                swap.abandon(directory)
                if isinstance(error, DatabaseError):
                    raise translate_database_error(error) from error
                raise
            _commit_showing(directory, key_text, show_recovery_key)
            return cls._open_with_key(directory, data_key, slots, lock, now), key_text
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _build(
        cls, directory: Path, building: Path, data_key: bytes, slots: KeySlots, lock: VaultLock, now: Now
    ) -> None:
        """The new vault's database, complete and checkpointed, under its temp name."""
        conn = connect(building, data_key)
        try:
            schema.migrate(conn)
            vault = cls(directory, conn, data_key, slots, lock, now)
            with vault.transaction():
                vault.set_meta("vault_id", slots.vault_id)
                vault.set_meta("advisor_id", str(uuid.uuid4()))
                vault.set_meta("created_at", now().isoformat())
                vault.audit.record("vault.create")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        passphrase: str | None = None,
        recovery: str | None = None,
        keychain: Keychain | None = None,
        now: Now = _system_now,
    ) -> Vault:
        """Unlock with exactly one secret: passphrase, recovery key text, or the OS keychain."""
        return cls.open_unlocked(
            cls.unlock(directory, passphrase=passphrase, recovery=recovery, keychain=keychain), now
        )

    @classmethod
    def unlock(
        cls,
        directory: Path,
        *,
        passphrase: str | None = None,
        recovery: str | None = None,
        keychain: Keychain | None = None,
    ) -> UnlockedKey:
        """The slow half of `open` (the KDF), safe to run in a worker thread.

        sqlcipher3 connections belong to the thread that made them, so a GUI derives the key in a
        worker and calls `open_unlocked` on its own thread, which takes milliseconds.
        """
        directory = Path(directory)
        if not directory.is_dir() or not is_vault(directory):
            raise BadInputError("vault.not-found", path=str(directory))
        lock = VaultLock(directory)
        lock.acquire()
        try:
            _clean_leftovers(directory)
            slots = cls._load_slots(directory)
            return UnlockedKey(
                directory, cls._unlock(slots, passphrase, recovery, keychain, directory), slots, lock
            )
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_unlocked(cls, key: UnlockedKey, now: Now = _system_now) -> Vault:
        """The fast half of `open`: the connection belongs to the calling thread."""
        try:
            return cls._open_with_key(key.directory, key.data_key, key.slots, key.lock, now)
        except BaseException:
            key.lock.release()
            raise
        finally:
            key.data_key = b""

    @staticmethod
    def _load_slots(directory: Path) -> KeySlots:
        if not (directory / SLOTS_NAME).exists():
            raise DamagedVaultError("vault.missing-part", path=str(directory), part=SLOTS_NAME)
        try:
            return KeySlots.load(directory)
        except SlotFileError as error:
            raise DamagedVaultError("vault.keyslots-damaged", path=str(directory)) from error

    @staticmethod
    def _unlock(
        slots: KeySlots,
        passphrase: str | None,
        recovery: str | None,
        keychain: Keychain | None,
        directory: Path,
    ) -> bytes:
        try:
            if recovery is not None:
                if RECOVERY not in slots.slots:
                    raise BadInputError("vault.no-recovery-slot")
                try:
                    digits = recovery_key.parse(recovery)
                except recovery_key.RecoveryKeyFormatError as error:
                    raise WrongKeyError("vault.recovery-key-typo") from error
                try:
                    return slots.open_with_recovery(digits)
                except SlotLockedError as error:
                    raise WrongKeyError("vault.wrong-recovery-key") from error
            if keychain is not None:
                return Vault._unlock_with_keychain(slots, keychain)
            try:
                return slots.open_with_passphrase(passphrase or "")
            except SlotLockedError as error:
                raise WrongKeyError("vault.wrong-passphrase") from error
        except SlotFileError as error:
            raise DamagedVaultError("vault.keyslots-damaged", path=str(directory)) from error

    @staticmethod
    def _unlock_with_keychain(slots: KeySlots, keychain: Keychain) -> bytes:
        if KEYCHAIN not in slots.slots:
            raise WrongKeyError("vault.keychain-not-enabled")
        if not keychain.available:
            raise WrongKeyError("vault.keychain-unavailable")
        try:
            secret = keychain.load(slots.vault_id)
        except KeychainError as error:
            raise WrongKeyError("vault.keychain-unavailable") from error
        if secret is None:
            raise WrongKeyError("vault.keychain-not-enabled")
        try:
            return slots.open_with_keychain(secret)
        except SlotLockedError as error:
            raise WrongKeyError("vault.keychain-not-enabled") from error

    @classmethod
    def _open_with_key(
        cls, directory: Path, data_key: bytes, slots: KeySlots, lock: VaultLock, now: Now
    ) -> Vault:
        db = directory / DB_NAME
        if not db.exists():
            raise DamagedVaultError("vault.missing-part", path=str(directory), part=DB_NAME)
        if db.stat().st_size == 0:
            raise DamagedVaultError("vault.damaged", detail="vault.db is empty")
        if looks_unencrypted(db):
            raise DamagedVaultError("vault.unencrypted", path=str(db))
        conn = connect(db, data_key)
        try:
            vault = cls(directory, conn, data_key, slots, lock, now)
            try:
                schema.migrate(conn, before_migration=vault._pre_migration_backup)
            except DatabaseError as error:
                raise translate_database_error(error) from error
            return vault
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        """Close the connection and release the lock; the key is dropped with the object."""
        if self._conn is not None:
            with contextlib.suppress(DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
        self._data_key = b""
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise DamagedVaultError("vault.closed")
        return self._conn

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    # -- transactions and metadata ------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing: commit on success, roll back on any error (disk full included)."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as error:
            raise translate_database_error(error) from error
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
            if isinstance(error, DatabaseError) and not isinstance(error, IntegrityError):
                raise translate_database_error(error) from error
            raise

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def record(self, action: str, object_type: str = "vault", object_id: str = "") -> None:
        """Audit an event that is not part of a data change (backup, export, report)."""
        with self.transaction():
            self.audit.record(action, object_type, object_id)

    # -- key slots ------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf_params: kdf.KdfParams | None = None) -> None:
        """Rewrite the passphrase slot only: vault.db is not touched by the key change itself."""
        self.slots.set_passphrase(self._data_key, new_passphrase, kdf_params or kdf.calibrate())
        self.slots.save(self.directory)

    def new_recovery_key(self) -> str:
        key_text = recovery_key.generate()
        self.slots.set_recovery(self._data_key, recovery_key.parse(key_text))
        self.slots.save(self.directory)
        return key_text

    def enable_keychain(self, keychain: Keychain) -> None:
        if not keychain.available:
            raise WrongKeyError("vault.keychain-unavailable")
        secret = os.urandom(32)
        try:
            keychain.store(self.vault_id, secret)
        except KeychainError as error:
            raise WrongKeyError("vault.keychain-unavailable") from error
        self.slots.set_keychain(self._data_key, secret)
        self.slots.save(self.directory)

    def disable_keychain(self, keychain: Keychain | None = None) -> None:
        self.slots.remove(KEYCHAIN)
        self.slots.save(self.directory)
        if keychain is not None and keychain.available:
            with contextlib.suppress(KeychainError):
                keychain.delete(self.vault_id)

    # -- checks and backups ---------------------------------------------------------------
    def verify(self) -> list[str]:
        """Full checks: every page's HMAC, SQLite's structure, and the audit chain."""
        try:
            return integrity_problems(self.conn) + self.audit.verify()
        except DatabaseError as error:
            raise translate_database_error(error) from error

    def backup_to(self, out: Path, conn: Connection | None = None) -> None:
        """An encrypted copy with the same key slots; a damaged vault refuses to be copied.

        `conn` lets a worker thread back up through its own `open_reader()` connection.
        """
        conn = conn or self.conn
        try:
            problems = [p for p in integrity_problems(conn) if p]
        except DatabaseError as error:
            raise translate_database_error(error) from error
        if problems:
            raise DamagedVaultError("vault.damaged", detail="integrity check failed")
        try:
            backup_file.write(conn, self._data_key, self.slots, Path(out))
        except DatabaseError as error:
            raise translate_database_error(error) from error
        except OSError as error:
            raise BadInputError("backup.cannot-write", path=str(out), detail=error.strerror or "") from error

    @property
    def backup_dir(self) -> Path:
        return self.directory / BACKUP_DIR

    def _ensure_backup_dir(self) -> None:
        """The vault's own backups folder, never followed through a symbolic link: a link to another folder
        would have that folder's mode changed and its files written and pruned (issue 17)."""
        folder = self.backup_dir
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise BadInputError("backup.folder-not-a-folder", path=str(folder))
        atomic.ensure_private_dir(folder)

    def daily_backup(self, conn: Connection | None = None) -> Path | None:
        """One automatic backup per calendar day, the newest few kept; None when today's exists."""
        self._ensure_backup_dir()
        target = self.backup_dir / f"auto-{self.now().date().isoformat()}{backup_file.SUFFIX}"
        if target.exists() and _is_whole_backup(target):
            return None
        self.backup_to(target, conn)
        self._prune("auto-", KEEP_DAILY)
        return target

    def _pre_migration_backup(self, found: int, target: int) -> None:
        self._ensure_backup_dir()
        stamp = self.now().strftime("%Y-%m-%dT%H%M%S")
        out = self.backup_dir / f"pre-migration-v{found}-to-v{target}-{stamp}{backup_file.SUFFIX}"
        backup_file.write(self.conn, self._data_key, self.slots, out)
        self._prune("pre-migration-", KEEP_PRE_MIGRATION)

    def _prune(self, prefix: str, keep: int) -> None:
        pattern = re.compile(re.escape(prefix) + r".*" + re.escape(backup_file.SUFFIX) + "$")
        found = sorted(p for p in self.backup_dir.iterdir() if pattern.match(p.name))
        for old in found[:-keep]:
            old.unlink(missing_ok=True)

    # -- data-key rotation ----------------------------------------------------------------
    def rotate_data_key(
        self,
        passphrase: str,
        *,
        kdf_params: kdf.KdfParams | None = None,
        show_recovery_key: ShowKey | None = None,
    ) -> str:
        """A new data key for the whole database: export, swap atomically, new recovery key.

        The old recovery key cannot be re-wrapped (it is never stored), so a new one is
        returned to show once. A keychain slot is dropped and can be enabled again.
        `show_recovery_key` is called when the re-encrypted pair is whole on disk, just before the
        swap: until the new key has been shown the old key and passphrase open the vault, after it
        the new ones — there is no moment when only an unseen key opens it.
        """
        new_key = os.urandom(32)
        new_slots = KeySlots(self.vault_id, {})
        new_slots.set_passphrase(new_key, passphrase, kdf_params or kdf.calibrate())
        key_text = recovery_key.generate()
        new_slots.set_recovery(new_key, recovery_key.parse(key_text))
        with self.transaction():
            self.audit.record("vault.rotate-key")
        target = self.directory / (DB_NAME + swap.NEXT)
        swap.abandon(self.directory)
        self._export_rotated(target, new_key)
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError as error:
            swap.abandon(self.directory)
            raise translate_database_error(error) from error
        self.conn.close()
        self._conn = None
        try:
            try:
                swap.prepare(self.directory, target, new_slots.to_bytes())
            except BaseException:
                swap.abandon(self.directory)
                raise
            _commit_showing(self.directory, key_text, show_recovery_key)
        except BaseException:
            self._reconnect()  # the old pair is still the vault's
            raise
        self._data_key, self.slots = new_key, new_slots
        self._reconnect()
        return key_text

    def _export_rotated(self, target: Path, new_key: bytes) -> None:
        """sqlcipher_export the whole database into `target` under `new_key`."""
        conn = self.conn
        try:
            os.close(atomic.create_private_file(target))
            escaped = str(target).replace("'", "''")
            version = schema.version_of(conn)
            conn.execute(f"ATTACH DATABASE '{escaped}' AS rotated KEY \"x'{new_key.hex()}'\"")
            try:
                conn.execute("SELECT sqlcipher_export('rotated')")
                conn.execute(f"PRAGMA rotated.user_version = {version}")
            finally:
                conn.execute("DETACH DATABASE rotated")
        except DatabaseError as error:
            swap.abandon(self.directory)
            raise translate_database_error(error) from error
        except OSError as error:
            swap.abandon(self.directory)
            raise VaultWriteError("vault.write-failed") from error

    def _reconnect(self) -> None:
        self._conn = connect(self.directory / DB_NAME, self._data_key)
        self.audit = AuditLog(self._conn, chain_key(self.vault_id), self.now)

    # -- worker connections -----------------------------------------------------------------
    def open_reader(self) -> Connection:
        """A second connection for a worker thread (WAL lets it read while the GUI writes)."""
        return connect(self.directory / DB_NAME, self._data_key, check_same_thread=False)

    def thread_view(self) -> Vault:
        """This unlocked vault through a new connection for the calling (worker) thread.

        Repositories work on it as on the vault itself (transactions, audit trail); closing it
        closes only its connection — the lock stays with the vault that unlocked.
        """
        return Vault(
            self.directory, self.open_reader(), self._data_key, self.slots, _BorrowedLock(), self.now
        )


def _is_whole_backup(path: Path) -> bool:
    """A backup whose trailer and key slots read back: a half-written or truncated one does not count
    as today's backup (backups are written atomically, but a disk that lost its tail must not stop the
    next one)."""
    try:
        backup_file.read_slots(path)
    except backup_file.BackupFormatError:
        return False
    return True


class _BorrowedLock:
    """The lock of a thread view: held by the vault it came from, so never released here."""

    held = True

    def release(self) -> None:
        return None


def restore(backup: Path, directory: Path, passphrase: str, *, now: Now = _system_now) -> None:
    """Replace the vault in `directory` by `backup`, after proving the backup is whole.

    The passphrase may be the one valid when the backup was made, or the vault's current one
    (then the current key slots are kept). Nothing is replaced unless both integrity checks pass.
    """
    backup, directory = Path(backup), Path(directory)
    try:
        backup_slots, db_length = backup_file.read_slots(backup)
    except backup_file.BackupSlotsError as error:
        raise BadInputError("backup.keyslots-damaged", path=str(backup)) from error
    except backup_file.BackupFormatError as error:
        raise BadInputError("backup.not-a-backup", path=str(backup)) from error
    atomic.ensure_private_dir(directory)
    lock = VaultLock(directory)
    lock.acquire()
    try:
        _clean_leftovers(directory)
        data_key, slots = _key_for_backup(backup_slots, directory, passphrase)
        staged = directory / (DB_NAME + swap.NEXT)
        staged.unlink(missing_ok=True)
        try:
            backup_file.extract_database(backup, db_length, staged)
            _check_restorable(staged, data_key, backup)
            swap.install(directory, staged, slots.to_bytes())
        finally:
            staged.unlink(missing_ok=True)
        vault = Vault._open_with_key(directory, data_key, slots, lock, now)
        with vault.transaction():
            vault.audit.record("vault.restore")
        vault.close()
    except BaseException:
        lock.release()
        raise


def _key_for_backup(backup_slots: KeySlots, directory: Path, passphrase: str) -> tuple[bytes, KeySlots]:
    try:
        return backup_slots.open_with_passphrase(passphrase), backup_slots
    except (SlotLockedError, SlotFileError):
        pass
    if (directory / SLOTS_NAME).exists():
        try:
            current = KeySlots.load(directory)
            key = current.open_with_passphrase(passphrase)
            if current.vault_id == backup_slots.vault_id:
                return key, current
        except (SlotLockedError, SlotFileError):
            pass
    raise WrongKeyError("backup.wrong-passphrase")


def _check_restorable(staged: Path, data_key: bytes, backup: Path) -> None:
    try:
        conn = connect(staged, data_key)
    except DamagedVaultError as error:
        raise BadInputError("backup.damaged", path=str(backup), detail="unreadable") from error
    try:
        problems = integrity_problems(conn)
        found = schema.version_of(conn)
    except DatabaseError as error:
        raise BadInputError("backup.damaged", path=str(backup), detail="integrity check failed") from error
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    if problems:
        raise BadInputError("backup.damaged", path=str(backup), detail="integrity check failed")
    if found > schema.SCHEMA_VERSION:
        raise DamagedVaultError("vault.newer-version", found=found, supported=schema.SCHEMA_VERSION)
