"""The scope of a question: which documents an answer may come from, or why there are none.

A country, body, document, kind of document or year the question names is checked against the
index (never against a list of the bundled corpus): a scope the index does not hold is an
abstention that says what is missing, whatever the conversation was about before. Filters
chosen in the interface yield to what the question names, with a notice saying so. Does not
retrieve or rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.corpus import Corpus
from assistant.text import join_names as _join
from assistant.understand import EARLIEST, LATEST, MONTHS, Query, kind_owners, sessions_named
from assistant.vocab import instruments, named_bodies
from ingest.references import SYMBOL
from rightsdesk.countries import in_prose
from rightsdesk.domain import DocumentInfo
from rightsdesk.words import ordinal_word

KIND_LABELS = {
    "concluding_observations": "concluding observations",
    "special_rapporteur_report": "Special Rapporteur report",
    "national_plan": "national plan of action",
    "upr_report": "Universal Periodic Review report",
    "state_party_report": "State party report",
    "list_of_issues": "list of issues",
    "general_comment": "general comment or general recommendation of a treaty body",
    "resolution": "resolution",
    "ngo_report": "alternative (NGO) report",
    "law_text": "text of a law, decree, treaty or agreement",
    "judgment": "court judgment",
    "letter": "letter",
    "parliamentary_record": "record of a parliamentary debate",
    "statistics": "statistical yearbook",
    "press_release": "press release",
    "textbook": "school textbook",
    "minutes": "minutes of meetings",
    "awareness_material": "leaflets or other awareness material",
    "drafting_history": "drafting history (travaux préparatoires)",
    "later_review": "concluding observations of a later reporting cycle",
    "voluntary_national_review": "voluntary national review",
    "interview": "interview",
    "project_evaluation": "project evaluation",
    "cooperation_framework": "UN cooperation framework or common country analysis",
    "earlier_plan": "earlier national plan of action",
    "later_session": "record of a later or upcoming session",
    "statement": "statement or speech",
    "other": "document",
}


@dataclass(frozen=True)
class Scope:
    """The query narrowed to what the index holds, notices for the user, or the reason to abstain."""

    query: Query
    abstain: str | None = None
    notices: tuple[str, ...] = ()


YEARS = re.compile(r"\b(?:19|20)\d\d\b")
DATED = re.compile(rf"\b(?:{MONTHS})\s+((?:19|20)\d\d)\b")
PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _years_of(doc: DocumentInfo, first: str) -> set[int]:
    """The years a document is of: its own, those its title and first paragraph (`first`)
    date it by (a visit in December 2021 reported in 2022, a session), and a plan's whole
    period."""
    years = {doc.year} if doc.year else set()
    years |= {int(y) for y in YEARS.findall(doc.title)}
    years |= {int(y) for y in DATED.findall(first)}  # "on 14 September 2017", not "SR.1939"
    if doc.kind == "national_plan":
        for a, b in PERIOD.findall(doc.title):
            years |= set(range(int(a), int(b) + 1))
    return years


class ScopeCheck:
    """Check a query's scope against the index: `ScopeCheck(corpus).check(query)`."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def apply_filters(
        self, query: Query, own: Query, country: str | None, doc_id: str | None
    ) -> tuple[Query, list[str]]:
        """Apply the interface's filters; what the question itself names (`own`) wins, said in a notice."""
        notices: list[str] = []
        named_countries = own.countries + own.unknown_countries
        named_docs = own.doc_ids
        if country:
            match = tuple(c for c in self.corpus.countries if c.lower() == country.strip().lower())
            if named_countries and (not match or match[0] not in named_countries):
                notices.append(
                    f"Your question names {_join(named_countries)}, but the Country filter is set to "
                    f"{country}: this answer follows the question. Set the filter to All or to "
                    f"{_join(named_countries)} to stop this notice."
                )
            elif not named_docs:
                query = replace(
                    query,
                    countries=match,
                    unknown_countries=() if match else (country,),
                    doc_ids=tuple(d for d in query.doc_ids if self.corpus.docs[d].country in match),
                )
        if doc_id:
            doc = self.corpus.docs[doc_id]
            other_doc = named_docs and doc_id not in named_docs
            other_country = named_countries and doc.country not in named_countries
            if other_doc or other_country:
                asked = (
                    _join([self.corpus.docs[d].short_name for d in named_docs])
                    if other_doc
                    else _join(named_countries)
                )
                notices.append(
                    f"Your question names {asked}, but the Document filter is set to "
                    f"{doc.short_name} ({doc.country}): this answer follows the question. Set the "
                    "filter to All to stop this notice."
                )
            else:
                query = replace(query, doc_ids=(doc_id,), countries=(), unknown_countries=())
        return query, notices

    def _not_held(self, symbols: tuple[str, ...]) -> str:
        """Symbols the index does not hold, and the plans that implement them, if any."""
        said = f"The documents do not include {_join(symbols)}."
        wanted = {s.upper() for s in symbols}
        plans = [
            d.short_name
            for d in self.corpus.docs.values()
            if d.implements and d.implements.upper() in wanted
        ]
        if plans:
            said += (
                f" The {_join(plans)} implements its recommendations: ask what the plan does "
                "about them."
            )
        return said

    def check(self, query: Query) -> Scope:
        """The query narrowed to the documents that can answer it, or why none can."""
        corpus = self.corpus
        notices: list[str] = []
        if query.unknown_sections:
            return Scope(query, f"The documents have no section {_join(query.unknown_sections)}.")
        if query.objects_asked:  # "do you hold the hotline's poster itself?"
            return Scope(query, f"The documents do not include {_join(query.objects_asked)}.")
        if query.unknown_symbols and not query.doc_ids:
            return Scope(query, self._not_held(query.unknown_symbols))
        if query.unknown_symbols:
            notices.append(f"The documents do not include {_join(query.unknown_symbols)}.")
        if query.unknown_bodies and not query.doc_ids:
            return Scope(
                query, f"The documents include nothing from the {_join(query.unknown_bodies)}."
            )
        if query.unknown_countries and not query.countries and not query.doc_ids:
            return Scope(query, f"The documents do not cover {_prose(query.unknown_countries)}.")
        if query.unknown_countries:
            notices.append(
                f"The documents do not cover {_prose(query.unknown_countries)}; "
                f"this answer covers {_join(query.countries) or 'the documents named'}."
            )
        docs = corpus.scoped(query.doc_ids, query.countries)
        countries = query.countries
        if query.bodies and countries and not query.doc_ids:
            # a body the index holds, asked about a country it has no document of theirs on:
            # "what did CERD recommend to Uzbekistan?" when CERD's only document is on Brazil
            silent_by_body = {
                name: [
                    c
                    for c in countries
                    if not any(
                        body.named_in(d.body) or body.kind == d.kind for d in docs if d.country == c
                    )
                ]
                for name in query.bodies
                for body in named_bodies()
                if body.name == name
            }
            # "the CRC told Turkmenistan to ratify it; was Uzbekistan asked the same at its
            # UPR?": a body named beside one that has documents there is said to be silent
            speaks = any(len(s) < len(countries) for s in silent_by_body.values())
            for name, silent in silent_by_body.items():
                if len(silent) == len(countries) and not speaks:
                    return Scope(
                        query,
                        f"The documents include nothing from the {name} on {_prose(silent)}.",
                    )
                if silent:
                    notices.append(
                        f"The documents include nothing from the {name} on {_prose(silent)}."
                    )
        held_kinds = {d.kind for d in corpus.docs.values()}
        if (
            query.kinds
            and not query.kinds_carried
            and not query.doc_ids
            and not query.countries  # with countries, the check below names them
            and not set(query.kinds) & held_kinds
        ):  # no document of the kinds named at all: "what does general comment No. 24 say?"
            what = " or ".join(KIND_LABELS[k] for k in query.kinds)
            return Scope(query, f"The documents include no {what}.")
        if query.kinds and query.countries and not query.doc_ids:
            # a kind of document named for a country: "the Special Rapporteur ... Kazakhstan"
            kinds = set(query.kinds)
            silent = [
                c for c in countries if not any(d.kind in kinds for d in docs if d.country == c)
            ]
            what = " or ".join(KIND_LABELS[k] for k in query.kinds)
            if silent and query.kinds_carried:
                # "And in Turkmenistan?" after a Special Rapporteur question: the country is
                # what the question says; the kind was the history's, so it gives way
                notices.append(
                    f"The documents include no {what} on {_join(silent)}; "
                    f"this answer quotes the other documents on {_join(silent)}."
                )
                query = replace(query, kinds=(), kinds_carried=False)
            elif (
                silent
                and (owners := kind_owners(query.question, query.kinds))
                and not (owners & set(silent))
            ):
                pass  # "Is Tajikistan's plan ..., and what was Turkmenistan told?": the plan is
                # Tajikistan's; Turkmenistan is asked of its own documents
            elif silent:
                message = f"The documents include no {what} on {_join(silent)}."
                if len(silent) == len(countries):
                    return Scope(query, message)
                notices.append(message)
                countries = tuple(c for c in countries if c not in silent)
                docs = [d for d in docs if d.country in countries]
        if query.recommended_by and not any(d.kind == "upr_report" for d in docs):
            # "what did France recommend?" of documents with no UPR: none are France's
            where = f" on {_join(countries)}" if countries else ""
            return Scope(
                query,
                f"The documents{where} include no Universal Periodic Review report, so no "
                f"recommendation made by {_join(query.recommended_by)}.",
            )
        if docs and (later := _after_the_documents(corpus, query, docs)):
            # "how many victims were identified in 2023?" of documents from 2022 and before
            latest = max(max(_years_of(d, corpus.lead(d.id)), default=0) for d in docs)
            return Scope(
                query,
                f"The documents{_on(countries)} date from {latest} or before; none of them can "
                f"report on {later}.",
            )
        doc_ids = query.doc_ids
        if query.instruments:  # "the OPAC concluding observations on Turkmenistan"
            wanted = [i for i in instruments() if i.name in query.instruments]
            under = [
                d
                for d in docs
                if any(i.covers(d.symbol or "", d.title, d.short_name) for i in wanted)
            ]
            # of the kind named, if any is ("the OPSC plan"); else all: "the committee's OPAC
            # recommendations" of a country are in the plan that implements them
            under = [d for d in under if d.kind in query.kinds] or under
            if not under:
                where = f" on {_join(countries)}" if countries else ""
                return Scope(
                    query,
                    f"The documents{where} include nothing under the {_join(query.instruments)}.",
                )
            docs = under
            doc_ids = tuple(d.id for d in under)
        if query.years or query.eras:
            of_kind = [d for d in docs if d.kind in query.kinds] or docs
            dated = [d for d in of_kind if _dated(query, _years_of(d, corpus.lead(d.id)))]
            if not dated:
                where = f" on {_join(countries)}" if countries else ""
                when = _join([_when(a, b) for a, b in (*query.years, *query.eras)])
                held = sorted({y for d in of_kind for y in ([d.year] if d.year else [])})
                dates = f" (they date from {_join([str(y) for y in held])})" if held else ""
                return Scope(
                    query,
                    f"The documents{where} include nothing from {when}{dates}.",
                )
            doc_ids = tuple(d.id for d in dated)
        if query.sessions:
            # "at its fifty-third session": the Council's session is in an A/HRC symbol, a
            # committee's in the document's opening lines; declined only when every document
            # in scope says its session and none is the one asked
            in_scope = corpus.scoped(doc_ids, countries)
            in_scope = [d for d in in_scope if d.kind in query.kinds] or in_scope
            of_each = [_sessions_of(d, corpus.lead(d.id)) for d in in_scope]
            if of_each and all(of_each) and not any(set(query.sessions) & s for s in of_each):
                asked = _join([ordinal_word(n) for n in query.sessions])
                said = _join([ordinal_word(n) for n in sorted(set().union(*of_each))])
                return Scope(
                    query,
                    f"The documents include nothing from the {asked} session (they are of the "
                    f"{said}).",
                )
        if query.unknown_names:  # "what does the Paris Agreement ...": no document has it
            named = _join([f"\u201c{n}\u201d" for n in query.unknown_names])
            return Scope(query, f"The documents do not mention {named}.")
        return Scope(replace(query, countries=countries, doc_ids=doc_ids), None, tuple(notices))


