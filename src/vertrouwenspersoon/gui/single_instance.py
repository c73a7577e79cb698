"""One window per vault: a second start raises the first instead of asking for the passphrase again.

The first instance holds an exclusive lock on a file in the user's settings folder named after the vault
(a hash of its path, so the folder's name is not in it). A second start of the same vault cannot take that
lock: it leaves a knock file beside it, which the first instance's file watcher sees, and ends before any
passphrase is typed. No socket of any kind: the program has no network code, not even a local server.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from vertrouwenspersoon import messages, paths
from vertrouwenspersoon.errors import VaultInUseError
from vertrouwenspersoon.store.atomic import ensure_private_dir
from vertrouwenspersoon.store.lockfile import VaultLock

messages.register(
    {
        "gui.already-open": (
            "Deze kluis is al geopend in een ander venster van Vertrouwenspersoon; dat venster is naar voren "
            "gehaald.",
            "This vault is already open in another Vertrouwenspersoon window; that window has been brought to "
            "the front.",
        )
    }
)


def _key(vault_dir: Path) -> str:
    return hashlib.blake2b(str(Path(vault_dir).expanduser().resolve()).encode(), digest_size=10).hexdigest()


def instances_dir() -> Path:
    return paths.config_dir() / "instances"


class SingleInstance(QObject):
    """`acquire()` is False when another window has this vault; `raise_requested` when one knocks here."""

    raise_requested = Signal()

    def __init__(self, vault_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = instances_dir()
        key = _key(vault_dir)
        self.knock_file = self.folder / f"{key}.raise"
        self.lock = VaultLock(self.folder, f"{key}.lock")
        self.watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        ensure_private_dir(self.folder)
        try:
            self.lock.acquire()
        except VaultInUseError:
            self._knock()
            return False
        with contextlib.suppress(OSError):
            self.knock_file.unlink()  # left over from an earlier session
        self.watcher = QFileSystemWatcher([str(self.folder)], self)
        self.watcher.directoryChanged.connect(self._changed)
        return True

    def release(self) -> None:
        self.lock.release()

    def _knock(self) -> None:
        with contextlib.suppress(OSError):
            fd = os.open(self.knock_file, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)

    def _changed(self, _folder: str) -> None:
        if self.knock_file.exists():
            with contextlib.suppress(OSError):
                self.knock_file.unlink()
            self.raise_requested.emit()
