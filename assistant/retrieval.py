"""Hybrid retrieval: dense (Chroma) and keyword (BM25) fused by reciprocal rank.

Built on LlamaIndex's seams: a `VectorIndexRetriever` over the Chroma vector store and a
`BM25Retriever`, fused by reciprocal rank as `QueryFusionRetriever` does, but per paragraph
(windows count once) and keeping each signal's raw score, which abstention needs and the
fusion retriever discards. Metadata filters are typed and whitelisted. Windows of one paragraph collapse to the paragraph. A filter that selects few nodes (a
country, a document) is searched exactly over those nodes' vectors (`vectorstore.exact`),
whose cost does not grow with the corpus as Chroma's filtered graph walk does. Does not decide
whether the hits answer the question (see `service`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

from vectorstore.nodes import unit_key

if TYPE_CHECKING:
    from llama_index.core import VectorStoreIndex
    from llama_index.retrievers.bm25 import BM25Retriever

    from vectorstore.exact import NodeVectors

FILTER_FIELDS = frozenset({"country", "doc_id", "kind"})
DOC_WIDEN = 4  # Chroma, within named documents: a search this much wider, then theirs kept
# A filter selecting at most this many nodes is searched exactly: about 0.25 ms per 1,000
# vectors here (25 ms for the 113,000 of one kind of document at 1000x, where Chroma's filtered
# search took 0.4-1 s, and 30-40 ms for one country's 226). A broader filter, or none, goes to
# Chroma's graph index (10 ms unfiltered at 1000x; 70 ms exact over all 310,000 vectors).
EXACT_MAX = 200_000


@dataclass(frozen=True)
class Filters:
    """Whitelisted metadata filters; every value has been checked against the corpus."""

    countries: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def to_llama(self) -> MetadataFilters | None:
        """As LlamaIndex metadata filters (AND of IN-lists)."""
        parts = []
        for key, values in (
            ("country", self.countries),
            ("doc_id", self.doc_ids),
            ("kind", self.kinds),
        ):
            assert key in FILTER_FIELDS
            if values:
                parts.append(
                    MetadataFilter(key=key, value=list(values), operator=FilterOperator.IN)
                )
        return (
            MetadataFilters(filters=list[MetadataFilter | MetadataFilters](parts))
            if parts
            else None
        )

    def accepts(self, meta: dict[str, object]) -> bool:
        """True when a node's metadata passes the filters (for retrievers without them)."""
        return (
            (not self.countries or meta.get("country") in self.countries)
            and (not self.doc_ids or meta.get("doc_id") in self.doc_ids)
            and (not self.kinds or meta.get("kind") in self.kinds)
        )


@dataclass(frozen=True)
class UnitHit:
    """A unit (paragraph or plan row) with fused score and the raw signals behind it."""

    key: str
    score: float
    dense: float  # best cosine similarity of its windows (0 when not retrieved densely)
    bm25: float
    sources: tuple[str, ...]


class FilteredBM25(BaseRetriever):
    """BM25 over all nodes with our filters applied afterwards (bm25s has no metadata index).

    `hits` gives the unfiltered ranking of a query: a comparison's parts (one per country)
    share one BM25 search instead of repeating it."""

    def __init__(
        self, hits: Callable[[str], Sequence[NodeWithScore]], filters: Filters, top_k: int
    ) -> None:
        super().__init__()
        self._hits, self._filters, self._top_k = hits, filters, top_k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self._hits(query_bundle.query_str)
        return [h for h in hits if self._filters.accepts(h.node.metadata)][: self._top_k]


