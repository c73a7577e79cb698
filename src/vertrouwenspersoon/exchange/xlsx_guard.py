"""Measuring an XLSX workbook before it is parsed: rows, columns, cells, unpacked size, XML depth, time.

An XLSX file is a zip of XML parts, and a few kilobytes of it can ask for anything: one cell at XFD1048576
(the reader then fills 17 billion empty cells), `<row r="2147483648">`, a million one-cell rows, a part
that inflates to gigabytes, XML nested a hundred thousand deep, a DTD with entities that expand
exponentially. `measure` streams every part through expat once, with a cap on the bytes it unpacks, and
refuses all of these with one sentence (exit 2, nothing imported) before openpyxl sees the file. It
returns, per worksheet part, the highest row and column that really hold a cell, so the reader can ask
openpyxl for exactly that range instead of trusting the file's own `<dimension>`.

The bounds are far above the import template (about twenty columns, one row a case) and far below what
costs real time or memory.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError

MAX_ROWS = 100_000  # highest row number, and rows in one sheet
MAX_COLUMNS = 200  # highest column number (column GR)
MAX_CELLS = 5_000_000  # cells the reader may produce for one sheet (rows x columns, empty ones included)
MAX_STRINGS = 500_000  # entries of the shared-string table (openpyxl loads it whole, ~10 s a million)
MAX_UNPACKED = 256 * 1024 * 1024  # bytes of all parts together, as unpacked
MAX_PARTS = 1_000
MAX_DEPTH = 64  # SpreadsheetML nests about 6 deep
MAX_ELEMENTS = 8_000_000  # XML elements of all parts together (cells, their values and strings included)
MAX_OTHER_ELEMENTS = 200_000  # elements of a part outside its cells and strings (styles, drawings, comments)
MAX_SECONDS = 60.0  # measuring and reading together
_CHUNK = 1 << 16

messages.register(
    {
        "exchange.xlsx.too-many-rows": (
            "Een werkblad in het werkboek gaat voorbij rij {limit}; zo'n werkboek kan niet worden ingelezen, "
            "er is niets geïmporteerd. Verwijder de lege rijen onder de gegevens of splits het bestand.",
            "A worksheet in the workbook goes beyond row {limit}; such a workbook cannot be read, nothing was "
            "imported. Delete the empty rows below the data or split the file.",
        ),
        "exchange.xlsx.too-many-columns": (
            "Een werkblad in het werkboek gaat voorbij kolom {limit}; zo'n werkboek kan niet worden ingelezen, "
            "er is niets geïmporteerd. Verwijder de lege kolommen rechts van de gegevens.",
            "A worksheet in the workbook goes beyond column {limit}; such a workbook cannot be read, nothing "
            "was imported. Delete the empty columns to the right of the data.",
        ),
        "exchange.xlsx.too-many-cells": (
            "Een werkblad in het werkboek beslaat meer dan {limit} cellen; zo'n werkboek kan niet worden "
            "ingelezen, er is niets geïmporteerd. Verwijder lege rijen en kolommen rond de gegevens.",
            "A worksheet in the workbook spans more than {limit} cells; such a workbook cannot be read, "
            "nothing was imported. Delete the empty rows and columns around the data.",
        ),
        "exchange.xlsx.too-many-strings": (
            "Het werkboek bevat meer dan {limit} verschillende teksten; zo'n werkboek kan niet worden "
            "ingelezen, er is niets geïmporteerd. Kopieer de gegevens naar een nieuw werkboek uit het sjabloon.",
            "The workbook holds more than {limit} different texts; such a workbook cannot be read, nothing "
            "was imported. Copy the data into a new workbook made from the template.",
        ),
        "exchange.xlsx.too-complex": (
            "Het werkboek bevat meer dan {limit} XML-elementen (bijvoorbeeld opmaak of tekeningen); zo'n "
            "werkboek kan niet worden ingelezen, er is niets geïmporteerd. Kopieer alleen de gegevens naar een "
            "nieuw werkboek uit het sjabloon.",
            "The workbook holds more than {limit} XML elements (formatting or drawings, for example); such a "
            "workbook cannot be read, nothing was imported. Copy only the data into a new workbook made from "
            "the template.",
        ),
        "exchange.xlsx.too-large": (
            "Het werkboek is uitgepakt groter dan {limit_mb} MB; zo'n werkboek kan niet worden ingelezen, "
            "er is niets geïmporteerd. Kopieer de gegevens naar een nieuw werkboek uit het sjabloon.",
            "The workbook unpacks to more than {limit_mb} MB; such a workbook cannot be read, nothing was "
            "imported. Copy the data into a new workbook made from the template.",
        ),
        "exchange.xlsx.unusual-xml": (
            "Het werkboek bevat XML die een spreadsheetprogramma niet schrijft (een DTD, entiteiten of "
            "nesting dieper dan {limit} niveaus); er is niets geïmporteerd. Sla het bestand opnieuw op "
            "als Excel-werkboek (.xlsx).",
            "The workbook holds XML that no spreadsheet program writes (a DTD, entities or nesting deeper "
            "than {limit} levels); nothing was imported. Save the file again as an Excel workbook (.xlsx).",
        ),
        "exchange.xlsx.too-slow": (
            "Het inlezen van het werkboek duurde langer dan {seconds} seconden en is afgebroken; er is niets "
            "geïmporteerd. Kopieer de gegevens naar een nieuw werkboek uit het sjabloon.",
            "Reading the workbook took longer than {seconds} seconds and was stopped; nothing was imported. "
            "Copy the data into a new workbook made from the template.",
        ),
    }
)


class Deadline:
    """The time a workbook may take, measured and read together."""

    def __init__(self, seconds: float = MAX_SECONDS) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.ends:
            raise BadInputError("exchange.xlsx.too-slow", seconds=int(self.seconds))


@dataclass
class SheetSize:
    """The highest row and column number that hold a cell in one worksheet part (0 when empty)."""

    rows: int = 0
    columns: int = 0


class _Refused(Exception):
    """Raised inside an expat handler; turned into the BadInputError it carries."""

    def __init__(self, error: BadInputError) -> None:
        super().__init__()
        self.error = error


def measure(data: bytes, deadline: Deadline) -> dict[str, SheetSize]:
    """The size of every well-formed XML part, by its name in the zip; BadInputError when out of bounds.

    A file that is not a zip archive is left to openpyxl to refuse; a part whose XML is broken is left
    out, and the reader refuses a worksheet it has no size for.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return {}
    sizes: dict[str, SheetSize] = {}
    with archive:
        members = archive.infolist()
        if len(members) > MAX_PARTS:
            raise BadInputError("exchange.sheet.not-xlsx")
        if sum(member.file_size for member in members) > MAX_UNPACKED:
            raise _too_large()
        budget = [MAX_UNPACKED]
        elements = [MAX_ELEMENTS]  # shared by every part, as the unpacked bytes are
        for member in members:
            if member.is_dir():
                continue
            size = _measure_part(archive, member, budget, deadline, elements)
            if size is not None:
                sizes[member.filename.lstrip("/")] = size
    return sizes


