"""Leaks of case text (issue 17): a distinct canary in every free-text field of every case — alias,
contact details, notes, legal hold, contact-moment notes, agreement and aftercare descriptions — is
imported through the real CLI, and then every command runs over it: listings, due, reports (PDF and
JSON, finalised), statistics bundles and their merge, sealed exports, backup and restore, purge,
passphrase change, recovery, key rotation, self-test, and refused imports whose bad values are canaries
too. Afterwards not one file outside the vault databases (vault folders, TMPDIR, config, cache, every
output meant to be sealed or anonymous, PDFs also as extracted text) and not one stdout or stderr holds
any canary, in UTF-8 or UTF-16, in any letter case. The explicit `export --plain` is the one place
where case text belongs: it must hold every canary, which proves the scan can see them.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from support.canary import hits_in, scan_folded
from support.cli import CliRunner
from support.vaults import PASSPHRASE, make_vault

pytestmark = pytest.mark.attack("leak")

PREFIX = "KanarieVp" + secrets.token_hex(3)  # every canary starts with it: a truncated leak is found too
NEW = "een tweede wachtwoordzin voor de kluis"
THIRD = "een derde wachtwoordzin voor de kluis"
FILE_PASS = "wachtwoordzin voor het verzegelde bestand"
OMBUDS = "wachtwoordzin van de ombudsfunctionaris"


def canary(field_name: str, case: int) -> str:
    return f"{PREFIX}{field_name}C{case}"


def _case(n: int, opened: str, closed: str | None, *, hold: bool = False) -> dict:
    """A valid exchange-format case (CONTRACT.md) whose every free text carries its own canary."""
    followups = [
        {
            "kind": "agreement",
            "description": f"Afspraak {canary('Agreement', n)} bellen",
            "actor": "advisor",
            "due_on": opened[:8] + "20",
            "done_on": None,
            "cancelled_on": None,
        }
    ]
    if closed is not None:
        followups.append(
            {
                "kind": "aftercare",
                "description": f"Nazorg {canary('Aftercare', n)}",
                "actor": "advisor",
                "due_on": closed[:8] + "25",
                "done_on": closed[:8] + "26" if opened < "2026" else None,
                "cancelled_on": None,
            }
        )
        followups[0]["done_on"] = opened[:8] + "19"
    return {
        "reference": f"{opened[:4]}-{n:03d}",
        "opened_on": opened,
        "closed_on": closed,
        "anonymous": False,
        "reporter": {
            "alias": canary("Alias", n),
            "contact": f"tel {canary('Contact', n)}",
            "role": ["phd", "student", "staff-academic", "staff-support"][n % 4],
            "gender": "female",
            "unit": None,
        },
        "channel": "email",
        "behaviour": ["bullying"] if n % 2 else ["sexual-harassment", "abuse-of-power"],
        "grounds": [],
        "relation": "colleague",
        "hierarchical": bool(n % 2),
        "setting": "work",
        "requests": ["advice"],
        "outcomes": ["referral"] if closed else [],
        "referrals": ["hr"] if closed else [],
        "consent_on": opened,
        "legal_hold": f"Klacht {canary('LegalHold', n)}" if hold else None,
        "notes": f"Gesprek over {canary('Notes', n)}\nen nog een regel",
        "contacts": [
            {
                "at": opened + "T10:30",
                "minutes": 45,
                "mode": "in-person",
                "with": "reporter",
                "notes": f"Eerste gesprek {canary('ContactNotes', n)}",
            }
        ],
        "followups": followups,
    }


def document() -> dict:
    """Five cases closed in 2025 (past retention once 2025 is finalised; one under legal hold) and six
    from 2026, open or closed with aftercare still to come."""
    cases = [_case(n, f"2025-0{n}-03", f"2025-0{n + 1}-10", hold=n == 2) for n in range(1, 6)]
    cases += [_case(n, f"2026-0{n - 5}-04", None if n % 2 else f"2026-{n:02d}-05") for n in range(6, 12)]
    return {"format": "vertrouwenspersoon-cases", "version": 1, "cases": cases}


ALL_CANARIES = sorted(
    {
        canary(name, n)
        for n in range(1, 12)
        for name in ("Alias", "Contact", "Notes", "ContactNotes", "Agreement")
    }
    | {canary("Aftercare", n) for n in (1, 2, 3, 4, 5, 6, 8, 10)}
    | {canary("LegalHold", 2)}
    | {PREFIX}
)


@dataclass
class Workflow:
    """What the whole command sequence left behind: streams per step, files, and the places to skip."""

    root: Path
    streams: dict[str, str] = field(default_factory=dict)
    plain: Path | None = None
    skip: set[Path] = field(default_factory=set)
    pdf_texts: dict[str, str] = field(default_factory=dict)


Step = tuple[str, Callable[[Path], list[object]], Callable[[dict[str, str]], str], int]


def _steps() -> list[Step]:
    """(label, arguments, stdin from the secrets so far, expected exit code), in the order they run."""
    v, v2, v3 = "kluis", "tweede-kluis", "teruggezet"
    pw = lambda s: s["pass"] + "\n"  # noqa: E731 — the vault passphrase of the moment
    return [
        ("import", lambda t: ["import", "--vault", t / v, t / "in" / "cases.json"], pw, 0),
        ("import again (duplicates)", lambda t: ["import", "--vault", t / v, t / "in" / "cases.json"], pw, 2),
        ("import bad code", lambda t: ["import", "--vault", t / v, t / "in" / "bad-code.json"], pw, 2),
        ("import long alias", lambda t: ["import", "--vault", t / v, t / "in" / "long-alias.json"], pw, 2),
        ("import bad date", lambda t: ["import", "--vault", t / v, t / "in" / "bad-date.json"], pw, 2),
        ("cases", lambda t: ["cases", "--vault", t / v], pw, 0),
        ("cases --json", lambda t: ["cases", "--vault", t / v, "--json"], pw, 0),
        ("due", lambda t: ["due", "--vault", t / v, "--days", "400", "--today", "2026-01-01"], pw, 0),
        ("due --json", lambda t: ["due", "--vault", t / v, "--days", "400", "--json"], pw, 0),
        (
            "report pdf",
            lambda t: ["report", "--vault", t / v, "--year", "2026", "--out", t / "out" / "r.pdf"],
            pw,
            0,
        ),
        (
            "report pdf en",
            lambda t: [
                "report",
                "--vault",
                t / v,
                "--year",
                "2026",
                "--out",
                t / "out" / "e.pdf",
                "--lang",
                "en",
            ],
            pw,
            0,
        ),
        (
            "report json",
            lambda t: ["report", "--vault", t / v, "--year", "2026", "--out", t / "out" / "r.json"],
            pw,
            0,
        ),
        (
            "report finalise 2025",
            lambda t: [
                "report",
                "--vault",
                t / v,
                "--year",
                "2025",
                "--out",
                t / "out" / "2025.pdf",
                "--finalise",
            ],
            pw,
            0,
        ),
        ("stats keygen", lambda t: ["stats", "keygen", "--out", t / "keys"], lambda s: OMBUDS + "\n", 0),
        (
            "stats export",
            lambda t: [
                "stats",
                "export",
                "--vault",
                t / v,
                "--year",
                "2026",
                "--to",
                t / "keys" / "ombudsperson.public.json",
                "--out",
                t / "out" / "a.bundle",
            ],
            pw,
            0,
        ),
        (
            "stats merge pdf",
            lambda t: [
                "stats",
                "merge",
                "--key",
                t / "keys" / "ombudsperson.private.json",
                t / "out" / "a.bundle",
                "--out",
                t / "out" / "m.pdf",
            ],
            lambda s: OMBUDS + "\n",
            0,
        ),
        (
            "stats merge json",
            lambda t: [
                "stats",
                "merge",
                "--key",
                t / "keys" / "ombudsperson.private.json",
                t / "out" / "a.bundle",
                "--out",
                t / "out" / "m.json",
            ],
            lambda s: OMBUDS + "\n",
            0,
        ),
        (
            "export sealed",
            lambda t: ["export", "--vault", t / v, "--out", t / "out" / "all.vpsealed"],
            lambda s: f"{s['pass']}\n{FILE_PASS}\n",
            0,
        ),
        (
            "export one case sealed",
            lambda t: ["export", "--vault", t / v, "--case", "2026-007", "--out", t / "out" / "one.vpsealed"],
            lambda s: f"{s['pass']}\n{FILE_PASS}\n",
            0,
        ),
        (
            "export --plain",
            lambda t: ["export", "--vault", t / v, "--plain", "--out", t / "plain" / "all.json"],
            pw,
            0,
        ),
        (
            "import sealed",
            lambda t: ["import", "--vault", t / v2, t / "out" / "all.vpsealed"],
            lambda s: f"{PASSPHRASE}\n{FILE_PASS}\n",
            0,
        ),
        (
            "import sealed wrong passphrase",
            lambda t: ["import", "--vault", t / v2, t / "out" / "one.vpsealed"],
            lambda s: f"{PASSPHRASE}\nverkeerde wachtwoordzin hier\n",
            3,
        ),
        (
            "import sealed again (duplicates)",
            lambda t: ["import", "--vault", t / v2, t / "out" / "one.vpsealed"],
            lambda s: f"{PASSPHRASE}\n{FILE_PASS}\n",
            2,
        ),
        ("backup", lambda t: ["backup", "--vault", t / v, "--out", t / "out" / "k.vpbackup"], pw, 0),
        ("restore", lambda t: ["restore", "--from", t / "out" / "k.vpbackup", "--vault", t / v3], pw, 0),
        ("purge --dry-run", lambda t: ["purge", "--vault", t / v, "--dry-run"], pw, 0),
        ("purge", lambda t: ["purge", "--vault", t / v], pw, 0),
        ("passwd", lambda t: ["passwd", "--vault", t / v], lambda s: f"{s['pass']}\n{NEW}\n", 0),
        ("rotate", lambda t: ["rotate", "--vault", t / v], lambda s: f"{NEW}\n{THIRD}\n", 0),
        ("recover", lambda t: ["recover", "--vault", t / v3], lambda s: f"{s['first recovery']}\n{NEW}\n", 0),
        (
            "wrong passphrase",
            lambda t: ["cases", "--vault", t / v],
            lambda s: "niet de goede wachtwoordzin\n",
            3,
        ),
        ("self-test", lambda t: ["self-test"], lambda s: "", 0),
        ("self-test --vault", lambda t: ["self-test", "--vault", t / v], lambda s: THIRD + "\n", 0),
        ("self-test restored", lambda t: ["self-test", "--vault", t / v3], lambda s: NEW + "\n", 0),
    ]


STEPS = _steps()
# A passphrase changes along the way: the steps after `passwd` use the new one.
_PASS_AFTER = {"passwd": NEW, "rotate": THIRD}


def _inputs(folder: Path) -> None:
    """The canary document, and refused variants whose offending value is itself case text."""
    folder.mkdir()
    good = document()
    (folder / "cases.json").write_text(json.dumps(good))
    bad_code = json.loads(json.dumps(good))
    bad_code["cases"] = [bad_code["cases"][0]]
    bad_code["cases"][0]["reference"] = "2025-101"
    bad_code["cases"][0]["behaviour"] = [canary("Code", 1)]
    (folder / "bad-code.json").write_text(json.dumps(bad_code))
    long_alias = json.loads(json.dumps(bad_code))
    long_alias["cases"][0]["behaviour"] = ["bullying"]
    long_alias["cases"][0]["reporter"]["alias"] = canary("LongAlias", 1) + " x" * 400
    (folder / "long-alias.json").write_text(json.dumps(long_alias))
    bad_date = json.loads(json.dumps(long_alias))
    bad_date["cases"][0]["reporter"]["alias"] = canary("Alias", 1)
    bad_date["cases"][0]["closed_on"] = "2024-13-45"
    (folder / "bad-date.json").write_text(json.dumps(bad_date))


def _environment(root: Path) -> dict[str, str]:
    dirs = {name: root / "env" / name for name in ("config", "cache", "data", "tmp", "home")}
    for path in dirs.values():
        path.mkdir(parents=True)
    return dict(
        os.environ,
        VERTROUWENSPERSOON_CONFIG_DIR=str(dirs["config"]),
        VERTROUWENSPERSOON_CACHE_DIR=str(dirs["cache"]),
        VERTROUWENSPERSOON_VAULT_DIR=str(dirs["data"] / "kluis"),
        VERTROUWENSPERSOON_POLICY_FILE=str(dirs["config"] / "no-policy.json"),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_DATA_HOME=str(dirs["data"]),
        TMPDIR=str(dirs["tmp"]),
        HOME=str(dirs["home"]),
        VERTROUWENSPERSOON_LANG="nl",
    )


@pytest.fixture(scope="module")
def workflow(tmp_path_factory: pytest.TempPathFactory) -> Workflow:
    """Runs every step once for the module; each test below then looks at one place."""
    root = tmp_path_factory.mktemp("canary")
    cli = CliRunner(_environment(root))
    _inputs(root / "in")
    for folder in ("out", "plain"):
        (root / folder).mkdir()
    vault, recovery = make_vault(root / "kluis")
    vault.close()
    make_vault(root / "tweede-kluis")[0].close()
    state = {"pass": PASSPHRASE, "first recovery": recovery}
    done = Workflow(root, skip={root / "in", root / "plain"})
    for label, arguments, stdin, expected in STEPS:
        script = [] if label == "self-test" else ["--passphrase-stdin"]  # the runtime check reads no secret
        result = cli(*arguments(root), *script, stdin=stdin(state))
        done.streams[label] = result.out + "\n" + result.err
        assert result.code == expected, (label, result.code, result.err)
        assert "Traceback" not in result.err, label
        state["pass"] = _PASS_AFTER.get(label, state["pass"])
    done.plain = root / "plain" / "all.json"
    done.skip |= {p for p in root.rglob("vault.db")}
    for pdf in (root / "out").glob("*.pdf"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True)
        done.pdf_texts[pdf.name] = text.stdout.decode("utf-8")
    return done


@pytest.mark.parametrize("label", [step[0] for step in STEPS])
def test_no_command_prints_case_text(workflow: Workflow, label: str) -> None:
    assert hits_in(workflow.streams[label].encode("utf-8"), ALL_CANARIES) == set()


PLACES = [
    "vault folder",
    "restored vault",
    "second vault",
    "outputs",
    "keys",
    "tmp",
    "config",
    "cache",
    "data",
    "home",
]


@pytest.mark.parametrize("place", PLACES)
def test_no_file_holds_case_text(workflow: Workflow, place: str) -> None:
    """Every file there except vault.db: key slots, lock, WAL, daily backups, PDFs, bundles, sealed files."""
    root = workflow.root
    folder = {
        "vault folder": root / "kluis",
        "restored vault": root / "teruggezet",
        "second vault": root / "tweede-kluis",
        "outputs": root / "out",
        "keys": root / "keys",
    }.get(place, root / "env" / place)
    assert folder.is_dir()
    assert scan_folded([folder], ALL_CANARIES, workflow.skip) == {}


def test_nothing_else_was_written_anywhere_under_the_test_folder(workflow: Workflow) -> None:
    """The sweep over everything, so a file in a place no one thought of is caught as well."""
    assert scan_folded([workflow.root], ALL_CANARIES, workflow.skip) == {}


@pytest.mark.parametrize("name", ["r.pdf", "e.pdf", "2025.pdf", "m.pdf"])
def test_no_pdf_shows_case_text(workflow: Workflow, name: str) -> None:
    text = workflow.pdf_texts[name]
    assert "2026" in text or "2025" in text  # the extraction worked, so its silence means something
    assert hits_in(text.encode("utf-8"), ALL_CANARIES) == set()


def test_the_plain_export_holds_every_canary_so_the_scan_is_not_blind(workflow: Workflow) -> None:
    """The one explicit plaintext output (written before the purge): the same scan that found nothing
    anywhere else finds every canary here."""
    assert hits_in(workflow.plain.read_bytes(), ALL_CANARIES) == set(ALL_CANARIES)
    assert scan_folded([workflow.root / "in"], ALL_CANARIES)  # the inputs, too
