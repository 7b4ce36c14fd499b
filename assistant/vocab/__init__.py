"""Vocabularies kept as data (JSON files beside this module), read once when first used.

Does not decide anything: question understanding asks these whether a text names an entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


# an organisation speaking: "what did UNICEF say", "according to the OSCE", "UNICEF's view";
# not "support from IOM" or "funded by the EU", which are what documents talk about
SPEAKS = (
    r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){{0,2}}?(?:say|says|said|recommend\w*|find|finds|found|report\w*"
    r"|note\w*|conclude\w*|rule\w*|view|views|position|think|thinks|urge\w*|call\w*|criticis\w*"
    r"|write|writes|wrote|written|publish\w*|document|documents|documented"
    r"|weigh\w*\s+in|take|stance|opinion|comment\w*|look\w*\s+(?:at|into)|raise\w*|flag\w*"
    r"|respond\w*|react\w*|warn\w*|recogni[sz]\w*|acknowledg\w*|weighed"
    r"|criticiz\w*|assess\w*|concern\w*"
    # ... or its own paper as the source: "UNICEF's own situation analysis", "that UNHCR advisory"
    r"|report|reports|analysis|study|studies|survey|advisory|guidelines|statistics|data|figures"
    r"|numbers|estimates?)\b"
)


# what came from an organisation, or a paper by it: "any word from UNHCR?", "a report by the OSCE"
FROM_WHOM = (
    r"(?:any\s?thing|something|any\s+word|word|news|input|comments?|statements?|responses?"
    r"|reactions?|guidance|data|figures)\s+from"
    r"|(?:reports?|study|studies|analys[ie]s|statements?|surveys?|papers?|publications?"
    r"|assessments?)\s+(?:\w+\s+)?by"
)
TREATY = re.compile(r"\b(?:Convention|Covenant|Protocol)\b")
ACTED_ON = re.compile(
    r"\b(?:ratif\w*|accede\w*|accession|sign\w*|join\w*|withdraw\w*|reservations?|parties?"
    r"|stand\w*\s+on|position\s+on|status\s+of)\b"
    r"(?:\s+\w+){0,4}\s*(?:to|of)?\s*(?:the\s+)?$",
    re.I,
)

# a treaty's ratification asked anywhere in the question ("list every recommendation to ratify it")
RATIFYING = re.compile(r"\b(?:ratif\w*|accede\w*|accession|acceding)\b", re.I)


@dataclass(frozen=True)
class Body:
    """A UN body or mechanism with the acronyms and names people use for it."""

    name: str
    pattern: re.Pattern[str]  # acronyms (case-sensitive) or names (case-insensitive)
    kind: str | None = None  # held when a document of this kind is indexed
    asked: re.Pattern[str] | None = None  # author-only organisations: named as the speaker

    def named_in(self, text: str) -> bool:
        """True when the text names this body (a document's body field, say)."""
        return self.pattern.search(text) is not None

    def asked_in(self, question: str) -> bool:
        """True when a question asks what this body said (any mention, for the UN's own), not
        when it names the body's treaty as a thing to ratify ("asked to ratify the Convention
        on the Rights of Persons with Disabilities")."""
        for m in (self.asked or self.pattern).finditer(question):
            start = max(0, m.start() - 20)  # "Convention on the" before "Rights of Persons ..."
            treaty = TREATY.search(question, start, m.end())
            at = treaty.start() if treaty else m.start()  # "ratifying the CRPD" too
            if ACTED_ON.search(question[max(0, at - 60) : at]):
                continue
            if treaty and RATIFYING.search(question):  # "the Optional Protocol to the Covenant
                continue  # on ...: every recommendation to ratify it": the treaty, asked later
            return True
        return False


def _either(acronyms: Iterable[str], names: Iterable[str], words: Iterable[str] = ()) -> str:
    """One pattern for a data entry: its acronyms as written (case-sensitive), also in lower case
    when three letters or more and not a word (`words`: "cat"), and its names (regular
    expressions) in any case, each between word boundaries."""
    parts = [rf"\b{re.escape(a)}\b" for a in acronyms]
    parts += [rf"\b{re.escape(a.lower())}\b" for a in acronyms if len(a) >= 3 and a not in words]
    return "|".join(parts + [rf"(?i:\b{n}\b)" for n in names])


@cache
def _bodies_file() -> dict[str, Any]:
    """`bodies.json`, read once."""
    data: dict[str, Any] = json.loads((HERE / "bodies.json").read_text(encoding="utf-8"))
    return data


@cache
def named_bodies() -> tuple[Body, ...]:
    """Every body of `bodies.json`."""
    data = _bodies_file()
    out = []
    for entry in data["bodies"]:
        either = _either(entry["acronyms"], entry["names"], data["acronyms_that_are_words"])
        asked = None
        if entry.get("author_only"):
            asked = re.compile(
                rf"(?i:\b(?:according to|in the view of|{FROM_WHOM})\s+(?:the\s+)?)(?:{either})"
                rf"|(?:{either})(?i:{SPEAKS.format()})"
                # "and hrw?", "what about the OSCE?": the organisation alone is what is asked
                rf"|(?i:^\s*(?:and|what about|how about)\s+(?:the\s+)?)(?:{either})(?i:\s*\??\s*$)"
            )
        out.append(Body(entry["name"], re.compile(either), entry.get("kind"), asked))
    return tuple(out)


@cache
def other_committee() -> re.Pattern[str]:
    """A committee that is not a treaty body: 'the security committee', 'a youth committee', 'the
    State Committee for National Security', 'the Committee for Women and Family Affairs' (treaty
    bodies are 'Committee on ...' or '... against ...'; `bodies.json` lists the modifiers)."""
    modifiers = _bodies_file()["committee_modifiers"]
    words = "|".join(re.escape(w) for w in sorted(modifiers, key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:{words})\s+)(?i:committee)\b|(?i:\bcommittee)\s+(?:for|of)\s+(?:the\s+)?[A-Z]"
    )


