"""Data lost (issue 17), in the desktop app: the CLI refused an `--out` inside a vault folder, but the save
dialogs of the app took any place, so a PDF or export chosen over keyslots.json or vault.db destroyed the
vault, and a recovery sheet saved in the vault folder sat beside the vault it opens. Every save chooser of
the app now refuses such a place, says why and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.helpers import unlock
from support.snapshots import snapshot

pytestmark = pytest.mark.attack("data-loss")

INSIDE = {
    "key slots": lambda vault: vault / "keyslots.json",
    "database": lambda vault: vault / "vault.db",
    "backups folder": lambda vault: vault / "backups" / "jaarverslag.pdf",
}


def _files(vault: Path) -> dict[str, str]:
    """The vault folder's files but the open database's own (the audit trail writes there) and the daily backup
    (made in a worker while the test runs)."""
    return {
        name: digest
        for name, digest in snapshot(vault).items()
        if not name.startswith(
            ("vault.db", "backups/auto-", "backups/.auto-")
        )  # the daily backup, in progress too
    }


def _note() -> QMessageBox | None:
    notes = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "outsideVaultNote" and w.isVisible()
    ]
    return notes[-1] if notes else None


@pytest.mark.parametrize("place", list(INSIDE))
def test_the_annual_report_pdf_is_never_saved_inside_the_vault(qtbot, shell_for, filled_vault_dir, place):  # type: ignore[no-untyped-def]
    (filled_vault_dir / "backups").mkdir(exist_ok=True)
    target = INSIDE[place](filled_vault_dir)
    shell = shell_for(filled_vault_dir, save_chooser=lambda *_a: target)
    unlock(qtbot, shell)
    before = _files(filled_vault_dir)
    slots = (filled_vault_dir / "keyslots.json").read_bytes()
    shell.main.show_page("annual_report")
    page = shell.main.pages["annual_report"]
    qtbot.waitUntil(lambda: not page.busy and page.report is not None, timeout=60_000)
    page.make_pdf()
    qtbot.waitUntil(lambda: _note() is not None, timeout=5_000)
    assert "buiten de kluismap" in _note().text()
    assert not page.busy and page.last_written is None
    assert (filled_vault_dir / "keyslots.json").read_bytes() == slots
    assert _files(filled_vault_dir) == before
    _note().close()


def test_a_chooser_set_later_is_guarded_too(qtbot, shell_for, filled_vault_dir, tmp_path: Path):  # type: ignore[no-untyped-def]
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.session.save_chooser = lambda *_a: filled_vault_dir / "export.vpsealed"
    assert shell.session.save_chooser(shell, "Exporteren", "export.vpsealed", "") is None
    qtbot.waitUntil(lambda: _note() is not None, timeout=5_000)
    _note().close()
    elsewhere = tmp_path / "uit.vpsealed"
    shell.session.save_chooser = lambda *_a: elsewhere
    assert shell.session.save_chooser(shell, "Exporteren", "export.vpsealed", "") == elsewhere
