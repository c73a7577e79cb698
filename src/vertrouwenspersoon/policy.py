"""System policy (IT) and user settings, merged; a key set by policy is locked.

Precedence per key: policy (locked) > user file > built-in default. Auto-lock is the one
exception to "policy locks": IT sets `auto_lock_max_minutes` and the user may choose a shorter
`auto_lock_minutes`, never a longer one.

A broken policy must never stop an advisor from reaching their case file, so nothing here
raises on bad input: unreadable files and invalid values become `warnings` (Dutch and English
sentences that name the key and the reason) and the built-in default is used. A known key that
IT did set but got wrong stays locked at that default, so a typo in a deployment never hands a
managed setting back to the user.

User settings live in `settings.json` in `paths.config_dir()`; they never hold case data.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vertrouwenspersoon import messages, paths
from vertrouwenspersoon.bounded_input import load_json_file
from vertrouwenspersoon.domain.errors import PROBLEM_TEXT, DomainError, TaxonomyError
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.errors import BadInputError, UsageError, VpError
from vertrouwenspersoon.policy_sources import POLICY_LIMIT, PolicySource, default_policy_source
from vertrouwenspersoon.settings_schema import POLICY_KEYS, SETTINGS, SPECS, SettingSpec, SettingValueError

__all__ = [
    "SETTINGS",
    "SPECS",
    "PolicyWarning",
    "SettingLockedError",
    "SettingSpec",
    "Settings",
    "UnknownSettingError",
    "load_settings",
    "managed_text",
]

USER_FILE_NAME = "settings.json"
EXTENSION_KEY = "extra_taxonomy"

messages.register(
    {
        "policy.managed": ("Beheerd door je organisatie", "Managed by your organisation"),
        "policy.capped": (
            "Je organisatie staat hoogstens {maximum} toe",
            "Your organisation allows at most {maximum}",
        ),
        "policy.key_ignored": (
            "Beleid: de waarde van '{setting}' is genegeerd ({reason}); de standaardwaarde {default} geldt.",
            "Policy: the value of '{setting}' was ignored ({reason}); the default {default} applies.",
        ),
        "policy.unknown_key": (
            "Beleid: de onbekende sleutel '{setting}' is genegeerd.",
            "Policy: the unknown key '{setting}' was ignored.",
        ),
        "policy.user_key_ignored": (
            "Eigen instelling '{setting}' is genegeerd ({reason}); de standaardwaarde geldt.",
            "Your setting '{setting}' was ignored ({reason}); the default applies.",
        ),
        "policy.user_file_unreadable": (
            "Het instellingenbestand {source} kon niet worden gelezen ({detail}); "
            "de standaardinstellingen gelden.",
            "The settings file {source} could not be read ({detail}); the default settings apply.",
        ),
        "policy.user_file_refused": (
            "Het instellingenbestand {source} is genegeerd: {reason} De standaardinstellingen gelden.",
            "The settings file {source} was ignored: {reason} The default settings apply.",
        ),
        "policy.extension_ignored": (
            "Beleid: in '{setting}' is '{entry}' genegeerd; de rest van het beleid geldt ({reason}).",
            "Policy: '{entry}' in '{setting}' was ignored; the rest of the policy applies ({reason}).",
        ),
        "policy.user_extension_ignored": (
            "Eigen instelling: in '{setting}' is '{entry}' genegeerd ({reason}).",
            "Your setting: '{entry}' in '{setting}' was ignored ({reason}).",
        ),
        "policy.locked": (
            "De instelling '{setting}' wordt beheerd door je organisatie en kan hier niet worden gewijzigd.",
            "The setting '{setting}' is managed by your organisation and cannot be changed here.",
        ),
        "policy.above_cap": (
            "De instelling '{setting}' mag van je organisatie hoogstens {maximum} zijn.",
            "Your organisation allows at most {maximum} for the setting '{setting}'.",
        ),
        "policy.invalid_value": (
            "De waarde voor '{setting}' is ongeldig: {reason}.",
            "The value for '{setting}' is invalid: {reason}.",
        ),
        "policy.unknown_setting": ("Onbekende instelling '{setting}'.", "Unknown setting '{setting}'."),
    }
)


class SettingLockedError(UsageError):
    """The user tried to change a setting IT has locked (or go above IT's maximum)."""


class UnknownSettingError(UsageError):
    pass


class InvalidSettingError(BadInputError):
    pass


@dataclass(frozen=True)
class PolicyWarning:
    """A problem found while loading; `key` is None when the whole file was ignored."""

    key: str | None
    message_key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        params = dict(self.params)
        reason = params.pop("reason", None)
        if isinstance(reason, SettingValueError):
            params["reason"] = reason.reason(lang)
        elif isinstance(reason, VpError):
            params["reason"] = reason.message(lang)
        elif isinstance(reason, DomainError):  # the problem only: the entry is named by the message
            nl, en = PROBLEM_TEXT.get(reason.problem, (reason.problem, reason.problem))
            params["reason"] = (en if (lang or messages.current_language()) == "en" else nl).rstrip(".")
        elif reason is not None:
            params["reason"] = reason
        return messages.text(self.message_key, lang, **params)

    def __str__(self) -> str:
        return self.message("en")


def managed_text(lang: str | None = None) -> str:
    """The label the GUI shows next to a locked setting."""
    return messages.text("policy.managed", lang)


class Settings:
    """The merged view. Read with `get`; change the user's part with `set_user` and `save`."""

    def __init__(
        self,
        policy: Mapping[str, Any],
        user: Mapping[str, Any],
        warnings: list[PolicyWarning],
        user_file: Path,
        policy_origin: str = "",
    ) -> None:
        self._policy = dict(policy)
        self._user = dict(user)
        self.warnings = warnings
        self.user_file = user_file
        self.policy_origin = policy_origin

    def get(self, key: str) -> Any:
        spec = _spec(key)
        if key == "auto_lock_minutes":
            chosen = self._user.get(key, spec.default)
            return min(chosen, self.get("auto_lock_max_minutes"))
        value = self._policy[key] if key in self._policy else self._user.get(key, spec.default)
        return copy.deepcopy(value)

    def is_locked(self, key: str) -> bool:
        """True when IT set this key: the settings page shows it read-only with `managed_text()`."""
        _spec(key)
        return key in self._policy

    def maximum(self, key: str) -> int | None:
        """The largest value the user may choose now (auto-lock is capped by policy)."""
        spec = _spec(key)
        if key == "auto_lock_minutes":
            return self.get("auto_lock_max_minutes")
        return spec.maximum

    def source(self, key: str) -> str:
        """'policy', 'user' or 'default': where the value of `get(key)` comes from."""
        _spec(key)
        if key in self._policy:
            return "policy"
        return "user" if key in self._user else "default"

    def set_user(self, key: str, value: Any) -> None:
        """Validate and keep the user's choice (call `save` to write it). Locked keys are refused."""
        spec = _spec(key)
        if self.is_locked(key) or not spec.user_settable:
            raise SettingLockedError("policy.locked", setting=key)
        try:
            value = spec.validate(value)
        except SettingValueError as error:
            raise InvalidSettingError("policy.invalid_value", setting=key, reason=error.reason()) from None
        if key == "auto_lock_minutes" and value > self.get("auto_lock_max_minutes"):
            raise SettingLockedError(
                "policy.above_cap", setting=key, maximum=self.get("auto_lock_max_minutes")
            )
        self._user[key] = value

    def reset_user(self, key: str) -> None:
        """Forget the user's choice so the default (or policy) applies again."""
        _spec(key)
        self._user.pop(key, None)

    def vault_dir(self) -> Path:
        """The default vault folder: `default_vault_location` with ~ and %VAR%/$VAR expanded, else the platform's."""
        location = self.get("default_vault_location")
        if not location:
            return paths.default_vault_dir()
        return Path(os.path.expanduser(os.path.expandvars(location)))

    def user_values(self) -> dict[str, Any]:
        return copy.deepcopy(self._user)

    def save(self) -> None:
        """Write the user's choices atomically: temp file (0600) in the same folder, fsync, rename."""
        _write_atomic(
            self.user_file, json.dumps(self._user, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise UnknownSettingError("policy.unknown_setting", setting=key)
    return spec


def _write_atomic(target: Path, text: str) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):
        directory = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _validate_policy(values: Mapping[str, Any], warnings: list[PolicyWarning]) -> dict[str, Any]:
    policy: dict[str, Any] = {}
    for key, value in values.items():
        if key not in POLICY_KEYS:
            warnings.append(PolicyWarning(str(key), "policy.unknown_key", {"setting": key}))
            continue
        spec = SPECS[key]
        try:
            policy[key] = _validate(spec, value, "policy.extension_ignored", warnings)
        except SettingValueError as error:
            # Locked at the safe default: IT meant to manage this key.
            policy[key] = copy.deepcopy(spec.default)
            warnings.append(
                PolicyWarning(
                    key,
                    "policy.key_ignored",
                    {
                        "setting": key,
                        "reason": error,
                        "default": json.dumps(spec.default, ensure_ascii=False),
                    },
                )
            )
    return policy


def _validate(spec: SettingSpec, value: Any, ignored_key: str, warnings: list[PolicyWarning]) -> Any:
    """The setting's value; a taxonomy extension keeps every entry that extends the built-in taxonomy."""
    if spec.key == EXTENSION_KEY:
        return usable_extension(spec.validate, value, ignored_key, warnings)
    return spec.validate(value)


@lru_cache(maxsize=1)
def _built_in_taxonomy() -> Taxonomy:
    return Taxonomy.from_file(paths.resource_dir() / "taxonomy.json")


def usable_extension(
    validate: Any, value: Any, ignored_key: str, warnings: list[PolicyWarning]
) -> dict[str, dict[str, dict[str, str]]]:
    """The entries of a taxonomy extension that can extend the built-in taxonomy, each other one a warning.

    A code that reuses a built-in code with other labels, or a group the taxonomy lacks, made
    `Taxonomy.extended` raise wherever the case file was opened: one typo by IT locked every advisor out.
    Such an entry is dropped here, once, so the settings only ever hold an extension that works and the
    rest of the policy (the good codes, k, retention) still holds. A value that is no mapping at all is
    refused whole by `validate` (SettingValueError), as any other invalid value."""
    if not isinstance(value, dict):
        return validate(value)  # raises: not a mapping at all

    def ignore(entry: str, error: Exception) -> None:
        params = {"setting": EXTENSION_KEY, "entry": entry[:80], "reason": error}
        warnings.append(PolicyWarning(EXTENSION_KEY, ignored_key, params))

    accepted: dict[str, dict[str, dict[str, str]]] = {}
    for group, codes in value.items():
        if not isinstance(codes, dict):
            ignore(str(group), SettingValueError("settings.bad_type", expected="{code: {nl, en}}"))
            continue
        for code, labels in codes.items():
            candidate = {**accepted, group: {**accepted.get(group, {}), code: labels}}
            try:
                checked = validate(candidate)
                _built_in_taxonomy().extended(checked)
            except SettingValueError as error:
                ignore(f"{group}.{code}", error)
                continue
            except TaxonomyError as error:
                ignore(str(group) if error.code is None else f"{group}.{code}", error)
                if error.code is None:
                    break  # the whole group is unknown: one warning for it
                continue
            accepted = checked
    return accepted


def _read_user(path: Path, warnings: list[PolicyWarning]) -> dict[str, Any]:
    try:  # bounded: a FIFO or a file nested 100,000 deep is one warning, not a hang or a crash
        data = load_json_file(path, POLICY_LIMIT)
    except FileNotFoundError:
        return {}
    except BadInputError as error:
        warnings.append(PolicyWarning(None, "policy.user_file_refused", {"source": path, "reason": error}))
        return {}
    if not isinstance(data, dict):
        warnings.append(
            PolicyWarning(None, "policy.user_file_unreadable", {"source": path, "detail": "not an object"})
        )
        return {}
    user: dict[str, Any] = {}
    for key, value in data.items():
        spec = SPECS.get(key)
        if spec is None or not spec.user_settable:
            continue  # a newer version's key or a policy-only key: not ours to apply
        try:
            user[key] = _validate(spec, value, "policy.user_extension_ignored", warnings)
        except SettingValueError as error:
            warnings.append(PolicyWarning(key, "policy.user_key_ignored", {"setting": key, "reason": error}))
    return user


def load_settings(policy_source: PolicySource | None = None, user_file: Path | str | None = None) -> Settings:
    """Read policy and user settings; never raises for bad content (see `Settings.warnings`)."""
    source = policy_source if policy_source is not None else default_policy_source()
    warnings: list[PolicyWarning] = []
    raw = source.read()
    for message_key, params in raw.problems:
        warnings.append(PolicyWarning(None, message_key, params))
    policy = _validate_policy(raw.values, warnings)
    path = Path(user_file) if user_file is not None else paths.config_dir() / USER_FILE_NAME
    user = _read_user(path, warnings)
    return Settings(policy, user, warnings, path, policy_origin=raw.origin)
