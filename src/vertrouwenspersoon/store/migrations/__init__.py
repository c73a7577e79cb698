"""Ordered schema migrations. A vault's schema version is PRAGMA user_version.

Append only: a released migration is never edited, and tests/fixtures keeps a vault of every
released version whose upgrade the tests replay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vertrouwenspersoon.store.connection import Connection
from vertrouwenspersoon.store.migrations import m001_vault, m002_cases, m003_publications, m004_drafts


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, m001_vault.DESCRIPTION, m001_vault.apply),
    Migration(2, m002_cases.DESCRIPTION, m002_cases.apply),
    Migration(3, m003_publications.DESCRIPTION, m003_publications.apply),
    Migration(4, m004_drafts.DESCRIPTION, m004_drafts.apply),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
