"""User-facing sentences of the core and the CLI, in Dutch (default) and English.

The GUI translates its own widgets with Qt Linguist; sentences that come from the core (errors,
CLI output) live here so the CLI, which never loads Qt, speaks the same two languages.
Parameters are file names, numbers and versions, never case content.
"""

from __future__ import annotations

import os

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

# key: (Dutch, English)
CATALOG: dict[str, tuple[str, str]] = {}


def register(entries: dict[str, tuple[str, str]]) -> None:
    """Add sentences; each module that raises errors registers its own, keeping this file small."""
    for key, pair in entries.items():
        if key in CATALOG and CATALOG[key] != pair:
            raise ValueError(f"message key registered twice with different text: {key}")
        CATALOG[key] = pair


def current_language() -> str:
    """Dutch unless the user asked for English (VERTROUWENSPERSOON_LANG, LANGUAGE, LC_ALL, LANG)."""
    for var in ("VERTROUWENSPERSOON_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            if code in LANGUAGES:
                return code
            if var == "VERTROUWENSPERSOON_LANG":
                break
    return DEFAULT_LANGUAGE


def text(key: str, lang: str | None = None, **params: object) -> str:
    lang = lang or current_language()
    pair = CATALOG.get(key)
    if pair is None:
        return key
    template = pair[0] if lang == "nl" else pair[1]
    return template.format(**params)
