"""The safety suite counts its attacks, so SECURITY.md can quote the suite's own figures.

Every test here carries `@pytest.mark.attack("<class>")` (a class from ATTACK_CLASSES); each collected
item — each parametrised case — is one attack. A failed attack is a defect. At the end of a run the suite
prints one line:

    safety suite: 412 attacks (traceback 120, data-loss 30, ...), defects 0

and writes it to `build/safety-summary.txt`. When the whole suite ran (nothing deselected), a SECURITY.md
whose quoted line differs from this one fails the run: its figures cannot drift from the tests.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from support.vaults import make_vault

ROOT = Path(__file__).resolve().parents[2]
SECURITY_MD = ROOT / "SECURITY.md"
SUMMARY_FILE = ROOT / "build" / "safety-summary.txt"

# The defect classes of issue 17, and the suites that grew from them.
ATTACK_CLASSES = (
    "traceback",  # hostile or damaged input must give a clear sentence, never a traceback
    "data-loss",  # a command must never replace, overwrite or lose a vault, a key or a backup
    "crash",  # SIGKILL or a failing disk mid-write: every acknowledged change kept, no leftovers
    "hang",  # FIFOs, devices, huge parameters: bounded time
    "leak",  # case text never in a message, a file outside the vault, a bundle or a stream
    "policy",  # IT's locked policy cannot be lifted by the user, and a broken one never locks out
    "wrong-message",  # the message and exit code say what really happened
    "identity",  # categories cannot carry identities
    "hygiene",  # core dumps off, no network, no plaintext keychain
)
_LINE = re.compile(r"safety suite: \d+ attacks \([^)]*\), defects \d+")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "attack(kind): one attack of the safety suite, of class `kind`")


def _kind(item: pytest.Item) -> str:
    marker = item.get_closest_marker("attack")
    if marker is None or not marker.args or marker.args[0] not in ATTACK_CLASSES:
        raise pytest.UsageError(
            f"{item.nodeid}: every safety test needs @pytest.mark.attack(kind) with kind in {ATTACK_CLASSES}"
        )
    return str(marker.args[0])


class _Tally:
    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()
        self.defects = 0
        self.complete = True
        self.stale = False

    def line(self) -> str:
        parts = ", ".join(f"{kind} {self.kinds[kind]}" for kind in ATTACK_CLASSES if self.kinds[kind])
        return f"safety suite: {sum(self.kinds.values())} attacks ({parts}), defects {self.defects}"


_tally = _Tally()


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            _tally.kinds[_kind(item)] += 1


def pytest_deselected(items: list[pytest.Item]) -> None:
    _tally.complete = False


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and "tests/safety/" in report.nodeid.replace("\\", "/"):
        _tally.defects += 1


def _whole_suite_ran(session: pytest.Session) -> bool:
    here = Path(__file__).parent
    ran = {Path(str(item.path)) for item in session.items if here in Path(str(item.path)).parents}
    every = set(here.rglob("test_*.py"))
    options = session.config.option
    return _tally.complete and ran == every and not options.keyword and not options.markexpr


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _tally.kinds:
        return
    line = _tally.line()
    SUMMARY_FILE.parent.mkdir(exist_ok=True)
    SUMMARY_FILE.write_text(line + "\n", encoding="utf-8")
    if not _whole_suite_ran(session):
        return
    quoted = _LINE.search(SECURITY_MD.read_text(encoding="utf-8")) if SECURITY_MD.exists() else None
    expected = line.replace(f"defects {_tally.defects}", "defects 0")
    if quoted is None or quoted.group(0) != expected:
        _tally.stale = True
        if session.exitstatus == 0:
            session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    if not _tally.kinds:
        return
    terminalreporter.write_line(_tally.line())
    if _tally.stale:
        terminalreporter.write_line(
            "SECURITY.md does not quote this line (with defects 0): update its figures from the line above."
        )


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """A closed vault with cheap key slots whose automatic backup of today already exists, so a command that
    is refused changes nothing at all (a snapshot before and after compares equal)."""
    folder = tmp_path / "kluis"
    opened = make_vault(folder)[0]
    opened.daily_backup()
    opened.close()
    return folder
