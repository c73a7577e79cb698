"""The PDF: same figures as the JSON, the narrative, no merged unit names, metadata only title and year."""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from unit.reports.synthetic import TINY_UNIT, make_cases
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.taxonomy_codes import label

YEAR = 2026
NARRATIVE = "Signaal: werkdruk bij promovendi neemt toe. Aanbeveling: investeer in begeleiding."


def texts(path: Path) -> list[str]:
    out = [" ".join(page.extract_text() for page in PdfReader(path).pages)]
    if shutil.which("pdftotext"):
        out.append(
            subprocess.run(
                ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
        )
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    earlier = build_report(make_cases(7, YEAR - 1, 70), YEAR - 1, k=5).to_json()
    report = build_report(
        make_cases(8, YEAR, 120),
        YEAR,
        k=5,
        narrative=NARRATIVE,
        previous=[earlier],
        institution="Universiteit Voorbeeld",
        lang="nl",
    )
    path = tmp_path_factory.mktemp("pdf") / "jaarverslag.pdf"
    report.write_pdf(path)
    return report.to_json(), path


def test_narrative_and_cover_appear(made: tuple[dict, Path]) -> None:
    for text in texts(made[1]):
        flat = " ".join(text.split())
        assert NARRATIVE in flat
        assert "Vertrouwelijk — geanonimiseerd" in flat and "Universiteit Voorbeeld" in flat
        assert "Tabellen met minder dan 5 dossiers" in flat


def test_every_published_figure_appears_next_to_its_label(made: tuple[dict, Path]) -> None:
    doc, path = made
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is needed for a layout-preserving text")
    text = texts(path)[1]
    for table in ("behaviour", "role", "relation", "setting", "channel", "quarter", "unit", "outcome"):
        for row in doc["tables"][table]:
            shown = "×" if row["count"] is None else re.escape(str(row["count"]))
            if row["count"] == 0 and table in ("unit", "outcome"):
                continue
            pattern = re.escape(label(table, row["code"], "nl")) + r"\s+" + shown + r"(?!\d)"
            assert re.search(pattern, text), (table, row)
    for name, entry in doc["totals"].items():
        assert entry["count"] is None or re.search(rf"\b{entry['count']}\b", text), name


def test_merged_unit_is_not_named(made: tuple[dict, Path]) -> None:
    for text in texts(made[1]):
        assert TINY_UNIT not in text and "Overige eenheden" in text


def test_metadata_holds_only_title_and_year(made: tuple[dict, Path]) -> None:
    _, path = made
    meta = PdfReader(path).metadata
    assert dict(meta) == {"/Title": f"Jaarverslag vertrouwenspersoon {YEAR}", "/Subject": str(YEAR)}
    raw = path.read_bytes()
    assert getpass.getuser().encode() not in raw or len(getpass.getuser()) < 3
    assert str(Path.home()).encode() not in raw and str(path.parent).encode() not in raw
    assert (
        b"/Author" not in raw
        and b"/Producer" not in raw
        and b"/Creator" not in raw
        and b"/CreationDate" not in raw
    )


def test_fonts_are_embedded(made: tuple[dict, Path]) -> None:
    reader = PdfReader(made[1])
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font[
                "/BaseFont"
            ]


def test_same_report_gives_the_same_bytes(tmp_path: Path) -> None:
    report = build_report(make_cases(9, YEAR, 50), YEAR, k=5, narrative="x", lang="en")
    report.write_pdf(tmp_path / "a.pdf")
    report.write_pdf(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert "Annual report of the confidential advisor" in " ".join(texts(tmp_path / "a.pdf")[0].split())


@pytest.mark.parametrize(
    ("cases", "expected"),
    [
        (0, "In 2026 zijn er geen dossiers geweest."),
        (3, "In 2026 waren er minder dan 5 dossiers."),
    ],
)
def test_empty_and_tiny_years_say_so_and_keep_the_narrative(
    tmp_path: Path, cases: int, expected: str
) -> None:
    report = build_report(make_cases(1, YEAR, 40)[:cases] if cases else [], YEAR, k=5, narrative=NARRATIVE)
    report.write_pdf(tmp_path / "r.pdf")
    flat = " ".join(texts(tmp_path / "r.pdf")[0].split())
    assert expected in flat and NARRATIVE in flat


def _units_cases(units: int, per_unit: int) -> list:
    from dataclasses import replace

    cases = make_cases(91, YEAR, units * per_unit, tiny_unit=False)
    return [
        replace(c, unit=f"Studievereniging of studentenvereniging nummer {i // per_unit + 1}")
        for i, c in enumerate(cases)
    ]


def test_a_merged_report_with_50_units_prints_every_unit_uncut(tmp_path: Path) -> None:
    from vertrouwenspersoon.reports.api import report_from_merged
    from vertrouwenspersoon.reports.statistics import compute

    report = report_from_merged({YEAR: compute(_units_cases(50, 6), YEAR)}, k=5)
    path = tmp_path / "samengevoegd.pdf"
    report.write_pdf(path)  # was reportlab's LayoutError (a traceback) for any table over 44 rows
    text = re.sub(r"\s+", " ", texts(path)[-1])
    rows = report.to_json()["tables"]["unit"]
    assert len(rows) >= 45  # units below k are merged into "other units"
    for row in rows:
        if row["code"] != "other-units":
            assert f"{row['code']} {row['count'] if row['count'] is not None else '×'}" in text, row
    assert "…" not in text  # no label cut short


def test_headers_wrap_between_words_and_an_empty_narrative_takes_no_page(tmp_path: Path) -> None:
    cases = make_cases(8, YEAR, 120)
    with_text = build_report(cases, YEAR, k=5, narrative=NARRATIVE)
    without = build_report(cases, YEAR, k=5, narrative="")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    with_text.write_pdf(a)
    without.write_pdf(b)
    assert len(PdfReader(b).pages) == len(PdfReader(a).pages) - 1
    words = set(re.findall(r"\w+", texts(a)[0]))
    assert "Promovendus" in words or "Promovendi" in words or "PhD" in words
    assert not {"Promoven", "dus"} <= words  # "Promovendus" never split in the role header


def test_titles_come_from_the_registry_and_no_mark_states_a_number(made: tuple[dict, Path]) -> None:
    from vertrouwenspersoon.reports.table_registry import REPORT_TABLES

    doc, path = made
    text = re.sub(r"\s+", " ", texts(path)[-1])
    for table in REPORT_TABLES:
        if doc["tables"][table.code]:
            assert table.title("nl") in text, table.code
    assert not re.search(r"<\s?\d", text)  # withheld cells read "×", never "< 5" (false over a count of 17)
    assert "×" in text