def _too_large() -> BadInputError:
    return BadInputError("exchange.xlsx.too-large", limit_mb=MAX_UNPACKED >> 20)


def _measure_part(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    budget: list[int],
    deadline: Deadline,
    elements: list[int],
) -> SheetSize | None:
    """Unpack one part in chunks (counting every byte against `budget`), parsing it when it is XML."""
    name = member.filename.lower()
    counter = _SheetCounter(elements) if name.endswith((".xml", ".rels", ".vml")) else None
    try:
        with archive.open(member) as part:
            while chunk := part.read(_CHUNK):
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise _too_large()
                deadline.check()
                if counter is not None:
                    counter.feed(chunk)
        if counter is not None:
            counter.close()
    except _Refused as refused:
        raise refused.error from None
    except (zipfile.BadZipFile, expat.ExpatError, OSError, ValueError, EOFError, NotImplementedError):
        return None  # broken or unsupported: openpyxl refuses it with its own clear sentence
    if counter is None:
        return None
    return SheetSize(counter.max_row, counter.max_column)


class _SheetCounter:
    """An expat pass over one XML part: depth, no DTD or entity, and the extent of `<row>` and `<c>`."""

    def __init__(self, elements: list[int]) -> None:
        self.elements = elements  # what is left of the workbook's element budget
        self.other = 0  # elements outside <sheetData> and <sst>
        self.data_depth = 0  # the depth of the <sheetData> or <sst> element we are in (0: none)
        self.parser = expat.ParserCreate()
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._doctype
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.depth = 0
        self.rows_seen = 0
        self.row = 0
        self.column = 0
        self.max_row = 0
        self.max_column = 0
        self.cells = 0
        self.strings = 0

    def feed(self, chunk: bytes) -> None:
        self.parser.Parse(chunk, False)

    def close(self) -> None:
        self.parser.Parse(b"", True)

    def _doctype(self, *_args: object) -> None:
        raise _Refused(BadInputError("exchange.xlsx.unusual-xml", limit=MAX_DEPTH))

    def _end(self, _name: str) -> None:
        if self.depth == self.data_depth:
            self.data_depth = 0
        self.depth -= 1

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(BadInputError("exchange.xlsx.unusual-xml", limit=MAX_DEPTH))
        local = name.rpartition(":")[2]
        self._count(local)
        if local == "si":  # an entry of the shared-string table
            self.strings += 1
            if self.strings > MAX_STRINGS:
                raise _Refused(BadInputError("exchange.xlsx.too-many-strings", limit=MAX_STRINGS))
        elif local == "row":
            self._start_row(attributes.get("r"))
        elif local == "c" and self.rows_seen:
            self._start_cell(attributes.get("r"))

    def _count(self, local: str) -> None:
        """Every element costs openpyxl time: bounded for the workbook, and tightly outside the data."""
        self.elements[0] -= 1
        if self.elements[0] < 0:
            raise _Refused(BadInputError("exchange.xlsx.too-complex", limit=MAX_ELEMENTS))
        if not self.data_depth and local in ("sheetData", "sst"):
            self.data_depth = self.depth
        elif not self.data_depth:
            self.other += 1
            if self.other > MAX_OTHER_ELEMENTS:
                raise _Refused(BadInputError("exchange.xlsx.too-complex", limit=MAX_OTHER_ELEMENTS))

    def _start_row(self, number: str | None) -> None:
        self.rows_seen += 1
        self.row = self.row + 1 if number is None else _number(number, MAX_ROWS, "rows")
        self.column = 0
        if self.rows_seen > MAX_ROWS or self.row > MAX_ROWS:
            raise _Refused(BadInputError("exchange.xlsx.too-many-rows", limit=MAX_ROWS))
        self.max_row = max(self.max_row, self.row)

    def _start_cell(self, reference: str | None) -> None:
        if reference is None:
            self.column += 1
        else:
            letters = reference.rstrip("0123456789")
            self.column = _column_number(letters)
            digits = reference[len(letters) :]
            if digits:
                self.max_row = max(self.max_row, _number(digits, MAX_ROWS, "rows"))
        if self.column > MAX_COLUMNS:
            raise _Refused(BadInputError("exchange.xlsx.too-many-columns", limit=MAX_COLUMNS))
        self.max_column = max(self.max_column, self.column)
        self.cells += 1
        if self.cells > MAX_CELLS or self.max_row * self.max_column > MAX_CELLS:
            raise _Refused(BadInputError("exchange.xlsx.too-many-cells", limit=MAX_CELLS))


def _number(text: str, limit: int, kind: str) -> int:
    """A row number from the file: ASCII digits only, refused past `limit` before it is even converted."""
    if not (text.isascii() and text.isdigit()):
        raise _Refused(BadInputError("exchange.sheet.not-xlsx"))
    if len(text) > len(str(limit)) or int(text) > limit:
        raise _Refused(BadInputError(f"exchange.xlsx.too-many-{kind}", limit=limit))
    return int(text)


def _column_number(letters: str) -> int:
    """A1-style column letters to a number (A = 1); anything else is not SpreadsheetML."""
    if not letters or len(letters) > 3 or not (letters.isascii() and letters.isalpha()):
        raise _Refused(BadInputError("exchange.sheet.not-xlsx"))
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number
