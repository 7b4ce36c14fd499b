"""A Russian question turned, offline, into the English query the question reader handles.

Each word is lemmatised with pymorphy3; the glossary (`vocab/ru_glossary.tsv`, data) maps
Russian lemma sequences to English words, the longest phrase first; country names come from
pycountry's Russian names of every country (`rightsdesk.countries.localised_names`). UN symbols,
numbers and Latin words are kept as written; paragraph, sub-paragraph and year references are
put in the English order ("подпункт b) пункта 33" -> "paragraph 33 (b)"). Content words neither
knows are returned as unknown, for the answer's notices, never silently dropped. Does not read
the English query (`understand` does) and does not translate answers.

Usage: `RussianReader.load().translate("Что Комитет сказал о детях рома?").text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ingest.references import SYMBOL
from rightsdesk.countries import localised_names

GLOSSARY = Path(__file__).resolve().parent / "vocab" / "ru_glossary.tsv"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TOKEN = re.compile(
    rf"(?P<symbol>{SYMBOL.pattern})"
    r"|(?P<sub>\([a-z]\))"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[A-Za-z\u0400-\u04ff]+(?:-[A-Za-z\u0400-\u04ff]+)*)"
    r"|(?P<punct>[?!.;:])"
)
_ACRONYM = re.compile(r"^(?P<caps>[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*)(?P<ending>[а-яё]{0,3})$")
# Cyrillic sub-paragraph letters in Russian alphabetical order (а) b) в) ...), and с as c
_SUB_LETTERS = dict(zip("абвгдежзик", "abcdefghij", strict=True)) | {"с": "c"}
_SUB_AFTER_NUMBER = re.compile(r"(?<![\d.])(\d{1,3})\s*\(?([a-jа-ик])\)(?!\w)", re.I)
_SUB_BEFORE_PARAGRAPH = re.compile(
    r"\bподпункт\w*\s+\(?([a-jа-ик])\)?\s+(пункт\w*|п\.)\s*(\d{1,3})", re.I
)
_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s*(?P<word>год\w*|гг?\.)(?!\w)", re.I
)
_PREPOSITIONS = frozenset(
    ["в", "во", "с", "со", "от", "до", "по", "из", "за", "к", "на", "о", "об"]
)
# Grammatical words (pymorphy3 parts of speech) that carry no content when the glossary lacks them
_GRAMMATICAL = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})
_VERBS = frozenset({"VERB", "INFN"})
_CONTENT = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NUMR"})


@dataclass(frozen=True)
class Translation:
    """The English query for a Russian question, and the words it could not translate."""

    text: str
    unknown: tuple[str, ...] = ()
    known: int = 0  # content words translated (nouns, adjectives, names, numbers, symbols)


@dataclass
class Glossary:
    """Russian lemma sequences -> English; exact written forms; acronyms; abbreviations."""

    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # "=всё": that written form only
    acronyms: dict[str, str] = field(default_factory=dict)  # "КПР" -> "CRC", case-sensitive
    abbreviations: dict[str, str] = field(default_factory=dict)  # "п." -> "paragraph"
    english: dict[tuple[str, ...], str] = field(default_factory=dict)  # every entry, for checks

    def add(self, lemmas: tuple[str, ...], english: str) -> None:
        if not lemmas:
            return
        self.english.setdefault(lemmas, english)
        entries = self.phrases.setdefault(lemmas[0], [])
        if all(key != lemmas for key, _ in entries):
            entries.append((lemmas, english))
            entries.sort(key=lambda e: -len(e[0]))


@lru_cache(maxsize=65536)
def _parse(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a lower-case word, remembered (a question reads each word a few times)."""
    return tuple(_morph().parse(word))


def _lemmas(morph: Any, word: str) -> list[str]:
    """The word's normal forms, the likeliest first (ё read as е), then the word itself; a
    hyphenated word also as its parts' normal forms joined ("детей-инвалидов": ребенок-инвалид)."""
    low = word.lower().replace("ё", "е")
    out = [str(p.normal_form).replace("ё", "е") for p in _parse(low)]
    if "-" in low:
        out.append("-".join(_best_lemma(morph, part) for part in low.split("-")))
    return list(dict.fromkeys([*out, low]))


