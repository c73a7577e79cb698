"""The table of settings: key, type, default, validator and a Dutch/English label.

One table serves three readers: `policy.py` validates IT policy and user settings against it,
the GUI settings page iterates it to build its form, and the packaging tests check that the
ADMX template, the example policy.json and the macOS .mobileconfig name exactly these keys.
No Qt here and nothing of the vault: settings are never case data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vertrouwenspersoon import messages

messages.register(
    {
        "settings.bad_type": ("verwacht {expected}", "expected {expected}"),
        "settings.too_small": (
            "de waarde moet minstens {minimum} zijn",
            "the value must be at least {minimum}",
        ),
        "settings.too_large": (
            "de waarde mag hoogstens {maximum} zijn",
            "the value must be at most {maximum}",
        ),
        "settings.empty": ("de waarde mag niet leeg zijn", "the value must not be empty"),
        "settings.choice": ("kies een van: {choices}", "choose one of: {choices}"),
        "settings.duplicate": ("'{item}' staat er dubbel in", "'{item}' is listed twice"),
        "settings.offset": (
            "'{item}' is geen termijn zoals 4w of 3m (d, w, m, j/y)",
            "'{item}' is not a term such as 4w or 3m (d, w, m, y)",
        ),
        "settings.code": (
            "'{item}' is geen geldige code (kleine letters, cijfers, _ . -)",
            "'{item}' is not a valid code (lower-case letters, digits, _ . -)",
        ),
        "settings.labels": (
            "code '{item}' heeft een Nederlands (nl) en een Engels (en) label nodig",
            "code '{item}' needs a Dutch (nl) and an English (en) label",
        ),
        "settings.network_path": (
            "een netwerklocatie is niet toegestaan; de kluis hoort op de eigen laptop",
            "a network location is not allowed; the vault belongs on the advisor's own laptop",
        ),
        "settings.relative_path": ("het pad moet absoluut zijn", "the path must be absolute"),
    }
)

# Limits that hold whatever policy says: k below 3 re-identifies people (DESIGN.md, disclosure control).
MIN_REPORT_K = 3
MAX_REPORT_K = 100
AUTO_LOCK_LIMIT = 60
OFFSET_PATTERN = re.compile(r"^([1-9][0-9]{0,2})([dwmy])$")
CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
GROUP_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
LIBERATION_DAY_RULES = ("lustrum", "every-year", "never")


class SettingValueError(ValueError):
    """A value a validator refuses; carries a message key so the reason can be shown in nl and en."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def reason(self, lang: str | None = None) -> str:
        return messages.text(self.key, lang, **self.params)


Validator = Callable[[Any], Any]


@dataclass(frozen=True)
class SettingSpec:
    """One setting. `kind` names the JSON/registry/plist type for documentation and templates."""

    key: str
    kind: str  # "string", "integer", "boolean", "string-list", "choice", "taxonomy", "path"
    default: Any
    validate: Validator
    label_nl: str
    label_en: str
    user_settable: bool = True
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def label(self, lang: str | None = None) -> str:
        return self.label_nl if (lang or messages.current_language()) == "nl" else self.label_en


def _integer(minimum: int, maximum: int) -> Validator:
    def check(value: Any) -> int:
        # bool is an int in Python; a policy saying `true` for a number is a mistake, not 1.
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingValueError("settings.bad_type", expected="integer / geheel getal")
        if value < minimum:
            raise SettingValueError("settings.too_small", minimum=minimum)
        if value > maximum:
            raise SettingValueError("settings.too_large", maximum=maximum)
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingValueError("settings.bad_type", expected="true/false")
    return value


def _text(max_length: int = 200, allow_empty: bool = True) -> Validator:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise SettingValueError("settings.bad_type", expected="text / tekst")
        value = value.strip()
        if not value and not allow_empty:
            raise SettingValueError("settings.empty")
        if len(value) > max_length:
            raise SettingValueError("settings.too_large", maximum=f"{max_length} tekens/characters")
        return value

    return check


def _choice(choices: tuple[str, ...]) -> Validator:
    def check(value: Any) -> str:
        if value not in choices:
            raise SettingValueError("settings.choice", choices=", ".join(choices))
        return value

    return check


