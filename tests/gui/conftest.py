"""GUI fixtures: real Qt offscreen, a fresh vault per test, the real case repository, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.helpers import NoKeychain, canary_cases
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain.clock import FixedClock
from vertrouwenspersoon.gui import build, i18n, theme
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.security import kdf

# Qt's offscreen screen is 800×800 unless told otherwise: give it a 1080p monitor, so a window can be
# sized as on an advisor's desk (set before the QApplication exists)
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    screens = Path(__file__).resolve().parents[1] / "support" / "offscreen-screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"


@pytest.fixture(scope="session", autouse=True)
def built_gui() -> None:
    """Forms and translations are generated at build time; make sure they are current."""
    build.main()


@pytest.fixture(scope="session", autouse=True)
def gui_theme(qapp: QApplication) -> None:
    theme.apply(qapp)


@pytest.fixture(autouse=True)
def gui_language(qapp: QApplication) -> None:
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """ONLY in tests: calibration returns weak Argon2 parameters so vault creation is fast.
    The wizard itself always calls kdf.calibrate(); this swaps what that returns."""
    monkeypatch.setattr(kdf, "calibrate", lambda *args, **kwargs: kdf.weak_params_for_tests())


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 3, 9, 0))


@pytest.fixture
def filled_vault_dir(tmp_path: Path) -> Path:
    """A closed vault (cheap key slots, through the API) holding synthetic cases and the canary."""
    directory = tmp_path / "kluis"
    vault, _recovery = make_vault(directory)
    case_repository(vault, load_settings()).import_cases(canary_cases())
    vault.close()
    return directory


@pytest.fixture
def shell_for(qtbot, clock: FixedClock, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Make an AppShell for a vault directory with injected clock and file choosers."""
    from vertrouwenspersoon.gui.shell import AppShell

    made = []

    def make(directory: Path, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("save_chooser", lambda *a: None)
        kwargs.setdefault("open_chooser", lambda *a: None)
        kwargs.setdefault("keychain_factory", NoKeychain)
        shell = AppShell(directory, load_settings(), **kwargs)
        qtbot.addWidget(shell)
        shell.show()
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.lock()
