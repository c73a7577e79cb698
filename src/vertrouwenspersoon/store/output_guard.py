"""No output may land inside a vault: a report, export, bundle or backup written over `keyslots.json` or
`vault.db` destroys the vault, and one written anywhere in its folder sits beside it unencrypted or
confuses the next open. Any folder holding a vault's database or key slots counts, the vault being
worked on or another one, also through symbolic links (the path is resolved first).
"""

from __future__ import annotations

from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.store.keyslots import FILENAME as SLOTS_NAME
from vertrouwenspersoon.store.swap import DB_NAME

messages.register(
    {
        "output.inside-vault": (
            "{path} ligt in de kluismap {vault}; daar schrijft Vertrouwenspersoon geen andere bestanden. "
            "Kies een plek buiten de kluismap.",
            "{path} is inside the vault folder {vault}; Vertrouwenspersoon writes no other files there. "
            "Choose a place outside the vault folder.",
        ),
    }
)


def _holds_vault(folder: Path) -> bool:
    return (folder / DB_NAME).exists() or (folder / SLOTS_NAME).exists() or (folder / DB_NAME).is_symlink()


def vault_around(path: Path) -> Path | None:
    """The vault folder that `path` (resolved) lies in, itself or in a subfolder such as backups/."""
    resolved = Path(path).expanduser().resolve()
    for folder in (resolved, *resolved.parents):
        if folder.is_dir() and _holds_vault(folder):
            return folder
    return None


def refuse_inside_vault(path: Path) -> None:
    """Raise bad input (exit 2) when an output path lies inside any vault folder."""
    vault = vault_around(path)
    if vault is not None:
        raise BadInputError("output.inside-vault", path=str(path), vault=str(vault))
