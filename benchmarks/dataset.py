"""The data set "university-10y" (DESIGN.md "Performance"), built once per seed and size and cached.

Three copies of the same rows, made by the same repository code:
- `vault/`: a real vault (Vault.create with a real kdf.calibrate(), SQLCipher 4), filled by
  CaseRepository.import_cases; that import is the timed "import of the whole set".
- `plain.db`: the same schema (the migrations themselves) in an unencrypted database opened with the
  sqlcipher3 module and no key, so the same SQLite build with encryption off: the fair ratio.
- `stdlib.db`: the same schema through Python's own sqlite3 module. Its SQLite (3.40 here) predates
  FTS5's `contentless_delete` (3.43), so that one option is dropped there; every read query is the same.

The cache lives under benchmarks/results/cache/ (gitignored), keyed by seed, size and schema version;
a manifest written last marks a build as complete, so an interrupted build is rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.holidays import HolidayRules
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.store import connection
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.migrations import MIGRATIONS, SCHEMA_VERSION
from vertrouwenspersoon.store.vault import Vault

NAME = "university-10y"
SEED = 20251
FULL_COUNT = 20_000
QUICK_COUNT = 2_000
FIRST_YEAR, LAST_YEAR = 2016, 2025
TODAY = date(2025, 11, 14)
NOW = datetime(2025, 11, 14, 9, 0, tzinfo=UTC)
PASSPHRASE = "benchmark-wachtwoordzin voor synthetische testdata university-10y"
RESULTS = Path(__file__).resolve().parent / "results"
CACHE = RESULTS / "cache"
MANIFEST = "manifest.json"
BUILD_FORMAT = 1  # bump when the way the set is built changes, so old caches are not reused

Log = Callable[[str], None]


def fixed_now() -> datetime:
    return NOW


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# -- a stand-in for Vault over an unencrypted connection ------------------------------------------
class _NoAudit:
    def record(self, *args: object) -> None:
        """The plain copies have no audit chain (one row in the vault; nothing a read benchmark touches)."""


class PlainVault:
    """What CaseRepository and facts_for_year use of a Vault (conn, transaction, audit, now), over a
    plain connection, so the plain copies are filled and read by exactly the same code and SQL."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.audit = _NoAudit()
        self.now = fixed_now

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def apply_plain_settings(conn: Any) -> None:
    """The vault's connection settings (store/connection.py), minus the cipher."""
    conn.execute(f"PRAGMA cache_size = -{connection.CACHE_KIB}")
    conn.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


