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
    }
)


@dataclass
class Sheet:
    name: str | None  # None for a CSV file
    rows: list[tuple[int, list[Any]]]


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
            rows.append((number, [cell if cell != "" else None for cell in record]))
    except csv.Error:
        raise SpreadsheetError(row=number + 1, column=None, problem="csv") from None
    return Sheet(None, rows)


def read_xlsx(data: bytes) -> list[Sheet]:
    import openpyxl  # imported here: only spreadsheet imports pay for it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(bytes(data)), read_only=True, data_only=True)
    except Exception:  # a damaged zip or XML part surfaces as many different exception types
        raise BadInputError("exchange.sheet.not-xlsx") from None
    try:
        sheets = []
        for worksheet in workbook.worksheets:
            rows = [
                (number, list(values))
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
            ]
            sheets.append(Sheet(worksheet.title, rows))
    except Exception:
        raise BadInputError("exchange.sheet.not-xlsx") from None
    finally:
        workbook.close()
    if not sheets:
        raise BadInputError("exchange.sheet.empty")
    return sheets
