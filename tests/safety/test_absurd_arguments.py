"""Absurd command-line arguments (issue 17).

`due --today 9999-12-30 --days 3650` overflowed the date arithmetic with a traceback, and `demo --years 3000`
crashed after the new vault was created, so its recovery key was never printed: a vault nobody could
recover. Every bounded argument is now checked before anything is opened or created, and refused as a
usage error (exit 1, DESIGN.md) with a sentence that gives the bounds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE

pytestmark = pytest.mark.attack("traceback")

DUE = {
    "today near date.max": ["--today", "9999-12-30", "--days", "3650"],
    "today at date.max": ["--today", "9999-12-31"],
    "today year 1": ["--today", "0001-01-01"],
    "today beyond 2999": ["--today", "3000-01-01", "--days", "0"],
    "today not ASCII": ["--today", "\uff12\uff10\uff12\uff16-01-01"],
    "days huge": ["--days", "9" * 40],
    "days negative": ["--days", "-1"],
}


@pytest.mark.parametrize("json_flag", [False, True])
@pytest.mark.parametrize("case", list(DUE))
def test_due_with_absurd_arguments_is_a_usage_error(cli, vault: Path, case: str, json_flag: bool) -> None:
    extra = ["--json"] if json_flag else []
    result = cli("due", "--vault", vault, *DUE[case], *extra, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err and ("--today" in result.err or "--days" in result.err), result.err


def test_due_at_the_last_allowed_day_still_works(cli, vault: Path) -> None:
    result = cli(
        "due", "--vault", vault, "--today", "2999-12-31", "--days", "3650", "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err


PURGE = {"today near date.max": ["--today", "9999-12-31"], "today year 1": ["--today", "0001-01-01"]}


@pytest.mark.parametrize("case", list(PURGE))
def test_purge_with_an_absurd_day_is_a_usage_error(cli, vault: Path, case: str) -> None:
    before = snapshot(vault)
    result = cli("purge", "--vault", vault, *PURGE[case], "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err and "--today" in result.err
    assert snapshot(vault) == before


DEMO = {
    "years 3000": ["--years", "3000"],
    "years 0": ["--years", "0"],
    "years negative": ["--years", "-2"],
    "cases negative": ["--cases", "-1"],
    "cases a billion": ["--cases", "1000000000"],
    "cases zero": ["--cases", "0"],
    "seed with 5,000 digits": ["--seed", "7" * 5000],
    "years with 40 digits": ["--years", "9" * 40],
}


@pytest.mark.attack("data-loss")
@pytest.mark.parametrize("case", list(DEMO))
def test_demo_refuses_absurd_arguments_before_creating_a_vault(cli, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "nieuwe-kluis"
    new = PASSPHRASE + "\n" + PASSPHRASE + "\n"
    result = cli("demo", "--vault", folder, *DEMO[case], "--passphrase-stdin", stdin=new)
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err and "--" in result.err, result.err
    assert not folder.exists() or not any(folder.iterdir())  # no vault whose recovery key was never shown


@pytest.mark.attack("data-loss")
def test_demo_at_the_bounds_still_fills_a_new_vault_and_prints_its_key(cli, tmp_path: Path) -> None:
    folder = tmp_path / "nieuwe-kluis"
    new = PASSPHRASE + "\n" + PASSPHRASE + "\n"
    result = cli("demo", "--vault", folder, "--years", "50", "--cases", "60", "--passphrase-stdin", stdin=new)
    assert result.code == 0, result.err
    assert "60" in result.out and (folder / "keyslots.json").exists()
    assert re.search(r"[0-9]{5}(-[0-9]{5}){5,}", result.out)  # the recovery key is printed
