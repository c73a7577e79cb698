"""Dutch all the way, English all the way: every text on every screen is checked against the catalogue.

The English .ts pairs every Dutch source text with its English translation. A text in the Dutch app that is
only ever an English translation is an English leak ("Commit", "Cancel"); in the English app, a text that is
only ever a Dutch source is a Dutch leak. Qt's own texts (standard buttons, the wizard's buttons) are
checked too: they come from Qt's translations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from gui.helpers import unlock
from vertrouwenspersoon.gui import i18n
from vertrouwenspersoon.paths import resource_dir

QT_ENGLISH = {"Commit", "Cancel", "Next", "Back", "Finish", "Yes", "No", "Save", "Close", "Help"}
QT_DUTCH = {"Annuleren", "Volgende", "Vorige", "Ja", "Nee", "Opslaan", "Sluiten", "Openen"}


def _norm(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("…", "").strip()


def _catalogue() -> tuple[set[str], set[str]]:
    dutch, english = set(), set()
    for message in ET.parse(resource_dir() / "translations" / "vertrouwenspersoon_en.ts").iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if "%" in source or not re.search(r"[A-Za-z]{3}", source):
            continue  # templates and codes are checked through their filled-in texts elsewhere
        dutch.add(_norm(source))
        english.add(_norm(translation))
    return dutch - english, english - dutch  # texts that belong to one language only


def _texts(root: QWidget) -> set[str]:
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            found |= {
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                for c in range(model.columnCount(QModelIndex()))
            }
    return {_norm(t) for t in found if t and _norm(t)}


def _every_screen(qtbot, shell_for, filled_vault_dir, tmp_path) -> set[str]:  # type: ignore[no-untyped-def]
    texts = set()
    first = shell_for(tmp_path / "nieuw")
    wizard = first.wizard
    for _ in range(2):
        QCoreApplication.processEvents()
        texts |= _texts(first)
        wizard.next()
    first.close()
    shell = shell_for(filled_vault_dir)
    texts |= _texts(shell)  # the unlock screen
    unlock(qtbot, shell)
    for key in ("today", "dossiers", "annual_report", "settings"):
        shell.main.show_page(key)
        QCoreApplication.processEvents()
        texts |= _texts(shell)
    reference = next(iter(shell.session.repository.all_cases())).reference
    shell.main.open_case(shell.session.repository.require_id(reference))
    page = shell.main.pages["dossiers"].case_page
    for index in range(page.ui.sections.count()):
        page.ui.sections.setCurrentIndex(index)
        texts |= _texts(shell)
    for open_dialog in (page.add_contact, page.add_followup, page.close_case):
        open_dialog()
        if page.dialog is not None:
            QCoreApplication.processEvents()
            texts |= _texts(page.dialog)
            page.dialog.wipe()
            page.dialog.done(0)
    return texts


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_text_of_the_other_language_on_any_screen(qtbot, shell_for, filled_vault_dir, tmp_path, language):
    i18n.set_language(language)
    dutch_only, english_only = _catalogue()
    texts = _every_screen(qtbot, shell_for, filled_vault_dir, tmp_path)
    assert len(texts) > 100  # the walk saw the app, not an empty window
    if language == "nl":
        assert sorted(texts & (english_only | QT_ENGLISH)) == []
        assert [
            t for t in texts if re.search(r"\bcommit\b", t, re.IGNORECASE)
        ] == []  # Qt: "Vastleggen (commit)"
    else:
        assert sorted(texts & (dutch_only | QT_DUTCH)) == []


def test_qt_s_own_buttons_are_dutch_in_the_dutch_app(qapp):
    i18n.set_language("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert {_norm(b.text()) for b in box.buttons()} == {"Annuleren", "Opslaan"}
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    assert any(_norm(a.text()).startswith("Ongedaan maken") for a in menu.actions())


@pytest.mark.parametrize(("language", "expected"), [("nl", "Doorgaan"), ("en", "Continue")])
def test_the_wizard_never_falls_back_to_qt_s_commit_button(shell_for, tmp_path, language, expected):
    from PySide6.QtWidgets import QWizard

    i18n.set_language(language)
    wizard = shell_for(tmp_path / "nieuw").wizard
    assert _norm(wizard.buttonText(QWizard.WizardButton.CommitButton)) == expected
