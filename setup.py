"""Package layout and the build step that makes a wheel complete; the metadata is in pyproject.toml.

Two things pyproject.toml alone cannot say:
- the top-level `resources/` folder (DESIGN.md's layout) is the package `vertrouwenspersoon.resources`,
  so the taxonomy, icons and translations travel inside every wheel and are found through
  `importlib.resources`;
- the generated GUI files (Designer forms -> Python, .ts -> .qm) are compiled into the build folder
  by `build_py`, so a wheel built from a clean checkout or from the sdist has them, and nothing
  generated is ever committed. That needs PySide6's uic and lrelease: pyproject.toml lists
  PySide6-Essentials among the build requirements.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _gui_build():
    """vertrouwenspersoon/gui/build.py, loaded by path: the package is not importable yet."""
    spec = importlib.util.spec_from_file_location(
        "_vp_gui_build", ROOT / "src/vertrouwenspersoon/gui/build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithGenerated(build_py):
    """build_py, then the compiled forms and translations into the same build folder."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install uses the checkout, where dev.py builds them in place
        target = Path(self.build_lib) / "vertrouwenspersoon"
        build = _gui_build()
        build.build_forms(ROOT / "ui", target / "gui" / "forms")
        build.build_translations(ROOT / "resources" / "translations", target / "resources" / "translations")


setup(
    package_dir={"": "src", "vertrouwenspersoon.resources": "resources"},
    packages=[
        *find_packages("src", exclude=["vertrouwenspersoon.gui.forms"]),
        "vertrouwenspersoon.resources",
    ],
    package_data={"vertrouwenspersoon.resources": ["taxonomy.json", "icons/*.svg", "translations/*.qm"]},
    exclude_package_data={"vertrouwenspersoon.resources": ["translations/*.ts"]},
    cmdclass={"build_py": BuildPyWithGenerated},
)
