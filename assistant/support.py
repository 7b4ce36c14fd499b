"""Does a paragraph support a sentence? A lexical check that runs offline.

No PyPI package ships an entailment model, so: every number, article number and UN symbol
in the sentence must appear in the paragraph, and enough of its content words must too.
The threshold is calibrated on `evals/support_labels.jsonl` (agreement reported by
`rightsdesk eval`). Used to validate LLM citations and, in evals, to judge citation support.
"""

from __future__ import annotations

import re

from assistant.text import sentences, terms

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


# Text in a document that addresses a language model rather than the reader: a prompt
# injection planted in a source. It stays in the document (and is quoted as data), but it
# can never be what supports a sentence of a model's answer.
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.]{0,40}\b(?:instructions?|rules|prompt)\b"
    r"|\byou are now\b|\bas an AI\b|(?-i:\b(?:SYSTEM|ASSISTANT)\s*:)"
    r"|<\s*/?\s*passages\s*>|‹\s*/?\s*passages\s*›"
    r"|\b(?:tell|inform|reply to) the user\b|\bcite \[\d+\]",
    re.IGNORECASE,
)


def addresses_a_model(text: str) -> bool:
    """True when some sentence of the text speaks to a language model."""
    return INSTRUCTION.search(text) is not None


def without_instructions(text: str) -> str:
    """The text without its sentences that speak to a language model."""
    if not addresses_a_model(text):
        return text
    return " ".join(s for _, s in sentences(text) if not INSTRUCTION.search(s))
