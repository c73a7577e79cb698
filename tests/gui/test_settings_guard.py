"""No silent setting changes: a scrolling wheel changes nothing, and k, auto-lock and retention ask first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from gui.helpers import unlock
from vertrouwenspersoon.policy import load_settings


def wheel(widget, steps: int = 3) -> None:  # type: ignore[no-untyped-def]
    """What a mouse wheel sends when the pointer is over `widget`: through QApplication, as Qt does."""
    centre = QPointF(widget.rect().center())
    for _ in range(steps):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
            QPoint(0, 0),
            QPoint(0, -120),  # scrolling down the page
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def settings_page(qtbot, shell_for, directory):  # type: ignore[no-untyped-def]
    shell = shell_for(directory)
    unlock(qtbot, shell)
    shell.main.show_page("settings")
    return shell, shell.main.pages["settings"]


def test_a_wheel_over_an_unfocused_spin_box_or_combo_box_changes_nothing(qtbot, shell_for, filled_vault_dir):
    _shell, page = settings_page(qtbot, shell_for, filled_vault_dir)
    asked = []
    for row in page.rows.values():
        row.confirm = lambda *args: asked.append(args) or True
    spin = page.rows["report_k"].control
    combo = page.rows["default_language"].control
    assert isinstance(spin, QSpinBox) and isinstance(combo, QComboBox)
    page.ui.headingLabel.setFocus()
    wheel(spin)
    wheel(combo)
    assert spin.value() == 5 and combo.currentData() == "nl"
    assert load_settings().get("report_k") == 5 and not asked
    assert not spin.hasFocus()  # a wheel does not give focus either


def test_a_wheel_over_a_focused_spin_box_still_changes_it_and_asks(qtbot, shell_for, filled_vault_dir):
    """The guard is not a ban: the advisor who clicked the box may use the wheel."""
    _shell, page = settings_page(qtbot, shell_for, filled_vault_dir)
    row = page.rows["report_k"]
    asked = []
    row.confirm = lambda _row, old, new: asked.append((old, new)) or False
    row.control.setFocus()
    qtbot.waitUntil(row.control.hasFocus)
    wheel(row.control, steps=1)
    assert row.control.value() != 5
    row.control.clearFocus()  # editingFinished: the change is offered for saving
    assert asked and asked[0][0] == 5
    assert row.control.value() == 5 and load_settings().get("report_k") == 5  # declined: back to 5


def test_changing_k_asks_first_and_is_audited(qtbot, shell_for, filled_vault_dir):
    shell, page = settings_page(qtbot, shell_for, filled_vault_dir)
    row = page.rows["report_k"]
    answers = iter([False, True])
    asked = []
    row.confirm = lambda _row, old, new: asked.append((old, new)) or next(answers)
    row.control.setValue(7)
    row.save()
    assert asked == [(5, 7)]
    assert load_settings().get("report_k") == 5 and row.control.value() == 5
    row.control.setValue(7)
    row.save()
    assert asked == [(5, 7), (5, 7)]
    assert load_settings().get("report_k") == 7
    events = [(e.action, e.object_type, e.object_id) for e in shell.session.vault.audit.events()]
    assert ("setting.change", "setting", "report_k") in events


def test_an_ordinary_setting_is_saved_without_a_question(qtbot, shell_for, filled_vault_dir):
    _shell, page = settings_page(qtbot, shell_for, filled_vault_dir)
    row = page.rows["institution_name"]
    row.confirm = lambda *args: (_ for _ in ()).throw(AssertionError("asked"))
    row.control.setText("Hogeschool Noord")
    row.save()
    assert load_settings().get("institution_name") == "Hogeschool Noord"
