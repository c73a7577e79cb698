"""IT policy locks settings; a broken policy never stops the app; user settings are saved safely."""

from __future__ import annotations

import json
import os
import plistlib
import stat
from pathlib import Path

import pytest

from vertrouwenspersoon import policy
from vertrouwenspersoon.policy import SettingLockedError, load_settings, managed_text
from vertrouwenspersoon.policy_sources import (
    POLICY_FILE_ENV,
    EmptyPolicySource,
    JsonPolicySource,
    ManagedPreferencesSource,
    RegistryPolicySource,
    default_policy_source,
)
from vertrouwenspersoon.settings_schema import POLICY_KEYS, SETTINGS


def _policy(tmp_path: Path, content: object | str) -> JsonPolicySource:
    path = tmp_path / "policy.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return JsonPolicySource(path)


def _load(tmp_path: Path, content: object | str | None = None) -> policy.Settings:
    source = JsonPolicySource(tmp_path / "absent.json") if content is None else _policy(tmp_path, content)
    return load_settings(policy_source=source, user_file=tmp_path / "config" / "settings.json")


def test_without_policy_every_setting_has_its_default_and_is_unlocked(tmp_path):
    settings = _load(tmp_path)
    assert settings.warnings == []
    assert settings.get("report_k") == 5
    assert settings.get("retention_months") == 12
    assert settings.get("auto_lock_minutes") == 5
    assert settings.get("aftercare_offsets") == ["4w", "3m"]
    assert settings.get("good_friday_holiday") is False
    assert settings.get("liberation_day_rule") == "lustrum"
    assert not any(settings.is_locked(spec.key) for spec in SETTINGS)


def test_a_policy_key_locks_the_setting_and_the_user_cannot_change_it(tmp_path):
    settings = _load(tmp_path, {"report_k": 10, "institution_name": "Universiteit Voorbeeld"})
    assert settings.get("report_k") == 10
    assert settings.is_locked("report_k")
    assert settings.source("report_k") == "policy"
    with pytest.raises(SettingLockedError) as refused:
        settings.set_user("report_k", 7)
    assert "report_k" in refused.value.message("en")
    assert settings.get("report_k") == 10
    assert not settings.is_locked("retention_months")
    settings.set_user("retention_months", 24)
    assert settings.get("retention_months") == 24


def test_policy_wins_over_an_older_user_choice(tmp_path):
    user_file = tmp_path / "config" / "settings.json"
    user_file.parent.mkdir()
    user_file.write_text(json.dumps({"keychain_unlock_allowed": True, "default_language": "en"}))
    settings = load_settings(_policy(tmp_path, {"keychain_unlock_allowed": False}), user_file)
    assert settings.get("keychain_unlock_allowed") is False
    assert settings.get("default_language") == "en"


def test_managed_label_is_available_in_both_languages():
    assert managed_text("nl") == "Beheerd door je organisatie"
    assert managed_text("en") == "Managed by your organisation"


@pytest.mark.parametrize("text", ["{not json", "", "[1, 2]", "\xff\xfe"])
def test_an_unreadable_policy_file_gives_defaults_and_a_warning(tmp_path, text):
    settings = _load(tmp_path, text)
    assert settings.get("report_k") == 5
    assert not settings.is_locked("report_k")
    assert len(settings.warnings) == 1
    assert "policy.json" in settings.warnings[0].message("en")
    assert "standaardinstellingen" in settings.warnings[0].message("nl")


@pytest.mark.parametrize(
    ("key", "bad_value"),
    [
        ("report_k", 2),
        ("report_k", "5"),
        ("report_k", True),
        ("retention_months", -1),
        ("keychain_unlock_allowed", "no"),
        ("aftercare_offsets", ["4 weeks"]),
        ("default_language", "de"),
        ("liberation_day_rule", "sometimes"),
        ("units", "Faculteit A"),
        ("extra_taxonomy", {"behaviour": {"Bad Code": {"nl": "x", "en": "y"}}}),
        ("extra_taxonomy", {"behaviour": {"stalking": {"nl": "Stalking"}}}),
        ("default_vault_location", "\\\\server\\share\\kluis"),
        ("auto_lock_max_minutes", 0),
    ],
)
def test_an_invalid_value_falls_back_to_the_safe_default_and_names_the_key(tmp_path, key, bad_value):
    settings = _load(tmp_path, {key: bad_value, "institution_name": "Hogeschool X"})
    default = next(spec.default for spec in SETTINGS if spec.key == key)
    assert settings.get(key) == default
    # IT meant to manage the key: a typo must not hand it back to the user.
    assert settings.is_locked(key)
    assert [w.key for w in settings.warnings] == [key]
    assert f"'{key}'" in settings.warnings[0].message("en")
    assert f"'{key}'" in settings.warnings[0].message("nl")
    # The rest of the policy still applies.
    assert settings.get("institution_name") == "Hogeschool X"


