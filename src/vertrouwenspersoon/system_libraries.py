"""The system packages a fresh Linux machine needs, in one list: for Qt to start, and for the tests.

PySide6's wheels carry Qt itself but not the X11/Wayland/OpenGL/font libraries every Linux desktop
has and a minimal or server install lacks; without them Qt prints its own message and aborts. So
before anything slow happens, dev.py and the app check that each library Qt's chosen platform needs
can be loaded, and print the one command that installs what is missing (Debian/Ubuntu and Fedora).
The same list feeds `.ci/run` and the README (`python3 src/vertrouwenspersoon/system_libraries.py`).
tests/unit/test_system_libraries.py keeps it complete by reading the NEEDED entries of PySide6's Qt.

Standard library only, no imports from the package: dev.py and .ci/run load this file by path
before any virtual environment exists.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass

BASE, XCB, WAYLAND = "base", "xcb", "wayland"


@dataclass(frozen=True)
class Library:
    soname: str
    debian: str
    fedora: str
    platform: str  # BASE: every Qt platform, also offscreen; XCB or WAYLAND: that platform plugin only


QT_LIBRARIES: tuple[Library, ...] = (
    Library("libEGL.so.1", "libegl1", "libglvnd-egl", BASE),
    Library("libGL.so.1", "libgl1", "libglvnd-glx", BASE),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig", BASE),
    Library("libfreetype.so.6", "libfreetype6", "freetype", BASE),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", BASE),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2", BASE),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2", BASE),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", BASE),
    Library("libz.so.1", "zlib1g", "zlib", BASE),
    Library("libzstd.so.1", "libzstd1", "libzstd", BASE),
    Library("libX11.so.6", "libx11-6", "libX11", XCB),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", XCB),
    Library("libxcb.so.1", "libxcb1", "libxcb", XCB),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", XCB),
    Library("libxcb-glx.so.0", "libxcb-glx0", "libxcb", XCB),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", XCB),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", XCB),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", XCB),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb", XCB),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb", XCB),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", XCB),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb", XCB),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb", XCB),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb", XCB),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util", XCB),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", XCB),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", XCB),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", XCB),
    Library("libwayland-client.so.0", "libwayland-client0", "libwayland-client", WAYLAND),
    Library("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor", WAYLAND),
)

# What the test suite uses beyond Qt, with the program it provides (checked by dev.py test).
TEST_PACKAGES: tuple[tuple[str, str, str], ...] = (
    ("pdftotext", "poppler-utils", "poppler-utils"),  # reads the reports back; pdffonts, pdfinfo too
    ("xvfb-run", "xvfb", "xorg-x11-server-Xvfb"),  # a real X server for the X11 clipboard test
    ("xauth", "xauth", "xorg-x11-xauth"),
    ("dbus-run-session", "dbus", "dbus-daemon"),  # a private session bus for the keychain tests
    ("gnome-keyring-daemon", "gnome-keyring", "gnome-keyring"),  # a real Secret Service
    ("strace", "strace", "strace"),  # the safety suite's syscall-level faults (SIGKILL at an fsync, ENOSPC)
)


def qt_platform(environ: dict[str, str] | None = None) -> str:
    """The platform plugin Qt will try first: QT_QPA_PLATFORM, else Wayland in a Wayland session."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    return WAYLAND if env.get("WAYLAND_DISPLAY") else XCB


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_qt_libraries(platform: str | None = None, *, every_platform: bool = False) -> list[Library]:
    """The libraries Qt needs on this machine that cannot be loaded; always empty off Linux.

    A Wayland session falls back to X11 when the Wayland libraries are missing, so there only
    the X11 set must be complete. `every_platform` (for the tests) asks for both.
    """
    if not sys.platform.startswith("linux"):
        return []
    platform = qt_platform() if platform is None else platform
    missing = [lib for lib in QT_LIBRARIES if not _loadable(lib.soname)]
    if every_platform:
        return missing
    base = [lib for lib in missing if lib.platform == BASE]
    if platform in (XCB, WAYLAND):
        return base + [lib for lib in missing if lib.platform == XCB]
    return base  # offscreen, minimal, vnc...: only what Qt's GUI library itself links


def missing_test_tools() -> list[tuple[str, str, str]]:
    from shutil import which

    return [tool for tool in TEST_PACKAGES if which(tool[0]) is None]


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def install_commands(debian: list[str], fedora: list[str]) -> list[str]:
    """The one command per distribution family that installs the given packages."""
    return [
        "Debian/Ubuntu: sudo apt install " + " ".join(_unique(debian)),
        "Fedora:        sudo dnf install " + " ".join(_unique(fedora)),
    ]


def debian_packages(*, tests: bool = False) -> list[str]:
    names = [lib.debian for lib in QT_LIBRARIES]
    if tests:
        names += [tool[1] for tool in TEST_PACKAGES]
    return _unique(names)


def main(argv: list[str]) -> int:
    """`system_libraries.py [--tests]`: the Debian package names, one line, for apt-get in CI."""
    print(" ".join(debian_packages(tests="--tests" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
