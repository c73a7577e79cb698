"""`stats keygen` and `stats merge` end to end, as real subprocesses, with secrets on stdin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unit.reports.synthetic import TINY_UNIT, UNITS, make_cases
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.bundle import export_bundle
from vertrouwenspersoon.reports.disclosure import cell_values
from vertrouwenspersoon.reports.statistics import compute

YEAR = 2026
PASS = "ombuds passphrase with enough length"


@pytest.fixture(autouse=True)
def listed_units(isolated_dirs: dict[str, Path]) -> None:
    """The synthetic cases' units are the institution's list: a bundle carries listed units only."""
    policy = {"units": [*UNITS, TINY_UNIT]}
    (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps(policy), encoding="utf-8")


def keygen(cli, tmp_path: Path) -> tuple[Path, Path]:
    result = cli("stats", "keygen", "--out", tmp_path / "keys", "--passphrase-stdin", stdin=PASS + "\n")
    assert result.code == 0, result.err
    return tmp_path / "keys" / "ombudsperson.public.json", tmp_path / "keys" / "ombudsperson.private.json"


def bundles(tmp_path: Path, public: Path) -> list[Path]:
    files = []
    for seed in (1, 2, 3):
        out = tmp_path / f"advisor{seed}.bundle"
        export_bundle(compute(make_cases(seed, YEAR, 40), YEAR), f"advisor-{seed:04d}", YEAR, public, out)
        files.append(out)
    return files


def test_keygen_then_merge_to_json_equals_one_vault_with_all_cases(cli, tmp_path: Path) -> None:
    public, private = keygen(cli, tmp_path)
    assert private.stat().st_mode & 0o777 == 0o600
    out = tmp_path / "merged.json"
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        *bundles(tmp_path, public),
        "--out",
        out,
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert result.code == 0, result.err
    everything = [c for seed in (1, 2, 3) for c in make_cases(seed, YEAR, 40)]
    merged, alone = json.loads(out.read_text()), build_report(everything, YEAR, k=5).to_json()
    # The same figures as one vault holding every case: every count the merge publishes is the true count.
    # Which cells are withheld may differ where two choices cost the same: a merge also protects each
    # advisor's part, which one vault does not have.
    truth = cell_values(compute(everything, YEAR), 5)
    assert _cells(merged).keys() == _cells(alone).keys() == truth.keys()
    published = {cell: count for cell, count in _cells(merged).items() if count is not None}
    assert published and all(truth[cell] == count for cell, count in published.items())
    assert not any(0 < count < 5 for count in published.values())
    withheld_merged = sum(1 for count in _cells(merged).values() if count is None)
    withheld_alone = sum(1 for count in _cells(alone).values() if count is None)
    assert abs(withheld_merged - withheld_alone) <= 2  # ties, not a different method


def _cells(report: dict) -> dict[tuple[str, str], int | None]:
    cells = {("totals", name): entry["count"] for name, entry in report["totals"].items()}
    cells |= {("aftercare", name): entry["count"] for name, entry in report["aftercare"].items()}
    for table, rows in report["tables"].items():
        for row in rows:
            code = row["code"] if "code" in row else f"{row['role']}/{row['behaviour']}"  # CONTRACT.md
            cells[(table, code)] = row["count"]
    return cells


def test_merge_to_pdf(cli, tmp_path: Path) -> None:
    public, private = keygen(cli, tmp_path)
    out = tmp_path / "merged.pdf"
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        *bundles(tmp_path, public),
        "--out",
        out,
        "--lang",
        "en",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")


def test_wrong_passphrase_exits_3(cli, tmp_path: Path) -> None:
    public, private = keygen(cli, tmp_path)
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        *bundles(tmp_path, public),
        "--out",
        tmp_path / "m.json",
        "--passphrase-stdin",
        stdin="wrong passphrase entirely\n",
    )
    assert result.code == 3 and "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "m.json").exists()


def test_tampered_bundle_exits_2_naming_the_file(cli, tmp_path: Path) -> None:
    public, private = keygen(cli, tmp_path)
    files = bundles(tmp_path, public)
    doc = json.loads(files[1].read_text())
    doc["sealed"] = doc["sealed"][:40] + ("A" if doc["sealed"][40] != "A" else "B") + doc["sealed"][41:]
    files[1].write_text(json.dumps(doc))
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        *files,
        "--out",
        tmp_path / "m.json",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert result.code == 2 and "advisor2.bundle" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "m.json").exists()


def test_usage_errors_exit_1(cli, tmp_path: Path) -> None:
    assert (
        cli(
            "stats",
            "merge",
            "--key",
            "k",
            "f",
            "--out",
            tmp_path / "x.txt",
            "--passphrase-stdin",
            stdin="x\n",
        ).code
        == 1
    )
    assert cli("stats", "keygen").code == 1
