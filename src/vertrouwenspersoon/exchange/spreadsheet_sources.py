"""Raw rows of a CSV or XLSX file: sheets of (row number, cell values), nothing interpreted yet.

CSV: UTF-8 with or without byte-order mark, UTF-16 with a byte-order mark (Excel's "Unicode
text"), otherwise Windows-1252 (what Dutch Excel writes as "CSV (gescheiden door lijstscheidingsteken)").
The delimiter is sniffed from the header row: the most frequent of ``;``, ``,`` and tab.
XLSX: every worksheet, values only (formulas give their last computed value).
Row numbers are those the spreadsheet program shows: the first row is 1, and a CSV record with a
line break inside a quoted cell is still one row.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from typing import Any

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.exchange import xlsx_guard
from vertrouwenspersoon.exchange.spreadsheet_errors import SpreadsheetError

# Notes may hold up to a million characters (domain/validation.py); the csv default is 128 KiB.
_FIELD_LIMIT = 2_000_000

messages.register(
    {
        "exchange.sheet.not-text": (
            "Het CSV-bestand is geen leesbare tekst (UTF-8 of Windows-1252).",
            "The CSV file is not readable text (UTF-8 or Windows-1252).",
        ),
        "exchange.sheet.not-xlsx": (
            "Het bestand is geen leesbaar Excel-werkboek (.xlsx).",
            "The file is not a readable Excel workbook (.xlsx).",
        ),
        "exchange.sheet.empty": ("Het werkboek bevat geen werkbladen.", "The workbook holds no worksheets."),
        "exchange.csv.too-many-rows": (
            "Het CSV-bestand heeft meer dan {limit} regels; zo'n bestand kan niet worden ingelezen, er is "
            "niets geïmporteerd. Verwijder de lege regels onder de gegevens of splits het bestand.",
            "The CSV file has more than {limit} lines; such a file cannot be read, nothing was imported. "
            "Delete the empty lines below the data or split the file.",
        ),
        "exchange.csv.too-many-columns": (
            "Regel {row} van het CSV-bestand heeft meer dan {limit} kolommen; zo'n bestand kan niet worden "
            "ingelezen, er is niets geïmporteerd.",
            "Line {row} of the CSV file has more than {limit} columns; such a file cannot be read, nothing "
            "was imported.",
        ),
    }
)


@dataclass
class Sheet:
    name: str | None  # None for a CSV file
    rows: list[tuple[int, list[Any]]]
    position: int = (
        1  # 1 for the first worksheet: how an error names a sheet whose name is not the template's
    )


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInputError("exchange.sheet.not-text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise BadInputError("exchange.sheet.not-text") from None


def sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes) -> Sheet:
    text = decode_csv(bytes(data))
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[tuple[int, list[Any]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            # the same bounds as a workbook's: a line of a million separators, or millions of empty
            # lines, would otherwise be padded and scanned cell by cell (minutes, gigabytes)
            if number > xlsx_guard.MAX_ROWS:
                raise BadInputError("exchange.csv.too-many-rows", limit=xlsx_guard.MAX_ROWS)
            if len(record) > xlsx_guard.MAX_COLUMNS:
                raise BadInputError("exchange.csv.too-many-columns", row=number, limit=xlsx_guard.MAX_COLUMNS)
            rows.append((number, [cell if cell != "" else None for cell in record]))
    except csv.Error:
        raise SpreadsheetError(row=number + 1, column=None, problem="csv") from None
    return Sheet(None, rows)


def read_xlsx(data: bytes) -> list[Sheet]:
    """Every worksheet, values only, each read over exactly the rows and columns that hold cells.

    The workbook is measured first (xlsx_guard: rows, columns, unpacked size, XML depth, time), so a
    few hostile kilobytes are refused in moments instead of making openpyxl fill billions of cells.
    """
    import openpyxl  # imported here: only spreadsheet imports pay for it

    deadline = xlsx_guard.Deadline()
    sizes = xlsx_guard.measure(bytes(data), deadline)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(bytes(data)), read_only=True, data_only=True)
    except Exception:  # a damaged zip or XML part surfaces as many different exception types
        raise BadInputError("exchange.sheet.not-xlsx") from None
    try:
        sheets = [
            _read_sheet(worksheet, position, sizes, deadline)
            for position, worksheet in enumerate(workbook.worksheets, start=1)
        ]
    except BadInputError:
        raise
    except Exception:
        raise BadInputError("exchange.sheet.not-xlsx") from None
    finally:
        workbook.close()
    if not sheets:
        raise BadInputError("exchange.sheet.empty")
    return sheets


def _read_sheet(
    worksheet: Any, position: int, sizes: dict[str, xlsx_guard.SheetSize], deadline: xlsx_guard.Deadline
) -> Sheet:
    """One worksheet over the extent measured for its part (never the file's own <dimension>)."""
    size = sizes.get(str(getattr(worksheet, "_worksheet_path", "")).lstrip("/"))
    if size is None:  # not measured (broken XML, an odd path): refused rather than read unbounded
        raise BadInputError("exchange.sheet.not-xlsx")
    rows: list[tuple[int, list[Any]]] = []
    if size.rows and size.columns:
        cells = worksheet.iter_rows(
            min_row=1, max_row=size.rows, min_col=1, max_col=size.columns, values_only=True
        )
        for number, values in enumerate(cells, start=1):
            if number > size.rows:
                break
            if number % 1000 == 0:
                deadline.check()
            rows.append((number, list(values)))
    return Sheet(worksheet.title, rows, position)
