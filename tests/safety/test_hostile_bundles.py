"""Hostile statistics bundles and private keys (issue 17).

Tracebacks: `stats merge` crashed on a bundle with a 31-digit count (OverflowError), a deeply nested payload
(RecursionError), a role × behaviour key that is free text (ValueError); it accepted and published cells that
contradict their totals, free text where a taxonomy code belongs, hundreds of invented units, and negative,
float or boolean counts in a bundle's groups and flags; a count of 10^18 contact minutes made it run for
minutes. A private key whose Argon2 `opslimit`/`memlimit` is absurd took minutes per attempt or crashed.

Identity: a bundle carried unit names as free text ("Team van Jan Jansen"), so `stats export` sent whatever a
case held and `stats merge` published it. A bundle now holds only the institution's listed units (others
count as "unknown"), and a merge refuses a unit that is not on the list.

Every refusal is one sentence that names the file, exit 2, and nothing is written (no report, no ledger).
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from nacl.public import SealedBox

from support.snapshots import snapshot
from support.vaults import PASSPHRASE, make_vault
from unit.reports.synthetic import make_cases
from vertrouwenspersoon.domain.holidays import HolidayRules
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.paths import resource_dir
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.statistics import compute
from vertrouwenspersoon.store.cases import CaseRepository

YEAR = 2026
KEY_PASS = "ombuds passphrase with enough length"
CANARY = "Team van Jan Jansen"
LISTED = ["Faculteit Testwetenschappen", "Dienst Fictieve Zaken"]


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return bundle.keygen(tmp_path_factory.mktemp("keys"), KEY_PASS)


@pytest.fixture
def key_dir(tmp_path: Path, keys: tuple[Path, Path]) -> Path:
    """A private copy of the key pair, so a merge that writes its ledger shows in a snapshot."""
    folder = tmp_path / "sleutels"
    folder.mkdir()
    for source in keys:
        (folder / source.name).write_bytes(source.read_bytes())
    os.chmod(folder / bundle.PRIVATE_NAME, 0o600)
    return folder


def _payload() -> dict:
    cases = make_cases(1, YEAR, 40, tiny_unit=False)
    figures = compute([_listed(c, i) for i, c in enumerate(cases)], YEAR)
    return {
        "format": bundle.BUNDLE_FORMAT,
        "version": 1,
        "advisor_id": "advisor-0001",
        "year": YEAR,
        "figures": figures.to_dict(),
        "published": [],
    }


def _listed(case: CaseFacts, i: int) -> CaseFacts:
    """Synthetic cases on the institution's list of units (or none)."""
    return dataclasses.replace(case, unit=LISTED[i % 2] if i % 3 else None)


def _seal(public: Path, text: str) -> bytes:
    sealed = SealedBox(bundle.load_public_key(public)).encrypt(text.encode("utf-8"))
    outer = {"format": bundle.BUNDLE_FORMAT, "version": 1, "sealed": base64.b64encode(sealed).decode()}
    return json.dumps(outer).encode("utf-8")


def _set(*path: str, value: object) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        target = doc["figures"]
        for name in path[:-1]:
            target = target[name]
        target[path[-1]] = value

    return change


def _add(table: str, code: str, count: int = 1) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["figures"]["tables"][table][code] = count

    return change


def _units(rows: dict[str, int]) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        figures = doc["figures"]
        assert sum(rows.values()) == figures["new_cases"] + figures["carried_over"]
        figures["tables"]["unit"] = rows

    return change


def _published(record: dict) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        base = {
            "format": "vertrouwenspersoon-publication", "kind": "report", "population": "x", "year": YEAR,
            "k": 5, "truth": [], "hidden": [], "withheld": [], "blanket": [], "fewer_than_k": False,
            "flags": {}, "carried": None, "parts": [], "document": None,
        }  # fmt: skip
        doc["published"] = [{**base, **record}]

    return change


def _cases(doc: dict) -> int:
    return doc["figures"]["new_cases"] + doc["figures"]["carried_over"]


