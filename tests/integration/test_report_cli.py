"""The annual report and the statistics bundles from real vaults, through the real CLI."""

from __future__ import annotations

import json
import re
import secrets
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.store.cases import CaseRepository

TODAY = date(2026, 11, 29)
OMBUDS = "wachtwoordzin van de ombudsfunctionaris"


def fill(vault_dir: Path, cases) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault(vault_dir)
    with vault:
        CaseRepository(vault, default_taxonomy()).import_cases(cases)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _run_report(cli, vault_dir: Path, out: Path, *extra: object) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "report",
        "--vault",
        vault_dir,
        "--year",
        2026,
        "--out",
        out,
        *extra,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err


def _report(cli, vault_dir: Path, out: Path, *extra: object) -> dict:  # type: ignore[no-untyped-def]
    _run_report(cli, vault_dir, out, *extra)
    return json.loads(out.read_text(encoding="utf-8"))


def test_report_pdf_and_json_hold_no_case_text_and_plain_metadata(cli, tmp_path: Path) -> None:
    marker = f"KANARIE{secrets.token_hex(4)}"
    cases = generate_cases(5, 160, 2025, 2026, TODAY)
    cases[3] = replace(cases[3], alias=marker + "A", notes=marker + "N", unit="Faculteit " + marker)
    vault_dir = tmp_path / "kluis"
    fill(vault_dir, cases)
    pdf, js = tmp_path / "jaarverslag.pdf", tmp_path / "jaarverslag.json"
    for out in (pdf, js):
        _run_report(cli, vault_dir, out)
    text = pdf_text(pdf)
    raw = pdf.read_bytes() + js.read_bytes()
    assert marker not in text and marker.encode() not in raw
    aliases = {c.alias for c in cases if c.alias}
    assert not [a for a in aliases if a in text]
    assert not re.search(r"\b20\d\d-\d{3,4}\b", text), "a case reference leaked into the report"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert "Author" not in fields and "Creator" not in fields
    assert str(Path.home()) not in info and str(tmp_path) not in info
    document = json.loads(js.read_text())
    assert document["format"] == "vertrouwenspersoon-report" and document["year"] == 2026
    new_cases = sum(1 for c in cases if c.opened_on.year == 2026)
    assert document["totals"]["new_cases"]["count"] == new_cases  # well above k, so published exactly
    for table in document["tables"].values():
        for row in table:
            assert (row["count"] is None and row.get("suppressed")) or row["count"] == 0 or row["count"] >= 5


def test_finalising_a_year_makes_its_cases_purgeable(cli, tmp_path: Path) -> None:
    cases = [c for c in generate_cases(9, 80, 2024, 2024, date(2025, 12, 31)) if c.closed_on]
    vault_dir = tmp_path / "kluis"
    fill(vault_dir, cases)
    args = ("--vault", vault_dir, "--passphrase-stdin")
    dry = cli("purge", *args, "--dry-run", stdin=PASSPHRASE + "\n")
    assert dry.code == 0 and "Er zijn geen dossiers" in dry.out
    result = cli(
        "report", *args, "--year", 2024, "--out", tmp_path / "r.json", "--finalise", stdin=PASSPHRASE + "\n"
    )
    assert result.code == 0, result.err
    dry = cli("purge", *args, "--dry-run", stdin=PASSPHRASE + "\n")
    listed = set(re.findall(r"\b2024-\d{3}\b", dry.out))
    eligible = {c.reference for c in cases if c.legal_hold is None}
    assert listed and listed <= eligible


