"""import/export through the real CLI: round trips, sealed by default, and bad input that imports nothing."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from support.contract_example import CONTRACT_EXAMPLE
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.exchange import to_document
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.vault import Vault

FILE_PASSPHRASE = "wachtwoordzin voor het exportbestand"
TODAY = date(2026, 11, 29)

EXAMPLE = json.loads(CONTRACT_EXAMPLE)["cases"][0]


def document(*cases: dict) -> dict:
    return {"format": "vertrouwenspersoon-cases", "version": 1, "cases": list(cases)}


@pytest.fixture(autouse=True)
def listed_units(isolated_dirs: dict[str, Path]) -> None:
    """The institution's list of units holds the contract example's (a unit must be on it, issue 17)."""
    units = [EXAMPLE["reporter"]["unit"]]
    (isolated_dirs["config"] / "settings.json").write_text(json.dumps({"units": units}), encoding="utf-8")


@pytest.fixture
def empty_vault(vault_dir: Path) -> Path:
    vault, _ = make_vault(vault_dir)
    vault.close()
    return vault_dir


def case_count(vault_dir: Path) -> int:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        return CaseRepository(vault, default_taxonomy()).count()


def test_export_import_round_trip_sealed_and_plain(cli, tmp_path: Path, vault_dir: Path) -> None:
    cases = generate_cases(3, 40, 2025, 2026, TODAY)
    vault, _ = make_vault(vault_dir)
    with vault:
        CaseRepository(vault, default_taxonomy()).import_cases(cases)
    sealed, plain = tmp_path / "export.vpsealed", tmp_path / "export.json"
    result = cli(
        "export",
        "--vault",
        vault_dir,
        "--out",
        sealed,
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{FILE_PASSPHRASE}\n",
    )
    assert result.code == 0, result.err
    assert cases[0].alias.encode() not in sealed.read_bytes()  # sealed by default
    result = cli(
        "export",
        "--vault",
        vault_dir,
        "--out",
        plain,
        "--plain",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0 and "ONVERSLEUTELD" in result.err  # warned on the terminal
    assert json.loads(plain.read_text()) == json.loads(json.dumps(to_document(cases)))

    for n, (source, stdin) in enumerate(
        [(sealed, f"{PASSPHRASE}\n{FILE_PASSPHRASE}\n"), (plain, PASSPHRASE + "\n")]
    ):
        target = tmp_path / f"terug{n}"
        make_vault(target)[0].close()
        result = cli("import", "--vault", target, source, "--passphrase-stdin", stdin=stdin)
        assert result.code == 0, result.err
        again = tmp_path / f"again{n}.json"
        assert (
            cli(
                "export",
                "--vault",
                target,
                "--out",
                again,
                "--plain",
                "--passphrase-stdin",
                stdin=PASSPHRASE + "\n",
            ).code
            == 0
        )
        assert json.loads(again.read_text()) == json.loads(plain.read_text())


def test_wrong_passphrase_for_a_sealed_file_exit_3_nothing_imported(
    cli, tmp_path: Path, vault_dir: Path, empty_vault: Path
) -> None:
    source = tmp_path / "a.json"
    source.write_text(json.dumps(document(EXAMPLE)))
    other = tmp_path / "other"
    make_vault(other)[0].close()
    assert cli("import", "--vault", other, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n").code == 0
    sealed = tmp_path / "a.vpsealed"
    assert (
        cli(
            "export",
            "--vault",
            other,
            "--out",
            sealed,
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{FILE_PASSPHRASE}\n",
        ).code
        == 0
    )
    result = cli(
        "import",
        "--vault",
        empty_vault,
        sealed,
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nverkeerd verkeerd\n",
    )
    assert result.code == 3
    assert "Traceback" not in result.err
    assert case_count(empty_vault) == 0


def bad(mutate) -> dict:  # type: ignore[no-untyped-def]
    case = copy.deepcopy(EXAMPLE)
    mutate(case)
    return case


BAD_INPUTS = {
    "unknown code": (bad(lambda c: c.update(behaviour=["pestn"])), "behaviour"),
    "unknown key": (
        bad(lambda c: c.update(colour="blue")),
        "#20",
    ),  # named by position, never by the key's text
    "missing field": (bad(lambda c: c.pop("channel")), "channel"),
    "closed before opened": (bad(lambda c: c.update(closed_on="2026-01-01")), "closed_on"),
    "contact before opened": (bad(lambda c: c["contacts"][0].update(at="2026-02-01T10:00")), "contacts[0]"),
    "31 February": (bad(lambda c: c.update(opened_on="2026-02-31")), "opened_on"),
    "negative minutes": (bad(lambda c: c["contacts"][0].update(minutes=-5)), "contacts[0].minutes"),
    "absurd minutes": (bad(lambda c: c["contacts"][0].update(minutes=100000)), "contacts[0].minutes"),
    "control characters": (bad(lambda c: c.update(notes="a\x00b\x1bc")), "notes"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_each_bad_input_exit_2_names_case_and_field_and_imports_nothing(
    cli, tmp_path: Path, empty_vault: Path, name: str
) -> None:
    broken, field = BAD_INPUTS[name]
    good = dict(copy.deepcopy(EXAMPLE), reference="2026-013")
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document(good, broken), ensure_ascii=False))
    result = cli("import", "--vault", empty_vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 2, (name, result.out, result.err)
    assert "2026-014" in result.err and field in result.err
    assert "Traceback" not in result.err
    assert "free text" not in result.err and "M." not in result.err
    assert case_count(empty_vault) == 0  # the good case before it was not imported either


@pytest.mark.parametrize(
    "text",
    ["Emoji 🙂 en עברית en مرحبا", "Robert'); DROP TABLE cases;--", "x" * 1_000_000],
    ids=["emoji-rtl", "sql", "1MB"],
)
def test_hard_but_valid_text_is_stored_faithfully(cli, tmp_path: Path, empty_vault: Path, text: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document(dict(copy.deepcopy(EXAMPLE), notes=text)), ensure_ascii=False))
    assert (
        cli("import", "--vault", empty_vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n").code == 0
    )
    with Vault.open(empty_vault, passphrase=PASSPHRASE) as vault:
        assert CaseRepository(vault, default_taxonomy()).load_reference("2026-014").notes == text


def test_spreadsheet_template_imports(cli, empty_vault: Path) -> None:
    template = Path(__file__).resolve().parents[2] / "docs" / "spreadsheet-template.xlsx"
    result = cli("import", "--vault", empty_vault, template, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert case_count(empty_vault) >= 1


def test_cases_and_due_json_listings(cli, tmp_path: Path, empty_vault: Path) -> None:
    source = tmp_path / "in.json"
    open_case = dict(copy.deepcopy(EXAMPLE), closed_on=None, outcomes=[], referrals=[])
    open_case["followups"][0].update(done_on=None)
    source.write_text(json.dumps(document(open_case), ensure_ascii=False))
    assert (
        cli("import", "--vault", empty_vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n").code == 0
    )
    listing = json.loads(
        cli("cases", "--vault", empty_vault, "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n").out
    )
    assert listing == {
        "format": "vertrouwenspersoon-cases-list",
        "version": 1,
        "cases": [
            {
                "reference": "2026-014",
                "status": "open",
                "opened_on": "2026-03-02",
                "closed_on": None,
                "behaviour": ["sexual-harassment", "abuse-of-power"],
                "next_due_on": "2026-03-16",
            }
        ],
    }
    due = json.loads(
        cli(
            "due",
            "--vault",
            empty_vault,
            "--json",
            "--today",
            "2026-03-20",
            "--days",
            "3",
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        ).out
    )
    assert due == {
        "format": "vertrouwenspersoon-due",
        "version": 1,
        "today": "2026-03-20",
        "days": 3,
        "items": [{"reference": "2026-014", "kind": "agreement", "due_on": "2026-03-16", "overdue": True}],
    }
    text = cli("cases", "--vault", empty_vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n").out
    assert "M." not in text and "free text" not in text  # listings never show aliases or notes


def test_due_json_on_a_generated_set_equals_an_independent_computation(cli, vault_dir: Path) -> None:
    cases = generate_cases(17, 300, 2024, 2026, TODAY)
    vault, _ = make_vault(vault_dir)
    with vault:
        CaseRepository(vault, default_taxonomy()).import_cases(cases)
    today, days = date(2026, 6, 1), 30
    result = cli(
        "due",
        "--vault",
        vault_dir,
        "--json",
        "--today",
        today,
        "--days",
        days,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err
    expected = []
    for case in cases:
        for f in case.followups:
            if f.done_on is None and f.cancelled_on is None and (f.due_on - today).days <= days:
                year, number = map(int, case.reference.split("-"))
                key = (f.due_on, year, number)
                item = {
                    "reference": case.reference,
                    "kind": f.kind,
                    "due_on": f.due_on.isoformat(),
                    "overdue": f.due_on < today,
                }
                expected.append((key, item))
    expected = [item for _key, item in sorted(expected, key=lambda pair: pair[0])]
    document = json.loads(result.out)
    assert document["today"] == "2026-06-01" and document["days"] == 30
    assert document["items"] == expected
    assert len(expected) > 10
