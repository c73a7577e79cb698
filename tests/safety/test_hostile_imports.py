"""Hangs, tracebacks and leaks on hostile import files (issue 17).

Found by the outside attack: a 1.5 KB XLSX whose one cell sits at XFD1048576 ran for over 120 s (the
reader filled 17 billion empty cells), as did `<row r="2147483648">`, a million one-cell rows and a sheet
that inflates to gigabytes; a 5,000-digit number in a JSON import raised a traceback; and error messages
repeated case text: a CSV header row that was an alias, a JSON key that was a pasted note, an XLSX sheet
named after a reporter. Now a workbook is measured before it is parsed (rows, columns, cells, unpacked
size, XML depth, no DTD or entities, a time limit) and refused with one sentence, exit 2, nothing
imported; JSON goes through bounded_input's number and depth bounds; and a message names only the
format's own field, column and sheet names, anything else by its position.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from support.snapshots import snapshot
from support.vaults import PASSPHRASE

# Shaped like a field name (letters, digits, underscore), so no "looks like a key" rule lets it through.
CANARY = "Jansen_Kanarie_4471"
SECONDS = 20  # every refusal below takes well under two seconds once bounded

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _workbook(sheet_chunks, *, name: str = "dossiers", prolog: str = "") -> bytes:
    """A minimal real XLSX: the sheet XML is written from `sheet_chunks` (str pieces), streamed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name=name))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write((prolog + _SHEET_HEAD).encode())
            for chunk in sheet_chunks:
                part.write(chunk.encode())
            part.write(_SHEET_TAIL.encode())
    return buffer.getvalue()


