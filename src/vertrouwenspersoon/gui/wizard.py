"""First run: explain the vault in three short steps, choose a passphrase, create the vault,
show the recovery key once (print it, type the last group back), then institution and language.

The vault is created in a worker (Argon2 is calibrated on this machine, ≈1 s in total) and the
wizard never holds the passphrase after that. The recovery key lives only in this wizard's
memory until it finishes; the sheet PDF is written only where the advisor chooses.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.gui import i18n, theme, vault_access, worker
from vertrouwenspersoon.gui.file_dialogs import SaveChooser, ask_save_path, outside_vaults
from vertrouwenspersoon.gui.forms.ui_wizard_creating import Ui_WizardCreating
from vertrouwenspersoon.gui.forms.ui_wizard_finish import Ui_WizardFinish
from vertrouwenspersoon.gui.forms.ui_wizard_intro import Ui_WizardIntro
from vertrouwenspersoon.gui.forms.ui_wizard_passphrase import Ui_WizardPassphrase
from vertrouwenspersoon.gui.forms.ui_wizard_recovery import Ui_WizardRecovery
from vertrouwenspersoon.gui.passphrase_fields import PassphrasePair
from vertrouwenspersoon.gui.recovery_sheet import SheetVault, write_sheet
from vertrouwenspersoon.policy import Settings
from vertrouwenspersoon.security import recovery_key
from vertrouwenspersoon.security.keychain import Keychain
from vertrouwenspersoon.store.vault import Vault

KeychainFactory = Callable[[], Keychain]


class _Page(QWizardPage):
    """A wizard page whose body is a Designer form; re-translates on a language switch."""

    def __init__(self, form: object) -> None:
        super().__init__()
        self.ui = form
        self.ui.setupUi(self)  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[attr-defined]
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class IntroPage(_Page):
    def __init__(self) -> None:
        super().__init__(Ui_WizardIntro())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welkom bij Vertrouwenspersoon"))
        self.setSubTitle(self.tr("Zo bewaart dit programma je dossiers."))


class PassphrasePage(_Page):
    def __init__(self) -> None:
        super().__init__(Ui_WizardPassphrase())
        self.pair = PassphrasePair(
            self.ui.firstEdit,
            self.ui.secondEdit,
            self.ui.strengthLabel,
            self.ui.problemLabel,
            self.ui.showCheck,
        )
        self.pair.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Kies je wachtwoordzin"))
        self.setSubTitle(self.tr("Je typt hem twee keer, zodat een tikfout je niet buitensluit."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Kluis maken"))
        self.pair.update()

    def isComplete(self) -> bool:
        return self.pair.acceptable

    def validatePage(self) -> bool:
        """QWizard.next() skips isComplete; refuse here too so no path creates a weak vault."""
        return self.pair.acceptable


class CreatingPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(Ui_WizardCreating())
        self._wizard = wizard
        self._done = False
        self.worker: worker.Worker | None = None
        theme.error(self.ui.errorLabel)
        self.ui.retryButton.clicked.connect(self._start)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("De kluis wordt gemaakt"))

    def initializePage(self) -> None:
        self._start()

    def _start(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.retryButton.hide()
        self.ui.busyBar.show()
        passphrase = self._wizard.passphrase_page.pair.value()
        directory = self._wizard.vault_dir
        self.worker = worker.run(lambda _progress: vault_access.create_vault(directory, passphrase), self)
        self.worker.succeeded.connect(self._created)
        self.worker.failed.connect(self._failed)

    def _created(self, created: tuple[str, SheetVault]) -> None:
        self._wizard.recovery_key, self._wizard.sheet_vault = created
        self._wizard.passphrase_page.pair.clear()  # the passphrase is not kept once the vault exists
        self._done = True
        self.ui.busyBar.hide()
        self.completeChanged.emit()
        self._wizard.next()

    def _failed(self, sentence: str) -> None:
        self.ui.busyBar.hide()
        self.ui.errorLabel.setText(sentence)
        self.ui.retryButton.show()

    def isComplete(self) -> bool:
        return self._done


class RecoveryPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(Ui_WizardRecovery())
        self._wizard = wizard
        theme.monospace_large(self.ui.keyLabel)
        theme.muted(self.ui.savedLabel)
        theme.error(self.ui.confirmHint)
        self.ui.printButton.clicked.connect(self.print_sheet)
        self.ui.confirmEdit.textChanged.connect(self._confirm_changed)
        self.sheet_worker: worker.Worker | None = None
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Je herstelsleutel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Volgende"))

    def initializePage(self) -> None:
        groups = recovery_key.groups(self._wizard.recovery_key)
        rows = ["   ".join(groups[i : i + 3]) for i in range(0, len(groups), 3)]
        self.ui.keyLabel.setText("\n".join(rows))
        self.ui.confirmEdit.setFocus()

    def _confirm_changed(self) -> None:
        typed = self.ui.confirmEdit.text().strip()
        if len(typed) == 5 and not self.isComplete():
            self.ui.confirmHint.setText(self.tr("Dat is niet de laatste groep. Kijk nog eens goed."))
        else:
            self.ui.confirmHint.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        key = self._wizard.recovery_key
        return bool(key) and self.ui.confirmEdit.text().strip() == recovery_key.groups(key)[-1]

    def validatePage(self) -> bool:
        """No way past this page (button, Enter, next()) until the last group is typed back."""
        return self.isComplete()

    def print_sheet(self) -> None:
        """Ask where to save the sheet, then write the PDF there in a worker (reportlab import is slow)."""
        path = self._wizard.save_chooser(
            self,
            self.tr("Herstelblad opslaan"),
            self.tr("herstelblad-vertrouwenspersoon.pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if path is None:
            return
        key, lang, vault = self._wizard.recovery_key, i18n.language(), self._wizard.sheet_vault
        self.ui.savedLabel.setText(self.tr("Het herstelblad wordt opgeslagen…"))
        self.sheet_worker = worker.run(lambda _p: write_sheet(path, key, vault, lang), self)
        self.sheet_worker.succeeded.connect(
            lambda out: self.ui.savedLabel.setText(
                self.tr("Opgeslagen als %1. Druk het af en verwijder daarna het bestand.").replace(
                    "%1", Path(out).name
                )
            )
        )
        self.sheet_worker.failed.connect(self.ui.savedLabel.setText)


class FinishPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(Ui_WizardFinish())
        self._wizard = wizard
        theme.muted(self.ui.keychainHint)
        self.ui.languageCombo.addItem("Nederlands", "nl")
        self.ui.languageCombo.addItem("English", "en")
        settings = wizard.settings
        self.ui.languageCombo.setCurrentIndex(0 if i18n.language() == "nl" else 1)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        self.ui.institutionEdit.setText(str(settings.get("institution_name")))
        self.ui.institutionEdit.setEnabled(not settings.is_locked("institution_name"))
        self.ui.languageCombo.setEnabled(not settings.is_locked("default_language"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Afronden"))

    def initializePage(self) -> None:
        offer = self._wizard.keychain_offered()
        self.ui.keychainCheck.setVisible(offer)
        self.ui.keychainHint.setVisible(offer)

    def _language_changed(self) -> None:
        i18n.set_language(self.ui.languageCombo.currentData())


class FirstRunWizard(QWizard):
    """Emits `vault_ready(vault)` with the new vault open on the GUI thread."""

    vault_ready = Signal(object)

    def __init__(
        self,
        vault_dir: Path,
        settings: Settings,
        *,
        keychain_factory: KeychainFactory = Keychain,
        save_chooser: SaveChooser = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("firstRunWizard")
        self.vault_dir = Path(vault_dir)
        self.settings = settings
        self.keychain_factory = keychain_factory
        self.save_chooser = outside_vaults(save_chooser)
        self.recovery_key = ""
        self.sheet_vault: SheetVault | None = None
        self._keychain: Keychain | None = None
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.intro_page = IntroPage()
        self.passphrase_page = PassphrasePage()
        self.creating_page = CreatingPage(self)
        self.recovery_page = RecoveryPage(self)
        self.finish_page = FinishPage(self)
        for page in (self.intro_page, self.passphrase_page, self.creating_page, self.recovery_page):
            self.addPage(page)
        self.addPage(self.finish_page)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("Vertrouwenspersoon")
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Beginnen"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Doorgaan"))  # else Qt's "Commit"
        for which, name in (
            (QWizard.WizardButton.NextButton, self.tr("Volgende")),
            (QWizard.WizardButton.BackButton, self.tr("Vorige")),
            (QWizard.WizardButton.FinishButton, self.tr("Beginnen")),
            (QWizard.WizardButton.CommitButton, self.tr("Doorgaan")),
        ):
            self.button(which).setAccessibleName(name)

    def keychain_offered(self) -> bool:
        """Only where policy allows it and a real OS keychain answers."""
        if not self.settings.get("keychain_unlock_allowed"):
            return False
        if self._keychain is None:
            self._keychain = self.keychain_factory()
        return self._keychain.available

    def accept(self) -> None:
        """Save the choices, open the new vault (recovery key: fast, no Argon2) and hand it over."""
        ui = self.finish_page.ui
        if not self.settings.is_locked("institution_name"):
            self.settings.set_user("institution_name", ui.institutionEdit.text())
        if not self.settings.is_locked("default_language"):
            self.settings.set_user("default_language", ui.languageCombo.currentData())
        self.settings.save()
        vault = Vault.open(self.vault_dir, recovery=self.recovery_key)
        if ui.keychainCheck.isVisible() and ui.keychainCheck.isChecked() and self._keychain is not None:
            # Optional comfort: if the keychain refuses, the passphrase still opens the vault.
            with contextlib.suppress(VpError):
                vault.enable_keychain(self._keychain)
        self.recovery_key = ""
        super().accept()
        self.vault_ready.emit(vault)
