"""The assistant: question (+ history) -> standalone query -> evidence -> cited answer.

Usage: `build_assistant(settings).ask("Roma children in Tajikistan?")` (rightsdesk.app wires it).
Explicit lookups and plan-coverage questions are answered from the document structure;
everything else by the evidence selector (`selector`). It abstains, saying what the corpus
covers, when nothing retrieved supports an answer. Does not score relevance or render UI.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from assistant.agencies import agency_rows
from assistant.briefing import Briefer
from assistant.corpus import Corpus
from assistant.coverage import coverage_answer, implemented_documents
from assistant.extractive import Evidence, compose
from assistant.i18n import join, localise, name, plural, text
from assistant.multilingual import Languages
from assistant.scope import KIND_LABELS, ScopeCheck
from assistant.selector import EvidenceSelector, Found, unit_hit
from assistant.snapshot import IndexSnapshot, ReadWriteLock
from assistant.text import terms
from assistant.understand import LAST, Lookup, Query, QueryParser
from assistant.upr import UprAnswerer
from rightsdesk.domain import Answer, DocumentInfo, Paragraph, PlanRow
from rightsdesk.errors import ConfigError, QuestionError

if TYPE_CHECKING:
    from assistant.llm import LLMAnswerer

log = logging.getLogger(__name__)
History = Sequence[dict[str, str]]


@dataclass(frozen=True)
class _Prepared:
    """What an answer is composed from, read from the index under its lock."""

    query: Query
    evidence: list[Evidence]
    extractive: Answer
    timings: dict[str, float]
    t_start: float
    t_answer: float
    lang: str
    question: str


class Assistant:
    """Answers questions from the index with quoted, cited paragraphs."""

    def __init__(
        self,
        corpus: Corpus,
        selector: EvidenceSelector,
        llm: LLMAnswerer | None = None,
        max_question_chars: int = 2000,
        version: int = 0,
        loader: Callable[[], IndexSnapshot] | None = None,
    ) -> None:
        self.llm = llm
        self.max_question_chars = max_question_chars
        self.languages = Languages()
        self._lock = ReadWriteLock()
        self._loader = loader  # reads the index again (documents added or removed in the UI)
        self._install(IndexSnapshot(corpus, selector.retriever, version), selector)

    # -- the index it answers from ------------------------------------------------------

    def reload(self) -> bool:
        """Read the index again after it changed (a document added or removed); True when a
        new version was installed. Questions being answered finish on the version they
        started with; the next ones see the new one whole."""
        if self._loader is None:
            raise ConfigError("This assistant was not built from an index; it cannot reload.")
        snap = self._loader()  # the slow part, while questions go on
        if snap.version == self.version:
            return False
        self._install(snap, self.selector.over(snap.corpus, snap.retriever))
        return True

    def _install(self, snap: IndexSnapshot, selector: EvidenceSelector) -> None:
        parser = QueryParser(snap.corpus)
        scope, upr = ScopeCheck(snap.corpus), UprAnswerer(snap.corpus)
        briefer = Briefer(snap.corpus, parser, selector)
        with self._lock.writing():
            self.corpus, self.selector, self.version = snap.corpus, selector, snap.version
            self.parser, self.scope, self.upr, self.briefer = parser, scope, upr, briefer

    def reading(self) -> AbstractContextManager[None]:
        """Hold the current index version while reading `corpus`, `parser` or `selector`
        outside `ask` (a reload waits for it); do not hold it across a `yield`."""
        return self._lock.reading()

    @property
    def mode(self) -> Literal["extractive", "llm"]:
        return "llm" if self.llm else "extractive"

    # -- the verb ------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        history: History = (),
        country: str | None = None,
        doc_id: str | None = None,
        qid: str | None = None,
    ) -> Answer:
        """Answer one question; never raises for a question's content, only for its size."""
        answer = None
        for answer in self.stream(question, history, country, doc_id, qid):  # noqa: B007 (the last one is the answer)
            pass
        assert answer is not None
        return answer

    def stream(
        self,
        question: str,
        history: History = (),
        country: str | None = None,
        doc_id: str | None = None,
        qid: str | None = None,
    ) -> Iterator[Answer]:
        """Yield partial answers (LLM mode streams) and finally the complete one."""
        with self._lock.reading():  # everything that reads the index, never held across a yield
            ready = self._prepare(question, history, country, doc_id, qid)
        if isinstance(ready, Answer):
            yield ready
            return
        extractive, timings = ready.extractive, ready.timings
        if self.llm is not None:
            final = None
            for final in self.llm.stream(
                ready.query, ready.evidence, extractive, ready.lang, ready.question
            ):
                yield final.model_copy(update={"timings_ms": dict(timings)})
            extractive = final or extractive
            if extractive.notice:
                extractive = extractive.model_copy(
                    update={"notice": localise(extractive.notice, ready.lang)}
                )
        timings["answer_ms"] = (time.perf_counter() - ready.t_answer) * 1000
        timings["total_ms"] = (time.perf_counter() - ready.t_start) * 1000
        yield extractive.model_copy(update={"timings_ms": timings})

    def _prepare(
        self,
        question: str,
        history: History,
        country: str | None,
        doc_id: str | None,
        qid: str | None,
    ) -> Answer | _Prepared:
        """Understand and retrieve: an abstention, or what the answer is composed from."""
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        question = self._check(question)
        if doc_id and doc_id not in self.corpus.docs:
            raise QuestionError(f"No document {doc_id!r}; see `rightsdesk docs` for the ids.")
        reading = self.languages.read(question, history)  # a Russian question: its English query
        timings["language_ms"] = (time.perf_counter() - t0) * 1000
        lang = reading.language
        if reading.decline is not None:  # Tajik, Turkmen...: said plainly, nothing cited
            timings["total_ms"] = (time.perf_counter() - t0) * 1000
            return Answer(
                id=qid,
                question=question,
                answer=reading.decline,
                abstained=True,
                mode=self.mode,
                language=lang,
                timings_ms=timings,
            )
        english, english_history = reading.question, reading.history
        query = self.parser.parse(english, english_history)
        own = self.parser.parse(english) if history else query  # what the question itself names
        if lang != "en":  # capitals tell names only in English as typed, not in a translation
            query = replace(query, unknown_names=())
        if self.llm is not None and lang != "en":  # the model rewrites it as an English question
            rewritten = self.llm.rewrite(history, question, lang)
            if rewritten:
                candidate = replace(
                    self.parser.parse(rewritten),
                    question=english,
                    text=rewritten,
                    follow_up=query.follow_up,
                    unknown_names=query.unknown_names,
                )
                if _same_scope(candidate, query):  # ... but may not move the scope the rules read
                    query = candidate
        elif self.llm is not None and query.follow_up:  # the model condenses the follow-up
            condensed = self.llm.condense(history, question)
            if condensed:
                candidate = replace(
                    self.parser.parse(condensed),
                    question=question,
                    text=condensed,
                    follow_up=True,
                    unknown_names=query.unknown_names,  # the question's own names, not the model's
                )
                if _same_scope(candidate, query):  # the model may not move the scope the rules read
                    query = candidate
        query = self.upr.read(query)  # recommending States are not the State under review
        query, notices = self.scope.apply_filters(query, own, country, doc_id)
        scope = self.scope.check(query)
        query = scope.query
        notices += scope.notices
        notices = [*reading.notices, *(localise(n, lang) for n in notices)]
        if reading.understood is False and not scope.abstain:
            scope = replace(scope, abstain=text("notice.nothing_understood", lang))
        timings["understand_ms"] = (time.perf_counter() - t0) * 1000

        t1 = time.perf_counter()
        if self.llm is not None and self.llm.hyde and not scope.abstain and not query.lookups:
            query = replace(query, search_strings=self.llm.hypothetical(query.text))
            timings["hyde_ms"] = (time.perf_counter() - t1) * 1000
        found = Found(abstain=scope.abstain) if scope.abstain else self._evidence(query)
        evidence = found.evidence
        timings["retrieve_ms"] = (time.perf_counter() - t1) * 1000

        t2 = time.perf_counter()
        base: dict[str, Any] = dict(
            id=qid,
            question=question,
            standalone_query=query.text,
            hits=tuple(found.hits),
            notice=localise(found.notice, lang) if found.notice else None,
            notices=tuple(notices),
            language=lang,
        )
        if found.statement is not None:  # figures counted from the documents' structure
            timings["answer_ms"] = (time.perf_counter() - t2) * 1000
            timings["total_ms"] = (time.perf_counter() - t0) * 1000
            return Answer(
                **base,
                answer=localise(found.statement, lang),
                abstained=False,
                mode="extractive",
                timings_ms=timings,
            )
        if found.abstain is not None:
            said = localise(f"{found.abstain} {self.corpus.coverage()}", lang)
            timings["answer_ms"] = (time.perf_counter() - t2) * 1000
            timings["total_ms"] = (time.perf_counter() - t0) * 1000
            return Answer(**base, answer=said, abstained=True, mode=self.mode, timings_ms=timings)
        qterms = set(query.topic_terms) or set(terms(query.text))
        lead = self._lead(query, evidence, lang, found.direct)
        said, citations = compose(evidence, qterms, lead, lang)
        if text("answer.original", lang):  # the quotes are the English original's
            said += f"\n\n_{text('answer.original', lang)}_"
        extractive = Answer(
            **base,
            answer=said,
            abstained=False,
            mode="extractive",
            citations=tuple(citations),
            direct=found.direct,
        )
        return _Prepared(query, evidence, extractive, timings, t0, t2, lang, question)

    # -- steps ---------------------------------------------------------------------------

    def _check(self, question: str) -> str:
        cleaned = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in question)
        cleaned = " ".join(cleaned.split())
        if not cleaned:
            raise QuestionError(
                "Please type a question, for example: What did the committee say about Roma children in Tajikistan?"
            )
        if len(cleaned) > self.max_question_chars:
            raise QuestionError(
                f"The question is {len(cleaned):,} characters long; the limit is {self.max_question_chars:,}. "
                "Please ask something shorter."
            )
        return cleaned

    def _evidence(self, query: Query) -> Found:
        if query.lookups:
            found, missing = self._lookups(query)
            if found:
                return Found(found, hits=[unit_hit(e.view, "lookup") for e in found])
            if missing:
                return Found(abstain=" ".join(missing))
        rows = agency_rows(self.corpus, query)  # "which activities list the Ministry of ...?"
        if rows:
            return Found(rows, hits=[unit_hit(e.view, "agency") for e in rows])
        if query.coverage:
            found = coverage_answer(self.corpus, query)
            if found:
                return Found(found, hits=[unit_hit(e.view, "coverage") for e in found])
        counted = self.upr.count(query)
        if counted:
            return Found(statement=counted)
        listed = self.upr.answer(query)
        if listed:
            return Found(listed, hits=[unit_hit(e.view, "upr") for e in listed])
        if listed is not None:
            return Found(abstain=self.upr.none_found(query))
        return self.selector.select(query)

    def _lookups(self, query: Query) -> tuple[list[Evidence], list[str]]:
        """The units asked for by number, and a sentence for each one the documents do not have."""
        out: list[Evidence] = []
        missing: list[str] = []
        docs = self.corpus.scoped(query.doc_ids, query.countries)
        for lk in query.lookups:
            if lk.kind == "row":
                targets = [d for d in docs if d.kind == "national_plan"]
                if query.plan_flavour:
                    targets = [d for d in targets if d.id.endswith(query.plan_flavour)] or targets
            else:
                targets = [d for d in docs if d.kind != "national_plan"]
                if query.kinds and set(query.kinds) - {"national_plan"}:
                    targets = [d for d in targets if d.kind in query.kinds]
                if query.plan_flavour:  # "the sale-of-children review, para. 16": under OPSC
                    flavour = query.plan_flavour.upper()
                    targets = [
                        d for d in targets if flavour in (d.symbol or "").upper().split("/")
                    ] or targets
                if lk.kind == "recommendation" and (
                    len(targets) != 1 or "national_plan" in query.kinds
                ):
                    targets = implemented_documents(self.corpus, query) or targets
            if lk.number == LAST:  # "the last paragraph of the Turkmenistan review"
                if len(targets) != 1:
                    missing.append(self._which_last(lk, targets))
                    continue
                numbers = [
                    v.unit.number
                    for v in self.corpus.units(targets[0].id)
                    if lk.kind == "row" or v.unit.number.isdigit()
                ]
                if not numbers:
                    missing.append(self._missing(lk, targets))
                    continue
                lk = replace(lk, number=numbers[-1])
            having = [d for d in targets if self.corpus.view(d.id, lk.number) is not None]
            if not having:
                missing.append(self._missing(lk, targets))
                continue
            if len(having) > 1:  # several documents have it: the topic may choose, or ask which
                if not query.topic_terms:
                    missing.append(self._which(lk, having))
                continue
            targets = having
            view = self.corpus.view(targets[0].id, lk.number)
            assert view is not None
            if lk.sub and isinstance(view.unit, Paragraph):
                labels = [s.label for s in view.unit.subparagraphs]
                if lk.sub not in labels and f"({lk.sub})" not in view.text:
                    has = (
                        f"sub-paragraphs ({labels[0]})-({labels[-1]})"
                        if labels
                        else "no sub-paragraphs"
                    )
                    missing.append(
                        f"{view.reference()} has {has}; there is no sub-paragraph ({lk.sub})."
                    )
                    continue
            if lk.sub and lk.sub.isdigit() and isinstance(view.unit, PlanRow):
                count = len(view.unit.activities)  # "the fifth activity" of a row
                if int(lk.sub) > count:
                    missing.append(
                        f"{view.reference()} has {count} planned "
                        f"activit{'y' if count == 1 else 'ies'}; there is no activity {lk.sub}."
                    )
                    continue
                out.append(Evidence(view, 1.0, "lookup"))
                continue
            out.append(Evidence(view, 1.0, "lookup", sub=lk.sub))
            out.extend(Evidence(v, 0.9, "link") for v in self.corpus.linked(view))
        return out, missing

    def _which_last(self, lk: Lookup, targets: list[DocumentInfo]) -> str:
        """'The last paragraph' of several documents (or of none): which one is meant."""
        unit = "row" if lk.kind == "row" else "paragraph"
        if not targets:
            return f"None of the documents in question has {unit}s."
        names = ", ".join(d.short_name for d in targets)
        return (
            f"Several documents are in question ({names}); please name the one whose last "
            f'{unit} you want, for example "the last {unit} of {targets[0].short_name}".'
        )

    def _which(self, lk: Lookup, having: list[DocumentInfo]) -> str:
        """Several documents have the number asked for: which one is meant."""
        unit = "row" if lk.kind == "row" else "paragraph"
        names = ", ".join(d.short_name for d in having)
        return (
            f"Several documents have a {unit} {lk.number} ({names}); please name the document, "
            f'for example "{unit} {lk.number} of {having[0].short_name}".'
        )

    def _missing(self, lk: Lookup, targets: list[DocumentInfo]) -> str:
        """Why a unit asked for by number is not there: 'CRC/C/... has paragraphs 1-38; there is no paragraph 99.'"""
        unit = "row" if lk.kind == "row" else "paragraph"
        if len(targets) == 1:
            doc = targets[0]
            numbers = [v.unit.number for v in self.corpus.units(doc.id)]
            span = f"{unit}s {numbers[0]}-{numbers[-1]}" if numbers else f"no {unit}s"
            return f"{doc.short_name} has {span}; there is no {unit} {lk.number}."
        if not targets:
            return f"None of the documents in question has a {unit} {lk.number}."
        names = ", ".join(d.short_name for d in targets)
        return f"None of the documents in question ({names}) has a {unit} {lk.number}."

    def _lead(
        self, query: Query, evidence: list[Evidence], lang: str = "en", direct: bool = True
    ) -> str:
        """The first line states the scope: the countries and documents the quotes come from, and
        in words, before any quote, when they are not the countries the question is about."""
        docs = list({e.view.doc.id: e.view.doc for e in evidence}.values())
        countries = list(dict.fromkeys(d.country for d in docs if d.country))
        names = join([d.short_name for d in docs], lang)

        def places(items: list[str]) -> str:
            return join([name(c, lang) for c in items], lang)

        where = text("answer.where", lang, countries=places(countries)) if countries else ""
        if any(e.reason == "lookup" for e in evidence):
            lines = [text("answer.lead.lookup", lang, where=where, names=names)]
        else:
            n = len(evidence)
            passages = plural(n, "answer.passage", lang)
            key = "answer.lead.passages" if direct else "answer.lead.closest"
            lines = [text(key, lang, where=where, n=n, passages=passages, names=names)]
            if not direct:  # the documents do not address it directly: said before any quote
                lines.insert(0, text("answer.closest", lang))
        asked = [c for c in query.countries if c]
        other = [c for c in countries if asked and c not in asked]
        if other:
            lines.insert(
                0, text("answer.other_country", lang, other=places(other), asked=places(asked))
            )
        kinds = set(query.kinds) - {"national_plan"}  # a plan row joins any answer
        # ... unless the plan was asked for too and its rows are what is quoted
        asked_plan = "national_plan" in query.kinds and any(d.kind == "national_plan" for d in docs)
        if (
            kinds
            and not any(d.kind in kinds for d in docs)
            and not query.doc_ids
            and not asked_plan
        ):
            what = " or ".join(name(KIND_LABELS[k], lang) for k in query.kinds)
            on = text("answer.kind_missing.on", lang, countries=places(asked)) if asked else ""
            lines.insert(0, text("answer.kind_missing", lang, what=what, on=on))
        about_plan = "national_plan" in query.kinds or query.coverage == "implementation"
        if about_plan and not any(d.kind == "national_plan" for d in docs):
            planless = [
                c for c in countries if not self.corpus.documents_for([c], ["national_plan"])
            ]
            if planless:
                lines.insert(0, text("answer.no_plan", lang, countries=places(planless)))
        silent = [c for c in asked if c not in countries]
        if silent and len(asked) > 1:
            lines.append(text("answer.silent", lang, countries=places(silent)))
        return "\n".join(lines)


def _same_scope(a: Query, b: Query) -> bool:
    """Two readings of a question agree on its countries, documents and years."""
    return (set(a.countries), set(a.unknown_countries), set(a.doc_ids), set(a.years)) == (
        set(b.countries),
        set(b.unknown_countries),
        set(b.doc_ids),
        set(b.years),
    )


def lookup_key(lk: Lookup) -> str:
    """A readable label for a lookup request."""
    return f"{lk.kind} {lk.number}" + (f" ({lk.sub})" if lk.sub else "")