def test_k_below_three_is_refused_with_the_reason(tmp_path):
    settings = _load(tmp_path, {"report_k": 2})
    assert "at least 3" in settings.warnings[0].message("en")
    assert "minstens 3" in settings.warnings[0].message("nl")


def test_an_unknown_policy_key_is_ignored_with_a_warning(tmp_path):
    settings = _load(tmp_path, {"report_kk": 10})
    assert settings.get("report_k") == 5
    assert [w.key for w in settings.warnings] == ["report_kk"]
    assert "report_kk" in settings.warnings[0].message("nl")


def test_auto_lock_maximum_caps_the_users_choice(tmp_path):
    user_file = tmp_path / "config" / "settings.json"
    user_file.parent.mkdir()
    user_file.write_text(json.dumps({"auto_lock_minutes": 30}))
    settings = load_settings(_policy(tmp_path, {"auto_lock_max_minutes": 10}), user_file)
    assert settings.get("auto_lock_minutes") == 10
    assert settings.maximum("auto_lock_minutes") == 10
    assert not settings.is_locked("auto_lock_minutes")
    settings.set_user("auto_lock_minutes", 3)
    assert settings.get("auto_lock_minutes") == 3
    with pytest.raises(SettingLockedError):
        settings.set_user("auto_lock_minutes", 15)
    assert settings.get("auto_lock_minutes") == 3


def test_a_maximum_below_the_default_lowers_the_default(tmp_path):
    settings = _load(tmp_path, {"auto_lock_max_minutes": 2})
    assert settings.get("auto_lock_minutes") == 2


def test_policy_only_key_cannot_be_set_by_the_user(tmp_path):
    settings = _load(tmp_path)
    with pytest.raises(SettingLockedError):
        settings.set_user("auto_lock_max_minutes", 60)


def test_invalid_user_value_is_refused_before_it_is_stored(tmp_path):
    settings = _load(tmp_path)
    with pytest.raises(policy.InvalidSettingError):
        settings.set_user("report_k", 2)
    assert settings.get("report_k") == 5


def test_user_settings_round_trip_through_a_private_file(tmp_path):
    settings = _load(tmp_path)
    settings.set_user("units", ["Faculteit Rechten", "Bestuursbureau"])
    settings.set_user("extra_taxonomy", {"behaviour": {"stalking": {"nl": "Stalking", "en": "Stalking"}}})
    settings.set_user("aftercare_offsets", ["2w", "6m"])
    settings.save()
    saved = tmp_path / "config" / "settings.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in saved.parent.iterdir()] == ["settings.json"]  # no temp file left behind
    again = _load(tmp_path)
    assert again.get("units") == ["Faculteit Rechten", "Bestuursbureau"]
    assert again.get("aftercare_offsets") == ["2w", "6m"]
    assert again.get("extra_taxonomy")["behaviour"]["stalking"]["en"] == "Stalking"
    assert again.source("units") == "user"


def test_a_failed_write_leaves_the_old_settings_intact(tmp_path, monkeypatch):
    settings = _load(tmp_path)
    settings.set_user("retention_months", 18)
    settings.save()
    settings.set_user("retention_months", 24)

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(policy.os, "replace", broken_replace)
    with pytest.raises(OSError):
        settings.save()
    monkeypatch.undo()
    assert _load(tmp_path).get("retention_months") == 18
    assert [p.name for p in (tmp_path / "config").iterdir()] == ["settings.json"]


def test_a_damaged_user_file_gives_defaults_and_a_warning(tmp_path):
    user_file = tmp_path / "config" / "settings.json"
    user_file.parent.mkdir()
    user_file.write_text('{"report_k": ')
    settings = load_settings(JsonPolicySource(tmp_path / "absent.json"), user_file)
    assert settings.get("report_k") == 5
    assert len(settings.warnings) == 1


