"""Build step for generated GUI files: Designer forms -> Python, Linguist .ts -> .qm.

Generated code is built, not committed: dev.py, the packaging scripts and the wheel build run
this before the app starts. A target is rebuilt only when its source is newer, so running it
on every start costs a few stat calls.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from vertrouwenspersoon.paths import resource_dir

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_DIR = PACKAGE_DIR / "forms"
QT_TOOLS = Path(PySide6.__file__).resolve().parent
EXE = ".exe" if sys.platform == "win32" else ""


def _tool(name: str) -> Path:
    for candidate in (QT_TOOLS / f"{name}{EXE}", QT_TOOLS / "Qt" / "libexec" / f"{name}{EXE}"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Qt tool '{name}' not found next to PySide6")


def ui_source_dir() -> Path:
    """The Designer forms: top-level ui/ in a source checkout, packaged next to resources otherwise."""
    checkout = PACKAGE_DIR.parents[2] / "ui"
    return checkout if checkout.is_dir() else resource_dir() / "ui"


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build_forms() -> list[Path]:
    FORMS_DIR.mkdir(exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by vertrouwenspersoon.gui.build; do not edit."""\n')
    built = []
    for source in sorted(ui_source_dir().glob("*.ui")):
        target = FORMS_DIR / f"ui_{source.stem}.py"
        if _stale(target, source):
            subprocess.run([str(_tool("uic")), "-g", "python", "-o", str(target), str(source)], check=True)
            built.append(target)
    return built


def build_translations() -> list[Path]:
    built = []
    for source in sorted((resource_dir() / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
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
    sources += sorted(str(p) for p in ui_source_dir().glob("*.ui"))
    out = []
    for lang in TARGET_LANGUAGES:
        target = resource_dir() / "translations" / TS_NAME.format(lang=lang)
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
    if "--lupdate" in args:
        update_translations()
    build_forms()
    build_translations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
