"""First run: the wizard creates a real vault, shows the recovery key once, writes the sheet only
where chosen, and refuses to continue until the last group is typed back."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pypdf

from gui.helpers import NoKeychain
from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.security import recovery_key
from vertrouwenspersoon.store.vault import Vault, is_vault

GOOD = "paarse fiets onder de brug"


def test_wizard_creates_vault_and_guards_the_recovery_key(
    qtbot, fast_kdf, shell_for, tmp_path, isolated_dirs
):
    chosen = tmp_path / "gekozen" / "herstelblad.pdf"
    chosen.parent.mkdir()
    asked = []

    def save_chooser(parent, title, suggested, name_filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return chosen

    vault_dir = tmp_path / "nieuwe-kluis"
    shell = shell_for(vault_dir, save_chooser=save_chooser)
    wizard = shell.wizard
    assert shell.stack.currentWidget() is wizard
    assert wizard.currentPage() is wizard.intro_page
    wizard.next()
    page = wizard.passphrase_page
    page.ui.firstEdit.setText("te kort")
    page.ui.secondEdit.setText("te kort")
    assert not page.isComplete()
    assert "minstens 12 tekens" in page.ui.problemLabel.text()
    page.ui.firstEdit.setText(GOOD)
    page.ui.secondEdit.setText(GOOD + "x")
    assert not page.isComplete()
    assert page.ui.problemLabel.text() == "De twee wachtwoordzinnen zijn niet gelijk."
    page.ui.secondEdit.setText(GOOD)
    assert page.isComplete()
    assert page.ui.strengthLabel.text().startswith("Sterkte:")
    wizard.next()  # commit: the vault is created in a worker
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    assert is_vault(vault_dir)
    assert page.ui.firstEdit.text() == ""  # the passphrase is not kept in the form
    key = wizard.recovery_key
    groups = recovery_key.groups(key)
    shown = wizard.recovery_page.ui.keyLabel.text()
    assert all(group in shown for group in groups)

    recovery = wizard.recovery_page
    recovery.ui.printButton.click()
    qtbot.waitUntil(lambda: chosen.exists(), timeout=10_000)
    assert asked and asked[0].endswith(".pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(chosen)).pages)
    assert all(group in text for group in groups)
    assert "Bewaar dit op een veilige plek, niet bij je laptop" in text
    # The sheet says which vault it opens: folder name, the start of the vault id, the day it was made.
    opened = Vault.open(vault_dir, recovery=key)
    vault_id, created = opened.vault_id, opened.get_meta("created_at")
    opened.close()
    flat = " ".join(text.split())
    assert "Kluis: nieuwe-kluis" in flat
    assert f"Kluis-id begint met: {vault_id[:8]}" in flat and vault_id[8:] not in flat
    day = date.fromisoformat(created[:10])
    assert f"Kluis gemaakt op {day.day} " in flat and str(day.year) in flat
    assert_fonts_embedded(chosen)
    # Written only where chosen: no PDF anywhere else (temp, cache, config, the vault).
    stray = [p for root in (*isolated_dirs.values(), vault_dir) for p in Path(root).rglob("*.pdf")]
    assert stray == []

    recovery.ui.confirmEdit.setText(groups[0])
    assert not recovery.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is recovery  # refused
    recovery.ui.confirmEdit.setText(groups[-1])
    assert recovery.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.finish_page
    assert not wizard.finish_page.ui.keychainCheck.isVisible()  # no OS keychain here: not offered
    wizard.finish_page.ui.institutionEdit.setText("Hogeschool Test")
    with qtbot.waitSignal(wizard.vault_ready, timeout=10_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert shell.main is not None
    assert shell.session.vault.is_open
    assert load_settings().get("institution_name") == "Hogeschool Test"
    shell.lock()
    Vault.open(vault_dir, passphrase=GOOD).close()  # the chosen passphrase opens it
    Vault.open(vault_dir, recovery=key).close()  # and so does the recovery key


def assert_fonts_embedded(pdf: Path) -> None:
    """poppler's pdffonts lists every font the PDF uses; each must be embedded (column 'emb')."""
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = lines[2:]
    assert rows, "no fonts found"
    # columns from the right: emb sub uni object-id generation (a name or a type may contain spaces)
    assert all(row.split()[-5] == "yes" for row in rows), lines
    assert not any("Helvetica" in row or "Courier" in row for row in rows), lines


def test_english_sheet_names_the_vault_and_embeds_its_fonts(tmp_path) -> None:
    from vertrouwenspersoon.gui.recovery_sheet import SheetVault, write_sheet

    folder = tmp_path / ("een heel lange mapnaam " * 6).strip()
    key = recovery_key.generate()
    out = write_sheet(
        tmp_path / "sheet.pdf", key, SheetVault(folder, "0123abcd-ffff-4444", date(2026, 3, 3)), "en"
    )
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages).split())
    assert "Vault made on 3 March 2026" in text and "Vault id starts with: 0123abcd" in text
    assert all(group in text for group in recovery_key.groups(key))
    assert "".join(text.split()).count("eenheellangemapnaam") >= 12  # name and the wrapped path, none cut off
    assert_fonts_embedded(out)


def test_keychain_offered_only_when_allowed_and_available(qtbot, fast_kdf, tmp_path):
    from vertrouwenspersoon.gui.wizard import FirstRunWizard

    class Available:
        available = True

    settings = load_settings()
    wizard = FirstRunWizard(tmp_path / "k", settings, keychain_factory=Available)
    qtbot.addWidget(wizard)
    assert wizard.keychain_offered()
    assert not FirstRunWizard(tmp_path / "k2", settings, keychain_factory=NoKeychain).keychain_offered()
    settings.set_user("keychain_unlock_allowed", False)
    assert not FirstRunWizard(tmp_path / "k3", settings, keychain_factory=Available).keychain_offered()
