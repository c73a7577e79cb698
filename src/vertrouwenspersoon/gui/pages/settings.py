"""Instellingen: the settings of `settings_schema.SETTINGS`, grouped, plus the vault's own
security actions (privacy mode, keychain unlock, passphrase change) and backups.

Every schema entry gets a row (see setting_editors); a setting IT locked shows a lock and
"Beheerd door je organisatie" and cannot be edited. Slow work — changing the passphrase
(Argon2 calibration) and making a backup — runs in a worker with progress and cancel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vertrouwenspersoon.gui import i18n, theme, vault_access, worker
from vertrouwenspersoon.gui.forms.ui_settings import Ui_SettingsPage
from vertrouwenspersoon.gui.pages import Page, PageSpec, register
from vertrouwenspersoon.gui.pages.setting_editors import CONFIRMED, SettingRow
from vertrouwenspersoon.gui.passphrase_fields import PassphrasePair
from vertrouwenspersoon.gui.session import Session
from vertrouwenspersoon.settings_schema import SETTINGS
from vertrouwenspersoon.store.keyslots import KEYCHAIN

GROUPS: tuple[str, ...] = ("security", "aftercare", "report", "language", "backups", "organisation")
GROUP_OF: dict[str, str] = {
    "auto_lock_minutes": "security",
    "keychain_unlock_allowed": "security",
    "lock_on_minimise": "security",
    "privacy_mode": "security",
    "aftercare_offsets": "aftercare",
    "good_friday_holiday": "aftercare",
    "liberation_day_rule": "aftercare",
    "report_k": "report",
    "retention_months": "report",
    "institution_name": "report",
    "default_language": "language",
}
# auto_lock_max_minutes is shown as the cap on auto_lock_minutes; privacy_mode has its own live toggle below
HIDDEN = frozenset({"auto_lock_max_minutes", "privacy_mode"})


def group_title(group: str) -> str:
    return {
        "security": QCoreApplication.translate("Settings", "Beveiliging"),
        "aftercare": QCoreApplication.translate("Settings", "Nazorg"),
        "report": QCoreApplication.translate("Settings", "Jaarverslag"),
        "language": QCoreApplication.translate("Settings", "Taal"),
        "backups": QCoreApplication.translate("Settings", "Back-ups"),
        "organisation": QCoreApplication.translate("Settings", "Organisatie"),
    }[group]


class SettingsPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        theme.heading(self.ui.headingLabel)
        self.groups: dict[str, QGroupBox] = {}
        self.rows: dict[str, SettingRow] = {}
        # IT's policy had keys that were ignored: say which, so nobody wonders why a preset did not apply
        self.policy_warnings = QLabel()
        self.policy_warnings.setObjectName("policyWarnings")
        self.policy_warnings.setWordWrap(True)
        theme.error(self.policy_warnings)
        self.policy_warnings.setVisible(bool(session.settings.warnings))
        self.ui.groupsLayout.addWidget(self.policy_warnings)
        for group in GROUPS:
            box = QGroupBox()
            box.setObjectName(f"group_{group}")
            QVBoxLayout(box).setSpacing(8)
            self.groups[group] = box
            self.ui.groupsLayout.addWidget(box)
        self.ui.groupsLayout.addStretch(1)
        for spec in SETTINGS:
            if spec.key in HIDDEN:
                continue
            row = SettingRow(spec, session.settings, self._saved)
            self.rows[spec.key] = row
            self.groups[GROUP_OF.get(spec.key, "organisation")].layout().addWidget(row)
        self._build_security()
        self._build_backups()
        self.backup_worker: worker.Worker | None = None
        self.passphrase_worker: worker.Worker | None = None
        self.retranslate()

    # -- security ---------------------------------------------------------------------------------
    def _build_security(self) -> None:
        layout = self.groups["security"].layout()
        self.privacy_check = QCheckBox()
        self.privacy_check.setChecked(self.session.privacy_mode)
        self.privacy_check.toggled.connect(self.session.set_privacy_mode)
        layout.addWidget(self.privacy_check)
        self.keychain_check = QCheckBox()
        self.keychain_check.setChecked(KEYCHAIN in self.session.vault.slots.slots)
        self.keychain_check.setEnabled(bool(self.session.settings.get("keychain_unlock_allowed")))
        self.keychain_check.toggled.connect(self._keychain_toggled)
        layout.addWidget(self.keychain_check)
        self.keychain_note = QLabel()
        theme.error(self.keychain_note)
        self.keychain_note.hide()
        layout.addWidget(self.keychain_note)
        self.change_label = QLabel()
        layout.addWidget(self.change_label)
        self.new_first, self.new_second = QLineEdit(), QLineEdit()
        for edit in (self.new_first, self.new_second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_strength, self.new_problem = QLabel(), QLabel()
        fields = QHBoxLayout()
        fields.addWidget(self.new_first)
        fields.addWidget(self.new_second)
        self.change_button = QPushButton()
        fields.addWidget(self.change_button)
        layout.addLayout(fields)
        layout.addWidget(self.new_strength)
        layout.addWidget(self.new_problem)
        self.pair = PassphrasePair(self.new_first, self.new_second, self.new_strength, self.new_problem)
        self.pair.changed.connect(lambda: self.change_button.setEnabled(self.pair.acceptable))
        self.change_button.setEnabled(False)
        self.change_button.clicked.connect(self.change_passphrase)

    def _keychain_toggled(self, on: bool) -> None:
        from vertrouwenspersoon.errors import VpError
        from vertrouwenspersoon.security.keychain import Keychain

        vault = self.session.vault
        try:
            if on:
                vault.enable_keychain(Keychain())
            else:
                vault.disable_keychain(Keychain())
            self.keychain_note.hide()
        except VpError as error:
            self.keychain_note.setText(error.message(i18n.language()))
            self.keychain_note.show()
            self.keychain_check.blockSignals(True)
            self.keychain_check.setChecked(not on)
            self.keychain_check.blockSignals(False)

    def change_passphrase(self) -> None:
        if not self.pair.acceptable:
            return
        vault, new = self.session.vault, self.pair.value()
        self.pair.clear()
        self.change_button.setEnabled(False)
        self.new_problem.setText(self.tr("De nieuwe wachtwoordzin wordt ingesteld…"))
        self.passphrase_worker = worker.run(lambda _p: vault.change_passphrase(new), self)
        self.passphrase_worker.succeeded.connect(
            lambda _r: self.new_problem.setText(self.tr("Je wachtwoordzin is gewijzigd."))
        )
        self.passphrase_worker.failed.connect(self.new_problem.setText)

    # -- backups ----------------------------------------------------------------------------------
    def _build_backups(self) -> None:
        layout = self.groups["backups"].layout()
        self.backup_explain = QLabel()
        self.backup_explain.setWordWrap(True)
        theme.muted(self.backup_explain)
        layout.addWidget(self.backup_explain)
        buttons = QHBoxLayout()
        self.backup_button, self.cancel_button, self.restore_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        for button in (self.backup_button, self.cancel_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.backup_progress = QProgressBar()
        self.backup_progress.hide()
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        layout.addWidget(self.backup_progress)
        layout.addWidget(self.backup_status)
        self.cancel_button.hide()
        self.backup_button.clicked.connect(self.make_backup)
        self.cancel_button.clicked.connect(self.cancel_backup)
        self.restore_button.clicked.connect(self.session.restore_requested)

    def make_backup(self) -> None:
        today = self.session.clock.today().isoformat()
        path = self.session.save_chooser(
            self,
            self.tr("Back-up opslaan"),
            f"vertrouwenspersoon-{today}.vpbackup",
            self.tr("Back-ups (*.vpbackup)"),
        )
        if path is None:
            return
        vault = self.session.vault
        self.backup_progress.setValue(0)
        self.backup_progress.show()
        self.cancel_button.show()
        self.backup_button.setEnabled(False)
        self.backup_status.setText(self.tr("De back-up wordt gemaakt…"))
        self.backup_worker = worker.Worker(
            lambda progress: vault_access.backup_with_reader(vault, path, progress), self
        )
        self.backup_worker.progressed.connect(self.backup_progress.setValue)
        self.backup_worker.succeeded.connect(
            lambda out: self._backup_done(self.tr("Back-up opgeslagen: %1").replace("%1", str(out)))
        )
        self.backup_worker.failed.connect(self._backup_done)
        self.backup_worker.cancelled.connect(lambda: self._backup_done(self.tr("Back-up geannuleerd.")))
        self.backup_worker.start()

    def cancel_backup(self) -> None:
        if self.backup_worker is not None:
            self.backup_worker.cancel()

    def _backup_done(self, sentence: str) -> None:
        self.backup_progress.hide()
        self.cancel_button.hide()
        self.backup_button.setEnabled(True)
        self.backup_status.setText(sentence)

    # -- reactions --------------------------------------------------------------------------------
    def _saved(self, key: str, value: Any) -> None:
        if key in CONFIRMED and self.session.vault.is_open:
            self.session.vault.record("setting.change", "setting", key)
        if key == "default_language":
            i18n.set_language(str(value))
        elif key == "auto_lock_minutes":
            self.session.idle.set_minutes(int(value))

    def clear(self) -> None:
        self.pair.clear()
        self.backup_status.clear()
        if self.backup_worker is not None:
            self.backup_worker.cancel()

    def retranslate(self) -> None:
        if self.session.settings.warnings:
            lang = i18n.language()
            lines = [w.message(lang) for w in self.session.settings.warnings]
            self.policy_warnings.setText("\n".join(lines))
            self.policy_warnings.setAccessibleName(self.tr("Meldingen over het beleid van je organisatie"))
        for group, box in self.groups.items():
            box.setTitle(group_title(group))
        for row in self.rows.values():
            row.retranslate()
        pairs = (
            (self.privacy_check, self.tr("Privacymodus: namen in lijsten afschermen (M•••)")),
            (self.keychain_check, self.tr("Ontgrendel met deze computer")),
            (self.new_first, self.tr("Nieuwe wachtwoordzin")),
            (self.new_second, self.tr("Nieuwe wachtwoordzin nogmaals")),
            (self.change_button, self.tr("Wachtwoordzin wijzigen")),
            (self.backup_button, self.tr("Nu een back-up maken…")),
            (self.cancel_button, self.tr("Annuleren")),
            (self.restore_button, self.tr("Back-up terugzetten…")),
        )
        for widget, text in pairs:
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(text)
            else:
                widget.setText(text)
            widget.setAccessibleName(text.rstrip("…"))
        self.backup_progress.setAccessibleName(self.tr("Voortgang van de back-up"))
        self.change_label.setText(self.tr("Wachtwoordzin wijzigen"))
        self.backup_explain.setText(
            self.tr(
                "Elke dag dat je de kluis opent, wordt er automatisch een versleutelde back-up gemaakt in de "
                "map backups van de kluis. Maak daarnaast af en toe een back-up op een eigen versleutelde schijf."
            )
        )


register(
    PageSpec(
        key="settings",
        order=40,
        title=lambda: QCoreApplication.translate("Navigation", "Instellingen"),
        factory=SettingsPage,
        shortcut="Ctrl+,",
    )
)
