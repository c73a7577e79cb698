"""Vandaag, Instellingen, language switching, models and accessibility, against a real vault."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from gui.helpers import CANARY_TEXT, TODAY, unlock
from vertrouwenspersoon.gui import i18n
from vertrouwenspersoon.gui.pages.today_model import TodayModel
from vertrouwenspersoon.paths import resource_dir


def _today_rows(model: TodayModel) -> list[tuple[int, str, str]]:
    rows = []
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            due = model.row_at(model.index(row, 0, parent))
            rows.append((section, model.index(row, 0, parent).data(), due.description))
    return rows


def test_today_sections_relative_dates_mark_done_and_undo(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    page = shell.main.pages["today"]
    model = page.model
    canary = [r for r in _today_rows(model) if r[2] == CANARY_TEXT]
    assert canary == [(0, "2 dagen te laat", CANARY_TEXT)]  # overdue section, relative date
    repo = shell.session.repository
    assert model.overdue == repo.overdue_count(TODAY)
    assert shell.main.ui.navList.item(0).data(Qt.ItemDataRole.UserRole + 10) == model.overdue  # rail badge
    overdue_before = model.overdue
    parent = model.index(0, 0)
    target = next(
        model.index(r, 0, parent)
        for r in range(model.rowCount(parent))
        if model.row_at(model.index(r, 0, parent)).description == CANARY_TEXT
    )
    assert model.setData(target, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.overdue == overdue_before - 1)
    assert not any(r[2] == CANARY_TEXT for r in _today_rows(model))
    assert page.ui.undoBar.isVisibleTo(page)
    page.ui.undoButton.click()
    assert model.overdue == overdue_before
    assert any(r[2] == CANARY_TEXT for r in _today_rows(model))


def test_enter_on_a_row_asks_to_open_the_case(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    page = shell.main.pages["today"]
    view = page.ui.dueView
    first = page.model.index(0, 0, page.model.index(0, 0))
    view.setCurrentIndex(first)
    view.setFocus()
    with qtbot.waitSignal(page.open_case_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [page.model.row_at(first).case_id]


def test_empty_day_says_so_kindly(qtbot, shell_for, tmp_path):
    from support.vaults import make_vault

    vault, _ = make_vault(tmp_path / "leeg")
    vault.close()
    shell = shell_for(tmp_path / "leeg")
    unlock(qtbot, shell)
    page = shell.main.pages["today"]
    assert page.model.row_count_total == 0
    assert page.ui.emptyLabel.isVisibleTo(page)
    assert "Niets dat vandaag" in page.ui.emptyLabel.text()


def test_today_model_passes_qtmodeltester(qtmodeltester, shell_for, qtbot, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    model = TodayModel()
    model.load(shell.session.repository, TODAY)
    assert model.row_count_total > 0
    qtmodeltester.check(model, force_py=True)
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_relative_dates():
    from vertrouwenspersoon.gui.dates import relative_due

    day = date(2026, 3, 3)
    assert relative_due(day, day) == "vandaag"
    assert relative_due(day + timedelta(days=1), day) == "morgen"
    assert relative_due(day + timedelta(days=3), day) == "over 3 dagen"
    assert relative_due(day - timedelta(days=2), day) == "2 dagen te laat"


def test_policy_locked_setting_is_shown_as_managed_and_disabled(qtbot, shell_for, filled_vault_dir):
    policy = os.environ["VERTROUWENSPERSOON_POLICY_FILE"]
    with open(policy, "w", encoding="utf-8") as handle:
        json.dump({"report_k": 7, "auto_lock_max_minutes": 10}, handle)
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.main.show_page("settings")
    page = shell.main.pages["settings"]
    row = page.rows["report_k"]
    assert not row.control.isEnabled()
    assert row.control.value() == 7
    assert row.managed.isVisibleTo(page) and row.lock.isVisibleTo(page)
    assert row.managed.text() == "Beheerd door je organisatie"
    free = page.rows["retention_months"]
    assert free.control.isEnabled() and not free.managed.isVisibleTo(page)
    auto = page.rows["auto_lock_minutes"]
    assert auto.control.isEnabled() and auto.control.maximum() == 10
    assert "hoogstens 10" in auto.managed.text()


def test_language_switch_retranslates_live_without_losing_typed_text(qtbot, shell_for, filled_vault_dir):
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.main.show_page("settings")
    page = shell.main.pages["settings"]
    page.new_first.setText("half getypt")
    assert shell.main.ui.navList.item(0).text() == "Vandaag"
    combo = page.rows["default_language"].control
    combo.setCurrentIndex(combo.findData("en"))
    QCoreApplication.processEvents()
    assert i18n.language() == "en"
    assert [shell.main.ui.navList.item(i).text() for i in range(4)] == [
        "Today",
        "Cases",
        "Annual report",
        "Settings",
    ]
    assert page.ui.headingLabel.text() == "Settings"
    assert page.groups["security"].title() == "Security"
    assert shell.main.ui.lockButton.text() == "Lock"
    assert shell.main.pages["today"].model.headerData(0, Qt.Orientation.Horizontal) == "When"
    assert page.new_first.text() == "half getypt"
    combo.setCurrentIndex(combo.findData("nl"))
    QCoreApplication.processEvents()
    assert shell.main.ui.navList.item(3).text() == "Instellingen"


def test_english_translation_is_complete():
    tree = ET.parse(resource_dir() / "translations" / "vertrouwenspersoon_en.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not m.findtext("translation")
    ]
    assert unfinished == []


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _missing_names(top: QWidget) -> list[str]:
    """Interactive controls without an accessible name. Our own hidden controls (restore,
    cancel) count too — they appear later; Qt's hidden internals (wizard help button) do not."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if _inside_combo(widget) or isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a combo's popup and a spin box's editor are named through their owner
        qt_internal = widget.objectName().startswith(("qt_", "__qt__"))
        if qt_internal and not widget.isVisibleTo(top):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_interactive_control_has_an_accessible_name(
    qtbot, shell_for, filled_vault_dir, fast_kdf, tmp_path, lang
):
    i18n.set_language(lang)
    wizard_shell = shell_for(tmp_path / "nieuw")
    wizard = wizard_shell.wizard
    assert _missing_names(wizard) == []
    shell = shell_for(filled_vault_dir)
    assert _missing_names(shell.unlock_screen) == []
    unlock(qtbot, shell)
    for spec in shell.main.specs:
        shell.main.show_page(spec.key)
    assert _missing_names(shell.main) == []


def test_a_broken_policy_key_is_named_on_the_settings_page_and_safe_defaults_apply(
    qtbot, shell_for, filled_vault_dir
):
    policy = os.environ["VERTROUWENSPERSOON_POLICY_FILE"]
    with open(policy, "w", encoding="utf-8") as handle:
        json.dump({"report_k": 2, "retention_months": 6}, handle)
    shell = shell_for(filled_vault_dir)
    unlock(qtbot, shell)
    shell.main.show_page("settings")
    page = shell.main.pages["settings"]
    assert page.policy_warnings.isVisibleTo(page)
    assert "report_k" in page.policy_warnings.text()
    assert page.rows["report_k"].control.value() == 5  # the safe default, not the invalid 2
    assert page.rows["retention_months"].control.value() == 6
    assert not page.rows["retention_months"].control.isEnabled()
