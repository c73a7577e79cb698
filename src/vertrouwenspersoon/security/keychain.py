"""The OS keychain behind a small interface, with an allowlist of real OS backends.

"Remember on this device" is only offered when a real keychain is there (macOS Keychain,
Windows Credential Locker, Secret Service, KWallet). Plaintext, null, fail and chainer-only
setups make it unavailable — never silently insecure.
"""

from __future__ import annotations

import base64
from typing import Any

import keyring
import keyring.backend
import keyring.errors

SERVICE = "nl.vertrouwenspersoon.vault"

ALLOWED_BACKENDS = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)


class KeychainError(Exception):
    """The keychain refused or failed; the caller falls back to the passphrase."""


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _viable(backend: Any) -> bool:
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend reports "not viable here" by raising from priority
        return False


def find_backend() -> Any | None:
    """The best viable allowlisted backend, or None. Never a plaintext or null one."""
    candidates = [b for b in keyring.backend.get_all_keyring() if backend_name(b) in ALLOWED_BACKENDS]
    viable = [b for b in candidates if _viable(b)]
    return max(viable, key=lambda b: float(b.priority)) if viable else None


class Keychain:
    """Stores one random secret per vault id; `backend` is injectable for tests."""

    def __init__(self, backend: Any | None = None, *, allow_any_backend: bool = False) -> None:
        if backend is not None and not allow_any_backend and backend_name(backend) not in ALLOWED_BACKENDS:
            self._backend = None
            self.refused_backend = backend_name(backend)
        else:
            self._backend = backend if backend is not None else find_backend()
            self.refused_backend = None

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def name(self) -> str:
        return backend_name(self._backend) if self._backend is not None else ""

    def _require(self) -> Any:
        if self._backend is None:
            raise KeychainError("no allowed OS keychain available")
        return self._backend

    def store(self, vault_id: str, secret: bytes) -> None:
        try:
            self._require().set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
            raise KeychainError("the keychain refused to store the secret") from error

    def load(self, vault_id: str) -> bytes | None:
        try:
            value = self._require().get_password(SERVICE, vault_id)
        except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
            raise KeychainError("the keychain could not be read") from error
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError as error:
            raise KeychainError("the keychain entry is damaged") from error

    def delete(self, vault_id: str) -> None:
        try:
            self._require().delete_password(SERVICE, vault_id)
        except keyring.errors.PasswordDeleteError:
            return
        except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
            raise KeychainError("the keychain entry could not be removed") from error
