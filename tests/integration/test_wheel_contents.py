"""`pip wheel .` from a clean copy of the source (nothing generated lying around) gives a complete
program: the resources inside the package, every compiled Designer form and every compiled translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ("forms", ".venv", ".git", "build", "dist", "__pycache__", "*.qm", "*.egg-info", ".pytest_cache")


def _clean_copy(target: Path) -> Path:
    """What git tracks (or, in an unpacked sdist, the tree minus anything generated)."""
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=False)
    if tracked.returncode == 0 and tracked.stdout:
        for name in tracked.stdout.decode().split("\0"):
            if name and (ROOT / name).is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, target / name)
    else:
        shutil.copytree(ROOT, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*GENERATED))
    assert not list(target.rglob("*.qm")) and not (target / "src/vertrouwenspersoon/gui/forms").exists()
    return target


def test_the_wheel_holds_resources_forms_and_translations(tmp_path: Path) -> None:
    source = _clean_copy(tmp_path / "source")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            tmp_path,
            source,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("vertrouwenspersoon-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    resources = ["taxonomy.json", "__init__.py", "icons/vertrouwenspersoon.svg", "icons/lock.svg"]
    assert {f"vertrouwenspersoon/resources/{name}" for name in resources} <= names
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert len(forms) >= 20
    assert {f"vertrouwenspersoon/gui/forms/ui_{form.stem}.py" for form in forms} <= names
    translations = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    qm_names = {f"vertrouwenspersoon/resources/translations/{ts.stem}.qm" for ts in translations}
    assert translations and qm_names <= names
    assert not any(name.endswith(".ts") or name.startswith("tests/") for name in names)

    for qm in qm_names:  # a real compiled translation Qt can load, not an empty file
        out = tmp_path / Path(qm).name
        out.write_bytes(zipfile.ZipFile(wheel).read(qm))
        translator = QTranslator()
        assert translator.load(str(out)) and not translator.isEmpty()
        assert translator.translate("UnlockScreen", "Ontgrendel") == "Unlock"

    # Dutch is the source language of every tr() string, so the wheel has no Dutch .qm of its own; the
    # Dutch of Qt's own texts comes from qtbase_nl.qm, which the installed PySide6 carries
    qt_dutch = QTranslator()
    assert qt_dutch.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert qt_dutch.translate("QPlatformTheme", "Cancel") == "Annuleren"