class HybridRetriever(BaseRetriever):
    """Dense + BM25, fused, windows collapsed: `HybridRetriever(index, bm25).search(q, filters)`."""

    def __init__(
        self,
        index: VectorStoreIndex,
        bm25: BM25Retriever,
        vectors: NodeVectors | None = None,
        top_k: int = 20,
    ) -> None:
        super().__init__()
        self._index = index
        self._bm25 = bm25
        self._vectors = vectors
        self._top_k = top_k
        # the last queries' unfiltered BM25 rankings (a question's parts repeat its query)
        self._keyword_hits = lru_cache(maxsize=32)(self._keyword_ranking)

    def _keyword_ranking(self, query: str) -> tuple[NodeWithScore, ...]:
        return tuple(self._bm25.retrieve(QueryBundle(query_str=query)))

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        """Unit-level results (node id `doc_id::number`), for LlamaIndex evaluators."""
        hits = self.search(query_bundle.query_str, Filters(), query_bundle.embedding)
        return [NodeWithScore(node=TextNode(id_=h.key, text=""), score=h.score) for h in hits]

    def search(
        self,
        query: str,
        filters: Filters,
        embedding: Sequence[float] | None = None,
        use_dense: bool = True,
        use_keyword: bool = True,
    ) -> list[UnitHit]:
        """Units ranked by fused score, each with its best dense and BM25 signal.

        `use_dense=False` searches the in-memory keyword index alone (the store is down).
        """
        bundle = QueryBundle(query_str=query, embedding=list(embedding) if embedding else None)
        dense_hits = self._dense(bundle, filters) if use_dense else []
        bm25_hits = (
            FilteredBM25(self._keyword_hits, filters, self._top_k).retrieve(bundle)
            if use_keyword
            else []
        )
        fused = _reciprocal_rank([dense_hits, bm25_hits])
        dense_best: dict[str, float] = {}
        dense_keys = {unit_key(h.node.node_id) for h in dense_hits}
        for h in dense_hits:
            k = unit_key(h.node.node_id)
            cos = 1.0 + math.log(max(h.score or 1e-9, 1e-9))  # Chroma distance -> cosine
            dense_best[k] = max(dense_best.get(k, -1.0), cos)
        bm25_best: dict[str, float] = {}
        for h in bm25_hits:
            k = unit_key(h.node.node_id)
            bm25_best[k] = max(bm25_best.get(k, 0.0), float(h.score or 0.0))
        # a unit only the keyword search found still has a distance in meaning: read from the
        # vectors kept beside the index, not left at 0 (which would read as "unrelated")
        if self._vectors is not None and bundle.embedding is not None and use_dense:
            unseen = [k for k in bm25_best if k not in dense_best]
            dense_best |= self._vectors.cosines(bundle.embedding, unseen)
        units: dict[str, float] = {}
        for node_id, score in fused:
            k = unit_key(node_id)
            units[k] = max(units.get(k, 0.0), score)
        out = []
        for k, score in sorted(units.items(), key=lambda kv: -kv[1]):
            sources = tuple(s for s, d in (("dense", dense_keys), ("bm25", bm25_best)) if k in d)
            out.append(UnitHit(k, score, dense_best.get(k, 0.0), bm25_best.get(k, 0.0), sources))
        return out

    def cosines(self, embedding: Sequence[float], keys: Sequence[str]) -> dict[str, float]:
        """Each unit's closeness in meaning to `embedding`, from the vectors kept beside the
        index (empty when there are none: the dense signal then counts as absent)."""
        if self._vectors is None or not embedding:
            return {}
        return self._vectors.cosines(embedding, keys)

    def _dense(self, bundle: QueryBundle, filters: Filters) -> list[NodeWithScore]:
        """Nearest nodes within the filters: exactly when the filter is selective, else Chroma.
        Scores are LlamaIndex's Chroma similarity, exp(-cosine distance), either way."""
        if self._vectors is not None and bundle.embedding is not None:
            rows = self._vectors.select(filters.countries, filters.doc_ids, filters.kinds)
            if rows is not None and len(rows) <= EXACT_MAX:
                return [
                    NodeWithScore(node=TextNode(id_=node_id, text=""), score=math.exp(-distance))
                    for node_id, distance in self._vectors.search(
                        bundle.embedding, rows, self._top_k
                    )
                ]
        # Chroma: LlamaIndex's adapter stores a node's ref_doc_id under "doc_id", over ours, so
        # documents are kept by node id (doc::number) from a wider search within the rest
        wider = self._top_k * (DOC_WIDEN if filters.doc_ids else 1)
        dense_r = self._index.as_retriever(
            similarity_top_k=wider, filters=replace(filters, doc_ids=()).to_llama()
        )
        hits = dense_r.retrieve(bundle)
        if filters.doc_ids:
            wanted = set(filters.doc_ids)
            hits = [h for h in hits if unit_key(h.node.node_id).split("::")[0] in wanted]
        return hits[: self._top_k]


def _reciprocal_rank(
    result_lists: Sequence[Sequence[NodeWithScore]], k: float = 60.0
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion, as LlamaIndex's fusion retriever computes it, keyed by node id."""
    scores: dict[str, float] = {}
    for hits in result_lists:
        seen: set[str] = set()
        for rank, hit in enumerate(sorted(hits, key=lambda h: -(h.score or 0.0))):
            key = unit_key(hit.node.node_id)
            if key in seen:  # windows of one paragraph count once per list
                continue
            seen.add(key)
            scores[hit.node.node_id] = scores.get(hit.node.node_id, 0.0) + 1.0 / (rank + k)
    return sorted(scores.items(), key=lambda kv: -kv[1])
