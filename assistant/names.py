"""Names a question uses that nothing in the index holds: the backstop of scope.

Countries, bodies, mandates, instruments, kinds and symbols each have their own reader (see
`understand`); this one catches what they do not know: a capitalised word in the middle of a
question ("the Paris Agreement", "the HRCttee", "the Subcommittee on Prevention of Torture")
that no document of the index, no place name and no vocabulary of the domain has. Such a
question names something the documents cannot speak for, so it is declined rather than
answered with the closest passages about something else. Read from the index and general
data only; English questions only (others are read through a glossary).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from assistant.corpus import Corpus
from assistant.text import terms
from assistant.vocab import everyday, instruments, named_bodies, named_texts
from ingest.classify import tag_patterns
from ingest.references import SYMBOL
from rightsdesk.countries import (
    country_of_code,
    find_countries,
    leaders_named,
    place_country,
    place_words,
    places_named,
    subdivision_countries,
    word_list,
)
from rightsdesk.words import STOPWORDS

WORD = re.compile(r"[^\W\d_](?:[\w&]|['\u2019-](?=\w))*")
# words that join the parts of a name: "Subcommittee on Prevention of Torture"
CONNECTORS = frozenset({"of", "on", "for", "the", "de", "del", "da", "la", "le", "al", "du"})
SENTENCE_END = re.compile(r"(?:^|[.?!:;\"\u201c(]|\n)\s*$")
TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St)\.\s*$")  # "Mr. Smith": no new sentence
# A clause about the asker ("For our UNDAF workshop, ...", "I am preparing the Ministry's
# position for the Kyrgyz-Tajik border talks.") names their context, not what to answer from;
# unless it asks what someone said ("I need what GRETA said").
CLAUSE = re.compile(r"[^,.;:!?\n\u2013\u2014]+")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I\u2019m|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b")
ASKS_WHAT_SAID = re.compile(  # verbs of saying; not nouns the asker uses ("a note", "a report")
    r"\b(?:say|says|said|tell|tells|told|recommend|recommends|recommended|found|reported"
    r"|noted|urged|asked|called|mention|mentions|mentioned|raised|addressed|discussed"
    r"|commented|observed|concluded|criticised|criticized|quote|quotes|quoted|quoting"
    r"|write|writes|wrote|written"
    r"|view|views|position|opinion|stance|take|findings)\b",
    re.I,
)
TITLE_CASE_SHARE = 0.5  # more function words capitalised than this: Title Case


def asker_clauses(question: str) -> list[tuple[int, int]]:
    """The clauses of a question about the asker, which name their context, not what to answer
    from ("For our UNDAF workshop", "I already have Kazakhstan's"): in the first person and not
    asking what someone said."""
    return [
        c.span()
        for c in CLAUSE.finditer(question)
        if FIRST_PERSON.search(c.group(0)) and not ASKS_WHAT_SAID.search(c.group(0))
    ]


def without_asker_clauses(question: str) -> str:
    """The question with its clauses about the asker blanked out, positions kept."""
    out = list(question)
    for a, b in asker_clauses(question):
        out[a:b] = " " * (b - a)
    return "".join(out)


@cache
def _vocabulary_patterns() -> tuple[re.Pattern[str], ...]:
    """The everyday vocabulary's phrases and the tags' patterns, as few patterns as they make."""
    words = re.compile("|".join(rx.pattern for rx, _ in everyday().words), re.I)
    return (words, *(rx for _, rx in everyday().tags), *tag_patterns())


def _base(word: str) -> str:
    """The word without a possessive: "UNICEF's" -> "UNICEF"."""
    return re.sub(r"['\u2019]s?$", "", word)


def _acronym(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word)


# a website named as a source: "girlsnotbrides.org", "www.unhcr.org/tj", and under a country's
# domain ("adilet.zan.kz", "stat.gov.tj"): two dots at least there, in lower case, so that a
# sentence typed without a space after its full stop ("children.In") is no website
WEBSITE = re.compile(
    r"(?-i:\b(?:https?://)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z]{2}\b(?!\.\w))(?:/[\w./-]*)?"
    r"|\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|int|gov|info|edu"
    r"|ngo|io)\b(?:/[\w./-]*)?",
    re.I,
)
_GLUE = frozenset({"and", "of", "the", "for", "on", "in", "to", "&"})


def _content_words(phrase: str, letters: int) -> bool:
    """Whether each letter of an initialism stands for a word with content: "counselling
    services were" is no spelling of "CSW", nor "children at risk" of "CAR"."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w not in _GLUE]
    return len(words) == letters and all(terms(w, generic=True) for w in words)


