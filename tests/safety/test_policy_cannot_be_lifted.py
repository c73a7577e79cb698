"""Policy bypass (issue 17): a user who set VERTROUWENSPERSOON_POLICY_FILE to /dev/null or to their own
`{}` lifted IT's locked k and retention. The environment's file now counts only where the system store
holds no policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.policy_sources import POLICY_FILE_ENV, JsonPolicySource, default_policy_source

pytestmark = pytest.mark.attack("policy")

IT_POLICY = {"report_k": 10, "retention_months": 24}


@pytest.mark.parametrize(
    "override", ["/dev/null", "{}", '{"report_k": 3, "retention_months": 1200}', "missing"]
)
def test_a_users_policy_file_never_lifts_a_system_policy(tmp_path: Path, override: str) -> None:
    system_file = tmp_path / "etc" / "policy.json"
    system_file.parent.mkdir()
    system_file.write_text(json.dumps(IT_POLICY))
    if override in ("/dev/null",):
        path = override
    else:
        path = str(tmp_path / "mine.json")
        if override != "missing":
            Path(path).write_text(override)
    source = default_policy_source({POLICY_FILE_ENV: path}, system=JsonPolicySource(system_file))
    settings = load_settings(source, user_file=tmp_path / "settings.json")
    assert settings.get("report_k") == 10 and settings.is_locked("report_k")
    assert settings.get("retention_months") == 24 and settings.is_locked("retention_months")


def test_without_a_system_policy_the_file_is_how_it_tries_one(tmp_path: Path) -> None:
    trial = tmp_path / "trial.json"
    trial.write_text(json.dumps({"report_k": 7}))
    source = default_policy_source(
        {POLICY_FILE_ENV: str(trial)}, system=JsonPolicySource(tmp_path / "absent.json")
    )
    assert load_settings(source, user_file=tmp_path / "settings.json").get("report_k") == 7