def national_committees(question: str) -> list[tuple[int, int]]:
    """Spans of "Committee on <Name>" that name no body of `bodies.json` ("the Committee on
    Women and Family Affairs"): a national committee, not a treaty body."""
    out = []
    for m in COMMITTEE_ON.finditer(question):
        if not any(body.named_in(m.group(0)) for body in named_bodies()):
            out.append(m.span())
    return out


# "the Committee on Women and Family Affairs": a committee's own capitalised name
COMMITTEE_ON = re.compile(
    r"\bCommittee\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:,?\s+(?:and|of|for|the|on|against|[A-Z][\w'-]*))*"
)


@dataclass(frozen=True)
class Instrument:
    """An optional protocol (or other instrument) documents can be under (`instruments.json`)."""

    name: str
    pattern: re.Pattern[str]

    def covers(self, symbol: str, title: str, short_name: str) -> bool:
        """Whether a document (by its symbol, title and short name) is under this instrument."""
        return any(self.pattern.search(t) for t in (symbol.replace("/", " "), title, short_name))


@cache
def instruments() -> tuple[Instrument, ...]:
    """Every instrument of `instruments.json`."""
    data = json.loads((HERE / "instruments.json").read_text(encoding="utf-8"))
    out = []
    for entry in data["instruments"]:
        out.append(
            Instrument(entry["name"], re.compile(_either(entry["acronyms"], entry["patterns"])))
        )
    return tuple(out)


