"""The committed spreadsheet templates are what the generator makes, and they import."""

from __future__ import annotations

from pathlib import Path

from vertrouwenspersoon.exchange.loader import load_cases
from vertrouwenspersoon.exchange.template import template_csv, template_xlsx

DOCS = Path(__file__).resolve().parents[3] / "docs"
BRIEF_COLUMNS = [
    "reference",
    "opened_on",
    "closed_on",
    "anonymous",
    "alias",
    "contact",
    "role",
    "gender",
    "unit",
    "channel",
    "behaviour",
    "grounds",
    "relation",
    "hierarchical",
    "setting",
    "requests",
    "outcomes",
    "referrals",
    "consent_on",
    "legal_hold",
    "notes",
]


def test_committed_templates_are_current(taxonomy) -> None:
    assert (DOCS / "spreadsheet-template.csv").read_bytes() == template_csv()
    assert (DOCS / "spreadsheet-template.xlsx").read_bytes() == template_xlsx(taxonomy)


def test_csv_template_has_every_column_and_imports(taxonomy) -> None:
    text = (DOCS / "spreadsheet-template.csv").read_bytes().decode("utf-8-sig")
    assert text.split("\r\n")[0].split(";") == BRIEF_COLUMNS
    (case,) = load_cases(DOCS / "spreadsheet-template.csv", taxonomy)
    assert (case.reference, case.role, case.behaviour) == (
        "2026-014",
        "phd",
        ("sexual-harassment", "abuse-of-power"),
    )


def test_xlsx_template_imports_the_contract_example(taxonomy, contract_example: str) -> None:
    from vertrouwenspersoon.exchange.json_file import read_cases

    assert load_cases(DOCS / "spreadsheet-template.xlsx", taxonomy) == read_cases(
        contract_example.encode(), taxonomy
    )
