"""Vault commands: init, passwd, recover, rotate, backup, restore, self-test."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.commands import self_test
from vertrouwenspersoon.commands.common import add_stdin_option, add_vault_option, open_vault, reader
from vertrouwenspersoon.errors import DamagedVaultError
from vertrouwenspersoon.security import recovery_key
from vertrouwenspersoon.store.vault import Vault, restore

messages.register(
    {
        "init.done": ("Kluis gemaakt in {path}.", "Vault created in {path}."),
        "init.recovery-intro": (
            "Je herstelsleutel (wordt maar één keer getoond; bewaar hem op een veilige plek, niet bij je laptop):",
            "Your recovery key (shown only once; keep it somewhere safe, not with your laptop):",
        ),
        "passwd.done": (
            "De wachtwoordzin is gewijzigd. De oude opent de kluis niet meer.",
            "The passphrase was changed. The old one no longer opens the vault.",
        ),
        "recover.done": (
            "Hersteld: de kluis opent nu met je nieuwe wachtwoordzin. Je herstelsleutel blijft geldig.",
            "Recovered: the vault now opens with your new passphrase. Your recovery key stays valid.",
        ),
        "rotate.done": (
            "De kluis is opnieuw versleuteld met een nieuwe sleutel. De oude herstelsleutel is vervallen.",
            "The vault was re-encrypted with a new key. The old recovery key is no longer valid.",
        ),
        "backup.done": (
            "Versleutelde back-up geschreven naar {path}.",
            "Encrypted backup written to {path}.",
        ),
        "restore.done": (
            "Back-up teruggezet in {path}; beide integriteitscontroles waren in orde.",
            "Backup restored into {path}; both integrity checks passed.",
        ),
    }
)


def _print_recovery_key(key_text: str, quiet: bool) -> None:
    if not quiet:
        print(messages.text("init.recovery-intro"))
        print()
        print("  " + "  ".join(recovery_key.groups(key_text)))
        print()
    print(key_text)


def recovery_key_printer(quiet: bool) -> Callable[[str], None]:
    """What `Vault.create` and `rotate_data_key` call just before the new key becomes the vault's.

    Flushed there and then: a key still in a buffer when the process dies was never shown, and an
    output that cannot be written (closed pipe) stops the change before it happens.
    """

    def show(key_text: str) -> None:
        _print_recovery_key(key_text, quiet)
        sys.stdout.flush()

    return show


def _confirm(text: str, script: bool) -> None:
    """The sentence after a new recovery key, printed once the change is made (not before, so it is
    never untrue). For scripts (--passphrase-stdin) it goes to stderr: the last line on stdout stays
    the recovery key alone (DESIGN.md)."""
    print(text, file=sys.stderr if script else sys.stdout)


def run_init(args: argparse.Namespace) -> int:
    secrets = reader(args)
    new = secrets.new_passphrase()
    vault, _key_text = Vault.create(
        args.vault, new, show_recovery_key=recovery_key_printer(args.passphrase_stdin)
    )
    vault.close()
    _confirm(messages.text("init.done", path=args.vault), args.passphrase_stdin)
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    secrets = reader(args)
    with Vault.open(args.vault, passphrase=secrets.read("passphrase")) as vault:
        new = secrets.new_passphrase()
        vault.change_passphrase(new)  # not audited: that would write to vault.db, which must stay as it was
    print(messages.text("passwd.done"))
    return 0


def run_recover(args: argparse.Namespace) -> int:
    secrets = reader(args)
    with Vault.open(args.vault, recovery=secrets.read("recovery-key")) as vault:
        new = secrets.new_passphrase()
        vault.change_passphrase(new)
    print(messages.text("recover.done"))
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    secrets = reader(args)
    with Vault.open(args.vault, passphrase=secrets.read("passphrase")) as vault:
        new = secrets.new_passphrase()
        vault.rotate_data_key(new, show_recovery_key=recovery_key_printer(args.passphrase_stdin))
    _confirm(messages.text("rotate.done"), args.passphrase_stdin)  # only now is the old key void
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.backup_to(args.out)
        vault.record("vault.backup")
    print(messages.text("backup.done", path=args.out))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    restore(args.from_file, args.vault, reader(args).read("passphrase"))
    print(messages.text("restore.done", path=args.vault))
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    if args.vault is None:
        return self_test.runtime_report()
    with Vault.open(args.vault, passphrase=reader(args).read("passphrase")) as vault:
        problems = vault.verify()
        self_test.print_vault_report(vault, problems)
    if problems:
        raise DamagedVaultError("vault.damaged", detail="; ".join(problems))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    def command(name: str, run, help_text: str, *, vault_required: bool = True) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        parser = sub.add_parser(name, help=help_text, description=help_text)
        add_vault_option(parser, required=vault_required)
        add_stdin_option(parser)
        parser.set_defaults(run=run)
        return parser

    command("init", run_init, "create a vault; prints the recovery key once")
    command("passwd", run_passwd, "change the passphrase (rewrites one key slot)")
    command("recover", run_recover, "recovery key -> new passphrase")
    command("rotate", run_rotate, "re-encrypt the whole vault with a new data key (new recovery key)")
    command("backup", run_backup, "write an encrypted backup").add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the backup file to write"
    )
    command("restore", run_restore, "restore a backup after checking its integrity").add_argument(
        "--from",
        dest="from_file",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to restore",
    )
    parser = sub.add_parser(
        "self-test",
        help="check the runtime, or with --vault the vault's integrity and audit trail",
        description="check the runtime, or with --vault the vault's integrity and audit trail",
    )
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="DIR",
        help="also check this vault: every page and the audit chain",
    )
    add_stdin_option(parser)
    parser.set_defaults(run=run_self_test)
