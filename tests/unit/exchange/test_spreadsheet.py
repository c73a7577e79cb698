"""CSV and XLSX import: equivalence with an independently written JSON document, encodings,
delimiters, labels, real date cells, and every bad input naming sheet, row, case and column."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest

from vertrouwenspersoon.domain.exchange import parse_document
from vertrouwenspersoon.exchange.spreadsheet import read_csv_cases, read_xlsx_cases
from vertrouwenspersoon.exchange.spreadsheet_errors import SpreadsheetError

ALIAS_MARKER = "CANARY-alias-77aa"
NOTES_MARKER = "CANARY-notes-31bb"

# The column template as the brief lists it (typed here, not imported from the code).
HEADER = [
    "reference", "opened_on", "closed_on", "anonymous", "alias", "contact", "role", "gender", "unit",
    "channel", "behaviour", "grounds", "relation", "hierarchical", "setting", "requests", "outcomes",
    "referrals", "consent_on", "legal_hold", "notes",
]  # fmt: skip


def rows() -> list[dict[str, Any]]:
    """Three cases as an advisor would type them: labels in either language, any case, ja/nee/1/true."""
    return [
        {
            "reference": "2026-001", "opened_on": "2026-01-12", "anonymous": "ja", "role": "Student",
            "channel": "telefoon", "behaviour": "PESTEN; Discrimination", "grounds": "age;Nationaliteit",
            "relation": "fellow student", "hierarchical": "nee", "setting": "education",
        },
        {
            "reference": "2026-002", "opened_on": "2026-02-03", "closed_on": "2026-04-01", "anonymous": "Nee",
            "alias": "José", "contact": "06-12345678", "role": "phd", "gender": "male",
            "unit": "Faculteit Bètawetenschappen", "channel": "E-mail", "behaviour": "sexual-harassment",
            "relation": "Docent of begeleider", "hierarchical": "1", "setting": "Work",
            "requests": "Luisterend oor", "outcomes": "Advies gegeven; referral", "referrals": "HR-adviseur",
            "consent_on": "2026-02-10", "legal_hold": "lopende klachtprocedure",
            "notes": 'twee\nregels; met, "scheidingstekens"',
        },
        {
            "reference": "2026-003", "opened_on": "2026-03-05", "alias": "A.B.", "role": "staff-support",
            "gender": "Vrouw", "channel": "in-person", "behaviour": "workload-conflict", "relation": "MANAGER",
            "hierarchical": "true", "setting": "werk", "requests": "Advice ; mediation",
        },
    ]  # fmt: skip


def expected_document() -> dict[str, Any]:
    """The same three cases, written by hand in the exchange format."""

    def case(**fields: Any) -> dict[str, Any]:
        base: dict[str, Any] = {"closed_on": None, "anonymous": False, "grounds": [], "requests": [],
                                "outcomes": [], "referrals": [], "consent_on": None, "legal_hold": None,
                                "notes": None, "contacts": [], "followups": []}  # fmt: skip
        base.update(fields)
        return base

    def reporter(alias=None, contact=None, role=None, gender=None, unit=None) -> dict[str, Any]:
        return {"alias": alias, "contact": contact, "role": role, "gender": gender, "unit": unit}

    return {
        "format": "vertrouwenspersoon-cases",
        "version": 1,
        "cases": [
            case(reference="2026-001", opened_on="2026-01-12", anonymous=True, reporter=reporter(role="student"),
                 channel="phone", behaviour=["bullying", "discrimination"], grounds=["age", "nationality"],
                 relation="fellow-student", hierarchical=False, setting="education"),
            case(reference="2026-002", opened_on="2026-02-03", closed_on="2026-04-01",
                 reporter=reporter("José", "06-12345678", "phd", "male", "Faculteit Bètawetenschappen"),
                 channel="email", behaviour=["sexual-harassment"], relation="lecturer-supervisor",
                 hierarchical=True, setting="work", requests=["listening-ear"], outcomes=["advice", "referral"],
                 referrals=["hr"], consent_on="2026-02-10", legal_hold="lopende klachtprocedure",
                 notes='twee\nregels; met, "scheidingstekens"'),
            case(reference="2026-003", opened_on="2026-03-05", reporter=reporter("A.B.", role="staff-support",
                 gender="female"), channel="in-person", behaviour=["workload-conflict"], relation="manager",
                 hierarchical=True, setting="work", requests=["advice", "mediation"]),
        ],
    }  # fmt: skip


def csv_bytes(
    data: list[dict[str, Any]], *, delimiter: str = ";", encoding: str = "utf-8", header: list[str] = HEADER
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in data:
        writer.writerow([row.get(name, "") for name in header])
    return buffer.getvalue().encode(encoding)


# CSV ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_equals_the_json_document(taxonomy, delimiter: str, encoding: str) -> None:
    data = csv_bytes(rows(), delimiter=delimiter, encoding=encoding)
    if encoding == "cp1252":
        assert "José".encode("cp1252") in data and "José".encode() not in data
    assert read_csv_cases(data, taxonomy) == parse_document(expected_document(), taxonomy)


def test_utf16_csv_as_excel_saves_unicode_text(taxonomy) -> None:
    data = csv_bytes(rows(), delimiter="\t", encoding="utf-16")  # Python writes the byte-order mark
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert read_csv_cases(data, taxonomy) == parse_document(expected_document(), taxonomy)


def test_csv_columns_in_another_order_and_optional_ones_left_out(taxonomy) -> None:
    header = list(
        reversed([name for name in HEADER if name not in ("contact", "unit", "legal_hold", "gender")])
    )
    data = rows()
    for row in data:
        for name in ("contact", "unit", "legal_hold", "gender"):
            row.pop(name, None)
    expected = expected_document()
    for case in expected["cases"]:
        case["legal_hold"] = None
        case["reporter"].update(contact=None, unit=None, gender=None)
    first, rest = csv_bytes(data, header=header).split(b"\r\n", 1)
    shouting = b";".join(n.upper() if i % 2 else n for i, n in enumerate(first.split(b";")))  # case is free
    assert read_csv_cases(shouting + b"\r\n" + rest, taxonomy) == parse_document(expected, taxonomy)


def test_empty_rows_and_trailing_separators_are_ignored(taxonomy) -> None:
    text = csv_bytes(rows()).decode()
    lines = text.split("\r\n")
    # Trailing empty columns as spreadsheet programs write them, and an empty row in between.
    padded = "\r\n".join(line + ";;" if line and '"' not in line else line for line in lines[:2])
    text = padded + "\r\n;;;\r\n" + "\r\n".join(lines[2:])
    assert [c.reference for c in read_csv_cases(text.encode(), taxonomy)] == [
        "2026-001",
        "2026-002",
        "2026-003",
    ]


def test_progress_counts_rows(taxonomy) -> None:
    calls: list[tuple[int, int]] = []
    read_csv_cases(csv_bytes(rows()), taxonomy, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def bad(row_index: int, **changes: Any) -> list[dict[str, Any]]:
    """The good rows with one row changed; every row carries canary alias and notes."""
    data = rows()
    for row in data:
        row["notes"] = NOTES_MARKER
        if row.get("anonymous") != "ja":
            row["alias"] = ALIAS_MARKER
    data[row_index].update(changes)
    return data


def refuse_csv(taxonomy, data: bytes) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        read_csv_cases(data, taxonomy)
    error = caught.value
    assert error.exit_code == 2
    for lang in ("nl", "en"):
        text = error.message(lang)
        assert ALIAS_MARKER not in text and NOTES_MARKER not in text
    return error


@pytest.mark.parametrize(
    ("index", "changes", "row", "reference", "column", "problem"),
    [
        (1, {"behaviour": "sexual-harassment; pestn"}, 3, "2026-002", "behaviour", "unknown-code"),
        (2, {"gender": "vrouwelijk"}, 4, "2026-003", "gender", "unknown-code"),
        (2, {"opened_on": "2026-02-31"}, 4, "2026-003", "opened_on", "impossible-date"),
        (1, {"closed_on": "2026-01-01"}, 3, "2026-002", "closed_on", "closed-before-opened"),
        (1, {"opened_on": "02-03-2026"}, 3, "2026-002", "opened_on", "bad-format"),
        (0, {"setting": ""}, 2, "2026-001", "setting", "required"),
        (2, {"alias": ""}, 4, "2026-003", "alias", "required"),
        (0, {"alias": ALIAS_MARKER}, 2, "2026-001", "alias", "not-allowed-when-anonymous"),
        (1, {"outcomes": ""}, 3, "2026-002", "outcomes", "required"),
        (2, {"hierarchical": "misschien"}, 4, "2026-003", "hierarchical", "bad-boolean"),
        (2, {"reference": "2026-001"}, 4, "2026-001", "reference", "duplicate-reference"),
        (1, {"reference": "26-2"}, 3, None, "reference", "bad-format"),
        (2, {"behaviour": "bullying; Pesten"}, 4, "2026-003", "behaviour", "duplicate-code"),
        (2, {"grounds": "age"}, 4, "2026-003", "grounds", "grounds-without-discrimination"),
        (1, {"notes": "bad \x07 bell"}, 3, "2026-002", "notes", "control-characters"),
    ],
)
def test_bad_csv_rows_name_row_case_and_column(
    taxonomy, index: int, changes: dict[str, Any], row: int, reference: str | None, column: str, problem: str
) -> None:
    error = refuse_csv(taxonomy, csv_bytes(bad(index, **changes)))
    assert (error.sheet, error.row, error.reference, error.column, error.problem) == (
        None,
        row,
        reference,
        column,
        problem,
    )
    prefix_nl = f"Rij {row}" + (f" (dossier {reference})" if reference else "") + f", kolom {column}: "
    prefix_en = f"Row {row}" + (f" (case {reference})" if reference else "") + f", column {column}: "
    assert error.message("nl").startswith(prefix_nl)
    assert error.message("en").startswith(prefix_en)


def test_unknown_code_is_shown_only_when_it_looks_like_a_code(taxonomy) -> None:
    error = refuse_csv(taxonomy, csv_bytes(bad(1, behaviour="pestn")))
    assert error.message("nl") == (
        "Rij 3 (dossier 2026-002), kolom behaviour: onbekende code 'pestn'; gebruik een code of een label "
        "uit de taxonomie."
    )
    error = refuse_csv(taxonomy, csv_bytes(bad(1, behaviour=f"gepest door {ALIAS_MARKER}")))
    assert error.column == "behaviour" and error.code is None


def test_first_error_in_row_order_wins(taxonomy) -> None:
    data = bad(1, closed_on="2026-01-01")
    data[2]["behaviour"] = "pestn"
    error = refuse_csv(taxonomy, csv_bytes(data))
    assert (error.row, error.column) == (3, "closed_on")


def test_unknown_column(taxonomy) -> None:
    data = bad(0)
    data[0]["opmerkingen"] = "x"
    error = refuse_csv(taxonomy, csv_bytes(data, header=[*HEADER, "opmerkingen"]))
    assert (error.row, error.reference, error.column, error.problem) == (
        1,
        None,
        "#22",  # by position: a header cell may hold an alias or a note (issue 17)
        "unknown-column",
    )
    assert error.message("nl").startswith("Rij 1, kolom #22: deze kolom bestaat niet")


def test_cell_beyond_the_header_is_an_unknown_column(taxonomy) -> None:
    text = csv_bytes(bad(0)).decode().split("\r\n")
    text[2] += ";verdwaald"
    error = refuse_csv(taxonomy, "\r\n".join(text).encode())
    assert (error.row, error.column, error.problem) == (3, "#22", "unknown-column")


@pytest.mark.parametrize("missing", ["reference", "setting", "hierarchical", "behaviour"])
def test_missing_required_column(taxonomy, missing: str) -> None:
    header = [name for name in HEADER if name != missing]
    error = refuse_csv(taxonomy, csv_bytes(bad(0), header=header))
    assert (error.row, error.column, error.problem) == (1, missing, "missing-column")


def test_duplicate_column(taxonomy) -> None:
    error = refuse_csv(taxonomy, csv_bytes(bad(0), header=[*HEADER, "Notes"]))
    assert (error.row, error.column, error.problem) == (1, "notes", "duplicate-column")


def test_not_text_at_all(taxonomy) -> None:
    from vertrouwenspersoon.errors import BadInputError

    with pytest.raises(BadInputError):
        read_csv_cases(b"reference;opened_on\r\n\x81\x8d\x8f\x90\x9d", taxonomy)


# XLSX ---------------------------------------------------------------------------------------------
def workbook_bytes(
    cases: list[list[Any]], contacts: list[list[Any]] | None, followups: list[list[Any]] | None, extra=None
) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "dossiers"
    for row in cases:
        sheet.append(row)
    for title, data in (("contactmomenten", contacts), ("afspraken", followups), *(extra or [])):
        if data is not None:
            other = workbook.create_sheet(title)
            for row in data:
                other.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_cases() -> list[list[Any]]:
    data = rows()
    # Real date cells (date and datetime-at-midnight), a real boolean and a number where text would do.
    data[0]["opened_on"] = date(2026, 1, 12)
    data[1]["opened_on"] = datetime(2026, 2, 3)
    data[1]["closed_on"] = date(2026, 4, 1)
    data[1]["hierarchical"] = True
    data[2]["hierarchical"] = 1
    return [HEADER] + [[row.get(name) for name in HEADER] for row in data]


CONTACT_HEADER = ["reference", "at", "minutes", "mode", "with", "notes"]
FOLLOWUP_HEADER = ["reference", "kind", "description", "actor", "due_on", "done_on", "cancelled_on"]


def xlsx_contacts() -> list[list[Any]]:
    return [
        CONTACT_HEADER,
        ["2026-002", datetime(2026, 2, 3, 9, 15), 45, "Persoonlijk gesprek", "melder", "eerste gesprek"],
        ["2026-002", "2026-03-01 14:00", "30", "phone", "Colleague (peer consultation)", None],
        ["2026-001", "2026-01-12T16:45", 20.0, "chat", "reporter", None],
    ]


def xlsx_followups() -> list[list[Any]]:
    return [
        FOLLOWUP_HEADER,
        [
            "2026-002",
            "Afspraak",
            "terugbellen",
            "Vertrouwenspersoon",
            date(2026, 2, 10),
            date(2026, 2, 9),
            None,
        ],
        ["2026-002", "aftercare", None, "advisor", "2026-04-29", None, None],
        [
            "2026-003",
            "agreement",
            "mail sturen",
            "Melder",
            datetime(2026, 3, 20),
            None,
            datetime(2026, 3, 18),
        ],
    ]


def xlsx_expected() -> dict[str, Any]:
    document = expected_document()
    by_ref = {case["reference"]: case for case in document["cases"]}
    by_ref["2026-002"]["contacts"] = [
        {
            "at": "2026-02-03T09:15",
            "minutes": 45,
            "mode": "in-person",
            "with": "reporter",
            "notes": "eerste gesprek",
        },
        {"at": "2026-03-01T14:00", "minutes": 30, "mode": "phone", "with": "colleague", "notes": None},
    ]
    by_ref["2026-001"]["contacts"] = [
        {"at": "2026-01-12T16:45", "minutes": 20, "mode": "chat", "with": "reporter", "notes": None}
    ]
    by_ref["2026-002"]["followups"] = [
        {"kind": "agreement", "description": "terugbellen", "actor": "advisor", "due_on": "2026-02-10",
         "done_on": "2026-02-09", "cancelled_on": None},
        {"kind": "aftercare", "description": None, "actor": "advisor", "due_on": "2026-04-29",
         "done_on": None, "cancelled_on": None},
    ]  # fmt: skip
    by_ref["2026-003"]["followups"] = [
        {"kind": "agreement", "description": "mail sturen", "actor": "reporter", "due_on": "2026-03-20",
         "done_on": None, "cancelled_on": "2026-03-18"},
    ]  # fmt: skip
    return document


def test_xlsx_with_three_sheets_equals_the_json_document(taxonomy) -> None:
    data = workbook_bytes(xlsx_cases(), xlsx_contacts(), xlsx_followups())
    expected = parse_document(xlsx_expected(), taxonomy)
    assert read_xlsx_cases(data, taxonomy) == expected
    # and the independently written document is itself what the domain writes back
    assert json.loads(json.dumps(xlsx_expected())) == xlsx_expected()


def test_xlsx_cases_only_and_an_ignored_explanation_sheet(taxonomy) -> None:
    data = workbook_bytes(xlsx_cases(), None, None, extra=[("Toelichting", [["kolom", "betekenis"]])])
    assert read_xlsx_cases(data, taxonomy) == parse_document(expected_document(), taxonomy)


def refuse_xlsx(taxonomy, data: bytes) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        read_xlsx_cases(data, taxonomy)
    for lang in ("nl", "en"):
        assert NOTES_MARKER not in caught.value.message(lang)
    return caught.value


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value", "reference", "problem"),
    [
        ("contactmomenten", 3, "at", datetime(2026, 1, 30, 9, 0), "2026-002", "contact-before-opened"),
        ("contactmomenten", 4, "mode", "postduif", "2026-001", "unknown-code"),
        ("contactmomenten", 2, "minutes", 0, "2026-002", "out-of-range"),
        ("contactmomenten", 2, "minutes", 12.5, "2026-002", "wrong-type"),
        ("contactmomenten", 3, "reference", "2026-009", "2026-009", "unknown-case"),
        ("afspraken", 3, "due_on", "2026-02-30", "2026-002", "impossible-date"),
        ("afspraken", 4, "done_on", date(2026, 3, 19), "2026-003", "done-and-cancelled"),
        ("afspraken", 2, "actor", "", "2026-002", "required"),
        ("dossiers", 3, "closed_on", datetime(2026, 4, 1, 15, 30), "2026-002", "bad-format"),
        ("dossiers", 4, "opened_on", 46000, "2026-003", "wrong-type"),
    ],
)
def test_bad_xlsx_cells_name_sheet_row_case_and_column(
    taxonomy, sheet: str, row: int, column: str, value: Any, reference: str, problem: str
) -> None:
    sheets = {"dossiers": xlsx_cases(), "contactmomenten": xlsx_contacts(), "afspraken": xlsx_followups()}
    for case_row in sheets["dossiers"][1:]:
        case_row[HEADER.index("notes")] = NOTES_MARKER
    if column == "done_on":
        value_row = sheets[sheet][row - 1]
        value_row[FOLLOWUP_HEADER.index("done_on")] = value
    else:
        header = sheets[sheet][0]
        sheets[sheet][row - 1][header.index(column)] = value
    error = refuse_xlsx(
        taxonomy, workbook_bytes(sheets["dossiers"], sheets["contactmomenten"], sheets["afspraken"])
    )
    if column == "done_on":
        column = "cancelled_on"  # the domain reports the second of the two dates
    assert (error.sheet, error.row, error.reference, error.column, error.problem) == (
        sheet,
        row,
        reference,
        column,
        problem,
    )
    assert error.message("nl").startswith(f"Blad {sheet}, rij {row} (dossier {reference}), kolom {column}: ")


def test_unknown_sheet_with_content_is_refused(taxonomy) -> None:
    data = workbook_bytes(xlsx_cases(), None, None, extra=[("Blad2", [[], ["iets"]])])
    error = refuse_xlsx(taxonomy, data)
    assert (error.sheet, error.row, error.problem) == ("#2", 2, "unknown-sheet")  # a name is never repeated
    empty = workbook_bytes(xlsx_cases(), None, None, extra=[("Blad3", [])])
    assert len(read_xlsx_cases(empty, taxonomy)) == 3


def test_not_a_workbook(taxonomy) -> None:
    from vertrouwenspersoon.errors import BadInputError

    with pytest.raises(BadInputError) as caught:
        read_xlsx_cases(b"PK\x03\x04 not really a zip", taxonomy)
    assert caught.value.key == "exchange.sheet.not-xlsx"
