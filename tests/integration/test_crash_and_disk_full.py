"""Durability: SIGKILL at random moments never loses an acknowledged commit, and a full disk rolls
back cleanly, tells the user, and leaves the vault usable with all earlier data."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from support.vaults import PASSPHRASE, make_vault
from vertrouwenspersoon.store.vault import Vault

WRITER = r"""
import sys
from vertrouwenspersoon.store.vault import Vault
vault = Vault.open(sys.argv[1], passphrase=sys.argv[2])
with vault.transaction() as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, payload BLOB)")
start = vault.conn.execute("SELECT coalesce(max(id), 0) FROM probe").fetchone()[0]
n = start
while True:
    n += 1
    with vault.transaction() as conn:
        conn.execute("INSERT INTO probe (id, payload) VALUES (?, randomblob(3000))", (n,))
        vault.audit.record("probe.insert", "probe", str(n))
    print(n, flush=True)
"""


def test_sigkill_at_random_moments_never_loses_an_acknowledged_commit(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    rng = random.Random(20261129)
    acknowledged: set[int] = set()
    for _round in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_dir), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = child.stdout.readline()
        assert first.strip().isdigit(), child.stderr.read()
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        acknowledged.update(int(line) for line in rest.split() if line.isdigit())
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        present = {row[0] for row in reopened.conn.execute("SELECT id FROM probe")}
        assert acknowledged <= present
        assert reopened.verify() == []
    assert len(acknowledged) > 30


FILLER = r"""
import resource, signal, sys
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.store.vault import Vault

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
vault = Vault.open(sys.argv[1], passphrase=sys.argv[2])
with vault.transaction() as conn:
    conn.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, payload BLOB)")
    conn.execute("INSERT INTO probe (id, payload) VALUES (1, randomblob(1000))")
vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
limit = 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
committed = 1
try:
    for n in range(2, 10_000):
        with vault.transaction() as conn:
            conn.execute("INSERT INTO probe (id, payload) VALUES (?, randomblob(20000))", (n,))
        committed = n
except VpError as error:
    print("ERROR", error.exit_code, error.message("nl"), flush=True)
print("COMMITTED", committed, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
with vault.transaction() as conn:
    conn.execute("INSERT INTO probe (id, payload) VALUES (?, randomblob(100))", (committed + 1,))
print("USABLE", committed + 1, flush=True)
vault.close()
"""


def test_disk_full_rolls_back_with_a_clear_error_and_keeps_earlier_data(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    result = subprocess.run(
        [sys.executable, "-c", FILLER, str(vault_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["ERROR"].startswith(
        "2 De wijziging kon niet worden opgeslagen (schijf vol"
    )  # not "damaged" (4)
    committed = int(lines["COMMITTED"])
    assert committed > 1
    assert int(lines["USABLE"]) == committed + 1  # the same session went on working once space was back
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        ids = [row[0] for row in reopened.conn.execute("SELECT id FROM probe ORDER BY id")]
        assert ids == list(range(1, committed + 2))
        assert reopened.verify() == []
    assert os.path.getsize(vault_dir / "vault.db") > 0
