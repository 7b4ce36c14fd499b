"""The assistant: question (+ history) -> standalone query -> evidence -> cited answer.

Usage: `Assistant.from_settings(settings, store, embed_model).ask("Roma children in Tajikistan?")`.
Explicit lookups and plan-coverage questions are answered from the document structure;
everything else from hybrid retrieval with pairs and plan links added. It abstains, saying
what the corpus covers, when nothing retrieved supports an answer. Does not render UI.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from assistant.corpus import Corpus, UnitView
from assistant.coverage import coverage_answer, implemented_documents
from assistant.extractive import Evidence, compose
from assistant.i18n import join, localise, name, plural, text
from assistant.multilingual import Languages
from assistant.retrieval import Filters, HybridRetriever, UnitHit, build_bm25
from assistant.scope import KIND_LABELS, ScopeCheck
from assistant.text import terms
from assistant.understand import GENERIC_TAGS, Lookup, Query, QueryParser
from assistant.upr import UprAnswerer
from rightsdesk.domain import Answer, Document, Hit, Paragraph
from rightsdesk.errors import QuestionError, StoreUnavailable
from rightsdesk.settings import Settings

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from assistant.llm import LLMAnswerer
    from vectorstore.store import ChromaStore

log = logging.getLogger(__name__)
History = Sequence[dict[str, str]]
MAX_UNITS = 3
CANDIDATES = 30
# Selection and abstention thresholds, calibrated on the gold set (evals/gold.jsonl).
MIN_DENSE = 0.62  # cosine above which a unit is on topic even with no shared word
MIN_DENSE_TOP = 0.45  # the unit nearest in meaning counts when at least this close
TOP_MARGIN = 0.02  # ... and within this of the nearest
MIN_DENSE_WITH_TERMS = 0.25  # ... and the floor when it shares the question's words
MIN_MATCH = 0.45  # IDF-weighted share of the question's topic words found in the unit
TAG_BONUS = 0.3  # the unit is tagged with a group or theme the question names
KIND_BONUS = 0.2  # the unit comes from the kind of document the question names
RRF_WEIGHT = 5.0  # fused rank breaks ties between equally relevant units
CONSENSUS_TOP = 3  # units this high in the fused ranking, found by both dense and keyword...
CONSENSUS_BONUS = 0.1  # ... gain this much relevance (paraphrases share few words)
KEEP_RATIO = 0.9  # keep units at least this relevant relative to the best one
THEME_UNITS = 12  # a theme question: up to this many units per country ... (set on dev: recall)
THEME_KEEP = 0.6  # ... at least this relevant relative to the best of all countries
PART_UNITS = 3  # a comparison: up to this many units per country
PLAN_MATCH = 0.8  # a plan row joins a committee's answer when it has this share of the topic
EXPAND_RATIO = (
    0.6  # a partner or linked unit joins when at least this relevant relative to the best
)


@dataclass
class Found:
    """What retrieval found for a query: evidence, or the reason to abstain."""

    evidence: list[Evidence] = field(default_factory=list)
    abstain: str | None = None
    hits: list[Hit] = field(default_factory=list)
    notice: str | None = None


class Assistant:
    """Answers questions from the index with quoted, cited paragraphs."""

    def __init__(
        self,
        corpus: Corpus,
        retriever: HybridRetriever,
        embed_model: BaseEmbedding,
        llm: LLMAnswerer | None = None,
        max_question_chars: int = 2000,
        version: int = 0,
        store_guard: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        self.corpus = corpus
        self.retriever = retriever
        self.embed_model = embed_model
        self.parser = QueryParser(corpus)
        self.scope = ScopeCheck(corpus)
        self.upr = UprAnswerer(corpus)
        self.llm = llm
        self.languages = Languages()
        self.max_question_chars = max_question_chars
        self.version = version
        self.store_guard = store_guard

    @classmethod
    def from_settings(
        cls, settings: Settings, store: ChromaStore, embed_model: BaseEmbedding
    ) -> Assistant:
        """Load the active index version and wire retrieval (and the LLM when configured)."""
        from llama_index.core import VectorStoreIndex

        from vectorstore.embeddings import embed_model_id

        state = store.require_state(embed_model_id(settings.embed_model))
        corpus = Corpus(store.documents(state))
        index = VectorStoreIndex.from_vector_store(
            store.vector_store(state), embed_model=embed_model
        )
        retriever = HybridRetriever(index, build_bm25(store.nodes(state)))
        llm = None
        if settings.llm_enabled:
            from assistant.llm import LLMAnswerer

            llm = LLMAnswerer.from_settings(settings)
        return cls(
            corpus,
            retriever,
            embed_model,
            llm,
            settings.max_question_chars,
            state.version,
            store.guard,
        )

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
            yield Answer(
                id=qid,
                question=question,
                answer=reading.decline,
                abstained=True,
                mode=self.mode,
                language=lang,
                timings_ms=timings,
            )
            return
        english, english_history = reading.question, reading.history
        query = self.parser.parse(english, english_history)
        own = self.parser.parse(english) if history else query  # what the question itself names
        if self.llm is not None and lang != "en":  # the model rewrites it as an English question
            rewritten = self.llm.rewrite(history, question, lang)
            if rewritten:
                candidate = replace(
                    self.parser.parse(rewritten),
                    question=english,
                    text=rewritten,
                    follow_up=query.follow_up,
                )
                if _same_scope(candidate, query):  # ... but may not move the scope the rules read
                    query = candidate
        elif self.llm is not None and query.follow_up:  # the model condenses the follow-up
            condensed = self.llm.condense(history, question)
            if condensed:
                candidate = replace(
                    self.parser.parse(condensed), question=question, text=condensed, follow_up=True
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
            scope = replace(scope, abstain=text("notice.nothing_understood"))
        timings["understand_ms"] = (time.perf_counter() - t0) * 1000

        t1 = time.perf_counter()
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
        if found.abstain is not None:
            said = localise(f"{found.abstain} {self.corpus.coverage()}", lang)
            timings["answer_ms"] = (time.perf_counter() - t2) * 1000
            timings["total_ms"] = (time.perf_counter() - t0) * 1000
            yield Answer(**base, answer=said, abstained=True, mode=self.mode, timings_ms=timings)
            return
        qterms = set(query.topic_terms) or set(terms(query.text))
        lead = self._lead(query, evidence, lang)
        said, citations = compose(evidence, qterms, lead, lang)
        if text("answer.original", lang):  # the quotes are the English original's
            said += f"\n\n_{text('answer.original', lang)}_"
        extractive = Answer(
            **base,
            answer=said,
            abstained=False,
            mode="extractive",
            citations=tuple(citations),
        )
        if self.llm is not None:
            final = None
            for final in self.llm.stream(query, evidence, extractive, lang, question):
                yield final.model_copy(update={"timings_ms": dict(timings)})
            extractive = final or extractive
            if extractive.notice:
                extractive = extractive.model_copy(
                    update={"notice": localise(extractive.notice, lang)}
                )
        timings["answer_ms"] = (time.perf_counter() - t2) * 1000
        timings["total_ms"] = (time.perf_counter() - t0) * 1000
        yield extractive.model_copy(update={"timings_ms": timings})

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
                return Found(found, hits=[self._unit_hit(e.view, "lookup") for e in found])
            if missing:
                return Found(abstain=" ".join(missing))
        if query.coverage:
            found = coverage_answer(self.corpus, query)
            if found:
                return Found(found, hits=[self._unit_hit(e.view, "coverage") for e in found])
        listed = self.upr.answer(query)
        if listed:
            return Found(listed, hits=[self._unit_hit(e.view, "upr") for e in listed])
        if listed is not None:
            return Found(abstain=self.upr.none_found(query))
        embedding = self.embed_model.get_query_embedding(query.dense_text)
        notice, dense = None, True
        theme = query.intent == "theme"
        keep = THEME_KEEP if theme else KEEP_RATIO
        parts: list[list[Evidence]] = []
        hits: list[Hit] = []
        for filters in self._parts(query):
            try:
                with self.store_guard():
                    units = self.retriever.search(query.keyword_text, filters, embedding)
            except StoreUnavailable as exc:
                log.warning("dense retrieval unavailable; keyword index only: %s", exc)
                units = self.retriever.search(query.keyword_text, filters, None, use_dense=False)
                notice, dense = f"{exc} Answered from the keyword index alone meanwhile.", False
            hits += [self._hit(u) for u in units[:20]]
            parts.append(
                self.choose(query, units, dense, THEME_UNITS if theme else PART_UNITS, keep)
            )
        # a theme: a country whose best passage is far weaker than the best of all is silent on
        # it; a comparison: each country named is judged on its own documents
        best = max((e.score for part in parts for e in part), default=0.0) if theme else 0.0
        evidence: list[Evidence] = []
        for part in parts:
            chosen = [e for e in part if e.score >= keep * best]
            if chosen:
                seen = {e.view.key for e in evidence}
                evidence += [e for e in self._expand(query, chosen) if e.view.key not in seen]
        if not evidence:
            return Found(
                abstain="The documents do not say anything about this.", hits=hits, notice=notice
            )
        return Found(evidence, hits=hits, notice=notice)

    def _parts(self, query: Query) -> list[Filters]:
        """One search for a fact question; one per country for a comparison (each country its
        own part) and for a theme (every country's documents, not only the nearest)."""
        if query.doc_ids or query.intent == "fact":
            return [Filters(countries=query.countries, doc_ids=query.doc_ids)]
        countries = query.countries or tuple(self.corpus.countries)
        return [Filters(countries=(c,)) for c in countries]

    @staticmethod
    def _unit_hit(view: UnitView, source: str) -> Hit:
        return Hit(
            doc_id=view.doc.id,
            number=view.unit.number,
            text=view.text,
            score=1.0,
            sources=(source,),
        )

    def _hit(self, u: UnitHit) -> Hit:
        view = self.corpus.by_key(u.key)
        doc_id, number = u.key.split("::", 1)
        return Hit(
            doc_id=doc_id,
            number=number,
            text=view.text if view else "",
            score=u.score,
            sources=u.sources,
        )

    def relevance(self, query: Query, view: UnitView) -> float:
        """How well a unit matches the question's words, groups/themes and document kind."""
        match = self.corpus.match(view, query.match_terms)
        if set(query.tags) - GENERIC_TAGS & set(view.tags):
            match += TAG_BONUS
        if query.kinds and view.doc.kind in query.kinds:
            match += KIND_BONUS
        return match

    def choose(
        self,
        query: Query,
        units: list[UnitHit],
        dense: bool = True,
        limit: int = MAX_UNITS,
        keep: float = KEEP_RATIO,
    ) -> list[Evidence]:
        """Units that support an answer: sharing the question's rarer words, or very close in meaning."""
        topic = set(query.match_terms)
        scored: list[tuple[float, Evidence]] = []
        best_dense = max((u.dense for u in units[:CANDIDATES]), default=0.0)
        for rank, u in enumerate(units[:CANDIDATES]):
            view = self.corpus.by_key(u.key)
            if view is None:
                continue
            match = self.corpus.match(view, topic)
            floor = MIN_DENSE_WITH_TERMS if dense else 0.0
            tagged = bool((set(query.tags) - GENERIC_TAGS) & set(view.tags))
            closest = (
                u.dense >= MIN_DENSE_TOP and u.dense >= best_dense - TOP_MARGIN
            )  # the nearest in meaning
            # the first of the fused ranking, found by both signals, sharing the question's words
            agreed = rank == 0 and len(u.sources) > 1 and match >= MIN_MATCH
            if not (
                agreed
                or (match >= MIN_MATCH and u.dense >= floor)
                or u.dense >= MIN_DENSE
                or closest
                or (tagged and match > 0)
            ):
                continue
            relevance = max(self.relevance(query, view), u.dense if closest else 0.0)
            if rank < CONSENSUS_TOP and len(u.sources) > 1:  # both signals put it at the top
                relevance += CONSENSUS_BONUS
            scored.append((relevance + RRF_WEIGHT * u.score, Evidence(view, relevance)))
        if not scored:
            return []
        best = max(ev.score for _, ev in scored)
        kept = [(s, ev) for s, ev in scored if ev.score >= keep * best]
        kept.sort(key=lambda se: -se[0])
        return [ev for _, ev in kept[:limit]]

    def _expand(self, query: Query, chosen: list[Evidence]) -> list[Evidence]:
        """Add a top unit's concern/recommendation partner and plan links when they are on topic too."""
        out = list(chosen)
        seen = {e.view.key for e in chosen}
        best = max(e.score for e in chosen)
        about_plan = "national_plan" in query.kinds or query.coverage == "implementation"
        for ev in chosen if query.intent == "theme" else chosen[:2]:
            extra: list[tuple[UnitView, str]] = [(v, "link") for v in self.corpus.linked(ev.view)]
            partner = self.corpus.partner(ev.view)
            if partner is not None:
                extra.append((partner, "pair"))
            for view, reason in extra:
                if view.key in seen:
                    continue
                score = self.relevance(query, view)
                top_pair = (
                    reason == "pair" and ev is chosen[0]
                )  # the top unit's concern/recommendation
                if score >= EXPAND_RATIO * best or (reason == "link" and about_plan) or top_pair:
                    seen.add(view.key)
                    out.append(Evidence(view, score, reason))
        companion = self._plan_companion(query, out)
        if companion is not None:
            out.append(companion)
        return out

    def _plan_companion(self, query: Query, evidence: list[Evidence]) -> Evidence | None:
        """The national plan's row on the theme of a committee's answer, when the plan has one
        that names the topic outright (e.g. Roma/Jugi children), linked or not."""
        top = evidence[0].view.doc
        themes = set(query.tags) - GENERIC_TAGS  # only for a theme, not "when was ... considered"
        if query.doc_ids or top.kind != "concluding_observations" or not themes:
            return None
        if any(e.view.doc.kind == "national_plan" for e in evidence):
            return None
        best: tuple[float, UnitView] | None = None
        for doc in self.corpus.documents_for([top.country], ["national_plan"]):
            for view in self.corpus.units(doc.id):
                score = self.corpus.match(view, query.match_terms)
                if (
                    themes & set(view.tags)
                    and score >= PLAN_MATCH
                    and (best is None or score > best[0])
                ):
                    best = (score, view)
        return Evidence(best[1], best[0], "plan") if best else None

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
                if lk.kind == "recommendation" and (
                    len(targets) != 1 or "national_plan" in query.kinds
                ):
                    targets = implemented_documents(self.corpus, query) or targets
            having = [d for d in targets if self.corpus.view(d.id, lk.number) is not None]
            if not having:
                missing.append(self._missing(lk, targets))
            if len(targets) != 1 or not having:
                continue
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
            out.append(Evidence(view, 1.0, "lookup", sub=lk.sub))
            out.extend(Evidence(v, 0.9, "link") for v in self.corpus.linked(view))
        return out, missing

    def _missing(self, lk: Lookup, targets: list[Document]) -> str:
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

    def _lead(self, query: Query, evidence: list[Evidence], lang: str = "en") -> str:
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
            lines = [
                text("answer.lead.passages", lang, where=where, n=n, passages=passages, names=names)
            ]
        asked = [c for c in query.countries if c]
        other = [c for c in countries if asked and c not in asked]
        if other:
            lines.insert(
                0, text("answer.other_country", lang, other=places(other), asked=places(asked))
            )
        kinds = set(query.kinds) - {"national_plan"}  # a plan row joins any answer
        if kinds and not any(d.kind in kinds for d in docs) and not query.doc_ids:
            what = " or ".join(name(KIND_LABELS[k], lang) for k in query.kinds)
            on = text("answer.kind_missing.on", lang, countries=places(asked)) if asked else ""
            lines.insert(0, text("answer.kind_missing", lang, what=what, on=on))
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
