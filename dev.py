#!/usr/bin/env python3
"""Bootstrap for newcomers and CI: `python3 dev.py start` or `python3 dev.py test`.

Needs nothing but Python 3.11+. It makes a virtual environment in .venv, installs exactly
what the lock file pins (hash-checked), builds the generated files (Qt forms, translations)
and then starts the app or runs the whole test suite. Re-running is cheap: the install step
is skipped while the lock file is unchanged.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements-dev.lock"
STAMP = VENV / ".lock-sha256"


def _venv_python() -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    return VENV / sub / exe


def _run(*args: str | os.PathLike, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def _system_libraries():  # type: ignore[no-untyped-def]  (a module loaded by path)
    """src/vertrouwenspersoon/system_libraries.py, loaded by path: nothing is installed yet."""
    spec = importlib.util.spec_from_file_location(
        "_vp_system_libraries", ROOT / "src" / "vertrouwenspersoon" / "system_libraries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def check_system(command: str) -> None:
    """Before 1 GB of installing: does this machine have what Qt (and, for `test`, the tests) need?"""
    if not sys.platform.startswith("linux"):
        return
    system = _system_libraries()
    if command == "test":
        libraries = system.missing_qt_libraries(every_platform=True)
        tools = system.missing_test_tools()
    else:
        libraries, tools = system.missing_qt_libraries(), []
    if not libraries and not tools:
        return
    names = [lib.soname for lib in libraries] + [tool[0] for tool in tools]
    commands = system.install_commands(
        [lib.debian for lib in libraries] + [tool[1] for tool in tools],
        [lib.fedora for lib in libraries] + [tool[2] for tool in tools],
    )
    sys.exit(
        f"This machine lacks what {'the tests need' if command == 'test' else 'Qt needs to start'}: "
        f"{', '.join(names)}.\nInstall it with one of these commands, then run this again:\n  "
        + "\n  ".join(commands)
    )


def _create_venv() -> None:
    print("Creating the virtual environment in .venv ...", flush=True)
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as error:
        shutil.rmtree(VENV, ignore_errors=True)
        sys.exit(
            f"Python could not make a virtual environment ({error}). On Debian and Ubuntu the system Python "
            "needs its venv module: sudo apt install python3-venv"
        )


def ensure_environment() -> Path:
    """Create .venv and install the locked dependencies when the lock file changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may be started by an older python3)
        sys.exit("Vertrouwenspersoon needs Python 3.11 or newer.")
    python = _venv_python()
    if not python.exists():
        _create_venv()
    digest = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("Installing the locked dependencies ...", flush=True)
        pip = [python, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        if _run(*pip, "--require-hashes", "-r", LOCK) != 0:
            sys.exit("Installing the dependencies failed; see the messages above.")
        if _run(*pip, "--no-deps", "--no-build-isolation", "-e", ROOT) != 0:
            sys.exit("Installing Vertrouwenspersoon itself failed; see the messages above.")
        STAMP.write_text(digest)
    if _run(python, "-m", "vertrouwenspersoon.gui.build", env=_quiet_qt_env()) != 0:
        sys.exit("Building the Qt forms and translations failed; see the messages above.")
    return python


def _quiet_qt_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _keychain_wrapper() -> list[str]:
    """Run the tests inside a private D-Bus session with an unlocked gnome-keyring when available.

    That gives the keychain tests a real Secret Service; without it they are reported as skipped.
    """
    if os.name == "nt" or os.environ.get("VP_NO_KEYRING_SESSION"):
        return []
    if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        return ["dbus-run-session", "--", str(ROOT / "tests" / "support" / "with-keyring.sh")]
    return []


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command in ("start", "test"):
        check_system(command)
    if command == "start":
        python = ensure_environment()
        return _run(python, "-m", "vertrouwenspersoon", *argv[1:])
    if command == "test":
        python = ensure_environment()
        env = _quiet_qt_env()
        if (
            _run(python, "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py", "setup.py", env=env)
            != 0
        ):
            return 1
        if (
            _run(
                python,
                "-m",
                "ruff",
                "format",
                "--check",
                "src",
                "tests",
                "benchmarks",
                "dev.py",
                "setup.py",
                env=env,
            )
            != 0
        ):
            return 1
        return _run(*_keychain_wrapper(), python, "-m", "pytest", *argv[1:], env=env)
    print(__doc__)
    return 0 if command in ("help", "-h", "--help") else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
