"""What each fixture vault holds, so the upgrade test knows what to find after migrating."""

from __future__ import annotations

PASSPHRASE = "fixture vault passphrase"


def fill(vault, version: int) -> None:  # type: ignore[no-untyped-def]
    with vault.transaction():
        vault.set_meta("fixture_marker", f"fixture of schema v{version}")
        vault.audit.record("fixture.create", "vault", str(version))


def expected_meta(version: int) -> dict[str, str]:
    return {"fixture_marker": f"fixture of schema v{version}"}
