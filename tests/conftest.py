"""Shared fixtures: every test gets its own config, cache, data and temp directories, so a canary
scan of those directories sees only what the code under test wrote there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support.cli import CliRunner
from support.vaults import make_vault


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    dirs = {name: tmp_path / "env" / name for name in ("config", "cache", "data", "tmp", "home")}
    for path in dirs.values():
        path.mkdir(parents=True)
    monkeypatch.setenv("VERTROUWENSPERSOON_CONFIG_DIR", str(dirs["config"]))
    monkeypatch.setenv("VERTROUWENSPERSOON_CACHE_DIR", str(dirs["cache"]))
    monkeypatch.setenv("VERTROUWENSPERSOON_VAULT_DIR", str(dirs["data"] / "kluis"))
    monkeypatch.setenv("VERTROUWENSPERSOON_POLICY_FILE", str(dirs["config"] / "no-policy.json"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs["cache"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    monkeypatch.setenv("TMPDIR", str(dirs["tmp"]))
    monkeypatch.setenv("VERTROUWENSPERSOON_LANG", "nl")
    return dirs


@pytest.fixture
def cli(isolated_dirs: dict[str, Path]) -> CliRunner:
    return CliRunner(dict(os.environ))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture
def new_vault(vault_dir: Path):  # type: ignore[no-untyped-def]
    """An open vault with cheap key slots (through the API, as tests may)."""
    vault, recovery = make_vault(vault_dir)
    vault.recovery_key_for_tests = recovery
    yield vault
    if vault.is_open:
        vault.close()


def python_child(code: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    return subprocess.Popen([sys.executable, "-c", code], env=env or dict(os.environ), **kwargs)
