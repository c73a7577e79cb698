"""`self-test`: what an IT officer runs after installing, and what CI runs on the built bundle.

Without a vault it checks the runtime and makes a throwaway vault (no case data) to prove the
whole chain works; with a vault it checks integrity and the audit trail.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from vertrouwenspersoon import __version__, messages
from vertrouwenspersoon.errors import VpError
from vertrouwenspersoon.security import kdf
from vertrouwenspersoon.security.keychain import Keychain
from vertrouwenspersoon.store.connection import SQLITE_HEADER, silence_cipher_log
from vertrouwenspersoon.store.vault import Vault, restore

messages.register(
    {
        "selftest.ok": ("in orde", "ok"),
        "selftest.failed": ("MISLUKT", "FAILED"),
        "selftest.summary-ok": ("Zelftest geslaagd.", "Self-test passed."),
        "selftest.summary-failed": (
            "Zelftest mislukt: {count} controle(s).",
            "Self-test failed: {count} check(s).",
        ),
        "selftest.keychain-none": (
            "geen veilige sleutelhanger; alleen ontgrendelen met wachtwoordzin",
            "no secure keychain; passphrase unlock only",
        ),
        "selftest.vault-ok": (
            "Kluis {vault_id}: versleuteling, structuur en audittrail ({events} gebeurtenissen) in orde.",
            "Vault {vault_id}: encryption, structure and audit trail ({events} events) are intact.",
        ),
        "selftest.vault-problem": ("Probleem: {problem}", "Problem: {problem}"),
    }
)

SELF_TEST_PASSPHRASE = "self-test throwaway passphrase"  # noqa: S105 (a throwaway vault without data)


def _check(name: str, probe: Callable[[], str]) -> bool:
    try:
        detail = probe()
    except (VpError, sqlcipher3.Error, OSError, ValueError, RuntimeError) as error:
        detail = error.message() if isinstance(error, VpError) else type(error).__name__
        print(f"[{messages.text('selftest.failed')}] {name}: {detail}")
        return False
    print(f"[{messages.text('selftest.ok')}] {name}: {detail}")
    return True


def _sqlcipher() -> str:
    silence_cipher_log()
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'probe'")
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = conn.execute("PRAGMA cipher_provider").fetchone()[0]
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
        options = {r[0] for r in conn.execute("PRAGMA compile_options")}
    finally:
        conn.close()
    if not str(version).startswith("4."):
        raise ValueError(f"SQLCipher {version} is not 4.x")
    if "ENABLE_FTS5" not in options:
        raise ValueError("SQLCipher lacks FTS5")
    return f"SQLCipher {version}, {provider} ({provider_version}), SQLite {sqlcipher3.sqlite_version}, FTS5"


def _kdf() -> str:
    params = kdf.KdfParams(kdf.MIN_MEMORY_KIB, 1, 1, b"\0" * kdf.SALT_BYTES)
    start = time.perf_counter()
    kdf.derive("self-test", params)
    elapsed = time.perf_counter() - start
    return f"Argon2id {params.memory_kib // 1024} MiB, one pass {elapsed * 1000:.0f} ms"


def _keychain() -> str:
    keychain = Keychain()
    return keychain.name if keychain.available else messages.text("selftest.keychain-none")


def _round_trip() -> str:
    work = Path(tempfile.mkdtemp(prefix="vp-selftest-"))
    try:
        vault_dir, restored_dir, backup = work / "vault", work / "restored", work / "backup.vpbackup"
        vault, key_text = Vault.create(
            vault_dir, SELF_TEST_PASSPHRASE, kdf_params=kdf.weak_params_for_tests()
        )
        with vault:
            with vault.transaction():
                vault.set_meta("self_test", "round trip")
            vault.backup_to(backup)
        with Vault.open(vault_dir, recovery=key_text) as reopened:
            if reopened.get_meta("self_test") != "round trip" or reopened.verify():
                raise ValueError("round trip did not read back")
        restore(backup, restored_dir, SELF_TEST_PASSPHRASE)
        with Vault.open(restored_dir, passphrase=SELF_TEST_PASSPHRASE) as again:
            if again.get_meta("self_test") != "round trip" or again.verify():
                raise ValueError("restore did not read back")
        for path in (vault_dir / "vault.db", backup, restored_dir / "vault.db"):
            if path.read_bytes()[:16] == SQLITE_HEADER:
                raise ValueError(f"{path.name} is not encrypted")
        return "create, write, reopen (recovery key), backup, restore, integrity checks"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def runtime_report() -> int:
    print(f"Vertrouwenspersoon {__version__}")
    results = [
        _check("SQLCipher", _sqlcipher),
        _check("KDF", _kdf),
        _check("Keychain", _keychain),
        _check("Vault", _round_trip),
    ]
    failed = results.count(False)
    if failed:
        print(messages.text("selftest.summary-failed", count=failed))
        return 4
    print(messages.text("selftest.summary-ok"))
    return 0


def print_vault_report(vault: Vault, problems: list[str]) -> None:
    if not problems:
        print(messages.text("selftest.vault-ok", vault_id=vault.vault_id, events=len(vault.audit.events())))
    for problem in problems:
        print(messages.text("selftest.vault-problem", problem=problem))