def _best_lemma(morph: Any, word: str) -> str:
    """A glossary word's lemma: the word itself when it is a dictionary form ("данные" stays,
    not "дать"), else its likeliest normal form ("детей" -> "ребенок")."""
    low = word.lower().replace("ё", "е")
    if "-" in low:
        return "-".join(_best_lemma(morph, part) for part in low.split("-"))
    forms = [str(p.normal_form).replace("ё", "е") for p in morph.parse(low)]
    return low if low in forms else forms[0]


def read_glossary(lines: Iterable[str], morph: Any) -> Glossary:
    """The glossary from its TSV lines (see the file's header for the format)."""
    g = Glossary()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        russian, english = (part.strip() for part in line.split("\t")[:2])
        if russian.startswith("="):
            g.forms[russian[1:].lower().replace("ё", "е")] = english
        elif russian.endswith(".") and " " not in russian:
            g.abbreviations[russian.lower()] = english
        elif _ACRONYM.match(russian) and russian.upper() == russian:
            g.acronyms[russian] = english
        else:
            words = re.findall(r"[\w-]+", russian)
            g.add(tuple(_best_lemma(morph, w) for w in words), english)
    return g


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def glossary() -> Glossary:
    """The glossary file plus pycountry's Russian names of every country."""
    morph = _morph()
    g = read_glossary(GLOSSARY.read_text(encoding="utf-8").splitlines(), morph)
    for russian, english in sorted(localised_names("ru").items()):
        words = re.findall(r"[\w-]+", russian)
        if words:
            g.add(tuple(_best_lemma(morph, w) for w in words), english)
    return g


@dataclass
class _Word:
    text: str  # as written
    lemmas: list[str]  # the likeliest first
    pos: str | None


@dataclass
class _Piece:
    english: str
    verb: bool = False
    name: bool = False
    noun: bool = False
    li: bool = False  # the question particle "ли"
    content: bool = False  # a noun, adjective, name, number or symbol (not a verb or function word)


def _plural(english: str, plural: bool) -> str:
    """'child|children' -> 'children' for a Russian plural; 'measure' -> 'measures'."""
    if "|" in english:
        one, many = english.split("|", 1)
        return many if plural else one
    if not plural or " " in english or not english.isalpha() or english[0].isupper():
        return english
    if english.endswith("s"):  # "resources", "data" already plural
        return english
    if english.endswith(("s", "x", "ch", "sh")):
        return english + "es"
    if english.endswith("y") and english[-2:-1] not in "aeiou":
        return english[:-1] + "ies"
    return english + "s"


