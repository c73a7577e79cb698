"""Hostile policy and settings files (issue 17): a policy file or the user's settings.json nested a hundred
thousand deep crashed every command with a RecursionError (the same for a taxonomy or list that the Windows
registry holds as JSON text), and a FIFO in their place hung every command for ever.

Both are now read through bounded_input: the file is ignored with a sentence that names it, and the app
keeps working — on the defaults plus the rest of the policy (a broken user file never lifts a locked key).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from support.vaults import PASSPHRASE
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.policy_sources import RegistryPolicySource

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_VALUE = '{"units": ' + DEEP + "}"


def _place(path: Path, content: str) -> None:
    if content == "fifo":
        os.mkfifo(path)
    else:
        path.write_text(content, encoding="utf-8")


def _cases(cli, vault: Path):  # type: ignore[no-untyped-def]
    return cli("cases", "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=30)


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("content", [DEEP, DEEP_VALUE], ids=["nested document", "nested value"])
@pytest.mark.parametrize("which", ["policy", "settings"])
def test_a_deeply_nested_file_is_ignored_with_a_sentence(cli, isolated_dirs, vault, which, content) -> None:
    _hostile_file(isolated_dirs, which, content)
    result = _cases(cli, vault)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    name = "no-policy.json" if which == "policy" else "settings.json"
    assert name in result.err, result.err


@pytest.mark.attack("hang")
@pytest.mark.parametrize("which", ["policy", "settings"])
def test_a_fifo_in_place_of_the_file_does_not_hang(cli, isolated_dirs, vault, which) -> None:
    _hostile_file(isolated_dirs, which, "fifo")
    result = _cases(cli, vault)  # 30 s timeout: it blocked for ever
    assert result.code == 0, result.err
    assert "Traceback" not in result.err


def _hostile_file(isolated_dirs: dict[str, Path], which: str, content: str) -> None:
    if which == "policy":
        _place(isolated_dirs["config"] / "no-policy.json", content)
    else:
        (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps({"report_k": 9}), encoding="utf-8")
        _place(isolated_dirs["config"] / "settings.json", content)


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("which", ["settings"])
def test_a_broken_user_file_keeps_the_policy(isolated_dirs, which) -> None:
    _hostile_file(isolated_dirs, which, DEEP)
    settings = load_settings()
    assert settings.get("report_k") == 9 and settings.is_locked("report_k")
    assert any("settings.json" in w.message("en") for w in settings.warnings)


class _Registry:
    """Just enough of `winreg` (the machine has none): one key whose values are REG_SZ text."""

    HKEY_LOCAL_MACHINE = object()
    KEY_READ = 0x20019
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ = 1, 2, 4, 7

    def __init__(self, values: dict[str, str]) -> None:
        self.values = list(values.items())

    def OpenKey(self, root, path, reserved, access):  # type: ignore[no-untyped-def]
        return "handle"

    def EnumValue(self, handle, index):  # type: ignore[no-untyped-def]
        if index >= len(self.values):
            raise OSError("no more items")
        name, value = self.values[index]
        return name, value, self.REG_SZ

    def CloseKey(self, handle) -> None:  # type: ignore[no-untyped-def]
        pass


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("key", ["extra_taxonomy", "units"])
def test_deep_json_text_in_the_registry_is_one_ignored_key(tmp_path, key) -> None:
    registry = _Registry({key: DEEP, "report_k": "8"})
    settings = load_settings(RegistryPolicySource(winreg=registry), tmp_path / "settings.json")
    assert settings.get("report_k") == 8
    assert settings.is_locked(key) and settings.get(key) in ({}, [])
    assert any(key in w.message("en") for w in settings.warnings)