def test_values_returned_cannot_change_the_settings(tmp_path):
    settings = _load(tmp_path, {"units": ["A"]})
    settings.get("units").append("B")
    assert settings.get("units") == ["A"]


def test_the_environment_variable_points_at_a_policy_file(tmp_path):
    (tmp_path / "p.json").write_text(json.dumps({"retention_months": 6}))
    source = default_policy_source(
        {POLICY_FILE_ENV: str(tmp_path / "p.json")}, platform="win32", system=EmptyPolicySource()
    )
    assert source.read().values == {"retention_months": 6}  # the system store holds no policy
    assert isinstance(default_policy_source({}, platform="linux"), JsonPolicySource)
    assert isinstance(default_policy_source({}, platform="darwin"), ManagedPreferencesSource)


def test_default_source_uses_the_env_var_when_load_settings_gets_none(tmp_path, monkeypatch):
    (tmp_path / "p.json").write_text(json.dumps({"retention_months": 6}))
    monkeypatch.setenv(POLICY_FILE_ENV, str(tmp_path / "p.json"))
    monkeypatch.setenv("VERTROUWENSPERSOON_CONFIG_DIR", str(tmp_path / "cfg"))
    settings = load_settings()
    assert settings.get("retention_months") == 6
    assert settings.is_locked("retention_months")
    assert settings.user_file == tmp_path / "cfg" / "settings.json"


class FakeWinreg:
    """Just enough of `winreg` for the registry source: one key with typed values."""

    HKEY_LOCAL_MACHINE = object()
    KEY_READ = 0x20019
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ = 1, 2, 4, 7

    def __init__(self, values: dict | None) -> None:
        self.values = values
        self.closed = False

    def OpenKey(self, root, path, reserved, access):
        assert root is self.HKEY_LOCAL_MACHINE
        assert path == r"Software\Policies\Vertrouwenspersoon"
        if self.values is None:
            raise FileNotFoundError(path)
        return "handle"

    def EnumValue(self, handle, index):
        items = list(self.values.items())
        if index >= len(items):
            raise OSError("no more items")
        name, (value, kind) = items[index]
        return name, value, kind

    def CloseKey(self, handle):
        self.closed = True


def test_windows_registry_policy_is_read_with_its_types(tmp_path):
    reg = FakeWinreg(
        {
            "report_k": (7, FakeWinreg.REG_DWORD),
            "keychain_unlock_allowed": (0, FakeWinreg.REG_DWORD),
            "units": (["Faculteit A", "Faculteit B", ""], FakeWinreg.REG_MULTI_SZ),
            "aftercare_offsets": ('["2w", "3m"]', FakeWinreg.REG_SZ),  # as the MSI writes lists
            "extra_taxonomy": ('{"behaviour": {"stalking": {"nl": "Stalking", "en": "Stalking"}}}', 1),
            "retention_months": ("24", FakeWinreg.REG_SZ),
            "institution_name": ("Hogeschool Voorbeeld", FakeWinreg.REG_SZ),
        }
    )
    settings = load_settings(RegistryPolicySource(winreg=reg), tmp_path / "settings.json")
    assert settings.warnings == []
    assert settings.get("report_k") == 7
    assert settings.get("keychain_unlock_allowed") is False
    assert settings.get("units") == ["Faculteit A", "Faculteit B"]
    assert settings.get("aftercare_offsets") == ["2w", "3m"]
    assert settings.get("retention_months") == 24
    assert "stalking" in settings.get("extra_taxonomy")["behaviour"]
    assert all(settings.is_locked(k) for k in ("report_k", "units", "institution_name"))
    assert reg.closed


