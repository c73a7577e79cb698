"""Reading a file the app did not write itself: bounded in kind, size, depth and number length.

Every file the app reads may have been replaced by an attacker or damaged by a disk: a FIFO that
blocks `read()` for ever, /dev/zero that never ends, a symbolic link to either, a JSON document nested
a million deep or holding a 5,000-digit number. `read_file` opens without blocking and refuses anything
but a regular file of at most `limit` bytes; `parse_json` refuses what no file of ours contains. Both
raise `BadInputError` with the file's name only, never a byte of its content.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError

MAX_DEPTH = 32  # no document of ours nests deeper than 6
MAX_NUMBER_CHARS = 24  # an int64 is 19 digits; counts and parameters are far smaller

messages.register(
    {
        "input.not-a-file": (
            "{name} is geen gewoon bestand (maar bijvoorbeeld een map, apparaat of named pipe). "
            "Kies het bestand zelf.",
            "{name} is not a regular file (but, for example, a folder, a device or a named pipe). "
            "Choose the file itself.",
        ),
        "input.too-large": (
            "{name} is groter dan {limit_mb} MB; zo'n bestand maakt dit programma niet. Kies het juiste bestand.",
            "{name} is larger than {limit_mb} MB; this program makes no such file. Choose the right file.",
        ),
        "input.unreadable": (
            "{name} kan niet worden gelezen ({reason}). Controleer of het bestand bestaat en leesbaar is.",
            "{name} cannot be read ({reason}). Check that the file exists and can be read.",
        ),
        "input.json-invalid": (
            "{name} is geen geldig JSON-bestand (regel {line}, kolom {column}).",
            "{name} is not valid JSON (line {line}, column {column}).",
        ),
        "input.json-too-deep": (
            "{name} is dieper genest dan {depth} niveaus; zo'n bestand maakt dit programma niet.",
            "{name} is nested deeper than {depth} levels; this program makes no such file.",
        ),
        "input.json-number": (
            "{name} bevat een getal dat te lang of geen eindig getal is.",
            "{name} holds a number that is too long or not finite.",
        ),
        "input.not-utf8": (
            "{name} is geen UTF-8-tekst (byte {offset}).",
            "{name} is not UTF-8 text (byte {offset}).",
        ),
    }
)


def read_file(path: Path | str, limit: int, *, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; FileNotFoundError passes through.

    Opened with O_NONBLOCK so a FIFO cannot hold the open, then checked with fstat before one byte is
    read, so a device or pipe is refused instead of read for ever.
    """
    path = Path(path)
    shown = name or path.name
    fd = open_regular(path, name=shown)
    try:
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise BadInputError("input.too-large", name=shown, limit_mb=max(1, limit >> 20))
        return b"".join(chunks)
    except OSError as error:
        raise BadInputError(
            "input.unreadable", name=shown, reason=error.strerror or type(error).__name__
        ) from None
    finally:
        os.close(fd)


def open_regular(path: Path | str, *, name: str | None = None) -> int:
    """A read-only descriptor of a regular file, for files too large to read whole (a backup's tail).

    The caller closes it. Same rules as `read_file`: opened non-blocking, then refused unless fstat says
    regular file; FileNotFoundError passes through.
    """
    path = Path(path)
    shown = name or path.name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise BadInputError(
            "input.unreadable", name=shown, reason=error.strerror or type(error).__name__
        ) from None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError as error:
        os.close(fd)
        raise BadInputError(
            "input.unreadable", name=shown, reason=error.strerror or type(error).__name__
        ) from None
    if not regular:
        os.close(fd)
        raise BadInputError("input.not-a-file", name=shown)
    return fd


def decode_utf8(data: bytes, name: str) -> str:
    """UTF-8 text, a byte-order mark allowed."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInputError("input.not-utf8", name=name, offset=error.start) from None


def parse_json(text: str, name: str, *, max_depth: int = MAX_DEPTH, object_pairs_hook: Any = None) -> Any:
    """A JSON value no deeper than `max_depth`, with no number longer than MAX_NUMBER_CHARS and no NaN."""

    def number(kind: type) -> Any:
        def convert(token: str) -> Any:
            if len(token) > MAX_NUMBER_CHARS:
                raise _NumberError
            value = kind(token)
            if isinstance(value, float) and not math.isfinite(value):
                raise _NumberError
            return value

        return convert

    def constant(token: str) -> Any:
        raise _NumberError

    try:
        value = json.loads(
            text,
            parse_int=number(int),
            parse_float=number(float),
            parse_constant=constant,
            object_pairs_hook=object_pairs_hook,
        )
    except _NumberError:
        raise BadInputError("input.json-number", name=name) from None
    except json.JSONDecodeError as error:
        raise BadInputError("input.json-invalid", name=name, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise BadInputError("input.json-too-deep", name=name, depth=max_depth) from None
    if _depth(value, max_depth) > max_depth:
        raise BadInputError("input.json-too-deep", name=name, depth=max_depth)
    return value


def load_json_file(
    path: Path | str, limit: int, *, name: str | None = None, max_depth: int = MAX_DEPTH
) -> Any:
    """`read_file` + `parse_json`: the one way to read a JSON file the app did not just write."""
    shown = name or Path(path).name
    return parse_json(decode_utf8(read_file(path, limit, name=shown), shown), shown, max_depth=max_depth)


class _NumberError(Exception):
    pass


def _depth(value: Any, stop: int) -> int:
    """Nesting depth of `value`, iteratively; stops counting once past `stop`."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > stop:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest
