"""Fixtures for the exchange tests: the default taxonomy and CONTRACT.md's example document."""

from __future__ import annotations

import pytest

from support.contract_example import CONTRACT_EXAMPLE
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir

TAXONOMY_FILE = resource_dir() / "taxonomy.json"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return Taxonomy.from_file(TAXONOMY_FILE)


@pytest.fixture(scope="session")
def contract_example() -> str:
    return CONTRACT_EXAMPLE
