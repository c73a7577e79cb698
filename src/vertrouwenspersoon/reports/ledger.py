"""Ledger records: exactly what one publication showed, and the true figures behind it.

Every figure that leaves a vault (a report JSON or PDF, finalised or not; a statistics bundle) is recorded
before the file is written; the ombudsperson's merges are recorded in an encrypted ledger beside the private
key. Disclosure control of every later publication models all of them (`attack_model`). A record holds counts
only — the same kind of numbers as a statistics bundle — and lives inside the encrypted vault or ledger.

Record (JSON): {"format": "vertrouwenspersoon-publication", "version": 1, "kind": "report"|"bundle"|"merge",
"population": advisor id or "merge", "year", "k", "truth": [[table, code, n], ...], "hidden": [[table, code]],
"withheld": [...], "blanket": [table, ...], "fewer_than_k": bool, "flags": {...},
"carried": [[table, code, n]] or null, "parts": [{"population", "truth"}] (merges), "document": report JSON}.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vertrouwenspersoon.reports.attack_model import CellId, Publication
from vertrouwenspersoon.reports.disclosure import Protected
from vertrouwenspersoon.reports.statistics import MAX_COUNT, YEARS

MAX_K = 100  # as settings_schema.MAX_REPORT_K

FORMAT = "vertrouwenspersoon-publication"
VERSION = 1
PUBLIC_KINDS = ("report", "merge")


def _cells(values: dict[CellId, int]) -> list[list[Any]]:
    return [[t, c, n] for (t, c), n in sorted(values.items())]


def cells_of_rows(rows: Iterable[list[Any]]) -> dict[CellId, int]:
    out: dict[CellId, int] = {}
    for row in rows:
        table, code, count = row
        if not (isinstance(table, str) and isinstance(code, str) and type(count) is int):
            raise ValueError("cell")
        if not 0 <= count <= MAX_COUNT:  # records also arrive inside bundles anyone can seal
            raise ValueError("cell")
        out[(table, code)] = count
    return out


def record(
    protected: Protected,
    *,
    kind: str,
    document: dict | None,
    parts: Iterable[Publication] = (),
) -> dict[str, Any]:
    pub = protected.publication
    assert pub is not None
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "population": pub.population,
        "year": pub.year,
        "k": pub.k,
        "truth": _cells(pub.truth),
        "hidden": sorted([list(c) for c in pub.hidden]),
        "withheld": sorted([list(c) for c in pub.withheld]),
        "blanket": sorted(pub.blanket),
        "fewer_than_k": pub.fewer_than_k,
        "flags": dict(pub.flags),
        "carried": None if pub.carried is None else _cells(pub.carried),
        "parts": [{"population": p.population, "truth": _cells(p.truth)} for p in parts],
        "document": document,
    }


def bundle_record(population: str, year: int, k: int, truth: dict[CellId, int]) -> dict[str, Any]:
    """A statistics bundle: exact figures that went to the ombudsperson (not public; kept for the record)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "kind": "bundle",
        "population": population,
        "year": year,
        "k": k,
        "truth": _cells(truth),
        "hidden": [],
        "withheld": [],
        "blanket": [],
        "fewer_than_k": False,
        "flags": {},
        "carried": None,
        "parts": [],
        "document": None,
    }


def publications(records: Iterable[dict[str, Any]], prefix: str = "ledger") -> list[Publication]:
    """The attacker-model blocks of the public records (reports and merges, with a merge's parts).

    Raises ValueError on a malformed record (the caller names the file or vault)."""
    out: list[Publication] = []
    for i, rec in enumerate(records):
        if (
            not isinstance(rec, dict)
            or rec.get("format") != FORMAT
            or rec.get("kind")
            not in (
                *PUBLIC_KINDS,
                "bundle",
            )
        ):
            raise ValueError("record")
        if rec["kind"] not in PUBLIC_KINDS:
            continue
        if type(rec["year"]) is not int or rec["year"] not in YEARS:
            raise ValueError("year")
        if type(rec["k"]) is not int or not 1 <= rec["k"] <= MAX_K:
            raise ValueError("k")
        key = f"{prefix}{i}"
        pub = Publication(
            key=key,
            population=str(rec["population"]),
            year=int(rec["year"]),
            k=int(rec["k"]),
            truth=cells_of_rows(rec["truth"]),
            hidden={(t, c) for t, c in rec["hidden"]},
            flags={str(n): bool(v) for n, v in rec["flags"].items()},
            withheld={(t, c) for t, c in rec["withheld"]},
            fewer_than_k=bool(rec["fewer_than_k"]),
            carried=None if rec["carried"] is None else cells_of_rows(rec["carried"]),
            parts=tuple(f"{key}.part{j}" for j in range(len(rec.get("parts", [])))),
            blanket=frozenset(str(t) for t in rec.get("blanket", [])),
        )
        out.append(pub)
        for j, part in enumerate(rec.get("parts", [])):
            out.append(
                Publication(
                    key=f"{key}.part{j}",
                    population=str(part["population"]),
                    year=pub.year,
                    k=pub.k,
                    truth=cells_of_rows(part["truth"]),
                    virtual=True,
                )
            )
    return out


def documents(records: Iterable[dict[str, Any]]) -> list[dict]:
    """The published report documents, oldest first (for the trend)."""
    return [r["document"] for r in records if r.get("kind") in PUBLIC_KINDS and r.get("document")]
