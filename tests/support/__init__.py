"""Test support: a CLI runner over real subprocesses, cheap vaults, canary scanning, fault injection."""