def _text(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _header_row() -> str:
    names = ["reference", "opened_on", "role", "channel", "behaviour", "relation", "hierarchical", "setting"]
    return '<row r="1">' + "".join(_text(f"{chr(65 + i)}1", n) for i, n in enumerate(names)) + "</row>"


def _repeat(piece: str, times: int, batch: int = 10_000):
    for _ in range(times // batch):
        yield piece * batch


def _bomb_rows():
    # One row whose single cell holds 300 MB of spaces: a few hundred KB zipped.
    yield _header_row() + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
    yield from _repeat(" " * 1000, 300_000)
    yield "</t></is></c></row>"


HOSTILE_WORKBOOKS = {
    "one cell at XFD1048576": lambda: _workbook(['<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']),
    "row number 2**31": lambda: _workbook(
        [_header_row(), '<row r="2147483648"><c r="A2147483648"><v>1</v></c></row>']
    ),
    "a million one-cell rows": lambda: _workbook(
        [_header_row(), *_repeat("<row><c><v>1</v></c></row>", 1_000_000)]
    ),
    "a million rows all numbered 2": lambda: _workbook(
        [_header_row(), *_repeat('<row r="2"><c r="A2"><v>1</v></c></row>', 1_000_000)]
    ),
    "a row of a million cells": lambda: _workbook(
        ['<row r="1">', *_repeat("<c><v>1</v></c>", 1_000_000), "</row>"]
    ),
    "sheet inflating to 300 MB": lambda: _workbook(_bomb_rows()),
    "XML nested 100,000 deep": lambda: _workbook([_header_row(), "<x>" * 100_000, "</x>" * 100_000]),
    "billion laughs entities": lambda: _workbook(
        [_header_row(), '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'],
        prolog='<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
        )
        + "]>",
    ),
}


def _dimension_lie() -> bytes:
    """One real cell, but a <dimension> claiming A1:XFD1048576: the reader must not trust it."""
    data = _workbook([_header_row()])
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            body = source.read(info)
            if info.filename.endswith("sheet1.xml"):
                body = body.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>')
            out.writestr(info.filename, body)
    return buffer.getvalue()


_OOXML = "http://schemas.openxmlformats.org"
_MAIN = f'xmlns="{_OOXML}/spreadsheetml/2006/main"'


def _with_extra_part(
    data: bytes,
    part: str,
    content_type: str,
    relation: tuple[str, str, str],
    write: Callable[[IO[bytes]], object],
    *,
    sheet_entry: str = "",
) -> bytes:
    """`data` with one more zip part `part`, registered in [Content_Types].xml and the workbook's relations
    (`relation`: id, target, type) and written by `write`; `sheet_entry` goes into <sheets> for a sheet."""
    rel_id, target, rel_type = relation
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
                body = body.replace(b"</Types>", override.encode())
            if info.filename == "xl/_rels/workbook.xml.rels":
                link = f'<Relationship Id="{rel_id}" Target="{target}" Type="{rel_type}"/></Relationships>'
                body = body.replace(b"</Relationships>", link.encode())
            if sheet_entry and info.filename == "xl/workbook.xml":
                body = body.replace(b"</sheets>", f"{sheet_entry}</sheets>".encode())
            out.writestr(info.filename, body)
        with out.open(part, "w", force_zip64=True) as handle:
            write(handle)
    return buffer.getvalue()


def _with_part(kind: str, root: str, piece: bytes, count: int) -> bytes:
    """The minimal workbook plus a part xl/{kind}.xml whose `root` holds `piece` `count` times."""

    def write(part: IO[bytes]) -> None:
        part.write(f'<?xml version="1.0"?>{root.replace(">", " " + _MAIN + ">", 1)}'.encode())
        for _ in range(count // 10_000):
            part.write(piece * 10_000)
        part.write(_closing(root))

    return _with_extra_part(
        _workbook([_header_row()]),
        f"xl/{kind}.xml",
        f"application/vnd.openxmlformats-officedocument.spreadsheetml.{kind}+xml",
        ("rId9", f"{kind}.xml", f"{_OOXML}/officeDocument/2006/relationships/{kind}"),
        write,
    )


def _closing(root: str) -> bytes:
    """'<a><b>' -> b'</b></a>'."""
    names = [tag.strip("<>") for tag in root.replace("><", ">|<").split("|")]
    return "".join(f"</{name}>" for name in reversed(names)).encode()


# 330 KB zipped; openpyxl spent 90 s loading the table before any time limit applied
HOSTILE_WORKBOOKS["eight million shared strings"] = lambda: _with_part(
    "sharedStrings", "<sst>", b"<si><t>a</t></si>", 8_000_000
)
# 140 KB zipped; 44 s in openpyxl
HOSTILE_WORKBOOKS["two million cell formats"] = lambda: _with_part(
    "styles", "<styleSheet><cellXfs>", b'<xf numFmtId="0" fontId="0"/>', 2_000_000
)


def _import(cli, vault: Path, source: Path, timeout: float = SECONDS):
    return cli(
        "import", "--vault", vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=timeout
    )


@pytest.mark.attack("hang")
@pytest.mark.parametrize("case", list(HOSTILE_WORKBOOKS))
def test_a_hostile_workbook_is_refused_quickly(cli, vault: Path, tmp_path: Path, case: str) -> None:
    source = tmp_path / "dossiers.xlsx"
    source.write_bytes(HOSTILE_WORKBOOKS[case]())
    assert source.stat().st_size < 600_000  # small files, all of them
    before = snapshot(vault)
    started = time.monotonic()
    result = _import(cli, vault, source)
    assert time.monotonic() - started < SECONDS
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert "niets geïmporteerd" in result.err or "werkboek" in result.err.lower(), result.err
    assert snapshot(vault) == before


@pytest.mark.attack("hang")
def test_a_workbook_whose_dimension_lies_is_read_over_its_real_cells(
    cli, vault: Path, tmp_path: Path
) -> None:
    source = tmp_path / "dossiers.xlsx"
    source.write_bytes(_dimension_lie())  # only the header row: nothing to import, at once
    started = time.monotonic()
    result = _import(cli, vault, source)
    assert time.monotonic() - started < SECONDS
    assert result.code == 0 and "0 dossier" in result.out, (result.out, result.err)


@pytest.mark.attack("hang")
def test_a_hostile_workbook_says_so_in_english(cli, vault: Path, tmp_path: Path) -> None:
    source = tmp_path / "dossiers.xlsx"
    source.write_bytes(HOSTILE_WORKBOOKS["one cell at XFD1048576"]())
    cli.env["VERTROUWENSPERSOON_LANG"] = "en"
    result = _import(cli, vault, source)
    assert result.code == 2 and "nothing was imported" in result.err, result.err


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("digits", [30, 5_000])
def test_a_long_json_number_is_a_clear_error(cli, vault: Path, tmp_path: Path, digits: int) -> None:
    source = tmp_path / "dossiers.json"
    source.write_text(
        '{"format": "vertrouwenspersoon-cases", "version": 1, "cases": [{"reference": "2026-001", '
        '"opened_on": "2026-01-05", "contacts": [{"minutes": ' + "9" * digits + "}]}]}"
    )
    before = snapshot(vault)
    result = _import(cli, vault, source)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "getal" in result.err
    assert snapshot(vault) == before


def _case_json(**extra) -> dict:
    case = {
        "reference": "2026-001", "opened_on": "2026-01-05", "closed_on": None, "anonymous": True,
        "reporter": {"alias": None, "contact": None, "role": "student", "gender": None, "unit": None},
        "channel": "email", "behaviour": ["bullying"], "grounds": [], "relation": "fellow-student",
        "hierarchical": False, "setting": "education", "requests": [], "outcomes": [], "referrals": [],
        "consent_on": None, "legal_hold": None, "notes": None, "contacts": [], "followups": [],
    }  # fmt: skip
    case.update(extra)
    return {"format": "vertrouwenspersoon-cases", "version": 1, "cases": [case]}


def _leaky_sources(tmp_path: Path) -> dict[str, Path]:
    """One file per place where case text could be taken for a name: each holds the canary there."""
    header = "reference;opened_on;role;channel;behaviour;relation;hierarchical;setting"
    row = "2026-001;2026-01-05;student;email;bullying;fellow-student;nee;education"
    files: dict[str, tuple[str, bytes]] = {
        "csv header cell is an alias": ("a.csv", f"{header};{CANARY}\n{row};x\n".encode()),
        "csv header cell is a long note": ("b.csv", f"{header};{CANARY} {'x' * 60}\n{row};x\n".encode()),
        "json case key is a pasted note": ("c.json", json.dumps(_case_json(**{CANARY: 1})).encode()),
        "json reporter key is a name": ("d.json", json.dumps(_reporter_key()).encode()),
        "json contact key is a name": ("e.json", json.dumps(_contact_key()).encode()),
        "json document key is a note": ("f.json", json.dumps({**_case_json(), CANARY: 1}).encode()),
        "json duplicate key is a note": ("g.json", _duplicate_key()),
        "xlsx sheet named after the reporter": ("h.xlsx", _sheets(CANARY, bad_row=True)),
        "xlsx extra sheet named after the reporter": ("i.xlsx", _two_sheets(CANARY)),
        "xlsx header cell is an alias": ("j.xlsx", _workbook([_header_row().replace("</row>", _text("I1", CANARY) + "</row>"), '<row r="2">' + _text("I2", "x") + "</row>"])),
    }  # fmt: skip
    paths = {}
    for case, (name, data) in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths[case] = path
    return paths


def _reporter_key() -> dict:
    document = _case_json()
    document["cases"][0]["reporter"][CANARY] = "x"
    return document


def _contact_key() -> dict:
    contact = {"at": "2026-01-05T10:00", "minutes": 30, "mode": "phone", "with": "reporter", CANARY: 1}
    return _case_json(contacts=[contact])


def _duplicate_key() -> bytes:
    text = json.dumps(_case_json())
    return text.replace('"reference"', f'"{CANARY}": 1, "{CANARY}"', 1).encode()


def _sheets(name: str, *, bad_row: bool) -> bytes:
    """The sheet of cases (the first sheet) named `name`, with a row the import refuses."""
    row = '<row r="2">' + _text("A2", "2026-001") + _text("B2", "not a date") + "</row>" if bad_row else ""
    return _workbook([_header_row(), row], name=name)


def _two_sheets(name: str) -> bytes:
    """The template's sheet of cases plus a second sheet, named `name`, that holds something."""
    sheet = _SHEET_HEAD + '<row r="1">' + _text("A1", "iets") + "</row>" + _SHEET_TAIL
    return _with_extra_part(
        _workbook([_header_row()]),
        "xl/worksheets/sheet2.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        ("rId2", "worksheets/sheet2.xml", f"{_OOXML}/officeDocument/2006/relationships/worksheet"),
        lambda part: part.write(sheet.encode()),
        sheet_entry=f'<sheet name="{name}" sheetId="2" r:id="rId2"/>',
    )


LEAKY = [
    "csv header cell is an alias",
    "csv header cell is a long note",
    "json case key is a pasted note",
    "json reporter key is a name",
    "json contact key is a name",
    "json document key is a note",
    "json duplicate key is a note",
    "xlsx sheet named after the reporter",
    "xlsx extra sheet named after the reporter",
    "xlsx header cell is an alias",
]


@pytest.mark.attack("leak")
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", LEAKY)
def test_an_import_error_never_repeats_case_text(
    cli, vault: Path, tmp_path: Path, case: str, lang: str
) -> None:
    source = _leaky_sources(tmp_path)[case]
    cli.env["VERTROUWENSPERSOON_LANG"] = lang
    before = snapshot(vault)
    result = _import(cli, vault, source)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert result.err.strip(), "the refusal must say something"
    shown = (result.out + result.err).casefold()  # a header is compared case-folded: so is the check
    assert "jansen" not in shown and "kanarie" not in shown, result.err
    assert snapshot(vault) == before


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("header", [b"[" * 3000, b'{"kdf":' * 1500, b"9" * 4000])
def test_a_sealed_file_with_a_hostile_header_is_a_clear_error(
    cli, vault: Path, tmp_path: Path, header: bytes
) -> None:
    source = tmp_path / "export.vpx"
    source.write_bytes(b"VERTROUWENSPERSOON-SEALED v1\n" + header + b"\n" + b"\x00" * 64)
    before = snapshot(vault)
    result = cli(
        "import", "--vault", vault, source, "--passphrase-stdin", stdin=PASSPHRASE + "\neen andere zin\n"
    )
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "beschadigd" in result.err, result.err
    assert snapshot(vault) == before


_CSV_HEADER = "reference;opened_on;anonymous;role;channel;behaviour;relation;hierarchical;setting"
_CSV_ROW = "2026-001;2026-01-05;ja;student;email;bullying;fellow-student;nee;education"
HOSTILE_CSV = {
    # every empty header cell was checked against every data row: a million by two thousand
    "a header of a million separators": lambda: (
        _CSV_HEADER + ";" * 1_000_000 + "\n" + (_CSV_ROW + "\n") * 2_000
    ),
    "a data line of a million separators": lambda: (
        _CSV_HEADER + "\n" + _CSV_ROW + ";" * 1_000_000 + "\n" + (_CSV_ROW + "\n") * 2_000
    ),
}


@pytest.mark.attack("hang")
@pytest.mark.parametrize("case", list(HOSTILE_CSV))
def test_a_hostile_csv_is_refused_quickly(cli, vault: Path, tmp_path: Path, case: str) -> None:
    source = tmp_path / "dossiers.csv"
    source.write_text(HOSTILE_CSV[case](), encoding="utf-8")
    before = snapshot(vault)
    started = time.monotonic()
    result = _import(cli, vault, source)
    assert time.monotonic() - started < SECONDS
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "niets geïmporteerd" in result.err, result.err
    assert snapshot(vault) == before
