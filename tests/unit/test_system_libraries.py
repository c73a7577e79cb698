"""The one list of system packages (system_libraries.py) against what PySide6's Qt really links, and the
message a user gets instead of Qt's abort when a library is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.elf import needed
from vertrouwenspersoon import system_libraries
from vertrouwenspersoon.system_libraries import QT_LIBRARIES, Library

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the list is for Linux")

# Always there wherever Python itself runs: the C library, the C++ runtime and the loader.
PART_OF_THE_SYSTEM = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}
# What the app loads: the Python modules it imports, each platform plugin a desktop may choose, the
# SVG image and icon plugins (the app's icons are SVG), and the GL integrations of the xcb plugin.
PYSIDE = Path(__import__("PySide6").__file__).parent
STARTS = [
    *(PYSIDE / f"{module}.abi3.so" for module in ("QtCore", "QtGui", "QtWidgets")),
    *(PYSIDE / "Qt" / "plugins" / "platforms" / f"libq{name}.so" for name in ("xcb", "offscreen", "wayland")),
    PYSIDE / "Qt" / "plugins" / "imageformats" / "libqsvg.so",
    PYSIDE / "Qt" / "plugins" / "iconengines" / "libqsvgicon.so",
    *sorted((PYSIDE / "Qt" / "plugins" / "xcbglintegrations").glob("*.so")),
]


def _shipped() -> dict[str, Path]:
    """Every shared object inside the PySide6/shiboken6 wheels, by file name."""
    roots = [PYSIDE, Path(__import__("shiboken6").__file__).parent]
    return {p.name: p for root in roots for p in root.rglob("*.so*") if p.is_file()}


def _external_needs() -> set[str]:
    shipped, seen, todo, external = _shipped(), set(), [p for p in STARTS if p.exists()], set()
    assert len(todo) >= 6, [str(p) for p in STARTS]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path):
            if name in shipped:
                todo.append(shipped[name])
            elif name not in PART_OF_THE_SYSTEM:
                external.add(name)
    return external


def test_the_list_names_every_library_qt_asks_the_system_for() -> None:
    listed = {lib.soname for lib in QT_LIBRARIES}
    external = _external_needs()
    assert "libxcb-cursor.so.0" in external  # the one whose absence stopped a fresh Debian
    assert external - listed == set(), "add these to system_libraries.QT_LIBRARIES"


def test_this_machine_has_them_all() -> None:
    """CI installs the list (.ci/run), so nothing may be missing there; elsewhere this says what to install."""
    missing = system_libraries.missing_qt_libraries(every_platform=True)
    assert missing == [], system_libraries.install_commands(
        [m.debian for m in missing], [m.fedora for m in missing]
    )


def test_a_missing_library_is_found_by_the_real_loader_and_named_with_its_packages(monkeypatch) -> None:
    absent = Library("libvp-does-not-exist.so.7", "libvp-absent7", "vp-absent", system_libraries.XCB)
    monkeypatch.setattr(system_libraries, "QT_LIBRARIES", (*QT_LIBRARIES, absent))
    assert system_libraries.missing_qt_libraries("xcb") == [absent]
    assert system_libraries.missing_qt_libraries("wayland") == [absent]  # Wayland falls back to X11
    assert system_libraries.missing_qt_libraries("offscreen") == []  # offscreen never loads the xcb plugin
    commands = system_libraries.install_commands([absent.debian], [absent.fedora])
    assert commands == [
        "Debian/Ubuntu: sudo apt install libvp-absent7",
        "Fedora:        sudo dnf install vp-absent",
    ]


def test_qt_platform_follows_the_environment() -> None:
    assert system_libraries.qt_platform({"QT_QPA_PLATFORM": "offscreen:configfile=x.json"}) == "offscreen"
    assert system_libraries.qt_platform({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert system_libraries.qt_platform({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert system_libraries.qt_platform({}) == "xcb"


def test_the_app_says_what_to_install_instead_of_letting_qt_abort(tmp_path: Path) -> None:
    """A real process: the app with one library the loader cannot find, on the xcb platform."""
    script = (
        "import sys\n"
        "from vertrouwenspersoon import system_libraries as s, __main__ as m\n"
        "s.QT_LIBRARIES = s.QT_LIBRARIES + (s.Library('libxcb-cursor.so.99', 'libxcb-cursor0', 'xcb-util-cursor', 'xcb'),)\n"
        "sys.exit(m.main(['--vault', sys.argv[1]]))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    env |= {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "VERTROUWENSPERSOON_POLICY_FILE": str(tmp_path / "none"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "kluis")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Vertrouwenspersoon kan niet starten" in done.stderr and "libxcb-cursor.so.99" in done.stderr
    assert (
        "sudo apt install libxcb-cursor0" in done.stderr and "sudo dnf install xcb-util-cursor" in done.stderr
    )
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert not (tmp_path / "kluis").exists()  # nothing was made


def test_the_readme_lists_exactly_these_packages() -> None:
    """The README says what a fresh machine needs; it must be the same list the checks and CI use."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("sudo apt install python3-venv", 1)[1].split("```", 1)[0]
    run_part, test_part = block.split("sudo apt install", 1)
    words = lambda text: {w for w in text.replace("\\", " ").split() if not w.startswith("#")}  # noqa: E731
    assert words(run_part) == set(system_libraries.debian_packages())
    listed_tests = words(test_part.split("#", 1)[0])
    assert listed_tests == set(system_libraries.debian_packages(tests=True)) - set(
        system_libraries.debian_packages()
    )
