"""Which language a question is written in: English, Russian, or another Cyrillic language.

Letters first (Tajik ҳ қ ғ ӣ ӯ ҷ, Turkmen ә ө ү җ ң, Kazakh ұ і һ ...), then a few common words
for questions typed on a Russian keyboard without the special letters; both are data
(`vocab/languages.json`). A question mostly in Latin letters is read as English, as before.
Does not translate.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = Path(__file__).resolve().parent / "vocab" / "languages.json"
RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_CYRILLIC = 0.5  # share of a question's letters that makes it a Cyrillic question
MIN_WORDS = 2  # common words of another language that outweigh the absence of its letters


@dataclass(frozen=True)
class Language:
    """A Cyrillic language other than Russian, as its letters and common words show it."""

    code: str
    letters: frozenset[str]
    words: frozenset[str]


@cache
def _table() -> tuple[tuple[str, ...], tuple[Language, ...]]:
    data = json.loads(LANGUAGES.read_text(encoding="utf-8"))
    langs = tuple(
        Language(code, frozenset(entry["letters"]), frozenset(entry["words"]))
        for code, entry in data["languages"].items()
    )
    return tuple(data["answered"]), langs


def answered() -> tuple[str, ...]:
    """The languages Rights Desk answers in ("en", "ru")."""
    return _table()[0]


def detect(text: str) -> str:
    """'en', 'ru', a code of `languages.json` ('tg', 'tk', ...) or 'other' (Cyrillic, unknown)."""
    letters = [ch for ch in text.lower() if ch.isalpha()]
    cyrillic = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
    if not cyrillic or len(cyrillic) < MIN_CYRILLIC * len(letters):
        return "en"
    extra = set(cyrillic) - RUSSIAN_LETTERS
    words = set(_WORD.findall(text.lower()))
    langs = _table()[1]
    if extra:
        # the language whose letters explain most of the non-Russian ones, then by its words,
        # then the one with fewest letters of its own (the most specific)
        scored = [
            (
                len(extra & lg.letters) - len(extra - lg.letters),
                len(words & lg.words),
                -len(lg.letters),
                lg.code,
            )
            for lg in langs
            if extra & lg.letters
        ]
        return max(scored)[3] if scored else "other"
    best = max(((len(words & lg.words), lg.code) for lg in langs), default=(0, "ru"))
    return best[1] if best[0] >= MIN_WORDS else "ru"
