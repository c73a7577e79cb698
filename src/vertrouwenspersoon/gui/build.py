"""Build step for generated GUI files: Designer forms -> Python, Linguist .ts -> .qm.

Generated code is built, not committed. Two callers: dev.py runs this module in a source checkout
(forms into src/vertrouwenspersoon/gui/forms/, .qm next to the .ts in resources/translations/), and
the wheel build (setup.py's build_py) calls `build_forms`/`build_translations` with its build
folder as the target, so a wheel or sdist-built package always holds both. setup.py loads this
file by path before the package is installed, which is why it imports nothing of the package.
A target is rebuilt only when its source is newer, so running it on every start costs a few stats.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT = PACKAGE_DIR.parents[2]
FORMS_DIR = PACKAGE_DIR / "forms"
UI_DIR = CHECKOUT / "ui"
TRANSLATIONS_DIR = CHECKOUT / "resources" / "translations"
EXE = ".exe" if sys.platform == "win32" else ""
FORMS_INIT = '"""Generated from ui/*.ui by vertrouwenspersoon.gui.build; do not edit."""\n'


def _tool(name: str) -> Path:
    import PySide6

    qt_tools = Path(PySide6.__file__).resolve().parent
    for candidate in (qt_tools / f"{name}{EXE}", qt_tools / "Qt" / "libexec" / f"{name}{EXE}"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Qt tool '{name}' not found next to PySide6")


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every ui_dir/*.ui into forms_dir/ui_<name>.py (a package)."""
    forms_dir.mkdir(parents=True, exist_ok=True)
    init = forms_dir / "__init__.py"
    if not init.exists():
        init.write_text(FORMS_INIT)
    built = []
    for source in sorted(ui_dir.glob("*.ui")):
        target = forms_dir / f"ui_{source.stem}.py"
        if _stale(target, source):
            subprocess.run([str(_tool("uic")), "-g", "python", "-o", str(target), str(source)], check=True)
            built.append(target)
    return built


def build_translations(ts_dir: Path = TRANSLATIONS_DIR, qm_dir: Path | None = None) -> list[Path]:
    """Compile every ts_dir/*.ts into a .qm in qm_dir (default: beside the .ts)."""
    qm_dir = ts_dir if qm_dir is None else qm_dir
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(ts_dir.glob("*.ts")):
        target = qm_dir / f"{source.stem}.qm"
        if _stale(target, source):
            subprocess.run(
                [str(_tool("lrelease")), "-silent", str(source), "-qm", str(target)],
                check=True,
            )
            built.append(target)
    return built


TS_NAME = "vertrouwenspersoon_{lang}.ts"
SOURCE_LANGUAGE = "nl"  # tr() source strings are Dutch; the .ts files carry the other languages
TARGET_LANGUAGES = ("en",)


def update_translations() -> list[Path]:
    """Run lupdate over gui/**/*.py and ui/*.ui: new source strings appear in each .ts, unfinished.

    Developer step after changing texts (`python -m vertrouwenspersoon.gui.build --lupdate`);
    then translate in Qt Linguist (`pyside6-linguist`) or by editing the .ts, and commit it.
    """
    sources = sorted(str(p) for p in PACKAGE_DIR.rglob("*.py") if FORMS_DIR not in p.parents)
    sources += sorted(str(p) for p in UI_DIR.glob("*.ui"))
    out = []
    for lang in TARGET_LANGUAGES:
        target = TRANSLATIONS_DIR / TS_NAME.format(lang=lang)
        subprocess.run(
            [
                str(_tool("lupdate")),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
        )
        out.append(target)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not UI_DIR.is_dir():
        print("Nothing to build: this is an installed copy, its forms and translations were built with it.")
        return 0
    if "--lupdate" in args:
        update_translations()
    build_forms()
    build_translations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
