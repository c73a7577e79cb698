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


def main() -> int:
    build_forms()
    build_translations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
