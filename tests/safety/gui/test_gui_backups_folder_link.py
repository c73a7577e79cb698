"""Data lost (issue 17), in the app: with `backups/` a symbolic link to another folder, the daily backup wrote
into that folder, changed its mode and deleted its older auto-* files. The store now refuses such a folder;
the app must then say that today's backup was not made (an advisor who believes there is a backup and has
none loses work) and leave the other folder exactly as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.helpers import unlock
from support.snapshots import snapshot

pytestmark = pytest.mark.attack("data-loss")


def _note():  # type: ignore[no-untyped-def]
    notes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "dailyBackupFailedNote" and w.isVisible()
    ]
    return notes[-1] if notes else None


def test_a_linked_backups_folder_is_left_alone_and_the_advisor_is_told(  # type: ignore[no-untyped-def]
    qtbot, shell_for, filled_vault_dir, tmp_path: Path
):
    elsewhere = tmp_path / "iemand-anders"
    elsewhere.mkdir(mode=0o755)
    (elsewhere / "auto-2020-01-01.vpbackup").write_bytes(b"not ours")
    (elsewhere / "foto.jpg").write_bytes(b"\xff\xd8 a photo")
    shutil.rmtree(filled_vault_dir / "backups", ignore_errors=True)
    (filled_vault_dir / "backups").symlink_to(elsewhere, target_is_directory=True)
    before, mode = snapshot(elsewhere), os.stat(elsewhere).st_mode

    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    qtbot.waitUntil(lambda: _note() is not None, timeout=20_000)
    assert "back-up van vandaag is niet gemaakt" in _note().text()
    assert _note().informativeText()  # the store's own sentence: what is wrong and what to do
    assert snapshot(elsewhere) == before and os.stat(elsewhere).st_mode == mode
    _note().close()
