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