def test_values_the_msi_wrote_as_text_are_read_and_empty_ones_are_not_set(tmp_path):
    reg = FakeWinreg(
        {
            "report_k": ("10", FakeWinreg.REG_SZ),
            "keychain_unlock_allowed": ("0", FakeWinreg.REG_SZ),
            "good_friday_holiday": ("1", FakeWinreg.REG_SZ),
            "units": ('["Faculteit A"]', FakeWinreg.REG_SZ),
            "institution_name": ("", FakeWinreg.REG_SZ),
            "default_vault_location": ("  ", FakeWinreg.REG_SZ),
        }
    )
    settings = load_settings(RegistryPolicySource(winreg=reg), tmp_path / "settings.json")
    assert settings.warnings == []
    assert settings.get("report_k") == 10
    assert settings.get("keychain_unlock_allowed") is False
    assert settings.get("good_friday_holiday") is True
    assert settings.get("units") == ["Faculteit A"]
    assert not settings.is_locked("institution_name")
    assert not settings.is_locked("default_vault_location")


def test_missing_registry_key_means_no_policy(tmp_path):
    settings = load_settings(RegistryPolicySource(winreg=FakeWinreg(None)), tmp_path / "settings.json")
    assert settings.warnings == []
    assert not settings.is_locked("report_k")


def test_registry_dword_2_for_a_boolean_is_refused(tmp_path):
    reg = FakeWinreg({"keychain_unlock_allowed": (2, FakeWinreg.REG_DWORD)})
    settings = load_settings(RegistryPolicySource(winreg=reg), tmp_path / "settings.json")
    assert [w.key for w in settings.warnings] == ["keychain_unlock_allowed"]


def test_macos_managed_preferences_device_wide_wins_over_per_user(tmp_path):
    (tmp_path / "advisor").mkdir()
    with (tmp_path / "nl.vertrouwenspersoon.plist").open("wb") as f:
        plistlib.dump({"report_k": 8, "good_friday_holiday": True}, f)
    with (tmp_path / "advisor" / "nl.vertrouwenspersoon.plist").open("wb") as f:
        plistlib.dump({"report_k": 4, "retention_months": 6}, f)
    source = ManagedPreferencesSource(tmp_path, user="advisor")
    settings = load_settings(source, tmp_path / "settings.json")
    assert settings.get("report_k") == 8
    assert settings.get("retention_months") == 6
    assert settings.get("good_friday_holiday") is True
    assert settings.is_locked("retention_months")


def test_a_damaged_managed_preferences_file_is_reported(tmp_path):
    (tmp_path / "nl.vertrouwenspersoon.plist").write_bytes(b"not a plist")
    settings = load_settings(ManagedPreferencesSource(tmp_path, user=""), tmp_path / "settings.json")
    assert settings.get("report_k") == 5
    assert len(settings.warnings) == 1


def test_policy_keys_are_the_schema_minus_the_users_own_choices():
    assert set(POLICY_KEYS) == {spec.key for spec in SETTINGS} - {"auto_lock_minutes", "privacy_mode"}
    assert {
        "institution_name",
        "units",
        "extra_taxonomy",
        "report_k",
        "retention_months",
        "auto_lock_max_minutes",
        "keychain_unlock_allowed",
        "lock_on_minimise",
        "aftercare_offsets",
        "default_language",
        "default_vault_location",
        "good_friday_holiday",
        "liberation_day_rule",
    } == set(POLICY_KEYS)


def test_every_setting_has_a_label_in_both_languages():
    for spec in SETTINGS:
        assert spec.label("nl") and spec.label("en")
        assert spec.validate(spec.default) == spec.default


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_config_dir_is_created_private(tmp_path):
    settings = _load(tmp_path)
    settings.save()
    assert stat.S_IMODE((tmp_path / "config").stat().st_mode) == 0o700


def test_vault_dir_expands_the_policy_location_or_falls_back_to_the_platform_default(tmp_path, monkeypatch):
    monkeypatch.setenv("VP_TEST_BASE", str(tmp_path / "base"))
    monkeypatch.setenv("VERTROUWENSPERSOON_VAULT_DIR", str(tmp_path / "platform-default"))
    assert _load(tmp_path).vault_dir() == tmp_path / "platform-default"
    settings = _load(tmp_path, {"default_vault_location": "$VP_TEST_BASE/kluis"})
    assert settings.vault_dir() == tmp_path / "base" / "kluis"


def test_privacy_mode_defaults_on_and_is_the_users_choice(tmp_path):
    settings = load_settings(user_file=tmp_path / "settings.json")
    assert settings.get("privacy_mode") is True
    settings.set_user("privacy_mode", False)
    settings.save()
    assert load_settings(user_file=tmp_path / "settings.json").get("privacy_mode") is False
