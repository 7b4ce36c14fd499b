"""Questions asked of Universal Periodic Review reports, answered from their structure.

"Which States recommended that Uzbekistan ratify OPCAT?", "what did Kazakhstan accept on
torture?", "which recommendations on child labour did Uzbekistan only note?", "did Brazil
recommend anything to Kazakhstan?": the recommendation items of the reports in scope, filtered
by the position taken and the recommending States (typed values read from the question and
checked against the index), and by the topic's words. Every item that qualifies is listed, not
the first three. Does not rank by similarity or quote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from assistant.corpus import Corpus, UnitView
from assistant.extractive import Evidence
from assistant.text import terms
from assistant.understand import ANAPHORA, GENERIC_TAGS, Query, request_sentences
from rightsdesk.countries import find_countries
from rightsdesk.domain import Paragraph

# The position words of a question, as the reports and their readers say them
POSITIONS = (
    (
        re.compile(
            r"\b(?:only\s+)?not(?:ed|e)\b|\bnot\s+(?:accept|support|agree)\w*|\breject\w*", re.I
        ),
        "noted",
    ),
    (
        re.compile(
            r"\bpending\b|\bstill (?:to )?(?:examine|consider|decide)\w*|\bin due time\b", re.I
        ),
        "pending",
    ),
    (re.compile(r"(?<!not )\b(?:accept\w*|support\w*|agree\w*)", re.I), "supported"),
)
# "did it agree?", "how did each respond?": the question asks for the position, not filters on it
# ... "and Kazakhstan agreed or not?", "and Kazakhstan accepted?"
POSITION_OR_NOT = (
    r"|\b(?:agreed|accepted|supported|agree|accept|support)\s+(?:it\s+|them\s+)?or\s+not\b"
    r"|\band\s+(?:it|they|the\s+State|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:agreed|accepted|supported)\s*\?"
)
ASKS_POSITION = re.compile(
    r"(?:^|,|\band\b)\s*did\s+(?:it|they|the\s+State|\w+)\s+(?:agree|accept|support)\b"
    r"|\bhow\s+did\b.{0,60}\brespond|\bresponse\b|\bwhat position\b"
    r"|\b(?:the|each|its|their)\s+position\s+(?:each|every|the|it|they)\b"  # "the position each took"
    + POSITION_OR_NOT,
    re.I,
)
# "note" as a paper, not the position: "for a note on ...", "my briefing note"
NOTE_NOUN = re.compile(
    r"\b(?:a|an|the|my|our|this|that|briefing|short|concept|background|explanatory)\s+note\b", re.I
)
STATE_RESPONDED = re.compile(
    r"(?:^|,|\band\b)\s*did\s+(?:it|they|each|both)\s+(?:agree|accept|support)\b"
    r"|\bhow\s+did\s+(?:it|they|each|both)\b.{0,20}\brespond" + POSITION_OR_NOT,
    re.I,
)
# "which States recommended ...", "who asked ...": only the UPR has States recommending
STATES_ASKED = re.compile(
    r"\bwhich\s+(?:States?|countries)\b|\bwho\s+(?:recommended|asked|urged)\b|\bby\s+whom\b",
    re.I,
)
LISTING = re.compile(
    r"\bwhich\s+recommendations?\b|\brecommend\w*\b.{0,40}\?"
    r"|\b(?:asked|urged|called\s+(?:on|upon))\s+to\b"  # "were both asked to ratify ...?"
    r"|\b(?:every|all|list)\s+(?:(?:of\s+)?the\s+)?recommendations?\b",
    re.I,
)
# "how many recommendations did Slovenia receive / support?", "the number of recommendations"
COUNT = re.compile(
    r"\bhow\s+many\b(?:(?!\?).){0,60}?\b(?:recommendations?|recs?)\b"
    r"|\b(?:number|count|total)\s+of\s+(?:the\s+)?recommendations\b"
    r"|\bhow\s+many\b(?:(?!\?).){0,40}?\b(?:support|accept|note|reject)(?:s|ed)?\b",
    re.I,
)
COUNT_STEMS = frozenset(
    terms(
        "how many number count total receive received get got make made give gave its their rec "
        "last latest recent previous first second third fourth cycle session altogether overall"
    )
)
POSITION_WORDS = {"supported": "supported", "noted": "noted", "pending": "to be examined"}
UPR_WORDS = re.compile(r"\bUPR\b|\bperiodic review\b|\brecommend\w*|\baccept\w*|\bnoted?\b", re.I)
# words that say which position or who, not what the recommendation is about
FILTER_STEMS = frozenset(
    terms(
        "accept accepted support supported note noted only reject rejected pending recommend "
        "recommended recommendation recommendations state states country countries review upr "
        "anything something ask asked agree agreed respond response each both universal periodic"
        " who whom gave give gives given made make makes"  # "who gave them?"
    )
)
# an optional protocol and the first words of its treaty: "... to the (International Covenant on
# Economic)"
OPTIONAL_PROTOCOL = re.compile(
    r"\boptional\s+protocols?\s+(?:to|of)\s+(?:the\s+)?(?P<to>(?:[\w-]+,?\s+){3}[\w-]+)", re.I
)
MIN_SHARE = 0.5  # an item names at least this (IDF-weighted) share of the topic's words
KEEP_RATIO = 0.75  # ... and at least this share of the best item's (the items on the topic)


def _topic(query: Query) -> set[str]:
    """What the recommendations asked about are about: the question's words that say neither a
    position nor who, nor only tell who asks ("I drive a taxi at night, many passengers are
    workers from Turkey. What did Turkey recommend ...?"), unless what asks points back at that
    story ("... asked to change this?")."""
    topic = {t for t in query.match_terms if t not in FILTER_STEMS and not t.isdigit()}
    asking = request_sentences(query.question)
    if ANAPHORA.search(" ".join(asking)):
        return topic
    story = set(terms(query.question)) - set(terms(" ".join(asking)))
    return topic - story


def positions(question: str) -> tuple[str, ...]:
    """The positions a question filters on ("what did Kazakhstan accept" -> supported); none
    when it asks what the position was ("did it agree?", "how did each respond?")."""
    if ASKS_POSITION.search(question):
        return ()
    question = NOTE_NOUN.sub(" ", question)
    return tuple(position for rx, position in POSITIONS if rx.search(question))


def recommenders(question: str, countries: Iterable[str], states: Iterable[str]) -> tuple[str, ...]:
    """States the question names as making recommendations ("did Brazil recommend ...",
    "recommendations by France"), among those that made some in the index."""
    held = set(states)
    out = []
    for c in countries:
        if c not in held:
            continue
        asked = question
        for spelling in _named_as(question, c):  # "Turkey" for Türkiye
            asked = re.sub(rf"\b{re.escape(spelling)}\b", c, asked)
        name = re.escape(c)
        if re.search(
            rf"\b{name}\s+(?:has\s+|had\s+|also\s+)?recommend|\b{name}'s\s+recommendations\b"
            rf"|\b{name}\s+(?:make|made|makes|give|gave|gives)\b"
            rf"|\b(?:by|from)\s+{name}\b",
            asked,
            re.I,
        ) and not re.search(  # "the review of Kazakhstan", "recommended to Kazakhstan"
            rf"\b(?:review|UPR|examination|report)\s+(?:of|on)\s+{name}\b"
            rf"|\b{name}['’]s\s+(?:review|UPR|report)\b|\b(?:to|for)\s+{name}\b",
            asked,
            re.I,
        ):
            out.append(c)
    return tuple(out)


def _named_as(question: str, country: str) -> list[str]:
    """How the question writes a country: its spellings there of one to four words ("Turkey"
    for Türkiye), the display name first when written so."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", question)
    found = [country] if re.search(rf"\b{re.escape(country)}\b", question) else []
    for n in range(1, 5):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if any(f in phrase for f in found):  # "Turkey", not "Turkey recommend"
                continue
            if find_countries(phrase, any_case=True) == [country]:
                found.append(phrase)
    return found or [country]


