"""One window per vault: a second start is refused before any passphrase and raises the first window."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from vertrouwenspersoon.gui.single_instance import SingleInstance, instances_dir


def test_a_second_instance_of_the_same_vault_is_refused_and_knocks(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "kluis")
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert not SingleInstance(tmp_path / "kluis").acquire()
        assert SingleInstance(tmp_path / "andere-kluis").acquire()  # another vault is another window
    finally:
        first.release()
    again = SingleInstance(tmp_path / "kluis")
    assert again.acquire()  # the lock goes with its holder
    again.release()


def test_the_knock_raises_a_minimised_window(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    shell.showMinimized()
    shell.bring_to_front()
    assert not shell.isMinimized() and shell.isVisible()


def test_a_second_app_process_ends_before_asking_for_the_passphrase(filled_vault_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "vertrouwenspersoon", "--vault", str(filled_vault_dir)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60  # until the first window holds its lock
        while not list(instances_dir().glob("*.lock")) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)
        started = time.monotonic()
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "al geopend in een ander venster" in second.stderr
        assert time.monotonic() - started < 30 and first.poll() is None  # the first one is still running
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_minimising_locks_when_the_setting_is_on_and_only_then(qtbot, shell_for, filled_vault_dir):
    from gui.helpers import unlock

    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.showMinimized()
    qtbot.waitUntil(shell.isMinimized)
    assert shell.session is not None  # off by default: minimising is not locking
    shell.showNormal()
    shell.settings.set_user("lock_on_minimise", True)
    shell.showMinimized()
    qtbot.waitUntil(lambda: shell.session is None)
    assert shell.stack.currentWidget() is shell.unlock_screen


def test_the_tray_shows_only_the_overdue_count_and_forgets_it_on_lock(qtbot, shell_for, filled_vault_dir):
    from gui.helpers import CANARY_ALIAS, unlock

    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    overdue = shell.main.pages["today"].model.overdue
    assert overdue > 0 and shell.tray.count == overdue
    tip = shell.tray.icon.toolTip()
    assert tip == f"Vertrouwenspersoon — {overdue} te laat" and CANARY_ALIAS not in tip
    shell.lock()
    assert shell.tray.count == 0 and shell.tray.icon.toolTip() == "Vertrouwenspersoon"
    assert [a.text() for a in shell.tray.menu.actions()] == ["Venster tonen", "Vergrendelen", "Afsluiten"]
