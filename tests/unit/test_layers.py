"""Layering (DESIGN.md): only gui/ may import Qt widgets; domain/ imports nothing of ours."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "vertrouwenspersoon"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def sources(exclude: str | None = None) -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py") if exclude is None or exclude not in p.relative_to(PACKAGE).parts
    ]


def test_only_gui_imports_qt_widgets() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in sources(exclude="gui")
        if any(m.startswith("PySide6.QtWidgets") for m in imported_modules(p))
    ]
    assert offenders == []
    assert len(sources(exclude="gui")) > 20  # the scan really looked at the core


def test_domain_imports_nothing_of_ours_and_no_qt_or_sql() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for module in imported_modules(path):
            if module.startswith(("PySide6", "sqlcipher3", "sqlite3")) or (
                module.startswith("vertrouwenspersoon") and not module.startswith("vertrouwenspersoon.domain")
            ):
                offenders.append(f"{path.name}: {module}")
    assert offenders == []


def test_cli_and_core_never_import_the_gui_package() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in sources(exclude="gui")
        if p.name != "__main__.py"
        and any(m.startswith("vertrouwenspersoon.gui") for m in imported_modules(p))
    ]
    assert offenders == []


def test_no_network_modules_anywhere() -> None:
    forbidden = (
        "socket",
        "urllib",
        "http.client",
        "requests",
        "httpx",
        "aiohttp",
        "PySide6.QtNetwork",
        "ftplib",
    )
    offenders = [
        f"{p.relative_to(PACKAGE)}: {m}"
        for p in sources()
        for m in imported_modules(p)
        if m == "socket" or any(m == f or m.startswith(f + ".") for f in forbidden)
    ]
    assert offenders == []
