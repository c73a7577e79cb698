"""Fits the laptop: every page at 1280×720 and 1366×768 with nothing outside the window or squeezed below
its own minimum, a minimum width a split screen allows, and the window's size remembered (nothing else)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

from gui.helpers import unlock
from vertrouwenspersoon.gui import i18n, window_state

PAGES = ("today", "dossiers", "annual_report", "settings")


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport or an item view: there, being out of sight is scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractScrollArea, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _problems(window: QWidget) -> list[str]:
    frame = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or _scrolled(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        name = widget.objectName() or type(widget).__name__
        if not frame.contains(rect):
            found.append(f"{name} outside the window: {rect.getRect()}")
        hint = widget.minimumSizeHint()
        if hint.isValid() and (widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1):
            found.append(f"{name} squeezed: {widget.size().toTuple()} < {hint.toTuple()}")
    return found


def _show_everything(shell) -> list[str]:  # type: ignore[no-untyped-def]
    problems = []
    for key in PAGES:
        shell.main.show_page(key)
        QCoreApplication.processEvents()
        problems += [f"{key}: {p}" for p in _problems(shell)]
    reference = next(iter(shell.session.repository.all_cases())).reference
    shell.main.open_case(shell.session.repository.require_id(reference))
    page = shell.main.pages["dossiers"].case_page
    for index in range(page.ui.sections.count()):
        page.ui.sections.setCurrentIndex(index)
        QCoreApplication.processEvents()
        problems += [f"case tab {index}: {p}" for p in _problems(shell)]
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_page_fits_a_laptop_screen(qtbot, shell_for, filled_vault_dir, size, language):
    i18n.set_language(language)
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    width, height = size
    shell.resize(width, height - 60)  # a taskbar and the title bar take their share
    QCoreApplication.processEvents()
    assert shell.size().toTuple() == (width, height - 60)
    assert _show_everything(shell) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_window_can_be_narrow_enough_for_half_a_screen(qtbot, shell_for, filled_vault_dir, language):
    i18n.set_language(language)
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    widest = 0
    for key in PAGES:
        shell.main.show_page(key)
        QCoreApplication.processEvents()
        widest = max(widest, shell.minimumSizeHint().width())
    assert widest <= 900


def test_the_window_size_is_remembered_and_nothing_else(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.resize(1010, 640)
    QCoreApplication.processEvents()
    shell.close()
    stored = window_state.state_file().read_bytes()
    assert len(stored) < 200 and b"Kanarie" not in stored  # geometry, not content
    again = shell_for(filled_vault_dir)
    assert again.size().toTuple() == (1010, 640)
