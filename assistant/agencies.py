"""Plan rows by implementing agency: "which activities list the Ministry of Defence?".

A national plan's rows name their implementing agencies by abbreviation, and the plan's own
list of abbreviations gives their full names (read at ingest, `rightsdesk.domain.Agency`). A
question naming an agency, by either, and asking for the plan's activities is answered from
that structure: every row of the plans in scope that lists the agency, in plan order. Does not
rank, parse scope or render.
"""

from __future__ import annotations

import re

from assistant.corpus import Corpus, UnitView
from assistant.extractive import Evidence
from assistant.text import terms
from assistant.understand import Query
from assistant.vocab import domain_terms

ON_TOPIC = 0.5  # share of the question's other subject words a row must have to narrow to it

# the question asks for the plan's activities or rows, or who is responsible for them
ASKS_ACTIVITIES = re.compile(
    r"\b(?:activit(?:y|ies)|rows?|tasks?|responsib\w*|implementing|in charge|involved|lead\w*"
    r"|listed|lists?|assigned)\b",
    re.I,
)


def _named(question: str, abbreviation: str, name: str | None) -> bool:
    """Whether the question names the agency: its full name (any case) or its abbreviation
    (as written, in capitals)."""
    if name and re.search(rf"\b{re.escape(name)}\b", question, re.I):
        return True
    return (
        len(abbreviation) >= 2
        and re.search(rf"\b{re.escape(abbreviation)}\b", question) is not None
    )


def agency_rows(corpus: Corpus, query: Query) -> list[Evidence]:
    """Every plan row in scope listing an agency the question names, narrowed to those on the
    question's other words when some rows have most of them (empty when the question names no
    agency, or does not ask for a plan's activities)."""
    if "national_plan" not in query.kinds or not ASKS_ACTIVITIES.search(query.question):
        return []
    views: list[UnitView] = [
        v
        for d in corpus.documents_for(query.countries, ["national_plan"])
        if not query.doc_ids or d.id in query.doc_ids
        for v in corpus.units(d.id)
    ]
    agencies = {(a.abbreviation, a.name) for v in views for a in getattr(v.unit, "agencies", ())}
    named = {abbr for abbr, name in agencies if _named(query.question, abbr, name)}
    if not named:
        return []
    rows = [
        v for v in views if any(a.abbreviation in named for a in getattr(v.unit, "agencies", ()))
    ]
    # "which activities on birth registration does the Ministry of Justice lead?": its rows on that
    spelt = {t for abbr, name in agencies if abbr in named for t in terms(name or "")}
    # (subjects of the domain vocabulary only: "in all three tables" narrows nothing), said in
    # the clause that names the agency: not "I am preparing a session for our women's
    # association" before it, nor "- and what the trafficking report says" after it
    said = set(terms(_clause_naming(query.question, agencies, named)))
    topic = [t for t in query.topic_terms if t not in spelt and t in domain_terms() and t in said]
    on_topic = [v for v in rows if topic and corpus.match(v, topic, query.same) >= ON_TOPIC]
    return [Evidence(v, 1.0, "agency") for v in on_topic or rows]


CLAUSE_END = re.compile(r"[.;?!]\s|\s[-\u2013\u2014]\s|,\s+and\s")


def _clause_naming(question: str, agencies: set[tuple[str, str | None]], named: set[str]) -> str:
    """The clause of the question in which it names one of the agencies (the whole question
    when it cannot be told)."""
    for clause in CLAUSE_END.split(question):
        if any(_named(clause, abbr, name) for abbr, name in agencies if abbr in named):
            return clause
    return question