HOSTILE: dict[str, Callable[[dict], None]] = {
    "31-digit case count": _set("new_cases", value=10**30),
    "31-digit cell": _set("tables", "role", "student", value=10**30),
    "20-digit case count": _set("carried_over", value=10**19),
    "10^18 contact minutes": _set("contact_minutes", value=10**18),
    "role table larger than the cases": _set("tables", "role", "student", value=500),
    "role table smaller than the cases": lambda d: d["figures"]["tables"]["role"].update(
        dict.fromkeys(d["figures"]["tables"]["role"], 0)
    ),
    "quarters not the new cases": _set("tables", "quarter", "q1", value=300),
    "role x behaviour above its behaviour": _set("tables", "role_x_behaviour", "student/bullying", value=400),
    "done on time above due": _set("aftercare_done_on_time", value=999),
    "group larger than the cases": _set("groups", "outcome", value=10_000),
    "free text as a role code": _add("role", "Jan Jansen, kamer 3.14"),
    "free text as a role x behaviour key": _add("role_x_behaviour", "Jan Jansen"),
    "unknown behaviour code": _add("behaviour", "made-up-code", 0),
    "300 unit codes": lambda d: _units(
        dict.fromkeys((f"unit-{i:03d}" for i in range(300)), 0) | {"unknown": _cases(d)}
    )(d),
    "negative group": _set("groups", "behaviour", value=-5),
    "float group": _set("groups", "behaviour", value=1.5),
    "boolean group": _set("groups", "behaviour", value=True),
    "text flag": _set("flags", "every_case_has_behaviour", value="nee"),
    "missing table": lambda d: d["figures"]["tables"].pop("channel"),
    "published record with a 25-digit count": _published({"truth": [["role", "student", 10**24]]}),
    "published record with a boolean k": _published({"k": True, "truth": [["role", "student", 3]]}),
}


def _merge(cli, key_dir: Path, files: list[Path], out: Path):  # type: ignore[no-untyped-def]
    return cli(
        "stats", "merge", "--key", key_dir / bundle.PRIVATE_NAME, *files, "--out", out,
        "--passphrase-stdin", stdin=KEY_PASS + "\n", timeout=60,
    )  # fmt: skip


def _list_units(isolated_dirs: dict[str, Path]) -> None:
    (isolated_dirs["config"] / "no-policy.json").write_text(json.dumps({"units": LISTED}), encoding="utf-8")


def _refused(result, name: str) -> None:  # type: ignore[no-untyped-def]
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err, result.err
    assert name in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1, result.err


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("attack", list(HOSTILE))
def test_a_hostile_bundle_is_refused_naming_the_file(cli, tmp_path, key_dir, isolated_dirs, attack) -> None:
    _list_units(isolated_dirs)
    doc = _payload()
    HOSTILE[attack](doc)
    hostile = tmp_path / "vijandig.bundle"
    hostile.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, json.dumps(doc)))
    fine = tmp_path / "goed.bundle"
    other = copy.deepcopy(_payload())
    other["advisor_id"] = "advisor-0002"
    fine.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, json.dumps(other)))
    before = snapshot(key_dir)
    out = tmp_path / "verslag.json"
    result = _merge(cli, key_dir, [fine, hostile], out)
    _refused(result, hostile.name)
    assert "Jan" not in result.err
    assert not out.exists() and snapshot(key_dir) == before


@pytest.mark.attack("traceback")
@pytest.mark.parametrize("where", ["inner", "outer"])
def test_a_deeply_nested_bundle_is_refused(cli, tmp_path, key_dir, where) -> None:
    deep = "[" * 50_000 + "]" * 50_000
    hostile = tmp_path / "diep.bundle"
    if where == "inner":
        hostile.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, deep))
    else:
        hostile.write_text(deep, encoding="utf-8")
    before = snapshot(key_dir)
    result = _merge(cli, key_dir, [hostile], tmp_path / "verslag.json")
    _refused(result, hostile.name)
    assert snapshot(key_dir) == before


@pytest.mark.attack("identity")
def test_a_unit_that_is_not_on_the_list_is_refused_on_merge(cli, tmp_path, key_dir, isolated_dirs) -> None:
    _list_units(isolated_dirs)
    good, named = _payload(), _payload()
    good_file, named_file = tmp_path / "goed.bundle", tmp_path / "eenheid.bundle"
    good_file.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, json.dumps(good)))
    named["advisor_id"] = "advisor-0002"
    _units({CANARY: 1, "unknown": _cases(named) - 1})(named)
    named_file.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, json.dumps(named)))
    before = snapshot(key_dir)
    result = _merge(cli, key_dir, [good_file, named_file], tmp_path / "verslag.json")
    _refused(result, named_file.name)
    assert "Jansen" not in result.err and "units" in result.err
    assert snapshot(key_dir) == before
    accepted = _merge(cli, key_dir, [good_file], tmp_path / "verslag.json")  # listed units merge as before
    assert accepted.code == 0, accepted.err
    report = (tmp_path / "verslag.json").read_text(encoding="utf-8")
    assert LISTED[0] in report


