"""The audit trail: every change, export, report and purge, hash-chained, without case content.

Each event's hash is an HMAC (keyed per vault) over the previous hash and the event,
and the head (last id and hash) is kept in `meta`, so a removed, altered or re-ordered event,
and a truncated tail, are all detected by `verify`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from vertrouwenspersoon.store.connection import Connection

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: str
    action: str
    object_type: str
    object_id: str


def chain_key(vault_id: str) -> bytes:
    """Keyed by the vault id, which survives data-key rotation and restore, so the chain does too."""
    return hashlib.blake2b(vault_id.encode("utf-8"), digest_size=32, person=b"vp-audit-chain").digest()


class AuditLog:
    def __init__(self, conn: Connection, key: bytes, now: callable) -> None:  # type: ignore[valid-type]
        self._conn = conn
        self._key = key
        self._now = now

    def _digest(self, previous: str, event: AuditEvent) -> str:
        message = "\x1f".join(
            [previous, str(event.id), event.at, event.action, event.object_type, event.object_id]
        )
        return hmac.new(self._key, message.encode("utf-8"), hashlib.sha256).hexdigest()

    def _head(self) -> tuple[int, str]:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
        if row is None:
            return 0, GENESIS
        last_id, digest = str(row[0]).split(":", 1)
        return int(last_id), digest

    def record(self, action: str, object_type: str = "vault", object_id: str = "") -> None:
        """Append an event; call inside the transaction of the change it records."""
        last_id, previous = self._head()
        now: datetime = self._now()
        event = AuditEvent(last_id + 1, now.isoformat(timespec="seconds"), action, object_type, object_id)
        digest = self._digest(previous, event)
        self._conn.execute(
            "INSERT INTO audit (id, at, action, object_type, object_id, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (event.id, event.at, event.action, event.object_type, event.object_id, digest),
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (HEAD_KEY, f"{event.id}:{digest}")
        )

    def events(self) -> list[AuditEvent]:
        rows = self._conn.execute("SELECT id, at, action, object_type, object_id FROM audit ORDER BY id")
        return [AuditEvent(*row) for row in rows]

    def verify(self) -> list[str]:
        """Problems found (empty when the chain is whole): English, no case content."""
        problems: list[str] = []
        previous, expected_id = GENESIS, 1
        rows = self._conn.execute(
            "SELECT id, at, action, object_type, object_id, hash FROM audit ORDER BY id"
        )
        for row in rows:
            event = AuditEvent(*row[:5])
            if event.id != expected_id:
                problems.append(f"audit event {expected_id} is missing")
            if not hmac.compare_digest(self._digest(previous, event), row[5]):
                problems.append(f"audit event {event.id} was altered or is out of order")
            previous, expected_id = row[5], event.id + 1
        head_id, head_digest = self._head()
        if head_id != expected_id - 1 or not hmac.compare_digest(head_digest, previous):
            problems.append("the end of the audit trail was removed or altered")
        return problems