@pytest.mark.slow
def test_bundles_of_three_vaults_merge_to_the_figures_of_one_vault_with_all_cases(
    cli, tmp_path: Path
) -> None:
    cases = generate_cases(21, 450, 2025, 2026, TODAY)
    parts = [cases[0::3], cases[1::3], cases[2::3]]
    keys = tmp_path / "ombuds"
    assert cli("stats", "keygen", "--out", keys, "--passphrase-stdin", stdin=OMBUDS + "\n").code == 0
    public = next(keys.glob("*public*"))
    bundles = []
    for n, part in enumerate(parts):
        vault_dir = tmp_path / f"adviseur{n}"
        fill(vault_dir, part)
        out = tmp_path / f"bundel{n}.vpstats"
        result = cli(
            "stats",
            "export",
            "--vault",
            vault_dir,
            "--year",
            2026,
            "--to",
            public,
            "--out",
            out,
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        assert result.code == 0, result.err
        bundles.append(out)
    merged = tmp_path / "samen.json"
    private = next(keys.glob("*private*"))
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        *bundles,
        "--out",
        merged,
        "--passphrase-stdin",
        stdin=OMBUDS + "\n",
    )
    assert result.code == 0, result.err
    whole = tmp_path / "alles"
    fill(whole, cases)
    single = tmp_path / "een.json"
    assert (
        cli(
            "report",
            "--vault",
            whole,
            "--year",
            2026,
            "--out",
            single,
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        ).code
        == 0
    )
    a, b = json.loads(merged.read_text()), json.loads(single.read_text())
    assert a["totals"] == b["totals"]
    assert a["tables"] == b["tables"]
    assert a["aftercare"] == b["aftercare"]

    tampered = tmp_path / "kapot.vpstats"
    data = bytearray(bundles[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    result = cli(
        "stats",
        "merge",
        "--key",
        private,
        tampered,
        bundles[1],
        "--out",
        tmp_path / "x.json",
        "--passphrase-stdin",
        stdin=OMBUDS + "\n",
    )
    assert result.code == 2 and "Traceback" not in result.err and "kapot.vpstats" in result.err


def test_an_output_folder_that_does_not_exist_is_one_sentence_exit_2(cli, tmp_path: Path) -> None:
    vault_dir = tmp_path / "kluis"
    fill(vault_dir, generate_cases(2, 10, 2026, 2026, TODAY))
    missing = tmp_path / "bestaat-niet" / "verslag.json"
    result = cli(
        "report",
        "--vault",
        vault_dir,
        "--year",
        2026,
        "--out",
        missing,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 2
    assert "Traceback" not in result.err and str(missing) in result.err
    assert len(result.err.strip().splitlines()) == 1
    (tmp_path / "bestand").write_text("")  # a file where a folder is expected
    result = cli(
        "stats", "keygen", "--out", tmp_path / "bestand" / "sub", "--passphrase-stdin", stdin=OMBUDS + "\n"
    )
    assert result.code == 2 and "Traceback" not in result.err


def test_two_editions_through_the_cli_the_second_finalised_are_safe_together(cli, tmp_path: Path) -> None:
    """The ledger at work end to end: a draft JSON, cases added and one closed, then the finalised edition —
    each protected against what left the vault before; the independent attacker holds both."""
    from support.attacker import Doc, attack
    from vertrouwenspersoon.store.vault import Vault

    vault_dir = tmp_path / "kluis"
    cases = generate_cases(21, 90, 2026, 2026, TODAY)
    fill(vault_dir, cases[:80])
    draft = _report(cli, vault_dir, tmp_path / "concept.json")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        repo = CaseRepository(vault, default_taxonomy())
        repo.import_cases(cases[80:])
    final = _report(cli, vault_dir, tmp_path / "definitief.json", "--finalise")
    assert draft["totals"]["new_cases"]["count"] != final["totals"]["new_cases"]["count"] or (
        final["totals"]["new_cases"]["count"] is None
    )
    assert (
        attack([Doc("draft", draft, "vault"), Doc("final", final, "vault", only_added_since="draft")]) == []
    )
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        kinds = [r[0] for r in vault.conn.execute("SELECT kind FROM publications ORDER BY id")]
    assert kinds == ["report", "report"]  # both editions are in the ledger
