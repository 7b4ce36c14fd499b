"""Small text utilities for matching questions to paragraphs: terms, stems, sentences.

Deliberately simple and deterministic (no model): used for sentence selection, the
support check and abstention, where a reason must be explainable. Words and stems are
`rightsdesk.words` (the keyword files count them too), re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rightsdesk.words import GENERIC, STOPWORDS, stem, terms, words

__all__ = [
    "GENERIC",
    "STOPWORDS",
    "join_names",
    "normalise_space",
    "sentences",
    "stem",
    "terms",
    "words",
]

_SENT_END = re.compile(r"(?<=[.;:!?])[\"”’)]?\s+(?=[A-Z(“\"])")
_SUB_LINE = re.compile(r"^\(([a-z]{1,3})\)\s+")


def sentences(text: str) -> list[tuple[str | None, str]]:
    """Sentences of a paragraph as (sub-paragraph label or None, sentence), verbatim."""
    out: list[tuple[str | None, str]] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _SUB_LINE.match(line)
        label = m.group(1) if m else None
        for part in _SENT_END.split(line):
            part = part.strip()
            if part:
                out.append((label, part))
    return out


def normalise_space(text: str) -> str:
    """Collapse whitespace, for verbatim comparisons across line breaks."""
    return " ".join(text.split())


def join_names(names: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
