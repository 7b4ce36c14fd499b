"""Words as every stage counts them: content-word stems, stopwords and the unit term sets.

Shared by the assistant (matching, IDF) and the keyword files an ingest writes beside an
index version (their term counts), so both count a unit's words the same way. Deterministic,
no model. Does not split sentences or rank (see `assistant.text`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer  # PyStemmer, shipped with bm25s
from pydantic import BaseModel, ConfigDict

_WORD = re.compile(
    r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]+(?:['’-][A-Za-z\u00C0-\u024F\u0400-\u04FF]+)*|\d+(?:[./-]\d+)*"
)
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
        # spatial prepositions that say nothing of a subject ("conditions inside them")
        "inside",
        "upon",
        "via",
        "onto",
        "among",
        "amongst",
        "toward",
        "towards",
        "throughout",
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


_ORDINAL_UNITS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)"
_ORDINAL_RANGE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*[-\u2013]\s*{_ORDINAL}\b", re.I)
_ORDINAL_ONE = re.compile(rf"\b{_ORDINAL}\b", re.I)


def ordinal_word(n: int) -> str:
    """1 -> 'first', 22 -> 'twenty-second' (as UN documents spell them), up to 99."""
    if n < 20:
        return _ORDINAL_UNITS[n]
    tens, unit = divmod(n, 10)
    return f"{_TENS[tens]}-{_ORDINAL_UNITS[unit]}" if unit else f"{_TENS[tens][:-1]}ieth"


ORDINAL_NUMBERS = {ordinal_word(n): n for n in range(1, 100)}  # "fifty-third" -> 53


def spell_ordinals(text: str) -> str:
    """Ordinals as documents write them: "the 18th-20th reports" -> "the eighteenth to
    twentieth reports", "46th session" -> "forty-sixth session"."""

    def one(n: str) -> str:
        return ordinal_word(int(n)) if 0 < int(n) < 100 else n

    text = _ORDINAL_RANGE.sub(lambda m: f"{one(m.group(1))} to {one(m.group(2))}", text)
    return _ORDINAL_ONE.sub(lambda m: one(m.group(1)), text)


# British and American spellings of one word ("defence"/"defense", "labour"/"labor",
# "centre"/"center", "organise"/"organize", "programme"/"program", "paediatric"/"pediatric",
# "counselling"/"counseling"): (pattern, replacement) pairs tried both ways
_SPELLINGS = (
    (r"ence$", "ense"),
    (r"ense$", "ence"),
    (r"our(s|ed|ing|er|ers|ist|ists)?$", r"or\1"),
    (r"or(s|ed|ing|er|ers|ist|ists)?$", r"our\1"),
    (r"([^aeiou])re(s|d)?$", r"\1er\2"),
    (r"([^aeiou])er(s|ed)?$", r"\1re\2"),
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"iz(e|es|ed|ing|ation|ations|er|ers)$", r"is\1"),
    (r"yse(s|d)?$", r"yze\1"),
    (r"yze(s|d)?$", r"yse\1"),
    (r"amme(s)?$", r"am\1"),
    (r"am(s)?$", r"amme\1"),
    (r"ogue(s)?$", r"og\1"),
    (r"ae", "e"),
    (r"oe", "e"),
    (r"([aeiou])ll(ed|ing|or|ors|er|ers)$", r"\1l\2"),
    (r"([aeiou])l(ed|ing|or|ors|er|ers)$", r"\1ll\2"),
    (r"lment(s)?$", r"llment\1"),
    (r"llment(s)?$", r"lment\1"),
)
_SPELLING_RX = tuple((re.compile(a), b) for a, b in _SPELLINGS)


def spelling_variants(word: str) -> list[str]:
    """The other spellings of a lower-cased word, British for American and back ("defence" ->
    ["defense"]); a rule that does not apply gives nothing."""
    out = []
    for rx, repl in _SPELLING_RX:
        other = rx.sub(repl, word, count=1)
        if other != word and other not in out:
            out.append(other)
    return out


def words(text: str) -> list[str]:
    """Words and numbers as written."""
    return _WORD.findall(text)


def terms(text: str, generic: bool = False) -> list[str]:
    """Content-word stems (stopwords removed; also generic words unless `generic`)."""
    out = []
    for w in words(text):
        # a hyphenated word counts as its parts, as the keyword index reads it: "awareness-
        # raising" meets "raise awareness", "child-sensitive" meets "sensitive to children"
        # (numbers stay whole: "2013-2017" is a period)
        for part in w.lower().split("-") if not w[0].isdigit() else (w.lower(),):
            if part in STOPWORDS or (not generic and part in GENERIC) or len(part) < 2:
                continue
            out.append(stem(part))
    return out


def unit_terms(text: str, tags: Iterable[str] = ()) -> frozenset[str]:
    """Content-word stems of a unit's text, and its tags as `#slug`."""
    return frozenset(terms(text)) | {f"#{t}" for t in tags}


class TermCounts(BaseModel):
    """In how many units each term occurs, over every unit of an index version."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    units: int
    df: dict[str, int]

    @classmethod
    def count(cls, units: Iterable[tuple[str, Iterable[str]]]) -> TermCounts:
        """Counts over (text, tags) pairs, one per unit."""
        df: Counter[str] = Counter()
        n = 0
        for text, tags in units:
            df.update(unit_terms(text, tags))
            n += 1
        return cls(units=n, df=dict(df))
