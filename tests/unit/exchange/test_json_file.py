"""Reading and writing exchange documents: plain, BOM, sealed, broken JSON; stable output; atomic files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from vertrouwenspersoon.domain.errors import ValidationError
from vertrouwenspersoon.domain.exchange import parse_document
from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.exchange.json_file import read_cases, to_json_bytes, write_export
from vertrouwenspersoon.exchange.loader import load_cases
from vertrouwenspersoon.exchange.sealed_file import seal
from vertrouwenspersoon.security.kdf import weak_params_for_tests

MARKER = "CANARY-json-51c2"


def test_plain_document(taxonomy, contract_example: str) -> None:
    cases = read_cases(contract_example.encode("utf-8"), taxonomy)
    assert cases == parse_document(json.loads(contract_example), taxonomy)
    assert [c.reference for c in cases] == ["2026-014"]
    assert cases[0].unit == "Faculteit Bètawetenschappen"


def test_byte_order_mark_is_tolerated(taxonomy, contract_example: str) -> None:
    plain = read_cases(contract_example.encode("utf-8"), taxonomy)
    assert read_cases(b"\xef\xbb\xbf" + contract_example.encode("utf-8"), taxonomy) == plain


def test_invalid_json_names_line_and_column_but_no_content(taxonomy) -> None:
    text = '{\n  "format": "vertrouwenspersoon-cases",\n  "notes": "' + MARKER + '" oops\n}'
    with pytest.raises(BadInputError) as caught:
        read_cases(text.encode(), taxonomy)
    for lang in ("nl", "en"):
        message = caught.value.message(lang)
        assert MARKER not in message and "oops" not in message
    assert caught.value.params["line"] == 3
    assert caught.value.params["column"] == len('  "notes": "' + MARKER + '" ') + 1
    assert "regel 3" in caught.value.message("nl")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe{}",
        ("[" * 100_000).encode(),
        b'{"format": NaN}',
        b'{"format": "a", "format": "b"}',
        '{"notes": "café"}'.encode("cp1252"),
    ],
    ids=["empty", "not-utf8", "too-deep", "nan", "duplicate-key", "cp1252"],
)
def test_unreadable_documents_are_bad_input(taxonomy, data: bytes) -> None:
    with pytest.raises(BadInputError) as caught:
        read_cases(data, taxonomy)
    assert caught.value.exit_code == 2
    assert "café" not in caught.value.message("nl")


def test_validation_error_passes_through(taxonomy, contract_example: str) -> None:
    document = json.loads(contract_example)
    document["cases"][0]["behaviour"] = ["pestn"]
    document["cases"][0]["notes"] = MARKER
    with pytest.raises(ValidationError) as caught:
        read_cases(json.dumps(document).encode(), taxonomy)
    assert (caught.value.reference, caught.value.field, caught.value.problem) == (
        "2026-014",
        "behaviour[0]",
        "unknown-code",
    )
    assert MARKER not in caught.value.describe("nl")


def test_json_output_is_stable_and_round_trips(taxonomy, contract_example: str) -> None:
    cases = read_cases(contract_example.encode(), taxonomy)
    data = to_json_bytes(cases)
    assert data == to_json_bytes(cases)
    assert json.loads(data) == json.loads(contract_example)
    assert "Bètawetenschappen".encode() in data  # ensure_ascii=False
    assert data.startswith(b'{\n  "format": "vertrouwenspersoon-cases",\n  "version": 1,\n')
    assert data.endswith(b"}\n")
    assert read_cases(data, taxonomy) == cases


def test_sealed_document(taxonomy, contract_example: str) -> None:
    data = seal(contract_example.encode(), "pw of the file", kdf_params=weak_params_for_tests())
    expected = read_cases(contract_example.encode(), taxonomy)
    assert read_cases(data, taxonomy, passphrase="pw of the file") == expected
    assert read_cases(data, taxonomy, passphrase=lambda: "pw of the file") == expected
    with pytest.raises(WrongKeyError):
        read_cases(data, taxonomy, passphrase="other")
    with pytest.raises(BadInputError):
        read_cases(data, taxonomy)


def test_plain_file_never_asks_for_a_passphrase(taxonomy, contract_example: str) -> None:
    def ask() -> str:
        raise AssertionError("asked for a passphrase")

    assert read_cases(contract_example.encode(), taxonomy, passphrase=ask)


def test_progress_is_reported(taxonomy, contract_example: str) -> None:
    calls: list[tuple[int, int]] = []
    read_cases(contract_example.encode(), taxonomy, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 1) and calls[-1] == (1, 1)


@pytest.mark.parametrize("sealed", [True, False])
def test_write_export(tmp_path: Path, taxonomy, contract_example: str, sealed: bool) -> None:
    document = json.loads(contract_example)
    document["cases"][0]["notes"] = MARKER
    cases = parse_document(document, taxonomy)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.vpcases"
    passphrase = "export passphrase" if sealed else None
    write_export(target, cases, passphrase=passphrase, kdf_params=weak_params_for_tests())
    assert os.listdir(out) == ["export.vpcases"]  # no temporary file left behind
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert (MARKER.encode() in raw) is not sealed
    assert load_cases(target, taxonomy, passphrase=passphrase) == cases


def test_load_cases_of_a_missing_file(tmp_path: Path, taxonomy) -> None:
    with pytest.raises(BadInputError) as caught:
        load_cases(tmp_path / "nope.json", taxonomy)
    assert "nope.json" in caught.value.message("nl")
