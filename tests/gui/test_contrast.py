"""Every text colour the app sets reads at WCAG AA (4.5:1) in a light and a dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.helpers import unlock
from vertrouwenspersoon.gui import theme


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, base),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Button, window),
    ):
        palette.setColor(role, QColor(colour))
    return palette


LIGHT = _palette("#efefef", "#ffffff", "#1b1b1b")
DARK = _palette("#2b2b2b", "#1e1e1e", "#e6e6e6")  # KDE Breeze Dark / Windows dark mode territory


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp: QApplication):  # type: ignore[no-untyped-def]
    before = QPalette(qapp.palette())
    theme.apply(qapp, LIGHT if request.param == "light" else DARK)
    yield request.param
    theme.apply(qapp, before)


def test_every_colour_the_app_sets_reads_at_aa(scheme):
    palette = QGuiApplication.palette()
    backgrounds = [palette.color(r) for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)]
    texts = {
        "overdue red": theme.overdue(),
        "link": palette.color(QPalette.ColorRole.Link),
        "muted text": palette.color(QPalette.ColorRole.PlaceholderText),
        "text": palette.color(QPalette.ColorRole.Text),
    }
    low = {
        (name, background.name()): round(theme.contrast(colour, background), 2)
        for name, colour in texts.items()
        for background in backgrounds
        if theme.contrast(colour, background) < theme.AA
    }
    assert low == {}
    white = QColor("white")
    assert theme.contrast(white, theme.ACCENT) >= theme.AA  # selected rail item, open-case pill
    assert theme.contrast(white, theme.OVERDUE) >= theme.AA  # the rail's overdue badge
    assert (
        theme.contrast(
            palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)
        )
        >= theme.AA
    )


def test_the_constant_red_would_fail_on_dark_which_is_why_it_is_not_used_there(scheme):
    dark_window = DARK.color(QPalette.ColorRole.Window)
    assert theme.contrast(theme.OVERDUE, dark_window) < theme.AA  # the 1.9:1 the issue measured


def test_overdue_rows_use_the_readable_red(qtbot, shell_for, filled_vault_dir, scheme):
    from PySide6.QtCore import Qt

    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    model = shell.main.pages["today"].model
    brushes = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                brush = model.data(model.index(child, column, parent), Qt.ItemDataRole.ForegroundRole)
                if brush is not None:
                    brushes.append(brush.color().name())
    assert brushes and set(brushes) == {theme.overdue().name()}


def test_an_unticked_box_is_visible_on_both_palettes(scheme):
    """Fusion outlines a box in the window colour darkened: on dark that is the box's own colour."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    view = QListWidget()
    item = QListWidgetItem("Pesten")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    view.resize(200, 40)
    view.show()
    QApplication.processEvents()
    box = view.visualItemRect(item)
    image = view.viewport().grab().toImage()
    fill = view.palette().color(QPalette.ColorRole.Base)
    strongest = max(
        theme.contrast(image.pixelColor(x, y), fill)
        for x in range(box.left(), box.left() + 24)
        for y in range(box.top(), box.bottom())
    )
    assert strongest >= 3.0  # WCAG 2.1 non-text contrast for a control's outline