HRC_SESSION = re.compile(r"^A/HRC/(\d{1,2})/")


def _sessions_of(doc: DocumentInfo, first: str) -> set[int]:
    """The sessions a document is of: a Council session in its symbol, those its title and
    opening lines name, and the one its text says it was adopted at (kept at ingest)."""
    found = set(sessions_named(f"{doc.title} {first}")) | set(doc.sessions)
    if m := HRC_SESSION.match(doc.symbol or ""):
        found.add(int(m.group(1)))
    return found


ASKED_YEAR = re.compile(r"(?<![/\d.\w-])((?:19|20)\d\d)(?![/\d\w-])")


def _after_the_documents(corpus: Corpus, query: Query, docs: list[DocumentInfo]) -> int | None:
    """A year the question names that is later than every document in scope covers, and that
    no document mentions (a plan's period counts; "the 2030 Agenda" is in the documents)."""
    asked = [int(y) for y in ASKED_YEAR.findall(SYMBOL.sub(" ", query.question))]
    if not asked:
        return None
    latest = max(max(_years_of(d, corpus.lead(d.id)), default=0) for d in docs)
    later = [y for y in asked if y > latest and not corpus.knows(str(y))]
    return later[0] if later else None


def _on(countries: tuple[str, ...]) -> str:
    return f" on {_join(countries)}" if countries else ""


def _dated(query: Query, years: set[int]) -> bool:
    """Whether a document of `years` is of the periods the question names: a period written
    out (a plan's "2018-2022") is the document's own; an era (a decade, a UPR cycle) holds any
    of its years."""
    if query.years and not any({a, b} <= years for a, b in query.years):
        return False
    return not query.eras or any(a <= y <= b for a, b in query.eras for y in years)


def _when(first: int, last: int) -> str:
    """A period as said: '2010', '2013-2017', 'the 1990s', 'before 2000', 'since 2020'."""
    if first == last:
        return str(first)
    if first == EARLIEST:
        return f"before {last + 1}"
    if last == LATEST:
        return f"since {first}"
    return f"the {first}s" if last - first == 9 and first % 10 == 0 else f"{first}-{last}"


def _prose(countries: tuple[str, ...] | list[str]) -> str:
    """Country names joined as a sentence writes them ('the United States and Myanmar')."""
    return _join([in_prose(c) for c in countries])
