"""The systems compared by the evaluation: Rights Desk and three baselines, behind one Protocol.

Baselines never abstain and "cite" their top retrieved units (top 3 paragraphs for BM25 and
dense; the paragraphs inside the top 2 chunks for the naive pipeline), quoting their text.
Does not compute metrics.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Protocol

from assistant.retrieval import Filters
from assistant.service import Assistant
from evals.gold import GoldItem
from evals.metrics import Outcome
from rightsdesk.errors import RightsDeskError

TOP_CITED = 3


class System(Protocol):
    """Anything that answers a gold question."""

    name: str

    def answer(self, item: GoldItem) -> Outcome: ...


def _outcome(item: GoldItem) -> Outcome:
    return Outcome(
        item.id,
        item.type,
        item.answerable,
        item.must_cite,
        item.may_cite,
        item.key_facts,
        only_countries=list(item.only_countries),
    )


class RightsDesk:
    """The real assistant, with the question's history."""

    name = "rightsdesk"

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def answer(self, item: GoldItem) -> Outcome:
        out = _outcome(item)
        t0 = time.perf_counter()
        try:
            ans = self.assistant.ask(
                item.question, [t.model_dump() for t in item.history], qid=item.id
            )
        except RightsDeskError as exc:
            out.answer, out.abstained = str(exc), True
            return out
        out.latency_ms = (time.perf_counter() - t0) * 1000
        out.retrieved = list(
            dict.fromkeys(
                [f"{h.doc_id}::{h.number}" for h in ans.hits]
                + [f"{c.doc_id}::{c.paragraph}" for c in ans.citations]
            )
        )
        out.cited = [f"{c.doc_id}::{c.paragraph}" for c in ans.citations]
        out.quotes = [(f"{c.doc_id}::{c.paragraph}", c.quote) for c in ans.citations]
        out.lead_ins = [
            (f"{c.doc_id}::{c.paragraph}", c.lead_in) for c in ans.citations if c.lead_in
        ]
        out.answer, out.abstained, out.indirect = ans.answer, ans.abstained, not ans.direct
        return out


class SingleSignal:
    """Our paragraph chunks searched by one signal alone: `bm25` or `dense`."""

    def __init__(self, assistant: Assistant, signal: str) -> None:
        self.assistant, self.name = assistant, signal

    def answer(self, item: GoldItem) -> Outcome:
        out = _outcome(item)
        t0 = time.perf_counter()
        dense = self.name == "dense"
        emb = (
            self.assistant.selector.embed_model.get_query_embedding(item.question)
            if dense
            else None
        )
        units = self.assistant.selector.retriever.search(
            item.question, Filters(), emb, use_dense=dense, use_keyword=not dense
        )
        out.latency_ms = (time.perf_counter() - t0) * 1000
        out.retrieved = [u.key for u in units]
        out.cited = out.retrieved[:TOP_CITED]
        corpus = self.assistant.corpus
        out.quotes = [(k, v.text) for k in out.cited if (v := corpus.by_key(k)) is not None]
        out.answer = "\n".join(q for _, q in out.quotes)
        return out


class Naive:
    """What a newcomer writes: fixed-size chunks of the raw files, vector top-k, no metadata."""

    name = "naive"

    def __init__(self, assistant: Assistant, corpus_dir: Path, top_k: int = 10) -> None:
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter

        from ingest.readers import read_text

        docs = [
            Document(text=read_text(p), metadata={"file": p.name})
            for p in sorted(corpus_dir.glob("*.txt"))
        ]
        nodes = SentenceSplitter().get_nodes_from_documents(docs)  # the default chunk size
        self.index = VectorStoreIndex(nodes, embed_model=assistant.selector.embed_model)
        self.retriever = self.index.as_retriever(similarity_top_k=top_k)
        self.assistant = assistant
        self._starts = self._unit_starts()
        self.chunks = len(nodes)

    def _unit_starts(self) -> list[tuple[str, str]]:
        """A short squashed prefix of every unit, to find which units a chunk contains."""
        out = []
        for doc in self.assistant.corpus.docs.values():
            for view in self.assistant.corpus.units(doc.id):
                unit = view.unit
                first = unit.activities[0] if getattr(unit, "activities", None) else unit.text  # type: ignore[union-attr]
                out.append((view.key, _squash(first)[:50]))
        return out

    def units_in(self, chunk: str) -> list[str]:
        """Units whose beginning lies in the chunk, in corpus order."""
        squashed = _squash(chunk)
        return [key for key, start in self._starts if start and start in squashed]

    def answer(self, item: GoldItem) -> Outcome:
        out = _outcome(item)
        t0 = time.perf_counter()
        hits = self.retriever.retrieve(item.question)
        out.latency_ms = (time.perf_counter() - t0) * 1000
        per_chunk = [self.units_in(h.node.get_content()) for h in hits]
        out.retrieved = list(dict.fromkeys(k for units in per_chunk for k in units))
        out.cited = list(dict.fromkeys(k for units in per_chunk[:2] for k in units))
        out.quotes = [
            (k, h.node.get_content())
            for h, units in zip(hits[:2], per_chunk[:2], strict=False)
            for k in units[:1]
        ]
        out.answer = "\n".join(h.node.get_content() for h in hits[:2])
        return out


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()
