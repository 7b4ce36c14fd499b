"""The systems the evaluation compares, behind one Protocol: Rights Desk and three baselines.

Baselines are what a newcomer would build, scored with the same metrics:
- `naive`: the raw corpus files, LlamaIndex's `SentenceSplitter` at its default size, the
  same embedding model, an in-memory `VectorStoreIndex`, vector top-k, no metadata;
- `bm25` and `dense`: our paragraph units searched by one signal alone (the assistant's
  own BM25 index, or its Chroma collection).
Their "answer" is extractive: the top 3 units are cited and quoted (bm25/dense quote the
whole unit). A naive chunk is mapped to the paragraphs it contains (see `ChunkMapper`).
Baselines see the question only (no history) and never abstain. Does not compute metrics.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assistant.retrieval import Filters
from assistant.text import normalise_space, sentences
from evals.gold import GoldItem
from rightsdesk.domain import PlanRow
from rightsdesk.errors import RightsDeskError

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from assistant.corpus import Corpus, UnitView
    from assistant.service import Assistant

TOP_CITED = 3
NGRAM = 4
CONTAINED = 0.5  # a unit is in a chunk when this share of its word 4-grams is in the chunk
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SystemOutput:
    """What a system did with one question: ranked units, citations, quotes, answer text."""

    retrieved: list[str]  # unit keys, best first
    cited: list[str]  # unit keys, in the order of the answer's [n] markers
    quotes: dict[str, list[str]]  # unit key -> quotes claimed verbatim from it
    abstained: bool
    text: str
    latency_ms: float


class System(Protocol):
    """Anything that answers a gold question."""

    name: str

    def answer(self, item: GoldItem) -> SystemOutput: ...


class RightsDesk:
    """The real assistant, asked with the question's history (one instance for the run)."""

    name = "rightsdesk"

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def answer(self, item: GoldItem) -> SystemOutput:
        t0 = time.perf_counter()
        try:
            ans = self.assistant.ask(
                item.question, [t.model_dump() for t in item.history], qid=item.id
            )
        except RightsDeskError as exc:  # a gold question the assistant refuses is a failure
            return SystemOutput([], [], {}, True, f"error: {exc}", 0.0)
        ms = (time.perf_counter() - t0) * 1000
        quotes: dict[str, list[str]] = {}
        for c in ans.citations:
            quotes.setdefault(f"{c.doc_id}::{c.paragraph}", []).append(c.quote)
        return SystemOutput(
            retrieved=list(dict.fromkeys(f"{h.doc_id}::{h.number}" for h in ans.hits)),
            cited=[f"{c.doc_id}::{c.paragraph}" for c in ans.citations],
            quotes=quotes,
            abstained=ans.abstained,
            text=ans.answer,
            latency_ms=ms,
        )


class QueryEmbeddings:
    """Question embeddings computed once and shared by the dense and naive baselines."""

    def __init__(self, embed_model: BaseEmbedding) -> None:
        self.embed_model = embed_model
        self._cache: dict[str, tuple[list[float], float]] = {}

    def get(self, question: str) -> tuple[list[float], float]:
        """(embedding, milliseconds it took); the time is charged to every system using it."""
        if question not in self._cache:
            t0 = time.perf_counter()
            emb = self.embed_model.get_query_embedding(question)
            self._cache[question] = (emb, (time.perf_counter() - t0) * 1000)
        return self._cache[question]


def extractive(
    keys: Sequence[str], corpus: Corpus, quotes: dict[str, list[str]] | None = None
) -> tuple[str, dict[str, list[str]]]:
    """A baseline's answer: each cited unit quoted (whole, unless quotes are given), with its reference."""
    lines, out = [], {}
    for n, key in enumerate(keys, 1):
        view = corpus.by_key(key)
        if view is None:
            continue
        qs = quotes.get(key, []) if quotes is not None else [view.text]
        out[key] = qs
        shown = " ".join(normalise_space(q) for q in qs)
        lines.append(f"- [{n}] \u201c{shown}\u201d ({view.reference()})")
    return "\n".join(lines), out


class SingleSignal:
    """Our paragraph units searched by the assistant's BM25 index alone, or its dense index alone."""

    def __init__(self, assistant: Assistant, signal: str, embeddings: QueryEmbeddings) -> None:
        assert signal in ("bm25", "dense")
        self.assistant, self.name, self.embeddings = assistant, signal, embeddings

    def answer(self, item: GoldItem) -> SystemOutput:
        dense = self.name == "dense"
        emb, emb_ms = self.embeddings.get(item.question) if dense else (None, 0.0)
        t0 = time.perf_counter()
        units = self.assistant.retriever.search(
            item.question, Filters(), emb, use_dense=dense, use_keyword=not dense
        )
        ms = (time.perf_counter() - t0) * 1000 + emb_ms
        keys = [u.key for u in units]
        text, quotes = extractive(keys[:TOP_CITED], self.assistant.corpus)
        return SystemOutput(keys, keys[:TOP_CITED], quotes, False, text, ms)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    n = min(NGRAM, len(words))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)} if n else set()


