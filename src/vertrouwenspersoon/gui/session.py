"""One unlocked session: the open vault, the repository, and everything that ends it.

The session owns the auto-lock (idle, OS screen lock) and the sensitive clipboard. It never
locks by itself: it asks (`lock_requested(reason)`) and the shell tears down every page, then
calls `end()`, which clears the clipboard and closes the vault. Pages get their data through
the session so a page never outlives the vault it read from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from vertrouwenspersoon.domain.clock import Clock
from vertrouwenspersoon.gui.clipboard import SensitiveClipboard
from vertrouwenspersoon.gui.draft_keeper import DraftKeeper
from vertrouwenspersoon.gui.file_dialogs import (
    OpenChooser,
    SaveChooser,
    ask_open_path,
    ask_save_path,
    outside_vaults,
)
from vertrouwenspersoon.gui.idle import IdleMonitor
from vertrouwenspersoon.gui.screenlock import ScreenLockWatcher
from vertrouwenspersoon.policy import Settings
from vertrouwenspersoon.settings_schema import SPECS
from vertrouwenspersoon.store.drafts import DraftStore
from vertrouwenspersoon.store.vault import Vault

PRIVACY_KEY = "privacy_mode"  # not yet in settings_schema: session-only until it is (see report)


class Session(QObject):
    lock_requested = Signal(str)  # "idle", "screen" or "user"
    privacy_changed = Signal(bool)
    data_changed = Signal()  # a page changed case data; others refresh (e.g. the Vandaag badge)
    restore_requested = Signal()  # Instellingen > Back-up terugzetten: the shell locks first

    def __init__(
        self,
        vault: Vault,
        settings: Settings,
        clock: Clock,
        clipboard: SensitiveClipboard,
        *,
        save_chooser: SaveChooser = ask_save_path,
        open_chooser: OpenChooser = ask_open_path,
        repository: Any | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self.clock = clock
        self.clipboard = clipboard
        self.save_chooser = save_chooser
        self.open_chooser = open_chooser
        self._repository = repository
        self._privacy = bool(settings.get(PRIVACY_KEY)) if PRIVACY_KEY in SPECS else True
        self.drafts = DraftKeeper(DraftStore(vault), self)
        self.idle = IdleMonitor(clock, int(settings.get("auto_lock_minutes")), self)
        self.idle.idle.connect(lambda: self.lock_requested.emit("idle"))
        self.screen = ScreenLockWatcher(self)
        self.screen.screen_locked.connect(lambda: self.lock_requested.emit("screen"))

    @property
    def save_chooser(self) -> SaveChooser:
        """Where the advisor saves a file; never inside a vault folder, however the chooser is set."""
        return self._save_chooser

    @save_chooser.setter
    def save_chooser(self, chooser: SaveChooser) -> None:
        self._save_chooser = outside_vaults(chooser)

    @property
    def repository(self) -> Any:
        """The case repository (store.cases.CaseRepository), made on first use."""
        if self._repository is None:
            from vertrouwenspersoon.app_context import case_repository

            self._repository = case_repository(self.vault, self.settings)
        return self._repository

    @property
    def vault_name(self) -> str:
        """The folder name: identifies the vault without any case data."""
        return self.vault.directory.name

    @property
    def privacy_mode(self) -> bool:
        return self._privacy

    def set_privacy_mode(self, on: bool) -> None:
        self._privacy = bool(on)
        if PRIVACY_KEY in SPECS and not self.settings.is_locked(PRIVACY_KEY):
            self.settings.set_user(PRIVACY_KEY, self._privacy)
            self.settings.save()
        self.privacy_changed.emit(self._privacy)

    def start(self) -> None:
        self.idle.start()
        self.screen.start()

    def end(self) -> None:
        """Stop watching, clear our clipboard text, close the vault (drops the key)."""
        if self.vault.is_open:
            self.drafts.close()
        self.idle.stop()
        self.clipboard.clear_if_ours()
        self._repository = None
        if self.vault.is_open:
            self.vault.close()
