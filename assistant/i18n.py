"""User-facing strings in English and Russian, kept in one data file (`vocab/ui_strings.json`).

`text(key, lang, **values)` gives a string of the answer's frame or of the chat interface;
`localise(message, lang)` gives the Russian of a sentence another module wrote in English (a
scope message, a lookup's "there is no paragraph 99", a language model's fallback notice),
matched by its English template, with the names in it (countries, bodies, kinds of document) in
Russian. English is returned unchanged. Does not translate quotes: they stay as the documents
print them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from rightsdesk.countries import canonical, find_countries, localised_name

Lang = Literal["en", "ru"]
VOCAB = Path(__file__).resolve().parent / "vocab"
_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")
_NUMERIC = frozenset({"n", "first", "last", "number", "repaired", "dropped"})
_YEARS = r"\d{4}(?:-\d{4})?(?:(?:, | and )\d{4}(?:-\d{4})?)*"
_LIST_SPLIT = re.compile(r", | and | or |; ")


@dataclass(frozen=True)
class Message:
    """A sentence another module writes in English, and its Russian form."""

    key: str
    pattern: re.Pattern[str]
    russian: str


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VOCAB / "ui_strings.json").read_text(encoding="utf-8"))
    return data


def text(key: str, lang: str = "en", **values: object) -> str:
    """The string `key` in a language, its `{name}` fields filled in."""
    entry = _data()["strings"][key]
    template = entry.get(lang, entry["en"])
    return _FIELD.sub(lambda m: str(values[m.group(1)]), template) if values else template


def plural(n: int, key: str, lang: str = "en") -> str:
    """The word of `key` agreeing with n ('passage'/'passages'; 'фрагмент'/'фрагмента'/'фрагментов')."""
    forms = text(key, lang).split("|")
    if lang != "ru" or len(forms) < 3:
        return forms[0] if n == 1 else forms[-1]
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def join(names: Iterable[str], lang: str = "en") -> str:
    """'A', 'A and B', 'A, B and C' (in Russian with 'и')."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('answer.and', lang)} {items[-1]}"


def examples(lang: str = "en") -> list[str]:
    """The chat interface's example questions in a language."""
    return text("ui.examples", lang).split("|")


@cache
def _glossary() -> tuple[tuple[str, str], ...]:
    """The glossary's (Russian, English) entries in file order, read once."""
    out = []
    for line in (VOCAB / "ru_glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        russian, english = line.split("\t")[:2]
        out.append((russian, english))
    return tuple(out)


@cache
def _russian_names() -> dict[str, str]:
    """English names of bodies, treaties and kinds of document -> their Russian, from the
    glossary (its first entry for an English name) and the strings file's terms."""
    out: dict[str, str] = dict(_data()["terms"])
    for russian, english in _glossary():
        if english[:1].isupper() and " " in english and not russian.startswith("="):
            out.setdefault(english, russian)
    return out


@cache
def _russian_subjects() -> dict[str, str]:
    """Subjects of the domain in English ('child marriage') -> the glossary's Russian for them
    ('детский брак'), its first entry for each; written forms ("=...") and dropped words left out."""
    out: dict[str, str] = {}
    for russian, english in _glossary():
        if not russian.startswith("=") and english != "-" and "|" not in english:
            out.setdefault(english.lower(), russian)
    return out


def subject(value: str, lang: str = "en") -> str:
    """A subject the documents were searched for, in the language ('child marriage' ->
    'детский брак'); as written when the glossary has no entry for it."""
    if lang != "ru":
        return value
    return _russian_subjects().get(value.strip().lower(), value)


def name(value: str, lang: str = "en") -> str:
    """A country, body or kind of document in a language ('Tajikistan' -> 'Таджикистан')."""
    if lang != "ru":
        return value
    value = value.strip()
    bare = value.removeprefix("the ")
    if find_countries(bare) == [canonical(bare)]:  # 'the United States', as prose writes it
        return localised_name(canonical(bare), "ru")
    names = _russian_names()
    return names.get(value) or names.get(bare) or value


def _names(values: str, lang: str) -> str:
    """A list of names as English joins them ('A, B and C'), each in the language."""
    items = [v for v in _LIST_SPLIT.split(values) if v]
    if len(items) == 1:
        return name(values, lang)
    return join([name(v, lang) for v in items], lang)


def _compile(key: str, english: str, russian: str) -> Message:
    """A template as a pattern: literals as written, a field as any text (a number for the
    numeric fields), a field used twice as the same text."""
    parts = _FIELD.split(english)  # literal, field, modifier, literal, ...
    pattern, seen = "", set()
    for i, part in enumerate(parts):
        if i % 3 == 0:
            pattern += re.escape(part)
        elif i % 3 == 1 and part in seen:
            pattern += f"(?P={part})"
        elif i % 3 == 1:
            seen.add(part)
            field = r"\d[\d.]*" if part in _NUMERIC else _YEARS if part == "when" else ".*?"
            pattern += f"(?P<{part}>{field})"
    return Message(key, re.compile(pattern), russian)


def _literal_length(english: str) -> int:
    return len(_FIELD.sub("", english))


@cache
def _messages() -> tuple[Message, ...]:
    """Whole-sentence templates, the most specific first (the most literal text); the parts of a
    sentence ('no_year.where') are matched only inside theirs."""
    entries = [(k, e) for k, e in _data()["messages"].items() if k.rsplit(".", 1)[-1] not in _PARTS]
    entries.sort(key=lambda ke: -_literal_length(ke[1]["en"]))
    return tuple(_compile(k, e["en"], e["ru"]) for k, e in entries)


_PARTS = frozenset({"where", "dates"})


def localise(message: str, lang: str = "en") -> str:
    """A message written in English, in the language: each sentence that matches a template of
    the strings file in Russian, its names translated; any other sentence as it was."""
    if lang == "en" or not message:
        return message
    out: list[str] = []
    rest = message.strip()
    while rest:
        for msg in _messages():
            m = msg.pattern.match(rest)
            if m and (m.end() == len(rest) or rest[m.end()] == " "):
                out.append(_render(msg.key, msg.russian, m.groupdict()))
                rest = rest[m.end() :].strip()
                break
        else:  # no template: keep the sentence as written
            cut = re.search(r"[.!?](?:\s|$)", rest)
            end = cut.end() if cut else len(rest)
            out.append(rest[:end].strip())
            rest = rest[end:].strip()
    return " ".join(out)


def _render(key: str, template: str, values: dict[str, str]) -> str:
    terms = _data()["terms"]
    messages = _data()["messages"]

    def fill(m: re.Match[str]) -> str:
        field, modifier = m.group(1), m.group(2)
        value = values.get(field, "")
        if not value:
            return ""
        if modifier:
            return str(terms.get(f"{value}.{modifier}", value))
        part = messages.get(f"{key}.{field}")
        if part is not None:  # " on Tajikistan" inside "The documents on Tajikistan include ..."
            inner = _compile(f"{key}.{field}", part["en"], part["ru"])
            found = inner.pattern.fullmatch(value)
            return _render(inner.key, inner.russian, found.groupdict()) if found else value
        if field == "subject":  # "child marriage": a subject of the domain, not a name
            return subject(value, "ru")
        if field in {"reason", "why"}:
            return str(terms.get(value, localise(value, "ru")))
        if field in _NUMERIC or field in {"symbols", "doc", "ref", "reports", "query"}:
            return value
        return _names(value, "ru")

    return _FIELD.sub(fill, template)
