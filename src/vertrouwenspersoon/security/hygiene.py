"""Process hygiene: no core dumps (they would hold decrypted pages) and private file modes."""

from __future__ import annotations

import os
import sys


def harden_process() -> None:
    """Best effort: each step that the platform lacks is skipped, never fatal."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            pr_set_dumpable = 4
            ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