def _case(unit: str | None, number: int) -> Case:
    fields = dict(
        reference=f"{YEAR}-{number:03d}", opened_on=date(YEAR, 2, 2), closed_on=None, anonymous=True,
        alias=None, contact_details=None, role="student", gender=None, unit=unit, channel="email",
        behaviour=("bullying",), grounds=(), relation="fellow-student", hierarchical=False,
        setting="education", requests=(), outcomes=(), referrals=(), consent_on=None, legal_hold=None,
        notes=None, contacts=(), followups=(),
    )  # fmt: skip
    return Case(**fields)


@pytest.mark.attack("identity")
def test_export_writes_only_listed_units(cli, tmp_path, key_dir, isolated_dirs) -> None:
    """A vault from before units were checked may hold free text; the bundle must not carry it."""
    _list_units(isolated_dirs)
    folder = tmp_path / "kluis"
    vault, _ = make_vault(folder)
    try:
        # no list given to the repository: the unchecked entry an older version allowed
        repository = CaseRepository(
            vault, Taxonomy.from_file(resource_dir() / "taxonomy.json"), HolidayRules()
        )
        for number, unit in enumerate([CANARY, LISTED[0], LISTED[0], None], start=1):
            repository.add(_case(unit, number))
    finally:
        vault.close()
    out = tmp_path / "advies.bundle"
    result = cli(
        "stats", "export", "--vault", folder, "--year", YEAR, "--to", key_dir / bundle.PUBLIC_NAME,
        "--out", out, "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    key = bundle.load_private_key(key_dir / bundle.PRIVATE_NAME, KEY_PASS)
    inner = SealedBox(key).decrypt(base64.b64decode(json.loads(out.read_bytes())["sealed"])).decode()
    assert "Jansen" not in inner
    units = json.loads(inner)["figures"]["tables"]["unit"]
    assert units == {LISTED[0]: 2, "unknown": 2}


def _private_key(key_dir: Path, change: Callable[[dict], str | None]) -> Path:
    path = key_dir / bundle.PRIVATE_NAME
    doc = json.loads(path.read_text(encoding="utf-8"))
    text = change(doc)
    path.write_text(text if text is not None else json.dumps(doc), encoding="utf-8")
    return path


def _kdf(**values: object) -> Callable[[dict], None]:
    return lambda doc: doc["kdf"].update(values)


HOSTILE_KEYS: dict[str, Callable[[dict], str | None]] = {
    "opslimit 10^9": _kdf(opslimit=10**9),
    "opslimit 2^64": _kdf(opslimit=2**64),
    "opslimit as text": _kdf(opslimit="3"),
    "opslimit true": _kdf(opslimit=True),
    "memlimit 1 TiB": _kdf(memlimit=1 << 40),
    "memlimit 2^70": _kdf(memlimit=2**70),
    "memlimit 1 KiB": _kdf(memlimit=1024),
    "deep nesting": lambda doc: '{"kdf": ' + "[" * 50_000 + "]" * 50_000 + "}",
}


@pytest.mark.attack("hang")
@pytest.mark.parametrize("attack", list(HOSTILE_KEYS))
def test_a_hostile_private_key_is_refused_at_once(cli, tmp_path, key_dir, attack) -> None:
    doc = _payload()
    good = tmp_path / "goed.bundle"
    good.write_bytes(_seal(key_dir / bundle.PUBLIC_NAME, json.dumps(doc)))
    key = _private_key(key_dir, HOSTILE_KEYS[attack])
    before = snapshot(key_dir)
    out = tmp_path / "verslag.json"
    result = _merge(cli, key_dir, [good], out)  # 60 s timeout: the unbounded opslimit took minutes
    _refused(result, key.name)
    assert not out.exists() and snapshot(key_dir) == before
