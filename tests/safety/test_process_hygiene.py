"""Process hygiene (issue 17): a crash must not write the decrypted pages to a core file, and the passphrase's
keychain slot must never land in a plaintext or null "keychain". Checked in the real program's own process:
a sitecustomize hook records, as the CLI exits, what the kernel would do with a core dump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.attack("hygiene")

PROBE = """
import atexit, ctypes, json, os, resource
def _record():
    PR_GET_DUMPABLE = 3
    dumpable = ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    with open(os.environ["VP_HYGIENE_OUT"], "w") as out:
        json.dump({"dumpable": dumpable, "core": list(resource.getrlimit(resource.RLIMIT_CORE))}, out)
atexit.register(_record)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("command", [["self-test"], ["--help"]])
def test_the_program_can_never_dump_core(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "sitecustomize.py").write_text(PROBE, encoding="utf-8")
    out = tmp_path / "hygiene.json"
    env = dict(os.environ, VP_HYGIENE_OUT=str(out))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path / "probe"), env.get("PYTHONPATH", "")]))
    subprocess.run(
        [sys.executable, "-m", "vertrouwenspersoon", *command], env=env, capture_output=True, timeout=120
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen == {"dumpable": 0, "core": [0, 0]}


@pytest.mark.parametrize(
    "backend",
    ["keyrings.alt.file.PlaintextKeyring", "keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"],
)
def test_a_plaintext_or_null_keyring_is_never_used(tmp_path: Path, backend: str) -> None:
    """Even when the user's keyring configuration names it, the app's keychain is then unavailable."""
    code = (
        "import keyring\n"
        "from vertrouwenspersoon.security.keychain import Keychain\n"
        "chosen = Keychain()\n"
        "offered = Keychain(keyring.get_keyring())\n"
        "print(chosen.available, offered.available, offered.refused_backend is not None)\n"
    )
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no real Secret Service to fall back on
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True"]
    assert not list(tmp_path.rglob("*.cfg")) and not list(tmp_path.rglob("keyring_pass*"))