def _prepare(question: str) -> str:
    """Sub-paragraph and year references in an order the tokens can be read in."""
    text = question.replace("ё", "е").replace("Ё", "Е").replace("«", " ").replace("»", " ")
    text = _SUB_BEFORE_PARAGRAPH.sub(lambda m: f"{m.group(2)} {m.group(3)} {m.group(1)})", text)
    text = _SUB_AFTER_NUMBER.sub(
        lambda m: f"{m.group(1)} ({_SUB_LETTERS.get(m.group(2).lower(), m.group(2).lower())})",
        text,
    )

    def year(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        genitive = m.group("word").lower() in {"года", "годов", "г.", "гг."}
        after_preposition = bool(before) and before[-1].lower() in _PREPOSITIONS
        return f"of {m.group('y')}" if genitive and not after_preposition else m.group("y")

    return _YEAR.sub(year, text)


class RussianReader:
    """Translate Russian questions with a glossary: `RussianReader.load().translate(q)`."""

    def __init__(self, glossary: Glossary, morph: Any) -> None:
        self.glossary = glossary
        self.morph = morph

    @classmethod
    def load(cls) -> RussianReader:
        """The reader with the packaged glossary (read once; pymorphy3's dictionaries load)."""
        return cls(glossary(), _morph())

    def translate(self, question: str) -> Translation:
        """The English query and the Russian content words the glossary does not know."""
        tokens = list(_TOKEN.finditer(_prepare(question)))
        pieces: list[_Piece] = []
        unknown: list[str] = []
        i = 0
        while i < len(tokens):
            m = tokens[i]
            kind, text = m.lastgroup, m.group(0)
            if kind != "word" or not _CYRILLIC.search(text):
                latin_name = kind == "word" and text[:1].isupper()
                content = kind in {"symbol", "number", "word"}
                pieces.append(_Piece(text, name=latin_name, noun=latin_name, content=content))
                i += 1
                continue
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if nxt == "." and f"{text.lower()}." in self.glossary.abbreviations:
                pieces.append(_Piece(self.glossary.abbreviations[f"{text.lower()}."]))
                i += 2
                continue
            acronym = _ACRONYM.match(text)
            if acronym and acronym.group("caps") in self.glossary.acronyms:
                english = self.glossary.acronyms[acronym.group("caps")]
                pieces.append(_Piece(english, name=True, noun=True, content=True))
                i += 1
                continue
            if text.lower() in self.glossary.forms:
                english = self.glossary.forms[text.lower()]
                if english != "-":
                    pieces.append(_Piece(english))
                i += 1
                continue
            used, piece = self._phrase(tokens, i)
            if piece is not None:
                if piece.english != "-" or piece.li:
                    pieces.append(piece)
                i += used
                continue
            if "-" in text:  # "детьми-инвалидами": the parts, when the whole is not an entry
                parts = [self._phrase_of_word(p) for p in text.split("-")]
                if all(p is not None for p in parts):
                    pieces += [p for p in parts if p is not None and p.english != "-"]
                    i += 1
                    continue
            word = self._word(text)
            if word.pos not in _GRAMMATICAL:
                unknown.append(text)
            i += 1
        known = sum(p.content for p in pieces)
        return Translation(_join(_reorder(pieces)), tuple(dict.fromkeys(unknown)), known)

    # -- steps ---------------------------------------------------------------------------

    def _word(self, text: str) -> _Word:
        parses = _parse(text.lower().replace("ё", "е"))
        pos = parses[0].tag.POS if parses else None
        return _Word(text, _lemmas(self.morph, text), pos)

    def _phrase_of_word(self, text: str) -> _Piece | None:
        word = self._word(text)
        for lemma in word.lemmas:
            for key, english in self.glossary.phrases.get(lemma, []):
                if len(key) == 1:
                    return self._piece(english, [word])
        return None

    def _phrase(self, tokens: list[re.Match[str]], i: int) -> tuple[int, _Piece | None]:
        """The longest glossary phrase starting at token i: (tokens used, its English)."""
        words: list[_Word] = []
        for m in tokens[i : i + 12]:
            if m.lastgroup != "word" or not _CYRILLIC.search(m.group(0)):
                break
            words.append(self._word(m.group(0)))
        if not words:
            return 1, None
        for lemma in words[0].lemmas:
            for key, english in self.glossary.phrases.get(lemma, []):
                if len(key) <= len(words) and all(
                    k in w.lemmas for k, w in zip(key, words, strict=False)
                ):
                    return len(key), self._piece(english, words[: len(key)])
        return 1, None

    def _piece(self, english: str, words: list[_Word]) -> _Piece:
        head = words[-1] if len(words) == 1 else self._head(words)
        parses = _parse(head.text.lower().replace("ё", "е"))
        tag = parses[0].tag if parses else None
        plural = bool(tag and tag.POS == "NOUN" and tag.number == "plur")
        if len(words) == 1 and words[0].text.lower() in {"ли"}:
            return _Piece("-", li=True)
        return _Piece(
            _plural(english, plural),
            verb=bool(tag and tag.POS in _VERBS),
            name=english[:1].isupper(),
            noun=bool(tag and tag.POS == "NOUN"),
            content=bool(tag and tag.POS in _CONTENT) or english[:1].isupper(),
        )

    def _head(self, words: list[_Word]) -> _Word:
        """The first noun of a phrase decides its number ("торговля детьми": торговля)."""
        for w in words:
            parses = _parse(w.text.lower().replace("ё", "е"))
            if parses and parses[0].tag.POS == "NOUN":
                return w
        return words[0]


def _reorder(pieces: list[_Piece]) -> list[_Piece]:
    """'Принял ли Казахстан' -> 'did Kazakhstan accept', 'Сталкиваются ли таджикские женщины'
    -> 'did Tajik women face': a verb before "ли" goes after the subject (up to its first noun)."""
    out = list(pieces)
    for i, p in enumerate(out):
        if not (p.li and 0 < i < len(out) - 1 and out[i - 1].verb):
            continue
        end = next((j for j in range(i + 1, min(i + 4, len(out))) if out[j].noun), None)
        if end is not None:
            verb = out[i - 1]
            out[i - 1 : end + 1] = [_Piece("did"), *out[i + 1 : end + 1], verb]
        break
    return [p for p in out if not p.li]


def _join(pieces: list[_Piece]) -> str:
    text = " ".join(p.english for p in pieces if p.english and p.english != "-")
    text = re.sub(r"\s+([?!.;:,])", r"\1", text)
    return text[:1].upper() + text[1:] if text else text
