"""All-or-nothing file writes (the Electrum habit).

The temporary file is created with mode 0600 before its first byte, written, fsynced, renamed
over the target, and the directory is fsynced so the rename itself survives a power cut.

Every temporary file has one recognisable name, `.<target>.<12 hex>.tmp` (SQLite may add `-journal`,
`-wal` or `-shm` to it while it writes one), so whatever a crash leaves behind is found and removed
the next time the vault is opened (`remove_temp_files`), and never mistaken for a real file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError

messages.register(
    {
        "file.cannot-write": (
            "{path} kon niet worden geschreven: {detail}. Kies een bestaande map waarin je mag schrijven.",
            "{path} could not be written: {detail}. Choose an existing folder you may write to.",
        ),
    }
)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$")


def private_temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def is_temp_name(name: str) -> bool:
    """A name `private_temp_path` makes (or SQLite's side file of one)."""
    return TEMP_NAME.match(name) is not None


def remove_temp_files(directory: Path) -> list[str]:
    """Remove the temp files a crash left in `directory` (not below it); returns their names.

    Call only while holding the vault lock: a temp file of a running write is then impossible.
    """
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if is_temp_name(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:  # gone already, or a read-only folder: the next writable open removes it
                continue
            removed.append(entry.name)
    if removed:
        with contextlib.suppress(OSError):
            fsync_directory(directory)
    return removed


def create_private_file(path: Path, mode: int = PRIVATE_FILE) -> int:
    """Open a new file exclusively with `mode` (0600 unless asked) from the start; returns the descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, mode)
    if mode != PRIVATE_FILE and hasattr(os, "fchmod"):
        os.fchmod(fd, mode)  # the umask would otherwise narrow a deliberately public file (a public key)
    return fd


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A private temporary path next to `target`, removed again if the caller fails."""
    temp = private_temp_path(target)
    try:
        yield temp
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def replace(temp: Path, target: Path) -> None:
    os.replace(temp, target)
    fsync_directory(target.parent)


def write_bytes(target: Path | str, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """Write `data` to `target` all or nothing; a folder that is missing or not writable is bad input."""
    target = Path(target)
    try:
        _write_bytes(target, data, mode)
    except OSError as error:
        raise BadInputError("file.cannot-write", path=str(target), detail=error.strerror or "") from error


def _write_bytes(target: Path, data: bytes, mode: int) -> None:
    with temp_beside(target) as temp:
        fd = create_private_file(temp, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        replace(temp, target)


def ensure_private_dir(directory: Path) -> None:
    directory.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(directory, PRIVATE_DIR)
