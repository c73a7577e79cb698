"""Reading secrets for the CLI: from the terminal (hidden), or one line each from stdin.

DESIGN.md fixes the order: vault passphrase (or recovery key), then a new passphrase, then
the passphrase of a sealed file or private key. Secrets are never echoed or logged.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.security import passphrase as passphrase_rules

messages.register(
    {
        "secrets.stdin-ended": (
            "Standaardinvoer eindigde voordat {what} was gegeven (één regel per geheim).",
            "Standard input ended before {what} was given (one line per secret).",
        ),
        "secrets.no-terminal": (
            "Er is geen terminal om {what} te vragen; gebruik --passphrase-stdin.",
            "There is no terminal to ask for {what}; use --passphrase-stdin.",
        ),
        "secrets.what.passphrase": ("de wachtwoordzin", "the passphrase"),
        "secrets.what.new-passphrase": ("de nieuwe wachtwoordzin", "the new passphrase"),
        "secrets.what.recovery-key": ("de herstelsleutel", "the recovery key"),
        "secrets.what.file-passphrase": ("de wachtwoordzin van het bestand", "the file's passphrase"),
        "secrets.prompt.passphrase": ("Wachtwoordzin: ", "Passphrase: "),
        "secrets.prompt.new-passphrase": ("Nieuwe wachtwoordzin: ", "New passphrase: "),
        "secrets.prompt.repeat": ("Herhaal de nieuwe wachtwoordzin: ", "Repeat the new passphrase: "),
        "secrets.prompt.recovery-key": ("Herstelsleutel: ", "Recovery key: "),
        "secrets.prompt.file-passphrase": ("Wachtwoordzin van het bestand: ", "Passphrase of the file: "),
    }
)


class SecretReader:
    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def _line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise BadInputError("secrets.stdin-ended", what=messages.text(f"secrets.what.{what}"))
        return line.rstrip("\r\n")

    def _ask(self, prompt: str, what: str) -> str:
        if not sys.stdin.isatty():
            raise BadInputError("secrets.no-terminal", what=messages.text(f"secrets.what.{what}"))
        return getpass.getpass(messages.text(prompt), stream=sys.stderr)

    def read(self, what: str) -> str:
        """what: passphrase | recovery-key | file-passphrase."""
        if self.from_stdin:
            return self._line(what)
        return self._ask(f"secrets.prompt.{what}", what)

    def new_passphrase(self) -> str:
        """A new passphrase that meets the minimum; asked twice on a terminal."""
        if self.from_stdin:
            value = self._line("new-passphrase")
        else:
            value = self._ask("secrets.prompt.new-passphrase", "new-passphrase")
            if value != self._ask("secrets.prompt.repeat", "new-passphrase"):
                raise BadInputError("passphrase.mismatch")
        problem = passphrase_rules.problem(value)
        if problem:
            raise BadInputError(problem)
        return value
