"""No network, ever: the CLI runs with an audit hook that records any non-local socket use."""

from __future__ import annotations

import os
from pathlib import Path

from support.vaults import PASSPHRASE, make_vault

HOOK = """
import os, socket, sys
_log = os.environ["VP_NETWORK_LOG"]
def _hook(event, args):
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        open(_log, "a").write(event + "\\n")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) != socket.AF_UNIX:
            open(_log, "a").write(f"{event} {args[1:]!r}\\n")
sys.addaudithook(_hook)
"""


def test_cli_opens_no_network_socket(cli, tmp_path: Path, vault_dir: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(HOOK)
    log = tmp_path / "network.log"
    cli.env["PYTHONPATH"] = os.pathsep.join([str(site), cli.env.get("PYTHONPATH", "")])
    cli.env["VP_NETWORK_LOG"] = str(log)
    vault, _ = make_vault(vault_dir)
    vault.close()
    for args, stdin in [
        (("self-test",), ""),
        (
            ("backup", "--vault", vault_dir, "--out", tmp_path / "b.vpbackup", "--passphrase-stdin"),
            PASSPHRASE,
        ),
        (("self-test", "--vault", vault_dir, "--passphrase-stdin"), PASSPHRASE),
    ]:
        result = cli(*args, stdin=stdin + "\n")
        assert result.code == 0, result.err
    assert (site / "sitecustomize.py").exists()
    assert not log.exists(), log.read_text()


def test_the_hook_itself_would_catch_a_connection(cli, tmp_path: Path) -> None:
    """Guards the test above against a hook that silently does nothing."""
    import subprocess
    import sys

    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(HOOK)
    log = tmp_path / "network.log"
    env = dict(cli.env, PYTHONPATH=str(site), VP_NETWORK_LOG=str(log))
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=0.2)\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert "socket.connect" in log.read_text()
