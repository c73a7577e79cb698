"""The policy templates IT deploys name exactly the keys the app reads, and the examples are valid.

An ADMX value the app does not know would be silently useless to an IT officer; a key the templates
lack could not be managed at all. So every template is checked against settings_schema.POLICY_KEYS.
"""

from __future__ import annotations

import json
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vertrouwenspersoon.policy import load_settings
from vertrouwenspersoon.policy_sources import REGISTRY_KEY, JsonPolicySource, ManagedPreferencesSource
from vertrouwenspersoon.settings_schema import POLICY_KEYS, SPECS

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
POLICY = PACKAGING / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def _admx() -> ET.Element:
    return ET.parse(POLICY / "windows" / "vertrouwenspersoon.admx").getroot()


def test_admx_writes_exactly_the_policy_keys_under_the_policies_key():
    root = _admx()
    policies = root.findall(".//p:policies/p:policy", NS)
    assert {p.get("name") for p in policies} == set(POLICY_KEYS)
    value_names = set()
    for policy in policies:
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Machine"
        names = [policy.get("valueName")] + [e.get("valueName") for e in policy.iter() if e.get("valueName")]
        names = {n for n in names if n}
        assert names == {policy.get("name")}, policy.get("name")
        value_names |= names
    assert value_names == set(POLICY_KEYS)


def test_admx_types_match_the_schema():
    for policy in _admx().findall(".//p:policies/p:policy", NS):
        spec = SPECS[policy.get("name")]
        elements = {child.tag.split("}")[1] for child in policy.findall("p:elements/*", NS)}
        expected = {
            "boolean": set(),  # an enabled/disabled policy writes 1/0 as REG_DWORD
            "integer": {"decimal"},
            "string-list": {"multiText"},
            "choice": {"enum"},
            "taxonomy": {"text"},
            "string": {"text"},
            "path": {"text"},
        }[spec.kind]
        assert elements == expected, spec.key
        for decimal in policy.findall("p:elements/p:decimal", NS):
            assert int(decimal.get("minValue")) == spec.minimum
            assert int(decimal.get("maxValue")) == spec.maximum
        for enum in policy.findall("p:elements/p:enum", NS):
            values = [s.text for s in enum.findall(".//p:string", NS)]
            assert tuple(values) == spec.choices


@pytest.mark.parametrize("culture", ["en-US", "nl-NL"])
def test_adml_defines_every_string_and_presentation_the_admx_uses(culture):
    admx_text = (POLICY / "windows" / "vertrouwenspersoon.admx").read_text(encoding="utf-8")
    adml = ET.parse(POLICY / "windows" / culture / "vertrouwenspersoon.adml").getroot()
    strings = {s.get("id"): s.text for s in adml.findall(".//p:stringTable/p:string", NS)}
    presentations = {p.get("id") for p in adml.findall(".//p:presentationTable/p:presentation", NS)}
    assert set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx_text)) <= set(strings)
    assert set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx_text)) == presentations
    assert all(text and text.strip() for text in strings.values())
    label = "label_nl" if culture == "nl-NL" else "label_en"
    assert strings["report_k"] == getattr(SPECS["report_k"], label)


def test_example_policy_json_names_exactly_the_policy_keys_and_is_valid(tmp_path):
    path = POLICY / "policy.json"
    assert set(json.loads(path.read_text(encoding="utf-8"))) == set(POLICY_KEYS)
    settings = load_settings(JsonPolicySource(path), tmp_path / "settings.json")
    assert settings.warnings == []
    assert all(settings.is_locked(key) for key in POLICY_KEYS)


def test_mobileconfig_forces_exactly_the_policy_keys_and_is_valid(tmp_path):
    profile = plistlib.loads((POLICY / "vertrouwenspersoon.mobileconfig").read_bytes())
    payload = profile["PayloadContent"][0]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    forced = payload["PayloadContent"]["nl.vertrouwenspersoon"]["Forced"][0]["mcx_preference_settings"]
    assert set(forced) == set(POLICY_KEYS)
    # What macOS writes to /Library/Managed Preferences is that dictionary; read it the way the app does.
    with (tmp_path / "nl.vertrouwenspersoon.plist").open("wb") as stream:
        plistlib.dump(forced, stream)
    settings = load_settings(ManagedPreferencesSource(tmp_path, user=""), tmp_path / "settings.json")
    assert settings.warnings == []
    assert settings.get("auto_lock_max_minutes") == forced["auto_lock_max_minutes"]


def test_msi_public_properties_write_exactly_the_policy_keys():
    wxs = ET.parse(PACKAGING / "windows" / "vertrouwenspersoon.wxs").getroot()
    wix = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    values = [v for v in wxs.iter(f"{{{wix['w']}}}RegistryValue") if v.get("Key") == REGISTRY_KEY]
    assert {v.get("Name") for v in values} == set(POLICY_KEYS)
    for value in values:
        assert value.get("Root") == "HKLM"
        assert value.get("Value") == f"[{value.get('Name').upper()}]"
    properties = {p.get("Id") for p in wxs.iter(f"{{{wix['w']}}}Property")}
    assert {key.upper() for key in POLICY_KEYS} <= properties
    product = wxs.find("w:Product", wix)
    assert product.get("UpgradeCode") == "8374AB6D-19B2-4DA2-859C-47B8614BF9EF"
    assert wxs.find("w:Product/w:Package", wix).get("InstallScope") == "perMachine"
    assert wxs.find("w:Product/w:MajorUpgrade", wix).get("DowngradeErrorMessage")


def test_macos_bundle_identifier_is_the_managed_preferences_domain():
    spec = (PACKAGING / "pyinstaller" / "vertrouwenspersoon.spec").read_text(encoding="utf-8")
    assert 'bundle_identifier="nl.vertrouwenspersoon"' in spec
