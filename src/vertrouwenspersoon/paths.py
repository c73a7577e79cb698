"""Where the program keeps its files. Every location can be redirected by an environment
variable so tests (and IT) decide where things go; nothing here ever holds case data except
the vault directory itself."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP = "vertrouwenspersoon"


def resource_dir() -> Path:
    """Taxonomy data, translations, icons: the package `vertrouwenspersoon.resources`.

    Found through importlib.resources, the same way in a source checkout (setup.py maps the
    top-level resources/ folder into the package), an installed wheel and the PyInstaller bundle.
    Qt loads translations and icons by file name, so the package must be a real folder on disk;
    the program is never run from a zip.
    """
    import vertrouwenspersoon.resources

    root = files(vertrouwenspersoon.resources)
    if not isinstance(root, Path):
        raise RuntimeError(f"vertrouwenspersoon.resources is not a folder on disk: {root}")
    return root


def _home() -> Path:
    return Path.home()


def config_dir() -> Path:
    """User settings (never case data)."""
    if override := os.environ.get("VERTROUWENSPERSOON_CONFIG_DIR"):
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", _home() / "AppData" / "Roaming")) / "Vertrouwenspersoon"
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / "Vertrouwenspersoon"
    return Path(os.environ.get("XDG_CONFIG_HOME", _home() / ".config")) / APP


def cache_dir() -> Path:
    """Caches (never case data); listed so the canary tests can prove it stays clean."""
    if override := os.environ.get("VERTROUWENSPERSOON_CACHE_DIR"):
        return Path(override)
    if sys.platform == "win32":
        return (
            Path(os.environ.get("LOCALAPPDATA", _home() / "AppData" / "Local"))
            / "Vertrouwenspersoon"
            / "cache"
        )
    if sys.platform == "darwin":
        return _home() / "Library" / "Caches" / "Vertrouwenspersoon"
    return Path(os.environ.get("XDG_CACHE_HOME", _home() / ".cache")) / APP


def default_vault_dir() -> Path:
    """The vault's default home when neither --vault nor policy names one."""
    if override := os.environ.get("VERTROUWENSPERSOON_VAULT_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", _home() / "AppData" / "Local")) / "Vertrouwenspersoon"
    elif sys.platform == "darwin":
        base = _home() / "Library" / "Application Support" / "Vertrouwenspersoon"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", _home() / ".local" / "share")) / APP
    return base / "kluis"
