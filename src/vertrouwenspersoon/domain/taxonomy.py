"""The taxonomy: code groups (behaviour, role, …), their stable codes and Dutch/English labels.

Codes are a public contract (CONTRACT.md): annual reports are merged on them and spreadsheets are
migrated into them, so a code never changes meaning. Labels may be improved freely. The default
taxonomy is data in ``resources/taxonomy.json``; an institution adds codes through policy with
:meth:`Taxonomy.extended`, which refuses to give an existing code a different meaning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vertrouwenspersoon.domain.errors import TaxonomyError

# Every group of CONTRACT.md; a taxonomy missing one of these is refused.
GROUPS: tuple[str, ...] = (
    "behaviour",
    "grounds",
    "role",
    "gender",
    "relation",
    "setting",
    "channel",
    "mode",
    "with",
    "actor",
    "kind",
    "request",
    "outcome",
    "referral",
)

CODE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class IoaCategory:
    """An IOA Uniform Reporting Category: ``number`` such as "2/3" or "5", English ``name``."""

    number: str
    name: str


@dataclass(frozen=True, slots=True)
class CodeEntry:
    """One code of a group with its labels (and, for behaviour, its IOA category)."""

    code: str
    nl: str
    en: str
    ioa: IoaCategory | None = None

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


class Taxonomy:
    """Groups -> ordered codes -> labels. Immutable; order is the order pickers and reports use."""

    def __init__(
        self, groups: Mapping[str, tuple[CodeEntry, ...]], units: tuple[str, ...] | None = None
    ) -> None:
        # The institution's units (setting `units`); None where no caller gave the list (pure domain use).
        self.units = None if units is None else tuple(units)
        for group in GROUPS:
            if group not in groups:
                raise TaxonomyError(group, None, "required")
        checked: dict[str, tuple[CodeEntry, ...]] = {}
        index: dict[str, dict[str, CodeEntry]] = {}
        for group, entries in groups.items():
            by_code: dict[str, CodeEntry] = {}
            for entry in entries:
                if not CODE_PATTERN.match(entry.code):
                    raise TaxonomyError(group, None, "bad-code")
                if entry.code in by_code:
                    raise TaxonomyError(group, entry.code, "duplicate-code")
                if not entry.nl.strip() or not entry.en.strip():
                    raise TaxonomyError(group, entry.code, "required")
                by_code[entry.code] = entry
            checked[group] = tuple(entries)
            index[group] = by_code
        self._groups = MappingProxyType(checked)
        self._index = index

    # construction -------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from the JSON shape of resources/taxonomy.json (``{"groups": {group: [entry…]}}``)."""
        raw_groups = data.get("groups")
        if not isinstance(raw_groups, Mapping):
            raise TaxonomyError("groups", None, "required")
        groups: dict[str, tuple[CodeEntry, ...]] = {}
        for group, rows in raw_groups.items():
            if not isinstance(rows, list):
                raise TaxonomyError(str(group), None, "wrong-type")
            groups[str(group)] = tuple(_entry_from_dict(str(group), row) for row in rows)
        return cls(groups)

    @classmethod
    def from_file(cls, path: str | Path) -> Taxonomy:
        with open(path, encoding="utf-8") as handle:
            return cls.from_dict(json.load(handle))

    def to_dict(self) -> dict[str, Any]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for group, entries in self._groups.items():
            rows = []
            for entry in entries:
                row: dict[str, Any] = {"code": entry.code, "nl": entry.nl, "en": entry.en}
                if group == "behaviour":
                    row["ioa"] = (
                        None if entry.ioa is None else {"number": entry.ioa.number, "name": entry.ioa.name}
                    )
                rows.append(row)
            groups[group] = rows
        return {"format": "vertrouwenspersoon-taxonomy", "version": 1, "groups": groups}

    def extended(self, extra: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> Taxonomy:
        """This taxonomy plus an institution's codes: ``{group: {code: {"nl": …, "en": …}}}``.

        New codes are appended to their group. Repeating an existing code with the same labels is
        harmless (policies are applied more than once); with other labels it would silently change
        what earlier cases and published reports mean, so it is refused.
        """
        groups = {group: list(entries) for group, entries in self._groups.items()}
        for group, codes in extra.items():
            if group not in groups:
                raise TaxonomyError(str(group), None, "unknown-group")
            for code, labels in codes.items():
                row = {"code": code, **dict(labels)}
                entry = _entry_from_dict(group, row)
                existing = self._index[group].get(code)
                if existing is not None:
                    if (existing.nl.strip(), existing.en.strip()) != (entry.nl.strip(), entry.en.strip()):
                        raise TaxonomyError(group, code, "code-reused")
                    continue
                if any(e.code == code for e in groups[group]):
                    raise TaxonomyError(group, code, "duplicate-code")
                groups[group].append(entry)
        return Taxonomy({group: tuple(entries) for group, entries in groups.items()}, self.units)

    def with_units(self, units: tuple[str, ...] | list[str]) -> Taxonomy:
        """This taxonomy with the institution's list of units, the only values `reporter.unit` may take."""
        return Taxonomy(self._groups, tuple(units))

    # queries --------------------------------------------------------------------------------
    @property
    def groups(self) -> Mapping[str, tuple[CodeEntry, ...]]:
        return self._groups

    def codes(self, group: str) -> tuple[str, ...]:
        return tuple(entry.code for entry in self._groups[group])

    def has(self, group: str, code: object) -> bool:
        return isinstance(code, str) and code in self._index.get(group, {})

    def entry(self, group: str, code: str) -> CodeEntry:
        try:
            return self._index[group][code]
        except KeyError:
            raise TaxonomyError(group, code, "unknown-code") from None

    def label(self, group: str, code: str, lang: str = "nl") -> str:
        return self.entry(group, code).label(lang)

    def ioa(self, behaviour: str) -> IoaCategory | None:
        return self.entry("behaviour", behaviour).ioa

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Taxonomy) and dict(self._groups) == dict(other._groups)

    def __hash__(self) -> int:
        return hash(tuple(self._groups.items()))

    def __repr__(self) -> str:
        sizes = ", ".join(f"{group}={len(entries)}" for group, entries in self._groups.items())
        return f"Taxonomy({sizes})"


def _entry_from_dict(group: str, row: object) -> CodeEntry:
    if not isinstance(row, Mapping):
        raise TaxonomyError(group, None, "wrong-type")
    code, nl, en = row.get("code"), row.get("nl"), row.get("en")
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise TaxonomyError(group, None, "bad-code")
    if not isinstance(nl, str) or not isinstance(en, str):
        raise TaxonomyError(group, code, "required")
    unknown = set(row) - {"code", "nl", "en", "ioa"}
    if unknown:
        raise TaxonomyError(group, code, "unknown-key")
    ioa_raw = row.get("ioa")
    ioa = None
    if ioa_raw is not None:
        if not isinstance(ioa_raw, Mapping) or not isinstance(ioa_raw.get("number"), str):
            raise TaxonomyError(group, code, "wrong-type")
        ioa = IoaCategory(number=ioa_raw["number"], name=str(ioa_raw.get("name", "")))
    return CodeEntry(code=code, nl=nl, en=en, ioa=ioa)
