"""The spreadsheet template (docs/spreadsheet-template.csv and .xlsx), generated, never hand-made.

    python -m vertrouwenspersoon.exchange.template docs/

The CSV uses ``;`` and a UTF-8 byte-order mark, which is what Dutch Excel opens correctly with a
double click. The XLSX has the sheets "dossiers", "contactmomenten" and "afspraken" with one
example row each (CONTRACT.md's example case), and "toelichting": every column explained and every
taxonomy code with its labels. The workbook is byte-for-byte reproducible (fixed timestamps).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.exchange.spreadsheet import (
    CASE_COLUMNS,
    CASES_SHEET,
    CONTACT_COLUMNS,
    CONTACTS_SHEET,
    FOLLOWUP_COLUMNS,
    FOLLOWUPS_SHEET,
    NOTES_SHEET,
    REQUIRED_CASE_COLUMNS,
    REQUIRED_CONTACT_COLUMNS,
    REQUIRED_FOLLOWUP_COLUMNS,
)
from vertrouwenspersoon.store import atomic

FIXED_TIME = datetime(2026, 1, 1)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")

# CONTRACT.md's example case, written the way an advisor might: labels and codes mixed.
EXAMPLE_CASE: dict[str, Any] = {
    "reference": "2026-014",
    "opened_on": date(2026, 3, 2),
    "closed_on": date(2026, 5, 11),
    "anonymous": "nee",
    "alias": "M.",
    "contact": "optional free text",
    "role": "Promovendus",
    "gender": "female",
    "unit": "Faculteit Bètawetenschappen",
    "channel": "E-mail",
    "behaviour": "Seksuele intimidatie; abuse-of-power",
    "grounds": None,
    "relation": "lecturer-supervisor",
    "hierarchical": "ja",
    "setting": "Onderzoek of veldwerk",
    "requests": "listening-ear; advice",
    "outcomes": "Doorverwezen",
    "referrals": "Klachtencommissie",
    "consent_on": date(2026, 3, 2),
    "legal_hold": None,
    "notes": "free text",
}
EXAMPLE_CONTACT: dict[str, Any] = {
    "reference": "2026-014",
    "at": datetime(2026, 3, 2, 10, 30),
    "minutes": 50,
    "mode": "in-person",
    "with": "Melder",
    "notes": "free text",
}
EXAMPLE_FOLLOWUPS: list[dict[str, Any]] = [
    {
        "reference": "2026-014",
        "kind": "agreement",
        "description": "free text",
        "actor": "advisor",
        "due_on": date(2026, 3, 16),
        "done_on": date(2026, 3, 15),
        "cancelled_on": None,
    },
    {
        "reference": "2026-014",
        "kind": "Nazorg",
        "description": "free text",
        "actor": "advisor",
        "due_on": date(2026, 6, 8),
        "done_on": None,
        "cancelled_on": None,
    },
]

# column -> (Dutch, English) explanation, used in the "toelichting" sheet.
COLUMN_HELP: dict[str, tuple[str, str]] = {
    "reference": ("dossiernummer JJJJ-NNN", "case reference YYYY-NNN"),
    "opened_on": ("datum geopend (JJJJ-MM-DD of datumcel)", "date opened (YYYY-MM-DD or date cell)"),
    "closed_on": ("datum gesloten; leeg = open", "date closed; empty = open"),
    "anonymous": ("anonieme melding: ja/nee (leeg = nee)", "anonymous report: yes/no (empty = no)"),
    "alias": ("alias of initialen; verplicht tenzij anoniem", "alias or initials; required unless anonymous"),
    "contact": ("contactgegevens (vrije tekst)", "contact details (free text)"),
    "role": ("rol van de melder (code of label)", "reporter's role (code or label)"),
    "gender": ("gender (optioneel)", "gender (optional)"),
    "unit": (
        "faculteit of afdeling, precies zoals in de lijst met eenheden van de instelling (leeg als die er niet is)",
        "faculty or department, exactly as in the institution's list of units (empty when there is none)",
    ),
    "channel": ("kanaal van het eerste contact", "channel of first contact"),
    "behaviour": ("gedrag, één of meer, gescheiden door ;", "behaviour, one or more, separated by ;"),
    "grounds": (
        "discriminatiegronden (alleen bij discriminatie)",
        "discrimination grounds (only with discrimination)",
    ),
    "relation": ("relatie van de beklaagde tot de melder", "relation of the other person to the reporter"),
    "hierarchical": ("hiërarchische relatie: ja/nee", "hierarchical relation: yes/no"),
    "setting": ("context", "setting"),
    "requests": ("vraag van de melder, gescheiden door ;", "reporter's requests, separated by ;"),
    "outcomes": ("uitkomsten; verplicht bij een gesloten dossier", "outcomes; required for a closed case"),
    "referrals": ("doorverwijzingen, gescheiden door ;", "referrals, separated by ;"),
    "consent_on": ("datum toestemming voor het bewaren van notities", "date of consent to keep notes"),
    "legal_hold": ("reden van een bewaarplicht (leeg = geen)", "reason for a legal hold (empty = none)"),
    "notes": ("vrije notities", "free notes"),
    "at": ("tijdstip JJJJ-MM-DD UU:MM of datum-tijdcel", "time YYYY-MM-DD HH:MM or date-time cell"),
    "minutes": ("duur in minuten (1-720)", "duration in minutes (1-720)"),
    "mode": ("vorm van het contact", "mode of contact"),
    "with": ("met wie", "with whom"),
    "kind": ("soort: afspraak of nazorg", "kind: agreement or aftercare"),
    "description": ("wat is afgesproken", "what was agreed"),
    "actor": ("wie het uitvoert", "who acts"),
    "due_on": ("deadline", "due date"),
    "done_on": ("datum afgerond", "date done"),
    "cancelled_on": ("datum geannuleerd", "date cancelled"),
}
COLUMN_GROUP: dict[str, str | None] = {
    **{name: group for name, (_kind, group) in CASE_COLUMNS.items()},
    **{name: group for name, (_kind, group) in CONTACT_COLUMNS.items()},
    **{name: group for name, (_kind, group) in FOLLOWUP_COLUMNS.items()},
}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def template_csv() -> bytes:
    """Header and the example row, ``;``-separated, UTF-8 with byte-order mark, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(list(CASE_COLUMNS))
    writer.writerow([_csv_cell(EXAMPLE_CASE[name]) for name in CASE_COLUMNS])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def template_xlsx(taxonomy: Taxonomy) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    bold = Font(bold=True)
    sheets = (
        (CASES_SHEET, list(CASE_COLUMNS), [EXAMPLE_CASE]),
        (CONTACTS_SHEET, list(CONTACT_COLUMNS), [EXAMPLE_CONTACT]),
        (FOLLOWUPS_SHEET, list(FOLLOWUP_COLUMNS), EXAMPLE_FOLLOWUPS),
    )
    for index, (title, columns, examples) in enumerate(sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = title
        sheet.append(columns)
        for example in examples:
            sheet.append([example[name] for name in columns])
        for position, name in enumerate(columns, start=1):
            sheet.cell(row=1, column=position).font = bold
            letter = sheet.cell(row=1, column=position).column_letter
            sheet.column_dimensions[letter].width = max(12, len(name) + 4)
            for row in range(2, len(examples) + 2):
                cell = sheet.cell(row=row, column=position)
                if isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
    _notes_sheet(workbook.create_sheet(NOTES_SHEET), taxonomy, bold)
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.properties.creator = "Vertrouwenspersoon"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _notes_sheet(sheet, taxonomy: Taxonomy, bold) -> None:  # type: ignore[no-untyped-def]
    sheet.append(["blad", "kolom", "verplicht", "betekenis", "meaning", "codegroep"])
    required = {
        CASES_SHEET: REQUIRED_CASE_COLUMNS,
        CONTACTS_SHEET: REQUIRED_CONTACT_COLUMNS,
        FOLLOWUPS_SHEET: REQUIRED_FOLLOWUP_COLUMNS,
    }
    for title, columns in (
        (CASES_SHEET, CASE_COLUMNS),
        (CONTACTS_SHEET, CONTACT_COLUMNS),
        (FOLLOWUPS_SHEET, FOLLOWUP_COLUMNS),
    ):
        for name in columns:
            nl, en = COLUMN_HELP[name]
            sheet.append(
                [title, name, "ja" if name in required[title] else "nee", nl, en, COLUMN_GROUP[name] or ""]
            )
    sheet.append([])
    sheet.append(["codegroep", "code", "label (nl)", "label (en)"])
    for group, entries in taxonomy.groups.items():
        for entry in entries:
            sheet.append([group, entry.code, entry.nl, entry.en])
    for row in sheet.iter_rows(min_row=1, max_row=1):
        for cell in row:
            cell.font = bold
    for letter, width in zip("ABCDEF", (16, 22, 16, 48, 48, 14), strict=True):
        sheet.column_dimensions[letter].width = width


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite the archive with a fixed timestamp on every entry, so the file is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                content = _MODIFIED.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", content)
            target.writestr(fixed, content)
    return output.getvalue()


def write_templates(directory: Path, taxonomy: Taxonomy) -> list[Path]:
    targets = [directory / "spreadsheet-template.csv", directory / "spreadsheet-template.xlsx"]
    atomic.write_bytes(targets[0], template_csv())
    atomic.write_bytes(targets[1], template_xlsx(taxonomy))
    return targets


def main(argv: list[str] | None = None) -> int:
    from vertrouwenspersoon.paths import resource_dir

    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0] if args else "docs")
    taxonomy = Taxonomy.from_file(resource_dir() / "taxonomy.json")
    for path in write_templates(directory, taxonomy):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
