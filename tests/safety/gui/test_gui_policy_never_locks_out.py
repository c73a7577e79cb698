"""Lock-out by policy (issue 17), in the desktop app: a taxonomy extension that reused a built-in code or
named an unknown group raised a traceback after unlock. The app now unlocks, its pages work, and the settings
page names the ignored entry (tests/safety/test_policy_never_locks_out.py has the CLI side)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.helpers import unlock

pytestmark = pytest.mark.attack("policy")

BROKEN = {
    "a built-in code reused": {"behaviour": {"bullying": {"nl": "Iets anders", "en": "Something else"}}},
    "an unknown group": {"planeten": {"mars": {"nl": "Mars", "en": "Mars"}}},
}


def _write_policy(isolated_dirs: dict[str, Path], broken: str) -> None:
    policy = {"report_k": 7, "retention_months": 24, "extra_taxonomy": BROKEN[broken]}
    (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps(policy), encoding="utf-8")


@pytest.mark.parametrize("broken", list(BROKEN))
def test_the_app_unlocks_and_shows_the_problem(
    qtbot, shell_for, filled_vault_dir, isolated_dirs, broken
) -> None:  # type: ignore[no-untyped-def]
    _write_policy(isolated_dirs, broken)
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    main = shell.main
    for name in ("dossiers", "settings"):
        main.show_page(name)
    assert main.pages["dossiers"] is not None
    page = main.pages["settings"]
    assert page.policy_warnings.isVisibleTo(page)
    assert ("bullying" if "reused" in broken else "planeten") in page.policy_warnings.text()
