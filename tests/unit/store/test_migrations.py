"""Upgrades from every released schema version, with the encrypted backup taken first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.fixture_content import PASSPHRASE, expected_cases, expected_meta
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.store import schema
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.migrations import MIGRATIONS, SCHEMA_VERSION
from vertrouwenspersoon.store.vault import Vault, restore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VERSIONS = sorted(int(p.name.removeprefix("vault-v")) for p in FIXTURES.glob("vault-v*"))


def test_there_is_a_fixture_for_every_released_version() -> None:
    assert [m.version for m in MIGRATIONS] == VERSIONS


def test_migrations_are_numbered_consecutively() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_each_released_version(version: int, tmp_path: Path) -> None:
    vault_dir = tmp_path / f"v{version}"
    shutil.copytree(FIXTURES / f"vault-v{version}", vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == SCHEMA_VERSION
        for key, value in expected_meta(version).items():
            assert vault.get_meta(key) == value
        assert list(CaseRepository(vault, default_taxonomy()).all_cases()) == expected_cases(version)
        assert vault.verify() == []
    backups = (
        sorted((vault_dir / "backups").glob("pre-migration-*")) if (vault_dir / "backups").exists() else []
    )
    if version < SCHEMA_VERSION:
        assert len(backups) == 1, "an encrypted backup must be written before migrating"
        restored = tmp_path / "restored"
        restore(backups[0], restored, PASSPHRASE)  # restoring migrates again, from the backup's version
        with Vault.open(restored, passphrase=PASSPHRASE) as again:
            assert schema.version_of(again.conn) == SCHEMA_VERSION
    else:
        assert backups == []


def test_a_failing_migration_leaves_the_vault_at_its_old_version(tmp_path: Path, monkeypatch) -> None:
    from vertrouwenspersoon.store import migrations
    from vertrouwenspersoon.store.migrations import Migration

    def broken(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("simulated failure in the middle of a migration")

    vault_dir = tmp_path / "v"
    shutil.copytree(FIXTURES / f"vault-v{VERSIONS[-1]}", vault_dir)
    extra = Migration(SCHEMA_VERSION + 1, "broken", broken)
    monkeypatch.setattr(schema, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Vault.open(vault_dir, passphrase=PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == SCHEMA_VERSION
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    assert len(list((vault_dir / "backups").glob("pre-migration-*"))) == 1
