"""Bringing a vault's schema to the version this program knows, safely.

Before the first migration step an encrypted backup is written (the caller supplies how);
each step runs in its own transaction together with its version bump, so a crash leaves the
vault at a whole version.
"""

from __future__ import annotations

from collections.abc import Callable

from vertrouwenspersoon.errors import DamagedVaultError
from vertrouwenspersoon.store.connection import Connection
from vertrouwenspersoon.store.migrations import MIGRATIONS, SCHEMA_VERSION


def version_of(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: Connection,
    before_migration: Callable[[int, int], None] | None = None,
    target: int | None = None,
) -> int:
    """Upgrade to `target` (default: the newest); returns the version found. A newer vault is refused."""
    target = SCHEMA_VERSION if target is None else target
    found = version_of(conn)
    if found > SCHEMA_VERSION:
        raise DamagedVaultError("vault.newer-version", found=found, supported=SCHEMA_VERSION)
    pending = [m for m in MIGRATIONS if found < m.version <= target]
    if pending and found > 0 and before_migration is not None:
        before_migration(found, target)
    for migration in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found
