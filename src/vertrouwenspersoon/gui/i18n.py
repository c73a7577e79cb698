"""The app's language: Qt translators for the widgets, and the same choice for core sentences.

Source strings are Dutch (the default language, so the app is complete even without a compiled
.qm); `resources/translations/vertrouwenspersoon_en.ts` holds the complete English. Qt's own
translations (qtbase_nl.qm, shipped with PySide6) make its dialogs and standard buttons Dutch too. Switching
installs the other translator; Qt then sends every widget a LanguageChange event, and each page
re-translates itself in `changeEvent` without losing what the advisor typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vertrouwenspersoon import messages
from vertrouwenspersoon.paths import resource_dir

LANGUAGES = messages.LANGUAGES
_state: dict[str, object] = {"lang": messages.DEFAULT_LANGUAGE, "translators": []}


def language() -> str:
    return str(_state["lang"])


def translations_dir():  # type: ignore[no-untyped-def]
    return resource_dir() / "translations"


def set_language(lang: str) -> bool:
    """Install the translators for `lang` ('nl' or 'en'); False when its .qm is missing."""
    if lang not in LANGUAGES:
        lang = messages.DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    ok = True
    for old in list(_state["translators"]):  # type: ignore[call-overload]
        if app is not None:
            app.removeTranslator(old)
    _state["translators"] = []
    _state["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English))
    if app is None:
        return ok
    installed = []
    # Qt's own texts (file dialogs, standard buttons, context menus) in the same language
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if lang != "nl":
        translator = QTranslator(app)
        ok = translator.load(str(translations_dir() / f"vertrouwenspersoon_{lang}.qm"))
        if ok:
            app.installTranslator(translator)
            installed.append(translator)
    _state["translators"] = installed
    return ok


def core_text(key: str, **params: object) -> str:
    """A sentence from the core catalogue (messages.py) in the GUI's language."""
    return messages.text(key, language(), **params)
