"""One entry point for ``vertrouwenspersoon import FILE``: pick the reader by name and content.

``.csv`` -> CSV template; ``.xlsx``/``.xlsm`` (or any file that is a zip archive) -> XLSX
template; anything else -> exchange format, sealed or plain JSON.
"""

from __future__ import annotations

from pathlib import Path

from vertrouwenspersoon import bounded_input, messages
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.exchange.json_file import PassphraseSource, read_cases
from vertrouwenspersoon.exchange.progress import Progress, no_progress
from vertrouwenspersoon.exchange.spreadsheet import read_csv_cases, read_xlsx_cases

ZIP_MAGIC = b"PK\x03\x04"
# Far above any real export (notes are at most a million characters a case), far below what parsing
# could hold in memory several times over.
MAX_FILE_BYTES = 512 * 1024 * 1024

messages.register(
    {
        "exchange.unreadable": ("{file} kan niet worden gelezen.", "{file} cannot be read."),
    }
)


def file_kind(path: str | Path, data: bytes) -> str:
    """ "csv", "xlsx" or "json" (the last includes sealed files)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".xlsx", ".xlsm") or data.startswith(ZIP_MAGIC):
        return "xlsx"
    return "json"


def load_cases(
    path: str | Path,
    taxonomy: Taxonomy,
    *,
    passphrase: PassphraseSource = None,
    progress: Progress = no_progress,
) -> list[Case]:
    """Every case in the file at ``path``, validated, or an error (nothing partial).

    Errors: BadInputError (incl. SpreadsheetError), WrongKeyError, domain ValidationError.
    ``passphrase`` (a string or a function that asks) is used only when the file is sealed.
    """
    path = Path(path)
    try:
        # bounded_input: a FIFO, a device or /dev/zero is refused instead of read for ever.
        data = bounded_input.read_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise BadInputError("exchange.unreadable", file=path.name) from None
    kind = file_kind(path, data)
    if kind == "csv":
        return read_csv_cases(data, taxonomy, progress=progress)
    if kind == "xlsx":
        return read_xlsx_cases(data, taxonomy, progress=progress)
    return read_cases(data, taxonomy, passphrase=passphrase, progress=progress, name=path.name)
