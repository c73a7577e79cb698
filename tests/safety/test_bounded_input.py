"""Hangs and tracebacks (issue 17) start where a file is read: `bounded_input` is the one reader for files
the app did not just write. A FIFO, a device, a folder, an endless or oversized file, deep nesting, huge or
non-finite numbers: each a clear BadInputError, quickly, naming the file and never its content."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from vertrouwenspersoon.bounded_input import load_json_file, parse_json, read_file
from vertrouwenspersoon.errors import BadInputError

pytestmark = pytest.mark.attack("hang")

SECRET = "Jansen-canary"


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "slots.json")  # no writer: a plain open() would block for ever
    return tmp / "slots.json"


def _zero_link(tmp: Path) -> Path:
    (tmp / "slots.json").symlink_to("/dev/zero")
    return tmp / "slots.json"


def _big(tmp: Path) -> Path:
    (tmp / "slots.json").write_bytes(b" " * 70_000)
    return tmp / "slots.json"


@pytest.mark.parametrize(
    "make", [_fifo, _zero_link, _big, lambda tmp: tmp], ids=["fifo", "dev-zero", "big", "dir"]
)
def test_only_a_small_regular_file_is_read(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)

    def hung(*_: object) -> None:
        raise TimeoutError("read_file blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        with pytest.raises(BadInputError) as caught:
            read_file(path, 65_536)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert caught.value.key in ("input.not-a-file", "input.too-large")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 40 + "1" + "}" * 40,
        "9" * 5000,
        "[" + "1" * 31 + "]",
        "[1e999]",
        "[NaN]",
        "[-Infinity]",
    ],
    ids=["deep-100k", "deep-40", "5000-digits", "31-digits", "overflow-float", "nan", "infinity"],
)
def test_json_no_file_of_ours_contains_is_refused(text: str) -> None:
    with pytest.raises(BadInputError) as caught:
        parse_json(text, "bundel.json")
    assert "bundel.json" in caught.value.message("en")


def test_the_message_never_holds_content(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"' + SECRET + '": [' + "1" * 40 + "]}", encoding="utf-8")
    with pytest.raises(BadInputError) as caught:
        load_json_file(path, 65_536)
    assert SECRET not in caught.value.message("nl") + caught.value.message("en")


def test_a_good_file_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"slots": [{"n": 3, "x": 1.5}]}', encoding="utf-8")
    assert load_json_file(path, 65_536) == {"slots": [{"n": 3, "x": 1.5}]}
