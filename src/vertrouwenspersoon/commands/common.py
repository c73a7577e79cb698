"""What several command groups share: the --vault option, secrets, opening a vault."""

from __future__ import annotations

import argparse
from pathlib import Path

from vertrouwenspersoon.commands.secrets_input import SecretReader
from vertrouwenspersoon.paths import default_vault_dir
from vertrouwenspersoon.store.vault import Vault


def add_vault_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        required=required,
        default=None if required else default_vault_dir(),
        metavar="DIR",
        help="the vault directory",
    )


def add_stdin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read secrets from standard input, one line each, instead of the terminal",
    )


def reader(args: argparse.Namespace) -> SecretReader:
    return SecretReader(bool(getattr(args, "passphrase_stdin", False)))


def open_vault(args: argparse.Namespace, secrets: SecretReader | None = None) -> Vault:
    """Unlock with the passphrase and make today's automatic backup if there is none yet."""
    secrets = secrets or reader(args)
    vault = Vault.open(args.vault, passphrase=secrets.read("passphrase"))
    try:
        vault.daily_backup()
    except BaseException:
        vault.close()
        raise
    return vault
