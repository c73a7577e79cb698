"""References that are not ASCII `YYYY-NNN` (issue 17).

The reference pattern used `\\d` and `$`: Python's `\\d` matches Arabic-Indic and fullwidth digits (and
`int()` reads them), and `$` matches before a trailing newline. So "2026-001\\n", "٢٠٢٦-٠٠١" and
"２０２６-００１" were accepted beside the real 2026-001 — two cases that look the same (a data integrity
defect) — and a 30-digit number overflowed SQLite's integer with a traceback. A reference is now exactly
ASCII `[0-9]{4}-[0-9]{3,6}` in its one canonical spelling (no extra leading zeros), everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE

pytestmark = pytest.mark.attack("traceback")

LOOK_ALIKES = {
    "trailing newline": "2026-001\n",
    "Arabic-Indic digits": "\u0662\u0660\u0662\u0666-\u0660\u0660\u0661",
    "fullwidth digits": "\uff12\uff10\uff12\uff16-\uff10\uff10\uff11",
    "Devanagari number": "2026-\u0966\u0966\u0967",
    "extra leading zero": "2026-0001",
    "30-digit number": "2026-" + "9" * 30,
    "7-digit number": "2026-1000000",
    "trailing carriage return": "2026-001\r",
    "terminal escape": "2026-001\x1b[2J\x1b[31m",
}


def _case(reference: str) -> dict:
    return {
        "reference": reference, "opened_on": "2026-01-05", "closed_on": None, "anonymous": True,
        "reporter": {"alias": None, "contact": None, "role": "student", "gender": None, "unit": None},
        "channel": "email", "behaviour": ["bullying"], "grounds": [], "relation": "fellow-student",
        "hierarchical": False, "setting": "education", "requests": [], "outcomes": [], "referrals": [],
        "consent_on": None, "legal_hold": None, "notes": None, "contacts": [], "followups": [],
    }  # fmt: skip


def _import(cli, vault: Path, source: Path):
    return cli("import", "--vault", vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n")


@pytest.mark.parametrize("name", list(LOOK_ALIKES))
def test_a_look_alike_reference_is_refused_in_json(cli, vault: Path, tmp_path: Path, name: str) -> None:
    source = tmp_path / "dossiers.json"
    cases = [_case("2026-001"), _case(LOOK_ALIKES[name])]
    source.write_text(json.dumps({"format": "vertrouwenspersoon-cases", "version": 1, "cases": cases}))
    before = snapshot(vault)
    result = _import(cli, vault, source)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "JJJJ-NNN" in result.err, result.err
    assert snapshot(vault) == before


@pytest.mark.parametrize("name", ["Arabic-Indic digits", "fullwidth digits", "30-digit number"])
def test_a_look_alike_reference_is_refused_in_csv(cli, vault: Path, tmp_path: Path, name: str) -> None:
    source = tmp_path / "dossiers.csv"
    header = "reference;opened_on;anonymous;role;channel;behaviour;relation;hierarchical;setting"
    rows = [
        f"{ref};2026-01-05;ja;student;email;bullying;fellow-student;nee;education"
        for ref in ("2026-001", LOOK_ALIKES[name])
    ]
    source.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    before = snapshot(vault)
    result = _import(cli, vault, source)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "reference" in result.err, result.err
    assert snapshot(vault) == before


@pytest.mark.parametrize("name", ["fullwidth digits", "30-digit number", "trailing newline"])
def test_export_of_a_look_alike_reference_is_a_clear_error(
    cli, vault: Path, tmp_path: Path, name: str
) -> None:
    result = cli(
        "export", "--vault", vault, "--case", LOOK_ALIKES[name], "--plain", "--out", tmp_path / "uit.json",
        "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.code == 1, (result.out, result.err)  # usage, before the vault is opened
    assert "Traceback" not in result.err and "JJJJ-NNN" in result.err
    assert LOOK_ALIKES[name] not in result.err and "\x1b" not in result.err  # never repeated back
    assert not (tmp_path / "uit.json").exists()
