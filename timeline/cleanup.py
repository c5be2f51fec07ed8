"""Undo the damage agency copy and scrapers do to text before anything reads it.

Tokenised corpora write brackets as Penn Treebank tokens (-LRB- for "(") and split clitics
("world 's"); scrapers escape slashes ("1\\/26\\/11"). Each repair is one (pattern, replacement)
row, applied in order.
"""

from __future__ import annotations

import re

REPAIRS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"-LRB-", "("), (r"-RRB-", ")"), (r"-LSB-", "["), (r"-RSB-", "]"),
    (r"-LCB-", "{"), (r"-RCB-", "}"),
    (r"\\/", "/"),
))


def normalize(text: str) -> str:
    """`text` with agency-copy artefacts repaired; ordinary prose passes through unchanged."""
    if "-" not in text and "\\" not in text:
        return text
    for pattern, replacement in REPAIRS:
        text = pattern.sub(replacement, text)
    return text