@dataclass(frozen=True)
class Everyday:
    """Everyday words -> the tags and treaty words they stand for (`everyday.json`)."""

    tags: tuple[tuple[str, re.Pattern[str]], ...]
    words: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]

    def tags_in(self, text: str) -> tuple[str, ...]:
        """Tags a text names in everyday words ("kids who beg" -> children-in-street-situations)."""
        return tuple(slug for slug, rx in self.tags if rx.search(text))

    def words_for(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each everyday phrase of a text with the treaty words it stands for."""
        out = []
        for rx, legal in self.words:
            m = rx.search(text)
            if m:
                out.append((m.group(0), legal))
        return tuple(out)

    def expansion(self, text: str) -> tuple[str, ...]:
        """The treaty words for the everyday words of a text, for the keyword query
        ("middleman" -> "intermediary"); the topic keeps the question's own words."""
        return treaty_words(self.words_for(text))


def treaty_words(found: Iterable[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """The treaty words of the everyday phrases found (`Everyday.words_for`), each once."""
    out: list[str] = []
    for _, legal in found:
        out += [w for w in legal if w not in out]
    return tuple(out)


@cache
def _everyday_data() -> dict[str, Any]:
    """`everyday.json`, read once."""
    data: dict[str, Any] = json.loads((HERE / "everyday.json").read_text(encoding="utf-8"))
    return data


@cache
def _domain_words() -> tuple[str, ...]:
    """The domain's own terms (`everyday.json`: the treaty words its everyday phrases stand
    for, the treaty terms), with the tag labels of ingest."""
    from ingest.classify import VOCABULARY

    data = _everyday_data()
    words = [t for ts in data["words"].values() for t in ts]
    words += list(data.get("_treaty_terms", []))
    words += [label for label, _ in VOCABULARY.values()]
    return tuple(words)


@cache
def domain_terms() -> frozenset[str]:
    """Stems of the domain vocabulary (`_domain_words`): words that name a subject of
    human-rights documents, unlike "briefing" or "mess"."""
    from assistant.text import terms

    return frozenset(terms(" ".join(_domain_words()), generic=True))


@cache
def treaty_phrases() -> tuple[tuple[str, frozenset[str]], ...]:
    """The domain's own terms as documents write them (`everyday.json`: the treaty words its
    everyday phrases stand for, the treaty terms; the tag labels of ingest), each with its
    stems: "child marriage" -> {child, marriag}. Longest first."""
    from assistant.text import terms

    out: dict[str, tuple[str, frozenset[str]]] = {}
    for w in _domain_words():  # as first written ("COVID-19"), once
        out.setdefault(w.lower(), (w, frozenset(terms(w, generic=True))))
    return tuple(sorted((wt for wt in out.values() if wt[1]), key=lambda wt: -len(wt[0])))


@cache
def one_word_alternatives() -> dict[str, frozenset[str]]:
    """For each treaty word of `everyday.json` (lower case), the stems of the one-word treaty
    words listed beside it for some everyday phrase: near-synonyms ("journalists" -> media,
    "vaccination" -> immunization), unlike the broader phrases ("sale of children")."""
    from assistant.text import terms

    out: dict[str, set[str]] = {}
    for legal in _everyday_data()["words"].values():
        single = {w.lower() for w in legal if len(w.split()) == 1}
        for w in legal:
            others = single - {w.lower()}
            out.setdefault(w.lower(), set()).update(t for o in others for t in terms(o, True))
    return {w: frozenset(ts) for w, ts in out.items()}


@cache
def everyday() -> Everyday:
    """The vocabulary of `everyday.json`."""
    data = _everyday_data()
    tags = tuple(
        (slug, re.compile("|".join(patterns), re.I)) for slug, patterns in data["tags"].items()
    )
    words = tuple(
        (re.compile(rf"\b{re.escape(phrase)}\b", re.I), tuple(legal))
        for phrase, legal in sorted(data["words"].items(), key=lambda kv: -len(kv[0]))
    )
    return Everyday(tags, words)


def chat_terms() -> frozenset[str]:
    """Stems of the words of the conversation itself (`framing.json`, "chat"): "sorry, I meant
    Kazakhstan", "same question for Turkmenistan"."""
    return _framing_stems("chat")


@dataclass(frozen=True)
class NamedText:
    """An instrument or standard people name by a short name (`named_texts.json`)."""

    name: str
    pattern: re.Pattern[str]
    formal: tuple[str, ...]  # how documents name it


@cache
def named_texts() -> tuple[NamedText, ...]:
    """Every entry of `named_texts.json`."""
    data = json.loads((HERE / "named_texts.json").read_text(encoding="utf-8"))
    return tuple(
        NamedText(
            t["name"],
            re.compile("|".join(rf"\b{n}\b" for n in t["names"]), re.I),
            tuple(t["formal"]),
        )
        for t in data["texts"]
    )


def framing_terms() -> frozenset[str]:
    """Stems of the words that frame a question rather than name its subject (`framing.json`)."""
    return _framing_stems("words")


def paper_terms() -> frozenset[str]:
    """Stems of kinds of paper no document of the index is (`framing.json`, "papers"): the
    rehearsal schedule, an employment contract, a leaflet."""
    return _framing_stems("papers")


@cache
def _framing_stems(key: str) -> frozenset[str]:
    """Stems of one list of `framing.json`."""
    from assistant.text import terms

    data = json.loads((HERE / "framing.json").read_text(encoding="utf-8"))
    return frozenset(terms(" ".join(data[key]), generic=True))
