"""Scanning files for a marker in the encodings a leak would most likely use."""

from __future__ import annotations

import os
from pathlib import Path


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def scan(roots: list[Path], marker: str) -> list[str]:
    """Every file under the roots that contains the marker; empty means no leak."""
    needles = encodings(marker)
    hits = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(str(path))
    return hits


def folded_needles(markers: list[str]) -> dict[bytes, str]:
    """Each marker lowercased, in UTF-8 and UTF-16-LE/BE: searched in case-folded bytes, so a leak that
    changed the case (a title, a header, a lowered search key) is found as well."""
    return {form: marker for marker in markers for form in encodings(marker.lower())}


def hits_in(data: bytes, markers: list[str]) -> set[str]:
    """The markers found in these bytes, compared case-folded (ASCII markers: bytes.lower() suffices)."""
    folded = data.lower()
    return {marker for needle, marker in folded_needles(markers).items() if needle in folded}


def scan_folded(roots: list[Path], markers: list[str], skip: set[Path] = frozenset()) -> dict[str, set[str]]:
    """Every file under the roots (except those in `skip` and below them) holding a marker, case-folded."""
    found: dict[str, set[str]] = {}
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                if path in skip or any(parent in skip for parent in path.parents):
                    continue
                try:
                    hits = hits_in(path.read_bytes(), markers)
                except OSError:
                    continue
                if hits:
                    found[str(path)] = hits
    return found