class ChunkMapper:
    """Which paragraphs (or plan rows) of the parsed corpus a raw-text chunk contains.

    A unit is in a chunk when at least half of its word 4-grams occur in the chunk (plan
    rows: the 4-grams of their summary, activities and results, the cells as printed).
    Only units parsed from the chunk's own file are candidates. Units of one chunk are
    ranked in reading order (median position of the 4-grams they share with it). The quote of a unit is its sentences found whole in the chunk.
    """

    def __init__(self, corpus: Corpus) -> None:
        self._units: dict[str, list[tuple[UnitView, set[tuple[str, ...]], list[str]]]] = {}
        for doc in corpus.docs.values():
            for view in corpus.units(doc.id):
                unit = view.unit
                if isinstance(unit, PlanRow):
                    pieces = [unit.summary, *unit.activities, unit.results]
                    quotable = [*unit.activities] or [unit.summary]
                else:
                    pieces, quotable = [unit.text], [s for _, s in sentences(unit.text)]
                grams = set().union(*(_grams(_words(p)) for p in pieces if p))
                self._units.setdefault(doc.source, []).append((view, grams, quotable))

    def units_in(self, chunk: str, source: str) -> list[tuple[str, list[str]]]:
        """(unit key, quotes) of the units the chunk contains, in reading order."""
        words = _words(chunk)
        n = min(NGRAM, len(words))
        at: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - n + 1):
            at.setdefault(tuple(words[i : i + n]), i)
        flat = f" {' '.join(words)} "
        found = []
        for view, ugrams, quotable in self._units.get(source, []):
            shared = [at[g] for g in ugrams if g in at]
            if ugrams and len(shared) / len(ugrams) >= CONTAINED:
                quotes = [q for q in quotable if f" {' '.join(_words(q))} " in flat]
                found.append((sorted(shared)[len(shared) // 2], view.key, quotes))
        return [(key, quotes) for _, key, quotes in sorted(found)]


class Naive:
    """A newcomer's pipeline: default-size chunks of the raw files, vector top-k, no metadata."""

    name = "naive"

    def __init__(
        self,
        corpus: Corpus,
        corpus_dir: Path,
        embed_model: BaseEmbedding,
        embeddings: QueryEmbeddings,
        top_k: int = 10,
    ) -> None:
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter

        docs = [  # the raw files as they are; the file name is kept out of what is embedded
            Document(
                text=path.read_text(encoding="utf-8", errors="replace"),
                metadata={"file_name": path.name},
                excluded_embed_metadata_keys=["file_name"],
                excluded_llm_metadata_keys=["file_name"],
            )
            for path in sorted(corpus_dir.glob("*.txt"))
        ]
        nodes = SentenceSplitter().get_nodes_from_documents(docs)
        index = VectorStoreIndex(nodes, embed_model=embed_model)  # SimpleVectorStore, in memory
        self.retriever = index.as_retriever(similarity_top_k=top_k)
        self.corpus, self.embeddings = corpus, embeddings
        self.mapper = ChunkMapper(corpus)
        self.chunks = len(nodes)
        self._units = {  # chunks never change: map each once
            n.node_id: self.mapper.units_in(n.get_content(), n.metadata["file_name"]) for n in nodes
        }
        mapped = {key for units in self._units.values() for key, _ in units}
        self.coverage = (len(mapped), len(corpus))  # units found in at least one chunk

    def answer(self, item: GoldItem) -> SystemOutput:
        from llama_index.core.schema import QueryBundle

        emb, emb_ms = self.embeddings.get(item.question)
        t0 = time.perf_counter()
        hits = self.retriever.retrieve(QueryBundle(query_str=item.question, embedding=emb))
        ms = (time.perf_counter() - t0) * 1000 + emb_ms
        ranked: dict[str, list[str]] = {}
        for h in hits:
            for key, quotes in self._units[h.node.node_id]:
                ranked.setdefault(key, quotes)
        keys = list(ranked)
        text, quotes = extractive(keys[:TOP_CITED], self.corpus, ranked)
        return SystemOutput(keys, keys[:TOP_CITED], quotes, False, text, ms)
