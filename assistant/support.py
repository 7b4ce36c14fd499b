"""Does a paragraph support a sentence? A lexical check that runs offline.

No PyPI package ships an entailment model, so: every number, article number and UN symbol
in the sentence must appear in the paragraph, and enough of its content words must too.
The threshold is calibrated on `evals/support_labels.jsonl` (agreement reported by
`rightsdesk eval`). Used to validate LLM citations and, in evals, to judge citation support.
"""

from __future__ import annotations

import re

from assistant.text import terms

NUMBERISH = re.compile(r"\b\d[\d./-]*\d\b|\b\d\b|\b[A-Z]{1,5}/[A-Za-z0-9./-]+\b")
MARKER = re.compile(r"\[(\d{1,3})\]")
SUPPORT_THRESHOLD = 0.5


def _anchors(text: str) -> set[str]:
    return {m.group(0).rstrip(".") for m in NUMBERISH.finditer(MARKER.sub(" ", text))}


def support_score(sentence: str, paragraph: str) -> float:
    """Share of the sentence's content words found in the paragraph (0 on a wrong number)."""
    anchors = _anchors(sentence)
    if anchors and not anchors <= _anchors(paragraph) | {a for a in anchors if a in paragraph}:
        return 0.0
    words = set(terms(MARKER.sub(" ", sentence), generic=True))
    if not words:
        return 1.0 if anchors else 0.0
    return len(words & set(terms(paragraph, generic=True))) / len(words)


def supports(sentence: str, paragraph: str, threshold: float = SUPPORT_THRESHOLD) -> bool:
    """True when the paragraph plausibly supports the sentence."""
    return support_score(sentence, paragraph) >= threshold
