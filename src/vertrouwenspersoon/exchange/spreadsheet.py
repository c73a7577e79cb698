"""CSV and XLSX import: one row per case, in the column template of docs/exchange-format.md.

Rows become exchange-format dicts and go through the domain's own validation
(:func:`~vertrouwenspersoon.domain.exchange.parse_case` per row, then
:func:`~vertrouwenspersoon.domain.exchange.parse_document` on the whole), so a spreadsheet is held
to exactly the rules of a JSON file. What a spreadsheet adds: Dutch or English labels instead of
codes, ``;`` between several codes in one cell, ``ja``/``nee`` for yes/no, real date cells.

All-or-nothing: the full list of cases, or a SpreadsheetError for the first problem in reading
order — the sheet of cases row by row, then the contact moments and follow-ups of each case —
naming sheet, row, case reference and column, never what the cell holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.exchange import FORMAT, VERSION, parse_case, parse_document
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.reference import is_reference
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.exchange import spreadsheet_cells as cells
from vertrouwenspersoon.exchange.progress import Progress, no_progress
from vertrouwenspersoon.exchange.spreadsheet_errors import SpreadsheetError, from_validation
from vertrouwenspersoon.exchange.spreadsheet_sources import Sheet, read_csv, read_xlsx

# column -> (kind, taxonomy group or None). Kinds: see _convert.
CASE_COLUMNS: dict[str, tuple[str, str | None]] = {
    "reference": ("reference", None),
    "opened_on": ("date", None),
    "closed_on": ("date", None),
    "anonymous": ("boolean", None),
    "alias": ("text", None),
    "contact": ("text", None),
    "role": ("code", "role"),
    "gender": ("code", "gender"),
    "unit": ("text", None),
    "channel": ("code", "channel"),
    "behaviour": ("codes", "behaviour"),
    "grounds": ("codes", "grounds"),
    "relation": ("code", "relation"),
    "hierarchical": ("boolean", None),
    "setting": ("code", "setting"),
    "requests": ("codes", "request"),
    "outcomes": ("codes", "outcome"),
    "referrals": ("codes", "referral"),
    "consent_on": ("date", None),
    "legal_hold": ("text", None),
    "notes": ("text", None),
}
CONTACT_COLUMNS: dict[str, tuple[str, str | None]] = {
    "reference": ("reference", None),
    "at": ("minute", None),
    "minutes": ("number", None),
    "mode": ("code", "mode"),
    "with": ("code", "with"),
    "notes": ("text", None),
}
FOLLOWUP_COLUMNS: dict[str, tuple[str, str | None]] = {
    "reference": ("reference", None),
    "kind": ("code", "kind"),
    "description": ("text", None),
    "actor": ("code", "actor"),
    "due_on": ("date", None),
    "done_on": ("date", None),
    "cancelled_on": ("date", None),
}
REQUIRED_CASE_COLUMNS = (
    "reference",
    "opened_on",
    "role",
    "channel",
    "behaviour",
    "relation",
    "hierarchical",
    "setting",
)
REQUIRED_CONTACT_COLUMNS = ("reference", "at", "minutes", "mode", "with")
REQUIRED_FOLLOWUP_COLUMNS = ("reference", "kind", "actor", "due_on")

CASES_SHEET = "dossiers"
CONTACTS_SHEET = "contactmomenten"
FOLLOWUPS_SHEET = "afspraken"
NOTES_SHEET = "toelichting"  # the template's explanation; never read
SHEET_NAMES = {
    CASES_SHEET: CASES_SHEET,
    "cases": CASES_SHEET,
    CONTACTS_SHEET: CONTACTS_SHEET,
    "contacts": CONTACTS_SHEET,
    FOLLOWUPS_SHEET: FOLLOWUPS_SHEET,
    "followups": FOLLOWUPS_SHEET,
    NOTES_SHEET: NOTES_SHEET,
    "instructions": NOTES_SHEET,
}
_INDEXED = re.compile(r"^(contacts|followups)\[([0-9]+)\]\.?(.*)$")
_REPORTER = "reporter."


# public ---------------------------------------------------------------------------------------
def read_csv_cases(data: bytes, taxonomy: Taxonomy, *, progress: Progress = no_progress) -> list[Case]:
    """Every case of a CSV file in the template (one row per case; no contacts or follow-ups)."""
    return _Import(taxonomy, progress).run(read_csv(data), None, None)


def read_xlsx_cases(data: bytes, taxonomy: Taxonomy, *, progress: Progress = no_progress) -> list[Case]:
    """Every case of an XLSX workbook: the sheet "dossiers" (or else the first sheet), and the
    optional sheets "contactmomenten" and "afspraken". A sheet "toelichting" is ignored; any
    other sheet that holds something is an error (its data would otherwise be silently lost)."""
    sheets = read_xlsx(data)
    by_role: dict[str, Sheet] = {}
    for sheet in sheets:
        role = SHEET_NAMES.get(_name_key(sheet.name))
        if role is not None and role not in by_role:
            by_role[role] = sheet
    cases_sheet = by_role.get(CASES_SHEET) or sheets[0]
    for sheet in sheets:
        if sheet is cases_sheet or sheet in by_role.values() or not _has_content(sheet):
            continue
        first = next(number for number, values in sheet.rows if any(not cells.is_empty(v) for v in values))
        raise SpreadsheetError(row=first, column=None, problem="unknown-sheet", sheet=_sheet_label(sheet))
    return _Import(taxonomy, progress).run(
        cases_sheet, by_role.get(CONTACTS_SHEET), by_role.get(FOLLOWUPS_SHEET)
    )


# the import -----------------------------------------------------------------------------------
class _Import:
    def __init__(self, taxonomy: Taxonomy, progress: Progress) -> None:
        self.taxonomy = taxonomy
        self.lookup = cells.CodeLookup(taxonomy)
        self.progress = progress
        self.case_rows: dict[str, int] = {}  # reference -> row on the sheet of cases
        self.child_rows: dict[tuple[str, str], list[int]] = {}  # (sheet, reference) -> rows
        self.cases_sheet_name: str | None = None

    def run(self, cases_sheet: Sheet, contacts: Sheet | None, followups: Sheet | None) -> list[Case]:
        # Errors name the sheet of an XLSX file; a CSV file has only rows.
        self.cases_sheet_name = None if cases_sheet.name is None else _sheet_label(cases_sheet)
        raw_cases = self._cases(cases_sheet)
        for sheet, key, columns, required in (
            (contacts, "contacts", CONTACT_COLUMNS, REQUIRED_CONTACT_COLUMNS),
            (followups, "followups", FOLLOWUP_COLUMNS, REQUIRED_FOLLOWUP_COLUMNS),
        ):
            if sheet is not None:
                self._children(sheet, key, columns, required, raw_cases)
        document = {"format": FORMAT, "version": VERSION, "cases": list(raw_cases.values())}
        try:
            result = parse_document(document, self.taxonomy)
        except ValidationError as error:
            raise self._locate(error) from None
        self.progress(len(result), len(result))
        return result

    def _cases(self, sheet: Sheet) -> dict[str, dict[str, Any]]:
        _header, names, data = _split(sheet, CASE_COLUMNS, REQUIRED_CASE_COLUMNS, self.cases_sheet_name)
        data = [(number, values) for number, values in data if any(not cells.is_empty(v) for v in values)]
        result: dict[str, dict[str, Any]] = {}
        self.progress(0, len(data))
        for done, (number, values) in enumerate(data, start=1):
            row = dict(zip(names, values, strict=True))
            reference = cells.reference(row.get("reference"))
            known = reference if is_reference(reference) else None
            raw = self._case_dict(row, number, known)
            if known is not None and known in self.case_rows:
                raise SpreadsheetError(
                    row=number,
                    column="reference",
                    problem="duplicate-reference",
                    reference=known,
                    sheet=self.cases_sheet_name,
                )
            try:
                parse_case(raw, self.taxonomy)  # case-level rules now, in row order
            except ValidationError as error:
                raise from_validation(
                    error, row=number, sheet=self.cases_sheet_name, column=_column(error.field)
                ) from None
            self.case_rows[known] = number  # type: ignore[index]  # parse_case accepted the reference
            result[known] = raw  # type: ignore[index]
            self.progress(done, len(data))
        return result

    def _case_dict(self, row: dict[str, Any], number: int, reference: str | None) -> dict[str, Any]:
        value = self._converter(row, number, reference, self.cases_sheet_name, CASE_COLUMNS)
        raw: dict[str, Any] = {
            "reference": value("reference"),
            "opened_on": value("opened_on"),
            "closed_on": value("closed_on"),
        }
        anonymous = value("anonymous")
        if anonymous is not None:
            raw["anonymous"] = anonymous
        raw["reporter"] = {key: value(key) for key in ("alias", "contact", "role", "gender", "unit")}
        for key in ("channel", "behaviour", "grounds", "relation", "hierarchical", "setting", "requests"):
            raw[key] = value(key)
        for key in ("outcomes", "referrals", "consent_on", "legal_hold", "notes"):
            raw[key] = value(key)
        raw["contacts"] = []
        raw["followups"] = []
        return raw

    def _children(
        self, sheet: Sheet, key: str, columns, required, raw_cases: dict[str, dict[str, Any]]
    ) -> None:
        name = _sheet_label(sheet)
        _header, names, data = _split(sheet, columns, required, name)
        for number, values in data:
            if all(cells.is_empty(v) for v in values):
                continue
            row = dict(zip(names, values, strict=True))
            reference = cells.reference(row.get("reference"))
            if reference is None:
                raise SpreadsheetError(row=number, column="reference", problem="required", sheet=name)
            if reference not in raw_cases:
                shown = reference if is_reference(reference) else None
                raise SpreadsheetError(
                    row=number, column="reference", problem="unknown-case", reference=shown, sheet=name
                )
            value = self._converter(row, number, reference, name, columns)
            item = {column: value(column) for column in columns if column != "reference"}
            raw_cases[reference][key].append(item)
            self.child_rows.setdefault((key, reference), []).append(number)

    def _converter(
        self, row: dict[str, Any], number: int, reference: str | None, sheet: str | None, columns
    ) -> Callable[[str], Any]:
        def value(column: str) -> Any:
            kind, group = columns[column]
            cell = row.get(column)
            try:
                return _convert(kind, group, cell, self.lookup)
            except cells.CellProblem as problem:
                raise SpreadsheetError(
                    row=number,
                    column=column,
                    problem=problem.problem,
                    reference=reference,
                    sheet=sheet,
                    code=problem.code,
                ) from None

        return value

    def _locate(self, error: ValidationError) -> SpreadsheetError:
        """Point a whole-document error at its sheet, row and column."""
        reference = error.reference
        match = _INDEXED.match(error.field or "")
        if reference is not None and match is not None:
            key, index, rest = match.group(1), int(match.group(2)), match.group(3)
            rows = self.child_rows.get((key, reference), [])
            if index < len(rows):
                sheet = CONTACTS_SHEET if key == "contacts" else FOLLOWUPS_SHEET
                return from_validation(error, row=rows[index], sheet=sheet, column=rest or "reference")
        row = self.case_rows.get(reference or "", 1)
        return from_validation(error, row=row, sheet=self.cases_sheet_name, column=_column(error.field))


# helpers --------------------------------------------------------------------------------------
def _convert(kind: str, group: str | None, cell: Any, lookup: cells.CodeLookup) -> Any:
    if kind == "reference":
        return cells.reference(cell)
    if kind == "text":
        return cells.text(cell)
    if kind == "date":
        return cells.day(cell)
    if kind == "minute":
        return cells.minute(cell)
    if kind == "number":
        return cells.whole_number(cell)
    if kind == "boolean":
        return cells.boolean(cell)
    if kind == "code":
        return lookup.code(group, cell)  # type: ignore[arg-type]
    return lookup.codes(group, cell)  # type: ignore[arg-type]


def _split(
    sheet: Sheet, columns, required, sheet_name: str | None
) -> tuple[int, list[str], list[tuple[int, list[Any]]]]:
    """The header (first non-empty row), one name per position, and the data rows cut to the header.

    An unnamed column is ignored when it is empty all the way down (spreadsheets leave trailing
    separators), and an error otherwise, as is an unknown, repeated or missing required column.
    """
    rows = sheet.rows
    start = next(
        (i for i, (_n, values) in enumerate(rows) if any(not cells.is_empty(v) for v in values)), None
    )
    if start is None:
        raise SpreadsheetError(row=1, column=None, problem="no-header", sheet=sheet_name)
    header_row, header = rows[start]
    data = rows[start + 1 :]
    width = max([len(header)] + [len(values) for _n, values in data])
    names: list[str] = []
    for position in range(width):
        label = header[position] if position < len(header) else None
        if cells.is_empty(label):
            names.append(f"#{position + 1}")
            for number, values in data:
                if position < len(values) and not cells.is_empty(values[position]):
                    raise SpreadsheetError(
                        row=number, column=f"#{position + 1}", problem="unknown-column", sheet=sheet_name
                    )
            continue
        name = _name_key(cells.text(label))
        if name not in columns:  # named by position: a header cell may hold an alias or a note
            raise SpreadsheetError(
                row=header_row, column=f"#{position + 1}", problem="unknown-column", sheet=sheet_name
            )
        if name in names:
            raise SpreadsheetError(row=header_row, column=name, problem="duplicate-column", sheet=sheet_name)
        names.append(name)
    for name in required:
        if name not in names:
            raise SpreadsheetError(row=header_row, column=name, problem="missing-column", sheet=sheet_name)
    padded = [(number, list(values) + [None] * (width - len(values))) for number, values in data]
    return header_row, names, padded


def _column(field: str | None) -> str:
    """The template column of a domain field path: reporter.alias -> alias, behaviour[1] -> behaviour."""
    field = field or "reference"
    if field.startswith(_REPORTER):
        field = field[len(_REPORTER) :]
    return field.split("[", 1)[0]


def _name_key(name: str | None) -> str:
    return " ".join((name or "").replace("\ufeff", "").split()).casefold()


def _sheet_label(sheet: Sheet) -> str:
    """How an error names a sheet: its name when it is one of the template's, else its position ("#2").

    A sheet may be named after anything, a reporter too, so no other name is ever repeated."""
    key = _name_key(sheet.name)
    return key if key in SHEET_NAMES else f"#{sheet.position}"


def _has_content(sheet: Sheet) -> bool:
    return any(not cells.is_empty(v) for _n, values in sheet.rows for v in values)
