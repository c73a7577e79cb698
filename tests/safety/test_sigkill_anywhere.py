"""Crash (issue 17): a SIGKILL inside `rotate`, `backup`, `restore`, `passwd`, `demo` and `report --finalise`
lost 3 recovery keys and left 18 files behind (temp files, half backups). `rotate` swapped the database
before the new recovery key was printed, so a kill in between left a vault that only an unseen key opened;
`demo` created the vault, filled it, and printed its key only at the end; temp files of atomic writes,
backups in progress and restore staging were never removed.

Here every writing command of the CLI is killed at seeded random moments spread over its measured
duration, and at every fsync and rename (strace's fault injection kills it exactly there). After each kill
the vault must open with the passphrase and with a recovery key the test saw (the one last printed, or the
one before), pass both integrity checks and the audit chain, hold every change acknowledged earlier, and
after that one open hold no leftover file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from support import faults
from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.app_context import default_taxonomy
from vertrouwenspersoon.domain.exchange import to_document
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.reports import bundle
from vertrouwenspersoon.store.cases import CaseRepository
from vertrouwenspersoon.store.vault import Vault, is_vault

pytestmark = pytest.mark.attack("crash")

NEW_PASSPHRASE = "een heel andere wachtwoordzin voor later"
SEED = 20261202
RANDOM_KILLS = 10  # per command, spread over its measured duration
WORKERS = 2
TODAY = date.today()
SYSCALLS_MOST = {"rename": 6, "fsync": 6, "unlink": 3}  # kill points per syscall and command
SYSCALLS = tuple(SYSCALLS_MOST)


@dataclass
class Scenario:
    """A writing command and what may be true after it was killed."""

    args: list[object]
    stdin: str
    passphrases: tuple[str, ...] = (PASSPHRASE,)
    new_vault: bool = False  # init/demo: the folder may hold no vault yet
    changes_recovery_key: bool = False
    out: Path | None = None  # a file the command writes outside the vault: absent or whole
    out_check: Callable[[Path], None] | None = None
    references: tuple[frozenset[str], ...] = ()  # the case sets the vault may hold afterwards
    syscall_points: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _references(vault: Vault) -> frozenset[str]:
    return frozenset(str(r[0]) for r in vault.conn.execute("SELECT reference FROM cases"))


def _open_any(folder: Path, passphrases: tuple[str, ...]) -> tuple[str, Vault]:
    failures = []
    for passphrase in passphrases:
        try:
            return passphrase, Vault.open(folder, passphrase=passphrase)
        except VpError as error:
            failures.append(f"{error.key}")
    raise AssertionError(f"no passphrase opens the vault: {failures}; files {sorted(os.listdir(folder))}")


def _check_after_kill(scenario: Scenario, folder: Path, recovery: str, result: faults.Run) -> None:
    where = f"{scenario.args[0]} killed after {result.seconds:.3f}s (code {result.code})"
    assert "Traceback" not in result.err, (where, result.err)
    printed = faults.printed_recovery_keys(result.out)
    if scenario.new_vault and not is_vault(folder):
        assert result.code != 0, where
        again = faults.run(scenario.args, scenario.stdin, env=dict(os.environ))  # the advisor tries again
        assert again.code == 0, (where, again.err)
        printed = faults.printed_recovery_keys(again.out)
        assert printed, where
    passphrase, vault = _open_any(folder, scenario.passphrases)
    with vault:
        assert vault.verify() == [], where
        found = _references(vault)
        data_key_id = vault.get_meta("vault_id")
    if scenario.references:
        assert found in scenario.references, (where, len(found))
    if result.code == 0 and scenario.references:
        assert found == scenario.references[-1], where  # acknowledged: the whole change is there
    keys = ([printed[-1]] if printed else []) + ([recovery] if recovery else [])
    if scenario.new_vault:
        assert printed, f"{where}: a vault exists whose recovery key was never shown"
    if result.code == 0 and printed:
        keys = [printed[-1]]
    opened = []
    for key in keys:
        try:
            with Vault.open(folder, recovery=key) as by_key:
                assert by_key.get_meta("vault_id") == data_key_id
                opened.append(key)
        except VpError:
            pass
    assert opened, f"{where}: neither the printed nor the previous recovery key opens the vault"
    if scenario.changes_recovery_key and opened == [recovery] and printed:
        assert passphrase == scenario.passphrases[0], where  # the old pair: old passphrase, old key
    assert faults.leftovers(folder) == [], where
    if scenario.out is not None and scenario.out.exists() and scenario.out_check:
        scenario.out_check(scenario.out)


def _plan(rng: random.Random, duration: float, count: int) -> list[float]:
    """Kill moments spread over the writing part of a run (the first ~40% is the interpreter starting)."""
    return sorted(rng.uniform(0.35 * duration, 1.0 * duration) for _ in range(count))


def _syscall_points(scenario: Scenario, template: Path, work: Path) -> list[tuple[str, object]]:
    """Every rename, and fsyncs and unlinks spread over one complete run: the moments that order matters."""
    folder = work / "count"
    _copy(template, folder)
    counts = faults.syscall_counts(
        _args(scenario, folder), scenario.stdin, SYSCALLS, dict(os.environ), work / "strace.log"
    )
    shutil.rmtree(folder, ignore_errors=True)
    points: list[tuple[str, object]] = []
    for syscall, most in SYSCALLS_MOST.items():
        points += [("syscall", (syscall, n)) for n in faults.spread(counts[syscall], most)]
    return points


def _args(scenario: Scenario, folder: Path) -> list[object]:
    return [folder if a == "VAULT" else a for a in scenario.args]


def _copy(template: Path, folder: Path) -> None:
    if template.exists():
        shutil.copytree(template, folder)


def _attack(scenario: Scenario, template: Path, recovery: str, work: Path) -> int:
    rng = random.Random(f"{SEED}-{scenario.args[0]}-{scenario.args[1] if len(scenario.args) > 1 else ''}")
    first = work / "measure"
    _copy(template, first)
    baseline = faults.run(_args(scenario, first), scenario.stdin, env=dict(os.environ))
    assert baseline.code == 0, baseline.err
    _check_after_kill(_bound(scenario, first), first, recovery, baseline)
    shutil.rmtree(first)
    jobs: list[tuple[str, object]] = [("delay", d) for d in _plan(rng, baseline.seconds, RANDOM_KILLS)]
    if scenario.syscall_points and faults.STRACE:
        jobs += _syscall_points(scenario, template, work)

    def one(index_job: tuple[int, tuple[str, object]]) -> None:
        index, (kind, point) = index_job
        folder = work / f"k{index}"
        _copy(template, folder)
        bound = _bound(scenario, folder)
        if scenario.out is not None:
            bound.out = work / f"out{index}{scenario.out.suffix}"
            bound.args = [bound.out if a == scenario.out else a for a in bound.args]
        if kind == "delay":
            result = faults.run_killed(bound.args, scenario.stdin, float(point), env=dict(os.environ))
        else:
            syscall, when = point  # type: ignore[misc]
            result = faults.run_traced(bound.args, scenario.stdin, syscall, when, env=dict(os.environ))
        _check_after_kill(bound, folder, recovery, result)
        shutil.rmtree(folder, ignore_errors=True)

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(one, enumerate(jobs)))
    return len(jobs)


def _bound(scenario: Scenario, folder: Path) -> Scenario:
    copy = Scenario(**{**scenario.__dict__})
    copy.args = _args(scenario, folder)
    return copy


# -- the vaults the commands start from -------------------------------------------------------------
def _cases(seed: int, count: int):  # type: ignore[no-untyped-def]
    return generate_cases(seed, count, TODAY.year - 8, TODAY.year, TODAY)


def _template(work: Path, count: int = 40) -> tuple[Path, str, frozenset[str]]:
    """A vault with cases and no daily backup yet, so every command writes one first."""
    folder = work / "template"
    vault, recovery = make_vault(folder)
    with vault:
        CaseRepository(vault, default_taxonomy()).import_cases(_cases(7, count))
        refs = _references(vault)
    return folder, recovery, refs


def _backup_is_whole(path: Path) -> None:
    from vertrouwenspersoon.store import backup_file

    backup_file.read_slots(path)  # a half backup has no trailer


def _pdf_is_whole(path: Path) -> None:
    assert path.read_bytes().rstrip().endswith(b"%%EOF")


SIG = PASSPHRASE + "\n"
COMMANDS = [
    "init",
    "demo",
    "import",
    "rotate",
    "passwd",
    "backup",
    "restore",
    "report",
    "purge",
    "stats-export",
    "cases",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sigkill_anywhere_loses_nothing_and_leaves_nothing(command: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    template, recovery, refs = _template(work)
    vault_args: list[object] = ["--vault", "VAULT", "--passphrase-stdin"]
    if command == "init":
        shutil.rmtree(template)
        scenario = Scenario(["init", *vault_args], SIG, new_vault=True, syscall_points=True)
        recovery = ""
    elif command == "demo":
        shutil.rmtree(template)
        scenario = Scenario(["demo", *vault_args, "--cases", "60"], SIG, new_vault=True, syscall_points=True)
        recovery = ""
    elif command == "import":
        source = work / "import.json"
        imported = _import_file(source, refs)
        scenario = Scenario(["import", *vault_args, source], SIG, references=(refs, refs | imported))
    elif command == "rotate":
        scenario = Scenario(
            ["rotate", *vault_args],
            f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
            passphrases=(PASSPHRASE, NEW_PASSPHRASE),
            changes_recovery_key=True,
            references=(refs,),
            syscall_points=True,
        )
    elif command == "passwd":
        scenario = Scenario(
            ["passwd", *vault_args],
            f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
            passphrases=(PASSPHRASE, NEW_PASSPHRASE),
            references=(refs,),
            syscall_points=True,
        )
    elif command == "backup":
        out = work / "copy.vpbackup"
        scenario = Scenario(
            ["backup", *vault_args, "--out", out],
            SIG,
            out=out,
            out_check=_backup_is_whole,
            references=(refs,),
            syscall_points=True,
        )
    elif command == "restore":
        backup = work / "earlier.vpbackup"
        with Vault.open(template, passphrase=PASSPHRASE) as vault:
            vault.backup_to(backup)
            later = _add_cases(vault, 61, 5)
        scenario = Scenario(
            ["restore", *vault_args, "--from", backup],
            SIG,
            references=(refs | later, refs),
            syscall_points=True,
        )
    elif command == "report":
        out = work / "report.pdf"
        scenario = Scenario(
            ["report", *vault_args, "--year", str(TODAY.year), "--out", out, "--finalise"],
            SIG,
            out=out,
            out_check=_pdf_is_whole,
            references=(refs,),
            syscall_points=True,
        )
    elif command == "purge":
        scenario = Scenario(["purge", *vault_args], SIG)
    elif command == "stats-export":
        keys = work / "keys"
        done = faults.run(
            ["stats", "keygen", "--out", keys, "--passphrase-stdin"],
            "sleutel wachtwoordzin lang genoeg\n",
            env=dict(os.environ),
        )
        assert done.code == 0, done.err
        public = keys / bundle.PUBLIC_NAME
        out = work / "bundle.vpstats"
        scenario = Scenario(
            [
                "stats",
                "export",
                "--vault",
                "VAULT",
                "--year",
                str(TODAY.year),
                "--to",
                public,
                "--out",
                out,
                "--passphrase-stdin",
            ],
            SIG,
            out=out,
            references=(refs,),
        )
    else:
        scenario = Scenario(["cases", *vault_args], SIG, references=(refs,))
    points = _attack(scenario, template, recovery, work)
    assert points >= RANDOM_KILLS


def _add_cases(vault: Vault, seed: int, count: int) -> frozenset[str]:
    repo = CaseRepository(vault, default_taxonomy())
    before = _references(vault)
    cases = [c for c in _cases(seed, count * 4) if c.reference not in before][:count]
    repo.import_cases(cases)
    return _references(vault) - before


def _import_file(source: Path, existing: frozenset[str]) -> frozenset[str]:
    cases = [c for c in _cases(99, 120) if c.reference not in existing][:30]
    source.write_text(json.dumps(to_document(cases)), encoding="utf-8")
    return frozenset(c.reference for c in cases)