class UnknownNames:
    """`UnknownNames(corpus, held).find(question)`: the names of a question the index does not
    hold."""

    _units: list[Any] | None = None

    def __init__(self, corpus: Corpus, held: frozenset[str]) -> None:
        """`held`: the names of the bodies some document of the index is from."""
        self.corpus = corpus
        self._held = held
        meta = " ".join(
            f"{d.title} {d.body} {d.short_name} {d.country}" for d in corpus.docs.values()
        )
        self._meta = frozenset(terms(meta, generic=True))
        self._initialisms: dict[str, str | None] = {}

    def _initialism(self, word: str) -> bool:
        """Whether an acronym ("ICT", "NGOs") spells the first letters of words some document
        has in a row ("information and communication technologies"; small words skipped)."""
        return self.spelt_out(word) is not None

    def spelt_out(self, word: str) -> str | None:
        """The words of the documents an acronym spells, as they most often write them
        ("TIP" -> "trafficking in persons"); None for a word that is no acronym or spells no
        words of theirs. Read from the documents' text the first time it is asked, then kept."""
        letters = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
        if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
            return None
        if letters not in self._initialisms:
            glue = r"[\s-]+(?:(?:and|of|the|for|on|in|to|&)\s+)*"
            rx = re.compile(r"\b" + glue.join(f"{ch}\\w*" for ch in letters), re.I)
            found = Counter(
                " ".join(m.group(0).lower().split())
                for d in self.corpus.docs
                for v in self.corpus.units(d)
                for m in rx.finditer(v.text)
                if _content_words(m.group(0), len(letters))
            )
            # written once, a phrase glued by "in the" or "to" is a coincidence of initials
            # ("construction activities in the Russian ..." for "CAR"), not a spelling
            kept = [
                (p, n)
                for p, n in found.most_common()
                if n >= 2 or set(p.replace("-", " ").split()) & _GLUE <= {"and", "of", "&"}
            ]
            self._initialisms[letters] = kept[0][0] if kept else None
        return self._initialisms[letters]

    def acronyms_spelt_out(self, question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each acronym of a question the documents never write as such, with the words they
        write it in ("What about GBV?" -> ("GBV", ("gender-based violence",))), as the everyday
        vocabulary gives its phrases: to search with and to count as the subject; three letters
        or more."""
        out: list[tuple[str, tuple[str, ...]]] = []
        for m in re.finditer(r"\b[A-Z]{3,6}s?\b", question):
            word = m.group(0)
            if all(self.corpus.knows(t) for t in terms(_base(word))):
                continue  # the documents write the acronym itself
            if _spelt_in(word, question):
                continue  # "Defence for Children International ... DCI": the question says
            phrase = self.spelt_out(word)
            if phrase and all(word != w for w, _ in out):
                out.append((word, (phrase,)))
        return tuple(out)

    def _covered_spans(self, question: str) -> list[tuple[int, int]]:
        """Where the other readers (or the domain vocabulary) already read the question."""
        # a body another reader decides about: held, or asked what it said ("what did HRW say");
        # an organisation only named ("Walk Free's Global Slavery Index") is left to this one
        patterns = [SYMBOL]
        patterns += [
            b.pattern
            for b in named_bodies()
            if b.asked is None or b.name in self._held or b.asked_in(question)
        ]
        patterns += [i.pattern for i in instruments()] + [t.pattern for t in named_texts()]
        patterns += _vocabulary_patterns()
        return [m.span() for rx in patterns for m in rx.finditer(question)]

    def _known(self, word: str) -> bool:
        base = _base(word)
        low = base.lower()
        everyday_words = word_list("everyday_capitalised.txt")  # days, titles, "I'm" ...
        if low in everyday_words or word.lower() in everyday_words:
            return True
        if re.search(r"\d", base):  # "P29", "C182": known only as written, not by its number
            return self._written_as_is(base)
        if all(self.corpus.knows(t) or t in self._meta for t in terms(base)):
            return True  # every stem is in some document (or a stopword)
        if country_of_code(base) or place_country(base) or self._initialism(base):
            return True  # a country's code ("KZ"), or the initials of words the documents have
        parts = [p for p in re.split(r"[-'\u2019]", low) if p]
        if all(p in place_words() for p in parts) or find_countries(base, any_case=True):
            return True  # a place: the country readers decide ("Sri Lanka", "Kazakhs")
        # a province or city of a country the index holds ("Almaty"): the country's documents
        held = set(self.corpus.countries)
        return bool(parts) and all(
            subdivision_countries().get(p, frozenset()) & held for p in parts
        )

    def find(self, question: str) -> tuple[str, ...]:
        """Each run of capitalised words with a word the index does not know, as written."""
        if question.isupper():
            return ()
        tokens = list(WORD.finditer(question))
        small = [t.group(0) for t in tokens[1:] if t.group(0).lower() in STOPWORDS]
        if small and sum(w[0].isupper() for w in small) > TITLE_CASE_SHARE * len(small):
            return ()  # "What Did The Committee Say About ...": Title Case names nothing
        covered = self._covered_spans(question)
        covered += [(a, b) for a, b, _ in places_named(question)]  # the country readers' places
        covered += [(a, b) for a, b, _ in leaders_named(question)]  # "when X was president"
        covered += asker_clauses(question)
        runs: list[list[re.Match[str]]] = []
        for t in tokens:
            word = t.group(0)
            if word[0].isupper():
                before = question[: t.start()]
                opening = SENTENCE_END.search(before) is not None and not TITLE.search(before)
                if opening and not _acronym(word):
                    runs.append([])  # "What ...", "Compare ...": the case of the sentence
                    continue
                if runs and runs[-1] and _joined(question, runs[-1][-1], t):
                    runs[-1].append(t)
                else:
                    runs.append([t])
            elif word.lower() in CONNECTORS and runs and runs[-1]:
                runs[-1].append(t)
            else:
                runs.append([])
        out = []
        for run in runs:
            while run and run[-1].group(0).lower() in CONNECTORS:
                run.pop()
            unknown = [
                t
                for t in run
                if t.group(0)[0].isupper()
                and not any(a <= t.start() < b for a, b in covered)
                and not self._known(t.group(0))
            ]
            if unknown:
                name = question[run[0].start() : run[-1].end()]
                out.append(_base(name) if len(run) == 1 else name)
        for m in WEBSITE.finditer(question):  # "girlsnotbrides.org": a source the index is not
            if not any(m.group(0).lower() in v.text.lower() for v in self._texts()):
                out.append(m.group(0))
        return tuple(dict.fromkeys(out))

    def _written_as_is(self, word: str) -> bool:
        """Whether some unit (or a document's name) writes a word of letters and digits as such."""
        rx = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
        names = " ".join(
            f"{d.symbol or ''} {d.short_name} {d.title}" for d in self.corpus.docs.values()
        )
        return bool(rx.search(names)) or any(rx.search(v.text) for v in self._texts())

    def _texts(self) -> list[Any]:
        """Every unit of the index (read once, when a website is named)."""
        if self._units is None:
            self._units = [v for d in self.corpus.docs for v in self.corpus.units(d)]
        return self._units


def _joined(question: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Two words are parts of one name: only spaces between them."""
    return question[before.end() : after.start()].strip() == ""


def _spelt_in(acronym: str, text: str) -> bool:
    """Whether `text` writes out `acronym` itself: capitalised words (with "for", "of", "and",
    "the", "on" between them) whose initials are its letters ("Defence for Children
    International" for "DCI")."""
    letters = acronym.rstrip("s")
    for m in re.finditer(
        r"\b[A-Z][\w'’-]*(?:\s+(?:(?:for|of|and|the|on|in)\s+)*[A-Z][\w'’-]*)+", text
    ):
        initials = "".join(w[0] for w in m.group(0).split() if w[0].isupper())
        if letters in initials:
            return True
    return False
