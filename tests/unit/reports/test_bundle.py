"""Bundles: three advisors merged equal one set with all their cases; tampering and misuse are refused."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from unit.reports.synthetic import TINY_UNIT, UNITS, make_cases
from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.reports.api import build_report, report_from_merged
from vertrouwenspersoon.reports.statistics import compute

YEAR = 2026
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def listed_units(isolated_dirs: dict[str, Path]) -> None:
    """The synthetic cases' units are the institution's list: a bundle carries listed units only."""
    policy = {"units": [*UNITS, TINY_UNIT]}
    (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps(policy), encoding="utf-8")


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return bundle.keygen(tmp_path_factory.mktemp("keys"), PASS)


def export(tmp: Path, public: Path, seed: int, advisor: str, year: int = YEAR) -> Path:
    out = tmp / f"{advisor}-{year}.bundle"
    bundle.export_bundle(compute(make_cases(seed, year, 40), year), advisor, year, public, out)
    return out


def test_three_advisors_merged_equal_one_set_with_all_cases(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    files = [export(tmp_path, public, seed, f"advisor-{seed:04d}") for seed in (1, 2, 3)]
    merged = bundle.merge(files, bundle.load_private_key(private, PASS))
    everything = make_cases(1, YEAR, 40) + make_cases(2, YEAR, 40) + make_cases(3, YEAR, 40)
    assert merged.per_year[YEAR].to_dict() == compute(everything, YEAR).to_dict()
    # without what the advisors published, the sum is protected exactly as one vault with all cases
    assert report_from_merged(merged.per_year).to_json() == build_report(everything, YEAR).to_json()


def test_bundle_holds_no_readable_text_and_private_key_is_0600(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    public, private = keys
    path = export(tmp_path, public, 1, "advisor-0001")
    assert b"bullying" not in path.read_bytes() and b"Faculteit" not in path.read_bytes()
    assert private.stat().st_mode & 0o777 == 0o600 and path.stat().st_mode & 0o777 == 0o600


def test_one_flipped_byte_is_rejected(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    path = export(tmp_path, public, 1, "advisor-0001")
    doc = json.loads(path.read_text())
    sealed = bytearray(base64.b64decode(doc["sealed"]))
    sealed[len(sealed) // 2] ^= 0x01
    doc["sealed"] = base64.b64encode(bytes(sealed)).decode()
    path.write_text(json.dumps(doc))
    with pytest.raises(BadInputError) as caught:
        bundle.merge([path], bundle.load_private_key(private, PASS))
    assert caught.value.key == "bundle.tampered" and path.name in caught.value.message("en")


def test_flipped_byte_anywhere_in_the_file_is_rejected(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    key = bundle.load_private_key(private, PASS)
    original = export(tmp_path, public, 1, "advisor-0001").read_bytes()
    for position in range(0, len(original), max(1, len(original) // 40)):
        damaged = bytearray(original)
        damaged[position] ^= 0x04
        path = tmp_path / "damaged.bundle"
        path.write_bytes(bytes(damaged))
        with pytest.raises(BadInputError):
            bundle.merge([path], key)


def test_duplicate_advisor_and_year_is_rejected(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    first = export(tmp_path, public, 1, "advisor-0001")
    second = tmp_path / "copy.bundle"
    second.write_bytes(first.read_bytes())
    with pytest.raises(BadInputError) as caught:
        bundle.merge([first, second], bundle.load_private_key(private, PASS))
    message = caught.value.message("en")
    assert caught.value.key == "bundle.duplicate" and "copy.bundle" in message and first.name in message


def test_same_advisor_other_year_is_fine(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    files = [
        export(tmp_path, public, 1, "advisor-0001"),
        export(tmp_path, public, 2, "advisor-0001", YEAR - 1),
    ]
    assert sorted(bundle.merge(files, bundle.load_private_key(private, PASS)).per_year) == [YEAR - 1, YEAR]


def test_newer_version_is_refused_with_the_version_named(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    public, private = keys
    path = export(tmp_path, public, 1, "advisor-0001")
    doc = json.loads(path.read_text())
    doc["version"] = 7
    path.write_text(json.dumps(doc))
    with pytest.raises(BadInputError) as caught:
        bundle.merge([path], bundle.load_private_key(private, PASS))
    assert caught.value.key == "bundle.newer" and "7" in caught.value.message("nl")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"format": "something-else", "version": 1}',
        b'{"format": "vertrouwenspersoon-stats-bundle", "version": 1, "sealed": "@@"}',
    ],
)
def test_malformed_bundle_is_rejected(tmp_path: Path, keys: tuple[Path, Path], content: bytes) -> None:
    path = tmp_path / "odd.bundle"
    path.write_bytes(content)
    with pytest.raises(BadInputError) as caught:
        bundle.merge([path], bundle.load_private_key(keys[1], PASS))
    assert "odd.bundle" in caught.value.message("en")


def test_wrong_passphrase_is_a_wrong_key(keys: tuple[Path, Path]) -> None:
    with pytest.raises(WrongKeyError):
        bundle.load_private_key(keys[1], "not the passphrase")


def test_bundle_for_another_key_is_rejected(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    other_public, _ = bundle.keygen(tmp_path / "other", "another passphrase here")
    path = export(tmp_path, other_public, 1, "advisor-0001")
    with pytest.raises(BadInputError):
        bundle.merge([path], bundle.load_private_key(keys[1], PASS))
