"""Helpers shared by the GUI tests (import as `gui.helpers`; tests/ is on the path)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent

from support.vaults import PASSPHRASE
from vertrouwenspersoon.domain.model import AGREEMENT, FollowUp
from vertrouwenspersoon.domain.synthetic import generate_cases

TODAY = date(2026, 3, 3)
CANARY_ALIAS = "Kanarie-Qx7"
CANARY_TEXT = "kanarietekst-93817 bespreken"


def canary_cases() -> list:
    """Synthetic cases plus one whose alias and follow-up text are canaries, due today."""
    cases = generate_cases(7, 12, 2025, 2026, TODAY)
    marked = dataclasses.replace(
        cases[-1],
        alias=CANARY_ALIAS,
        anonymous=False,
        closed_on=None,
        followups=(
            FollowUp(
                kind=AGREEMENT, description=CANARY_TEXT, actor="advisor", due_on=TODAY - timedelta(days=2)
            ),
        ),
    )
    return [*cases[:-1], marked]


class NoKeychain:
    """Stands in for a machine without an OS keychain (the real Keychain() would probe D-Bus)."""

    available = False


def unlock(qtbot, shell, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    screen = shell.unlock_screen
    screen.ui.passphraseEdit.setText(passphrase)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        screen.ui.unlockButton.click()
    qtbot.waitUntil(lambda: shell.main is not None)


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
