"""`python -m vertrouwenspersoon.gui.screenshots OUTDIR`: every screen as PNG at 1280×720, in Dutch and
English, in a light and a dark palette (files `light-nl-…`, `dark-en-…`).

Renders offscreen with the demo data set (domain.synthetic.generate_cases, stored through the
case repository) in a throwaway vault under a temporary folder that is removed afterwards. The
demo vault uses cheap Argon2 parameters so rendering is quick: it holds only synthetic data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

DEMO_PASSPHRASE = "demo wachtwoordzin voor schermafbeeldingen"  # noqa: S105 - throwaway demo vault
DEMO_TODAY = date(2026, 3, 3)
SIZE = (1280, 720)


def _prepare_env(work: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["VERTROUWENSPERSOON_CONFIG_DIR"] = str(work / "config")
    os.environ["VERTROUWENSPERSOON_POLICY_FILE"] = str(work / "no-policy.json")


def _demo_vault(directory: Path) -> None:
    from vertrouwenspersoon.app_context import case_repository
    from vertrouwenspersoon.domain.synthetic import generate_cases
    from vertrouwenspersoon.policy import load_settings
    from vertrouwenspersoon.security.kdf import weak_params_for_tests
    from vertrouwenspersoon.store.vault import Vault

    vault, _key = Vault.create(directory, DEMO_PASSPHRASE, kdf_params=weak_params_for_tests())
    case_repository(vault, load_settings()).import_cases(generate_cases(2026, 300, 2024, 2026, DEMO_TODAY))
    vault.close()


def _wait_until_idle(page, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """A page that counts in a worker (Jaarverslag) is shot once its figures are there."""
    import time

    from PySide6.QtCore import QCoreApplication

    ends = time.monotonic() + seconds
    while getattr(page, "busy", False) and time.monotonic() < ends:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def render(out: Path) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from vertrouwenspersoon.domain.clock import FixedClock
    from vertrouwenspersoon.gui import build, i18n, theme, vault_access
    from vertrouwenspersoon.policy import load_settings
    from vertrouwenspersoon.security.recovery_key import generate

    build.main([])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    light = QPalette(app.palette())
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QCoreApplication.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    from vertrouwenspersoon.gui.shell import AppShell

    class NoKeychain:
        available = False

    with tempfile.TemporaryDirectory(prefix="vp-shots-") as temp:
        work = Path(temp)
        _prepare_env(work)
        _demo_vault(work / "kluis")
        clock = FixedClock(datetime(2026, 3, 3, 9, 30))
        for scheme, lang in [(s, lang) for s in ("light", "dark") for lang in ("nl", "en")]:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last shells go first
            theme.apply(app, light if scheme == "light" else theme.dark_palette())  # type: ignore[arg-type]
            i18n.set_language(lang)
            lang = f"{scheme}-{lang}"  # the file names' prefix
            # wizard steps (no vault is created: the creating step is shown before its worker runs)
            wizard_shell = AppShell(
                work / f"nieuw-{lang}", load_settings(), clock=clock, keychain_factory=NoKeychain
            )
            wizard_shell.resize(*SIZE)
            wizard_shell.show()
            wizard = wizard_shell.wizard
            shot(wizard_shell, f"{lang}-1-wizard-intro")
            wizard.next()
            wizard.passphrase_page.ui.firstEdit.setText("paarse fiets onder")
            wizard.passphrase_page.ui.secondEdit.setText("paarse fiets")
            shot(wizard_shell, f"{lang}-2-wizard-passphrase")
            wizard.recovery_key = generate()
            wizard.recovery_page.initializePage()
            wizard.setStartId(3)
            wizard.restart()
            shot(wizard_shell, f"{lang}-3-wizard-recovery")
            wizard.setStartId(4)
            wizard.restart()
            shot(wizard_shell, f"{lang}-4-wizard-finish")
            wizard.recovery_key = ""
            wizard_shell.close()

            shell = AppShell(work / "kluis", load_settings(), clock=clock, keychain_factory=NoKeychain)
            shell.resize(*SIZE)
            shell.show()
            shot(shell, f"{lang}-5-unlock")
            shell.unlock_screen.ui.errorLabel.setText(i18n.core_text("vault.wrong-passphrase"))
            shot(shell, f"{lang}-6-unlock-wrong")
            ticket = vault_access.derive_unlock(work / "kluis", passphrase=DEMO_PASSPHRASE)
            shell.on_unlocked(vault_access.open_unlocked(ticket))
            for index, key in enumerate(("today", "dossiers", "annual_report", "settings"), start=7):
                shell.main.show_page(key)
                _wait_until_idle(shell.main.pages[key])
                shot(shell, f"{lang}-{index}-{key}")
            _case_shots(shell, lang, shot)
            shell.lock()
            shell.close()
    return written


def _case_shots(shell, lang: str, shot) -> None:  # type: ignore[no-untyped-def]
    """A case with contacts, each of its sections, and the close-case dialog."""
    shell.main.show_page("dossiers")
    dossiers = shell.main.pages["dossiers"]
    repo = shell.session.repository
    case_id = next(
        row.id for row in repo.rows(limit=50) if row.status == "open" and repo.load(row.id).contacts
    )
    shell.main.open_case(case_id)
    page = dossiers.case_page
    for index in range(page.ui.sections.count()):
        page.ui.sections.setCurrentIndex(index)
        shot(shell, f"{lang}-11-dossier-{index + 1}")
    page.close_case()
    if page.dialog is not None:
        shot(page.dialog, f"{lang}-12-close-case")
        page.dialog.wipe()
        page.dialog.done(0)
    dossiers.show_list()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m vertrouwenspersoon.gui.screenshots OUTDIR", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
