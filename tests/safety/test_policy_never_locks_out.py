"""Lock-out by policy (issue 17): a policy whose taxonomy extension reuses a built-in code with other labels,
or names a group the taxonomy does not have, made every command that opens the case file exit 2 and the app
raise a traceback after unlock — one typo by IT stopped every advisor working.

A broken extension entry is now ignored at load (`policy.load_settings`), reported where policy problems
are reported (the settings' warnings: on stderr for the CLI, on the settings page of the app), and the rest
of the policy still holds: the good extension codes, the locked k and the retention term.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.vaults import PASSPHRASE
from vertrouwenspersoon.policy import load_settings

pytestmark = pytest.mark.attack("policy")

GOOD = {"nl": "Online stalking", "en": "Online stalking"}
BROKEN = {
    "a built-in code reused": {"behaviour": {"bullying": {"nl": "Iets anders", "en": "Something else"}}},
    "an unknown group": {"planeten": {"mars": {"nl": "Mars", "en": "Mars"}}},
}


def _write_policy(isolated_dirs: dict[str, Path], broken: str) -> None:
    extension = json.loads(json.dumps(BROKEN[broken]))
    extension.setdefault("behaviour", {})["online-stalking"] = GOOD
    policy = {"report_k": 7, "retention_months": 24, "extra_taxonomy": extension}
    (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps(policy), encoding="utf-8")


@pytest.mark.parametrize("broken", list(BROKEN))
def test_the_rest_of_the_policy_holds(isolated_dirs, broken) -> None:
    _write_policy(isolated_dirs, broken)
    settings = load_settings()
    assert settings.get("report_k") == 7 and settings.is_locked("report_k")
    assert settings.get("retention_months") == 24 and settings.is_locked("retention_months")
    extension = settings.get("extra_taxonomy")
    assert extension == {"behaviour": {"online-stalking": GOOD}}
    assert settings.is_locked("extra_taxonomy")
    shown = " ".join(w.message("nl") for w in settings.warnings)
    assert ("bullying" if "reused" in broken else "planeten") in shown


COMMANDS = {
    "cases": lambda vault, tmp: ["cases", "--vault", vault],
    "due": lambda vault, tmp: ["due", "--vault", vault, "--today", "2026-03-03"],
    "report": lambda vault, tmp: [
        "report",
        "--vault",
        vault,
        "--year",
        "2026",
        "--out",
        tmp / "verslag.json",
    ],
}


@pytest.mark.parametrize("broken", list(BROKEN))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_keeps_working(cli, isolated_dirs, vault, tmp_path, broken, command) -> None:
    _write_policy(isolated_dirs, broken)
    result = cli(*COMMANDS[command](vault, tmp_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    assert "Beleid" in result.err and ("bullying" if "reused" in broken else "planeten") in result.err
    if command == "report":
        assert json.loads((tmp_path / "verslag.json").read_text(encoding="utf-8"))["k"] == 7
