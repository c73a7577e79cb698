"""Turning what the advisor types into a safe FTS5 query.

Every word becomes a quoted prefix term, so operators, quotes or SQL-looking text in the search
box are just text, and "jans" finds "Jansen". Diacritics are folded by the index's tokenizer.
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def fts_query(text: str) -> str | None:
    words = WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