class UprAnswerer:
    """Recommendation items that answer a UPR question: `UprAnswerer(corpus).answer(query)`."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    @property
    def states(self) -> tuple[str, ...]:
        """Every State that made a recommendation in the UPR reports (read on first use)."""
        return self.corpus.recommending_states

    def read(self, query: Query) -> Query:
        """The question's position and recommending-State filters, and the State(s) under review."""
        if not UPR_WORDS.search(query.question) or not self.states:
            return query
        named = query.countries + query.unknown_countries
        by = tuple(
            dict.fromkeys(query.recommended_by + recommenders(query.question, named, self.states))
        )
        reviewed = tuple(c for c in query.countries if c not in by)
        return replace(
            query,
            positions=positions(query.question),
            recommended_by=by,
            countries=reviewed if by else query.countries,
            unknown_countries=tuple(c for c in query.unknown_countries if c not in by),
        )

    def answer(self, query: Query) -> list[Evidence] | None:
        """Every recommendation item in scope that passes the filters and names the topic (maybe
        none); None when the question is not one of these."""
        states_asked = STATES_ASKED.search(query.question) is not None
        structured = (
            query.positions
            or query.recommended_by
            or states_asked
            or LISTING.search(query.question)
        )
        docs = self.corpus.scoped(query.doc_ids, query.countries)
        reports = [d for d in docs if d.kind == "upr_report"]
        if not structured or not reports or query.lookups:
            return None
        if query.kinds and "upr_report" not in query.kinds:
            return None  # "what did the committee note ...": another kind of document
        # a State's position on recommendations ("and how did each respond?", "did it agree?")
        # exists only for UPR items; not any "response" ("the Government's response to ...")
        asks_position = STATE_RESPONDED.search(query.question) is not None
        upr_implied = query.positions or query.recommended_by or states_asked or asks_position
        if not (upr_implied or "upr_report" in query.kinds) and len(reports) != len(docs):
            return None  # "which recommendations ..." of a country with other kinds of documents
        topic = _topic(query)
        themes = set(query.tags) - GENERIC_TAGS
        # "the Optional Protocol to the Covenant on ...": items on that protocol, not on the
        # Covenant alone nor on another treaty's protocol
        asked = OPTIONAL_PROTOCOL.search(query.question)
        treaty = set(terms(asked["to"], generic=True)) if asked else set()
        out = []
        for doc in reports:
            for view in self.corpus.units(doc.id):
                if self._passes(view, query):
                    score = self.corpus.match(view, topic, query.same)  # "kids": children
                    # ... or tagged with every theme the question names: "religious freedom"
                    # for "freedom of religion", "the Second Optional Protocol" for "death penalty"
                    themed = bool(themes) and themes <= set(view.tags)
                    if score >= MIN_SHARE or themed:
                        out.append((themed, Evidence(view, score, "upr")))
        on_protocol = [
            (themed, e)
            for themed, e in out
            if any(
                treaty <= set(terms(m["to"], generic=True))
                for m in OPTIONAL_PROTOCOL.finditer(e.view.text)
            )
        ]
        # (when no item writes the protocol so, "OPCAT" say, the items on the subject stand)
        out = on_protocol if treaty and on_protocol else out
        best = max((e.score for _, e in out), default=0.0)
        kept = [e for themed, e in out if themed or e.score >= KEEP_RATIO * best]
        return sorted(kept, key=lambda e: -e.score)

    def count(self, query: Query) -> str | None:
        """'How many recommendations did X receive / support?': the figures, counted from each
        UPR report in scope (by position, and of those on the topic or by the States named);
        None when the question is not a count or no UPR report is in scope."""
        if not COUNT.search(query.question) or query.lookups:
            return None
        if query.kinds and "upr_report" not in query.kinds:
            return None
        docs = self.corpus.scoped(query.doc_ids, query.countries)
        reports = [d for d in docs if d.kind == "upr_report"]
        if not reports:
            return None
        topic = _topic(query) - COUNT_STEMS
        topic -= {t for c in query.countries + query.recommended_by for t in terms(c)}
        every_position = replace(query, positions=())  # counted by position, not filtered
        sentences = []
        for doc in reports:
            items = [
                v
                for v in self.corpus.units(doc.id)
                if self._passes(v, every_position)
                and (not topic or self.corpus.match(v, topic) >= MIN_SHARE)
            ]
            if topic and not items:
                continue  # none on the subject: the listing says so, with the closest passages
            by_position = Counter(str(getattr(v.unit, "position", None)) for v in items)
            what = "recommendation" + ("" if len(items) == 1 else "s")
            scope = []
            if topic:
                scope.append("on this subject")
            if query.recommended_by:
                scope.append(f"made by {', '.join(query.recommended_by)}")
            said = f"{doc.short_name} ({doc.country}) lists {len(items)} {what}" + (
                f" {' '.join(scope)}" if scope else ""
            )
            parts = [f"{by_position[p]} {w}" for p, w in POSITION_WORDS.items() if by_position[p]]
            if query.positions:
                asked = sum(by_position[p] for p in query.positions)
                said += (
                    f"; {asked} of them {' or '.join(POSITION_WORDS[p] for p in query.positions)}"
                )
                said += f" ({', '.join(parts)})." if parts else "."
            else:
                said += f": {', '.join(parts)}." if parts else "."
            sentences.append(said)
        if not sentences:
            return None
        return (
            " ".join(sentences)
            + " Counted from the recommendations as the report lists them; ask which"
            " recommendations (for example on a subject, or the ones noted) to read them."
        )

    def none_found(self, query: Query) -> str:
        """Why the list `answer` gave is empty, in words."""
        reports = [
            d.short_name
            for d in self.corpus.scoped(query.doc_ids, query.countries)
            if d.kind == "upr_report"
        ]
        what = list(query.positions)
        if query.recommended_by:
            what.append(f"made by {', '.join(query.recommended_by)}")
        filters = f" ({'; '.join(what)})" if what else ""
        return (
            f"No recommendation in {', '.join(reports)}{filters} addresses this; "
            "ask without naming the State or the position to see the closest passages."
        )

    @staticmethod
    def _passes(view: UnitView, query: Query) -> bool:
        unit = view.unit
        if not isinstance(unit, Paragraph) or not unit.recommended_by:
            return False
        if query.positions and unit.position not in query.positions:
            return False
        return not query.recommended_by or bool(
            set(query.recommended_by) & set(unit.recommended_by)
        )
