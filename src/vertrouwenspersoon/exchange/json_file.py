"""The exchange format v1 (CONTRACT.md) as bytes and files: read sealed or plain, write either.

Reading decodes the bytes (UTF-8, a byte-order mark tolerated), parses the JSON and hands the
result to :func:`vertrouwenspersoon.domain.exchange.parse_document`, whose ValidationError (case
and field, never content) passes through unchanged. Problems below the exchange format — not
UTF-8, not JSON, a duplicated key — are BadInputError with a position, never the text around it.

Writing is stable (same cases, same bytes, apart from the sealed file's random salt and nonce):
UTF-8, two-space indentation, non-ASCII kept as is, keys in the contract's order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from vertrouwenspersoon import bounded_input, messages
from vertrouwenspersoon.domain.exchange import FIELD_NAMES, parse_document, to_document
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.exchange.progress import Progress, no_progress
from vertrouwenspersoon.exchange.sealed_file import is_sealed, seal, unseal
from vertrouwenspersoon.security.kdf import KdfParams
from vertrouwenspersoon.store import atomic

BOM = b"\xef\xbb\xbf"

PassphraseSource = str | Callable[[], str] | None

messages.register(
    {
        "exchange.json.not-utf8": (
            "Het bestand is geen UTF-8-tekst (fout bij byte {offset}). Sla het op als UTF-8.",
            "The file is not UTF-8 text (error at byte {offset}). Save it as UTF-8.",
        ),
        "exchange.json.duplicate-key": (
            "Het bestand bevat een veld twee keer in hetzelfde object ({field}).",
            "The file holds a field twice in the same object ({field}).",
        ),
        "exchange.json.passphrase-needed": (
            "Dit bestand is versleuteld; geef de wachtwoordzin van het bestand.",
            "This file is sealed; give the file's passphrase.",
        ),
    }
)


# reading ----------------------------------------------------------------------------------------
def read_cases(
    data: bytes,
    taxonomy: Taxonomy,
    *,
    passphrase: PassphraseSource = None,
    progress: Progress = no_progress,
    name: str = "JSON",
) -> list[Case]:
    """Every case of an exchange document given as bytes, sealed or plain.

    ``passphrase`` is only consulted for a sealed file: a string, or a function that asks for it
    (so the CLI reads the file's passphrase from the terminal only when the file is sealed).
    Raises BadInputError, WrongKeyError (sealed file, wrong passphrase) or ValidationError.
    """
    document = read_document(data, passphrase=passphrase, name=name)
    total = (
        len(document["cases"])
        if isinstance(document, dict) and isinstance(document.get("cases"), list)
        else 0
    )
    progress(0, total)
    cases = parse_document(document, taxonomy)
    progress(total, total)
    return cases


def read_document(data: bytes, *, passphrase: PassphraseSource = None, name: str = "JSON") -> Any:
    """The JSON value in ``data`` (unsealed first when needed), not yet validated."""
    data = bytes(data)
    if is_sealed(data):
        secret = passphrase() if callable(passphrase) else passphrase
        if secret is None:
            raise BadInputError("exchange.json.passphrase-needed")
        data = unseal(data, secret)
    return parse_json_bytes(data, name)


def parse_json_bytes(data: bytes, name: str = "JSON") -> Any:
    """Decode UTF-8 (with or without BOM) and parse JSON; errors give a position, never text.

    Parsing is bounded_input's (depth, number length, no NaN or Infinity): a 5,000-digit number or a
    document nested a million deep is refused with a sentence instead of a traceback.
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInputError("exchange.json.not-utf8", offset=error.start) from None
    return bounded_input.parse_json(text, name, object_pairs_hook=_no_duplicate_keys)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # Only the format's own field names are repeated; any other key may be a pasted note or a name.
            shown = key if key in FIELD_NAMES else "…"
            raise BadInputError("exchange.json.duplicate-key", field=shown)
        result[key] = value
    return result


# writing ----------------------------------------------------------------------------------------
def to_json_bytes(cases: Iterable[Case]) -> bytes:
    """The plain exchange document for ``cases``: UTF-8, indent 2, non-ASCII as is, newline at end."""
    text = json.dumps(to_document(cases), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write_export(
    path: str | Path,
    cases: Iterable[Case],
    *,
    passphrase: str | None,
    kdf_params: KdfParams | None = None,
) -> None:
    """Write ``cases`` to ``path`` atomically (0600 temp file beside it, fsync, rename).

    Sealed with ``passphrase``; ``passphrase=None`` writes plain JSON and is meant only for an
    explicit ``--plain`` (the caller warns first). No temporary file ever holds plain text that
    is meant to end up sealed: the document is sealed in memory before the first byte is written.
    """
    document = to_json_bytes(cases)
    data = document if passphrase is None else seal(document, passphrase, kdf_params=kdf_params)
    atomic.write_bytes(Path(path), data)