def _string_list(item_check: Callable[[str], str], max_items: int) -> Validator:
    def check(value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SettingValueError("settings.bad_type", expected="list of text / lijst met tekst")
        if len(value) > max_items:
            raise SettingValueError("settings.too_large", maximum=f"{max_items} items")
        result: list[str] = []
        for item in value:
            item = item_check(item.strip())
            if item in result:
                raise SettingValueError("settings.duplicate", item=item)
            result.append(item)
        return result

    return check


def _unit_name(item: str) -> str:
    if not item:
        raise SettingValueError("settings.empty")
    return item[:200]


def _offset(item: str) -> str:
    item = item.lower().replace("j", "y")
    if not OFFSET_PATTERN.match(item):
        raise SettingValueError("settings.offset", item=item)
    return item


def offset_parts(offset: str) -> tuple[int, str]:
    """'4w' -> (4, 'w'): the domain turns this into a dateutil relativedelta."""
    match = OFFSET_PATTERN.match(offset)
    if not match:
        raise SettingValueError("settings.offset", item=offset)
    return int(match.group(1)), match.group(2)


def _taxonomy(value: Any) -> dict[str, dict[str, dict[str, str]]]:
    """{group: {code: {"nl": ..., "en": ...}}}. Codes are stable identifiers, so they are checked strictly."""
    if not isinstance(value, dict):
        raise SettingValueError("settings.bad_type", expected="{group: {code: {nl, en}}}")
    result: dict[str, dict[str, dict[str, str]]] = {}
    for group, codes in value.items():
        if not isinstance(group, str) or not GROUP_PATTERN.match(group):
            raise SettingValueError("settings.code", item=str(group))
        if not isinstance(codes, dict):
            raise SettingValueError("settings.bad_type", expected="{code: {nl, en}}")
        result[group] = {}
        for code, labels in codes.items():
            if not isinstance(code, str) or not CODE_PATTERN.match(code):
                raise SettingValueError("settings.code", item=str(code))
            if not isinstance(labels, dict) or not all(
                isinstance(labels.get(lang), str) and labels[lang].strip() for lang in ("nl", "en")
            ):
                raise SettingValueError("settings.labels", item=code)
            result[group][code] = {"nl": labels["nl"].strip(), "en": labels["en"].strip()}
    return result


def _vault_location(value: Any) -> str:
    """Empty means the platform default (paths.default_vault_dir). ~ and %VARS%/$VARS are expanded at use."""
    text = _text(max_length=1000)(value)
    if not text:
        return text
    if text.startswith(("\\\\", "//")):
        raise SettingValueError("settings.network_path")
    if not (text.startswith(("~", "%", "$", "/")) or re.match(r"^[A-Za-z]:[\\/]", text)):
        raise SettingValueError("settings.relative_path")
    return text


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("institution_name", "string", "", _text(), "Naam van de instelling", "Institution name"),
    SettingSpec(
        "units",
        "string-list",
        [],
        _string_list(_unit_name, 500),
        "Eenheden (faculteiten, diensten)",
        "Units (faculties, departments)",
    ),
    SettingSpec(
        "extra_taxonomy",
        "taxonomy",
        {},
        _taxonomy,
        "Extra codes in de indeling",
        "Extra taxonomy codes",
    ),
    SettingSpec(
        "report_k",
        "integer",
        5,
        _integer(MIN_REPORT_K, MAX_REPORT_K),
        "Kleinste getoonde aantal in het jaarverslag (k)",
        "Smallest count shown in the annual report (k)",
        minimum=MIN_REPORT_K,
        maximum=MAX_REPORT_K,
    ),
    SettingSpec(
        "retention_months",
        "integer",
        12,
        _integer(1, 120),
        "Bewaartermijn na sluiten (maanden)",
        "Retention after closing (months)",
        minimum=1,
        maximum=120,
    ),
    SettingSpec(
        "auto_lock_minutes",
        "integer",
        5,
        _integer(1, AUTO_LOCK_LIMIT),
        "Automatisch vergrendelen na (minuten)",
        "Lock automatically after (minutes)",
        minimum=1,
        maximum=AUTO_LOCK_LIMIT,
    ),
    SettingSpec(
        "auto_lock_max_minutes",
        "integer",
        AUTO_LOCK_LIMIT,
        _integer(1, AUTO_LOCK_LIMIT),
        "Langste tijd tot automatisch vergrendelen (minuten)",
        "Longest time before automatic lock (minutes)",
        user_settable=False,
        minimum=1,
        maximum=AUTO_LOCK_LIMIT,
    ),
    SettingSpec(
        "privacy_mode",
        "boolean",
        True,
        _boolean,
        "Privacymodus: namen van melders gemaskeerd in lijsten",
        "Privacy mode: reporters' names masked in lists",
    ),
    SettingSpec(
        "keychain_unlock_allowed",
        "boolean",
        True,
        _boolean,
        "Ontgrendelen met de sleutelhanger van het systeem toestaan",
        "Allow unlocking with the system keychain",
    ),
    SettingSpec(
        "lock_on_minimise",
        "boolean",
        False,
        _boolean,
        "Vergrendelen bij minimaliseren",
        "Lock when the window is minimised",
    ),
    SettingSpec(
        "aftercare_offsets",
        "string-list",
        ["4w", "3m"],
        _string_list(_offset, 10),
        "Nazorgmomenten na sluiten (bijv. 4w, 3m)",
        "Aftercare after closing (e.g. 4w, 3m)",
    ),
    SettingSpec(
        "default_language",
        "choice",
        "nl",
        _choice(("nl", "en")),
        "Taal",
        "Language",
        choices=("nl", "en"),
    ),
    SettingSpec(
        "default_vault_location",
        "path",
        "",
        _vault_location,
        "Standaardlocatie van de kluis",
        "Default vault location",
    ),
    SettingSpec(
        "good_friday_holiday",
        "boolean",
        False,
        _boolean,
        "Goede Vrijdag is een vrije dag",
        "Good Friday is a holiday",
    ),
    SettingSpec(
        "liberation_day_rule",
        "choice",
        "lustrum",
        _choice(LIBERATION_DAY_RULES),
        "Bevrijdingsdag vrij (lustrum = elke vijf jaar)",
        "Liberation Day off (lustrum = every five years)",
        choices=LIBERATION_DAY_RULES,
    ),
)

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}
USER_ONLY_KEYS = frozenset({"auto_lock_minutes", "privacy_mode"})
POLICY_KEYS: tuple[str, ...] = tuple(spec.key for spec in SETTINGS if spec.key not in USER_ONLY_KEYS)
"""Keys IT can set. The user's auto-lock choice is not one (policy caps it with auto_lock_max_minutes),
nor is privacy mode, a per-person choice about the advisor's own screen."""