class _StdlibSchemaConnection:
    """Passes the migrations' SQL to stdlib sqlite3, dropping what its older FTS5 does not know."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        return self._conn.execute(sql.replace("contentless_delete = 1,", ""), *args)


def stdlib_has_contentless_delete() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, content = '', contentless_delete = 1)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def _migrate_plain(conn: Any, stdlib: bool) -> None:
    target = _StdlibSchemaConnection(conn) if stdlib and not stdlib_has_contentless_delete() else conn
    for migration in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        migration.apply(target)  # type: ignore[arg-type]
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")


def open_plain(path: Path, *, stdlib: bool = False, create: bool = False) -> PlainVault:
    if not create and not path.exists():
        raise FileNotFoundError(path)
    module: Any = sqlite3 if stdlib else sqlcipher3
    conn = module.connect(str(path), isolation_level=None)
    apply_plain_settings(conn)
    if create:
        _migrate_plain(conn, stdlib)
    return PlainVault(conn)


def repository(store: Any) -> CaseRepository:
    return CaseRepository(store, default_taxonomy(), HolidayRules())


# -- the cached data set ------------------------------------------------------------------------
@dataclass(frozen=True)
class DataSet:
    directory: Path
    manifest: dict[str, Any]

    @property
    def vault_dir(self) -> Path:
        return self.directory / "vault"

    @property
    def plain_path(self) -> Path:
        return self.directory / "plain.db"

    @property
    def stdlib_path(self) -> Path:
        return self.directory / "stdlib.db"

    def open_vault(self) -> Vault:
        return Vault.open(self.vault_dir, passphrase=PASSPHRASE, now=fixed_now)

    def open_plain(self) -> PlainVault:
        return open_plain(self.plain_path)

    def open_stdlib(self) -> PlainVault:
        return open_plain(self.stdlib_path, stdlib=True)


def cache_dir(seed: int, count: int) -> Path:
    return CACHE / f"{NAME}-seed{seed}-n{count}-schema{SCHEMA_VERSION}-b{BUILD_FORMAT}"


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _counts(conn: Any) -> dict[str, int]:
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in ("cases", "contacts", "followups")
    }


def _build(directory: Path, seed: int, count: int, log: Log) -> dict[str, Any]:
    log(f"building {NAME} seed={seed} cases={count} in {directory} (cached for later runs)")
    cases, generate_s = _timed(lambda: generate_cases(seed, count, FIRST_YEAR, LAST_YEAR, TODAY))
    log(f"  generated {len(cases)} cases in {generate_s:.1f} s")

    params, calibrate_s = _timed(kdf.calibrate)
    vault, create_s = _timed(
        lambda: Vault.create(directory / "vault", PASSPHRASE, kdf_params=params, now=fixed_now)[0]
    )
    try:
        _, import_s = _timed(lambda: repository(vault).import_cases(cases))
        log(f"  encrypted import: {import_s:.1f} s")
        counts = _counts(vault.conn)
    finally:
        _, close_s = _timed(vault.close)

    plain_import: dict[str, float] = {}
    for label, path, stdlib in (
        ("plain", directory / "plain.db", False),
        ("stdlib", directory / "stdlib.db", True),
    ):
        store = open_plain(path, stdlib=stdlib, create=True)
        try:
            _, plain_import[label] = _timed(lambda store=store: repository(store).import_cases(cases))
            if _counts(store.conn) != counts:
                raise RuntimeError(f"{label} copy does not hold the same rows as the vault")
        finally:
            store.close()
        log(f"  {label} import: {plain_import[label]:.1f} s")

    return {
        "name": NAME,
        "seed": seed,
        "cases_requested": count,
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "today": TODAY.isoformat(),
        "schema_version": SCHEMA_VERSION,
        "build_format": BUILD_FORMAT,
        "built_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "counts": counts,
        "kdf": {
            "memory_kib": params.memory_kib,
            "time_cost": params.time_cost,
            "parallelism": params.parallelism,
        },
        "seconds": {
            "generate": generate_s,
            "kdf_calibrate": calibrate_s,
            "vault_create": create_s,
            "import_encrypted": import_s,
            "vault_close_checkpoint": close_s,
            "import_plain": plain_import["plain"],
            "import_stdlib": plain_import["stdlib"],
        },
        "stdlib_sqlite_version": sqlite3.sqlite_version,
        "stdlib_contentless_delete": stdlib_has_contentless_delete(),
        "file_bytes": {
            "vault.db": (directory / "vault" / "vault.db").stat().st_size,
            "plain.db": (directory / "plain.db").stat().st_size,
            "stdlib.db": (directory / "stdlib.db").stat().st_size,
        },
    }


def ensure(
    seed: int = SEED, count: int = FULL_COUNT, *, rebuild: bool = False, log: Log = _stderr
) -> DataSet:
    """The cached data set for (seed, count), built first when missing, incomplete or `rebuild`."""
    directory = cache_dir(seed, count)
    manifest_path = directory / MANIFEST
    if manifest_path.exists() and not rebuild:
        return DataSet(directory, json.loads(manifest_path.read_text(encoding="utf-8")))
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    manifest = _build(directory, seed, count, log)
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return DataSet(directory, manifest)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=f"Build (or show) the cached {NAME} data set.")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_COUNT} cases instead of {FULL_COUNT}")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    data = ensure(args.seed, QUICK_COUNT if args.quick else FULL_COUNT, rebuild=args.rebuild)
    print(json.dumps(data.manifest, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
