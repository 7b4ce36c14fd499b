"""Small text utilities for matching questions to paragraphs: terms, stems, sentences.

Deliberately simple and deterministic (no model): used for sentence selection, the
support check and abstention, where a reason must be explainable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer  # PyStemmer, shipped with bm25s

_WORD = re.compile(
    r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]+(?:['’-][A-Za-z\u00C0-\u024F\u0400-\u04FF]+)*|\d+(?:[./-]\d+)*"
)
_SENT_END = re.compile(r"(?<=[.;:!?])[\"”’)]?\s+(?=[A-Z(“\"])")
_SUB_LINE = re.compile(r"^\(([a-z]{1,3})\)\s+")
_stemmer = Stemmer.Stemmer("english")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "tell",
        "say",
        "said",
        "says",
        "give",
        "gives",
        "list",
        "show",
        "anything",
        "something",
        "please",
        "know",
        "let",
        "us",
        "whether",
        "regarding",
        "concerning",
        "there's",
        "what's",
        "it's",
        "ever",
        "much",
        "many",
    ]
)
# Words that name the documents or their authors rather than a topic.
GENERIC = frozenset(
    [
        "committee",
        "committees",
        "rapporteur",
        "special",
        "state",
        "party",
        "parties",
        "document",
        "documents",
        "report",
        "reports",
        "concluding",
        "observation",
        "observations",
        "recommend",
        "recommends",
        "recommended",
        "recommendation",
        "recommendations",
        "paragraph",
        "paragraphs",
        "para",
        "paras",
        "country",
        "countries",
        "government",
        "national",
        "plan",
        "action",
        "un",
        "united",
        "nations",
        "crc",
        "opsc",
        "opac",
        "convention",
        "protocol",
        "optional",
        "un's",
        "mention",
        "mentioned",
        "mentions",
        "talk",
        "talks",
        "discuss",
        "discusses",
        "discussed",
        "view",
        "views",
        "note",
        "notes",
        "noted",
    ]
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """English stem of a lower-cased word."""
    return str(_stemmer.stemWord(word.lower()))


def words(text: str) -> list[str]:
    """Words and numbers as written."""
    return _WORD.findall(text)


def terms(text: str, generic: bool = False) -> list[str]:
    """Content-word stems (stopwords removed; also generic words unless `generic`)."""
    out = []
    for w in words(text):
        lw = w.lower()
        if lw in STOPWORDS or (not generic and lw in GENERIC) or len(lw) < 2:
            continue
        out.append(stem(lw))
    return out


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
