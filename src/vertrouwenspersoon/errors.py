"""Errors a user can cause or meet, each with the CLI exit code of DESIGN.md.

An error carries a message key and harmless parameters (file names, counts, versions), never
case content; the sentence itself comes from `messages` in the user's language.
"""

from __future__ import annotations

from vertrouwenspersoon import messages


class VpError(Exception):
    """Base class: a clear sentence for the user and an exit code for scripts."""

    exit_code = 2

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return messages.text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class UsageError(VpError):
    exit_code = 1


class BadInputError(VpError):
    exit_code = 2


class WrongKeyError(VpError):
    exit_code = 3


class DamagedVaultError(VpError):
    """The vault cannot be read or written: damaged, unreadable, from a newer version, or disk full."""

    exit_code = 4


class VaultWriteError(VpError):
    """The disk is full or not writable: the change was rolled back and the vault is intact.

    Not a damaged vault (exit 4): that advice ("restore a backup") would lose everything since the backup.
    Exit 2, like other trouble the user fixes on their side (here: free space).
    """

    exit_code = 2


class VaultInUseError(VpError):
    exit_code = 5
