"""Jaarverslag and the ombudsperson's merge, against a real vault of generated cases.

Expected figures are counted here from the generated cases themselves (not through reports.statistics),
following CONTRACT.md: a case is in year Y when opened in Y (new) or opened earlier and still open in Y
or with a contact moment in Y (carried over); tables count cases.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from gui.helpers import TODAY, unlock
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.errors import BadInputError, WrongKeyError
from vertrouwenspersoon.gui.pages import annual_report
from vertrouwenspersoon.gui.pages.annual_report_model import COUNT_ROLE, SUPPRESSED_ROLE, FiguresModel
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.reports.taxonomy_codes import label
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository

YEAR = 2025
K = 5
NARRATIVE = "Signalen: meer meldingen over werkdruk bij promovendi. Aanbeveling: vertrouwenspunt-7731."
KEY_PASSPHRASE = "sleutel van de ombudsfunctionaris 42"


def _cases() -> list:
    return generate_cases(23, 160, 2023, 2026, TODAY)


def _vault_with(tmp_path: Path, name: str, cases: list) -> Path:
    directory = tmp_path / name
    vault, _ = make_vault(directory)
    if cases:
        case_repository(vault, load_settings()).import_cases(cases)
    vault.close()
    return directory


@pytest.fixture
def report_dir(tmp_path: Path) -> Path:
    return _vault_with(tmp_path, "kluis", _cases())


# -- the truth, counted independently --------------------------------------------------------------
def _in_year(case, year: int) -> str | None:  # type: ignore[no-untyped-def]
    if case.opened_on.year == year:
        return "new"
    if case.opened_on.year > year:
        return None
    open_in_year = case.closed_on is None or case.closed_on.year >= year
    contact_in_year = any(c.at.year == year for c in case.contacts)
    return "carried" if open_in_year or contact_in_year else None


def _truth(cases: list, year: int) -> dict:
    counted = [(c, _in_year(c, year)) for c in cases]
    counted = [(c, kind) for c, kind in counted if kind]
    minutes = sum(m.minutes for c, _ in counted for m in c.contacts if m.at.year == year)
    due = [  # every aftercare due in the year, also of a case closed before it (the reporter's follow-up)
        f
        for c in cases
        for f in c.followups
        if f.kind == "aftercare" and f.due_on.year == year and f.cancelled_on is None
    ]
    return {
        "new_cases": sum(1 for _, kind in counted if kind == "new"),
        "carried_over": sum(1 for _, kind in counted if kind == "carried"),
        "contacts": sum(1 for c, _ in counted for m in c.contacts if m.at.year == year),
        "contact_hours": (minutes + 30) // 60,
        "aftercare_due": len(due),
        "aftercare_on_time": sum(1 for f in due if f.done_on is not None and f.done_on <= f.due_on),
        "behaviour": Counter(code for c, _ in counted for code in set(c.behaviour)),
        "role_x_behaviour": Counter((c.role, b) for c, _ in counted for b in set(c.behaviour)),
    }


# -- helpers ------------------------------------------------------------------------------------------
def _page(qtbot, shell_for, directory, **kwargs):  # type: ignore[no-untyped-def]
    shell = shell_for(directory, **kwargs)
    unlock(qtbot, shell)
    shell.main.show_page("annual_report")
    page = shell.main.pages["annual_report"]
    _settle(qtbot, page)
    return shell, page


def _settle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)


def _choose_year(qtbot, page, year: int) -> None:  # type: ignore[no-untyped-def]
    assert page.select_year(year)
    _settle(qtbot, page)
    assert page.report is not None and page.report.to_json()["year"] == year


def _table(model) -> dict[str, tuple[str, object, bool]]:  # type: ignore[no-untyped-def]
    """label -> (shown text, published count, suppressed) of a one-count-column table."""
    rows = {}
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        cell = model.index(row, 1)
        rows[name] = (cell.data(), cell.data(COUNT_ROLE), cell.data(SUPPRESSED_ROLE))
    return rows


# -- tests ----------------------------------------------------------------------------------------------
def test_cards_and_tables_equal_an_independent_count(qtbot, qtmodeltester, shell_for, report_dir):
    _shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    truth = _truth(_cases(), YEAR)
    cards = page.preview.cards
    for name in ("new_cases", "carried_over", "contacts", "contact_hours"):
        shown = cards[name].value.text()
        assert shown in (str(truth[name]), "×"), name
        assert truth[name] >= K and shown == str(truth[name]), name  # big enough to be published
    due, done = truth["aftercare_due"], truth["aftercare_on_time"]
    assert due >= K and done >= K
    assert cards["aftercare"].value.text() == f"{round(100 * done / due)}%"
    assert cards["aftercare"].detail.text() == f"{done} van {due} op tijd"
    assert page.preview.explanation.text() == (
        "× = afgeschermd: een aantal van 1 tot en met 4, of een aantal dat verborgen is zodat zo’n klein "
        "aantal niet terug te rekenen is."
    )

    from vertrouwenspersoon.reports.table_registry import title

    for code, box in page.preview.boxes.items():  # titles from the one registry, as in the PDF
        assert box.title() == title(code, "nl"), code

    behaviour = page.preview.boxes["behaviour"].model
    shown = _table(behaviour)
    small = 0
    for code, count in truth["behaviour"].items():
        text, published, suppressed = shown[label("behaviour", code, "nl")]
        if 1 <= count < K:
            small += 1
            assert suppressed and text == "×" and published is None, code
        elif not suppressed:
            assert published == count and text == str(count), code
    assert small, "the data set must have a small cell, or this test proves nothing about suppression"
    for text, published, suppressed in shown.values():  # nothing published in 1..k-1
        assert suppressed or published == 0 or published >= K, text

    matrix = page.preview.boxes["role_x_behaviour"].model
    roles = [matrix.headerData(c, Qt.Orientation.Horizontal) for c in range(matrix.columnCount())]
    by_label = {
        (label("role", role, "nl"), label("behaviour", b, "nl")): n
        for (role, b), n in truth["role_x_behaviour"].items()
    }
    checked = 0
    for row in range(matrix.rowCount()):
        behaviour_label = matrix.index(row, 0).data()
        for column in range(1, matrix.columnCount()):
            cell = matrix.index(row, column)
            role_label = roles[column]
            count = by_label.get((role_label, behaviour_label), 0)
            if 1 <= count < K:
                assert cell.data(SUPPRESSED_ROLE), (role_label, behaviour_label)
            if cell.data(SUPPRESSED_ROLE):
                assert cell.data() == "×"  # one neutral mark: never a number, true or false
            else:
                assert cell.data(COUNT_ROLE) == count and (count == 0 or count >= K)
                checked += count > 0
    assert checked, "some role × behaviour cells are published"

    # the models themselves (standalone: the page's own die with the page on lock, before the tester)
    for grid in (behaviour.grid, matrix.grid):
        model = FiguresModel()
        qtmodeltester.check(model, force_py=True)
        model.set_grid(grid, K)
        model.clear()
        model.set_grid(grid, K)
        assert model.rowCount() == len(grid.rows) and model.columnCount() == len(grid.headers)


def test_year_picker_lists_years_with_cases_and_this_year(qtbot, shell_for, report_dir):
    _shell, page = _page(qtbot, shell_for, report_dir)
    combo = page.ui.yearCombo
    years = [combo.itemData(i) for i in range(combo.count())]
    first = min(c.opened_on.year for c in _cases())
    assert years == list(range(TODAY.year, first - 1, -1))
    assert page.year == TODAY.year - 1  # early in the year you write last year's report
    assert combo.accessibleName()


def test_a_year_without_cases_and_one_below_k_say_so(qtbot, shell_for, tmp_path):
    few = [c for c in _cases() if c.opened_on.year == YEAR and c.closed_on and c.closed_on.year == YEAR][:3]
    assert len(few) == 3
    _shell, page = _page(qtbot, shell_for, _vault_with(tmp_path, "weinig", few))
    _choose_year(qtbot, page, YEAR)
    message = page.preview.message
    assert message.isVisibleTo(page) and "minder dan 5 dossiers" in message.text()
    assert not page.preview.cards_row.isVisibleTo(page)
    assert page.ui.pdfButton.isEnabled()  # the report still holds the narrative
    _choose_year(qtbot, page, TODAY.year)
    assert "geen dossiers" in page.preview.message.text()
    assert not page.preview.tables_area.isVisibleTo(page)


def test_narrative_saves_with_ctrl_enter_asks_before_discarding_and_survives_lock(
    qtbot, shell_for, report_dir
):
    shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    edit = page.ui.narrativeEdit
    edit.setFocus()
    edit.setPlainText(NARRATIVE)
    assert page.ui.narrativeSaveButton.isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == NARRATIVE  # Ctrl+Enter saved, it did not add a line
    assert YearRepository(shell.session.vault).narrative(YEAR) == NARRATIVE
    assert not page.ui.narrativeSaveButton.isEnabled()

    asked = []
    edit.setPlainText(NARRATIVE + " Nog niet bewaard.")
    page.ask_unsaved = lambda _parent, year: asked.append(year) or annual_report.CANCEL
    assert not page.select_year(YEAR - 1)
    assert asked == [YEAR] and page.year == YEAR and page.ui.yearCombo.currentData() == YEAR
    page.ask_unsaved = lambda _parent, year: annual_report.DISCARD
    assert page.select_year(YEAR - 1)
    _settle(qtbot, page)
    assert YearRepository(shell.session.vault).narrative(YEAR) == NARRATIVE  # discarded, not saved
    assert edit.toPlainText() == ""

    shell.lock()
    assert page.ui.narrativeEdit.toPlainText() == "" and page.preview.doc is None
    assert page.preview.boxes["behaviour"].model.rowCount() == 0
    unlock(qtbot, shell)
    shell.main.show_page("annual_report")
    page = shell.main.pages["annual_report"]
    _settle(qtbot, page)
    _choose_year(qtbot, page, YEAR)
    assert page.ui.narrativeEdit.toPlainText() == NARRATIVE


def test_lock_keeps_unsaved_narrative_in_the_vault_and_clears_the_page(qtbot, shell_for, report_dir):
    from gui.test_unlock_and_lock import _texts_in_widgets

    shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    page.ui.narrativeEdit.setPlainText(NARRATIVE)
    page.ui.mergeButton.click()
    page.merge_dialog.ui.passphraseEdit.setText(KEY_PASSPHRASE)
    assert any(NARRATIVE in t for t in _texts_in_widgets())
    shell.lock()
    texts = _texts_in_widgets()
    assert not any(NARRATIVE in t or KEY_PASSPHRASE in t for t in texts)
    assert page.merge_dialog is None
    assert all(card.value.text() == "" for card in page.preview.cards.values())
    assert all(box.model.rowCount() == 0 for box in page.preview.boxes.values())
    assert page.ui.yearCombo.count() == 0 and page.report is None
    unlock(qtbot, shell)
    assert YearRepository(shell.session.vault).narrative(YEAR) == NARRATIVE


def test_pdf_is_made_in_the_worker_only_where_chosen_and_holds_the_narrative(
    qtbot, shell_for, report_dir, tmp_path
):
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    asked = []

    def save_chooser(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return out_dir / "verslag"  # no suffix: the page adds .pdf

    shell, page = _page(qtbot, shell_for, report_dir, save_chooser=save_chooser)
    _choose_year(qtbot, page, YEAR)
    page.ui.narrativeEdit.setPlainText(NARRATIVE)  # not yet saved: making the PDF saves it first
    page.ui.pdfButton.click()
    assert page.busy  # the PDF is written off the GUI thread
    _settle(qtbot, page)
    assert asked == [f"jaarverslag-{YEAR}.pdf"]
    assert [p.name for p in out_dir.iterdir()] == ["verslag.pdf"]
    assert page.last_written == out_dir / "verslag.pdf"
    assert str(out_dir / "verslag.pdf") in page.ui.messageLabel.text()
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(out_dir / "verslag.pdf").pages
    )
    assert "vertrouwenspunt-7731" in text and "werkdruk bij promovendi" in text
    vault = shell.session.vault
    assert YearRepository(vault).narrative(YEAR) == NARRATIVE
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit WHERE object_id = ?", (str(YEAR),))]
    assert "report.create" in actions


def test_finalise_asks_then_marks_the_year(qtbot, shell_for, report_dir, clock):
    shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    page.confirm_finalise = lambda _parent, _year, _months: False
    page.ui.finaliseButton.click()
    assert YEAR not in YearRepository(shell.session.vault).finalised()
    asked = []
    page.confirm_finalise = lambda _parent, year, months: asked.append((year, months)) or True
    page.ui.finaliseButton.click()
    years = YearRepository(shell.session.vault)
    assert asked == [(YEAR, int(load_settings().get("retention_months")))]
    assert YEAR in years.finalised()
    assert years.published(YEAR) == json.loads(json.dumps(page.report.to_json()))
    (at,) = shell.session.vault.conn.execute(
        "SELECT finalised_at FROM finalised_years WHERE year = ?", (YEAR,)
    ).fetchone()
    on = date.fromisoformat(at[:10])  # the vault's own clock stamps it
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    assert page.ui.statusLabel.text().startswith(f"Afgesloten op {on.day} {months[on.month - 1]} {on.year}")
    assert not page.ui.finaliseButton.isEnabled()


def _keys(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "sleutels"
    folder.mkdir()
    return bundle.keygen(folder, KEY_PASSPHRASE)


def _export(qtbot, page, public: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    page.session.open_chooser = lambda *_a: public
    page.session.save_chooser = lambda *_a: out
    page.ui.exportButton.click()
    _settle(qtbot, page)
    assert out.exists(), page.ui.messageLabel.text()


def _merge(qtbot, page, private: Path, passphrase: str, files: list[Path]):  # type: ignore[no-untyped-def]
    page.ui.mergeButton.click()
    dialog = page.merge_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_key(private)
    dialog.ui.passphraseEdit.setText(passphrase)
    for path in files:
        dialog.add_bundle_path(path)
    assert dialog.ui.mergeButton.isEnabled()
    dialog.ui.mergeButton.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    return dialog


def test_bundle_export_merges_back_to_the_same_figures(qtbot, shell_for, report_dir, tmp_path):
    public, private = _keys(tmp_path)
    shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    sealed = tmp_path / "statistiek.json"
    _export(qtbot, page, public, sealed)
    assert "statistiek.json" in page.ui.messageLabel.text()
    raw = sealed.read_text()
    assert "Kanarie" not in raw and "bullying" not in raw  # sealed: nothing readable inside
    actions = [r[0] for r in shell.session.vault.conn.execute("SELECT action FROM audit")]
    assert "stats.export" in actions

    dialog = _merge(qtbot, page, private, KEY_PASSPHRASE, [sealed])
    assert dialog.ui.errorLabel.text() == ""
    merged = dialog.report.to_json()
    mine = page.report.to_json()
    assert merged["totals"] == mine["totals"] and merged["aftercare"] == mine["aftercare"]
    assert merged["tables"]["behaviour"] == mine["tables"]["behaviour"]
    for name, card in page.preview.cards.items():
        assert dialog.preview.cards[name].value.text() == card.value.text(), name
    assert dialog.ui.passphraseEdit.text() == ""  # not kept once the figures are open

    saved = tmp_path / "samen.json"
    shell.session.save_chooser = lambda *_a: saved
    dialog.ui.saveJsonButton.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert json.loads(saved.read_text(encoding="utf-8"))["totals"] == mine["totals"]


def _flip_sealed_byte(source: Path, target: Path) -> None:
    outer = json.loads(source.read_text())
    sealed = bytearray(base64.b64decode(outer["sealed"]))
    sealed[len(sealed) // 2] ^= 0x01
    outer["sealed"] = base64.b64encode(bytes(sealed)).decode("ascii")
    target.write_text(json.dumps(outer))


def test_refused_bundles_and_keys_show_the_errors_sentence(qtbot, shell_for, report_dir, tmp_path):
    public, private = _keys(tmp_path)
    _shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    sealed = tmp_path / "statistiek.json"
    _export(qtbot, page, public, sealed)
    tampered = tmp_path / "gewijzigd.json"
    _flip_sealed_byte(sealed, tampered)

    dialog = _merge(qtbot, page, private, KEY_PASSPHRASE, [tampered])
    assert dialog.ui.errorLabel.text() == BadInputError("bundle.tampered", file=tampered.name).message("nl")
    assert dialog.report is None and dialog.preview.doc is None

    dialog.clear()
    dialog.set_key(private)
    dialog.ui.passphraseEdit.setText("niet de goede wachtwoordzin")
    dialog.add_bundle_path(sealed)
    dialog.ui.mergeButton.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert dialog.ui.errorLabel.text() == WrongKeyError("key.wrong_passphrase", file=private.name).message(
        "nl"
    )

    copy = tmp_path / "kopie.json"
    copy.write_bytes(sealed.read_bytes())
    dialog.clear()
    dialog.set_key(private)
    dialog.ui.passphraseEdit.setText(KEY_PASSPHRASE)
    dialog.add_bundle_path(sealed)
    dialog.add_bundle_path(copy)
    dialog.ui.mergeButton.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    expected = BadInputError("bundle.duplicate", file=copy.name, year=YEAR, other=sealed.name).message("nl")
    assert dialog.ui.errorLabel.text() == expected

    newer = tmp_path / "nieuwer.json"
    outer = json.loads(sealed.read_text())
    outer["version"] = 99
    newer.write_text(json.dumps(outer))
    dialog.clear()
    dialog.set_key(private)
    dialog.ui.passphraseEdit.setText(KEY_PASSPHRASE)
    dialog.add_bundle_path(newer)
    dialog.ui.mergeButton.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert "99" in dialog.ui.errorLabel.text() and "Traceback" not in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.text() == BadInputError(
        "bundle.newer", file=newer.name, version=99, known=bundle.VERSION
    ).message("nl")


def test_every_control_has_an_accessible_name(qtbot, shell_for, report_dir):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QWidget

    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView)

    _shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    page.ui.mergeButton.click()
    for root in (page, page.merge_dialog):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
                continue
            if widget.isVisibleTo(root):
                assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), (
                    widget.objectName()
                )


def test_vault_is_only_read_through_the_workers_own_connection(qtbot, shell_for, report_dir, monkeypatch):
    """The build task never touches the GUI thread's connection (sqlcipher connections are per thread)."""
    opened = []
    real = Vault.open_reader

    def spy(self):  # type: ignore[no-untyped-def]
        opened.append(True)
        return real(self)

    monkeypatch.setattr(Vault, "open_reader", spy)
    _shell, page = _page(qtbot, shell_for, report_dir)
    _choose_year(qtbot, page, YEAR)
    assert opened
