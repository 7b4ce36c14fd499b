"""One index version as the assistant reads it, and the lock that lets it be swapped live.

`load_snapshot` opens the documents' catalog, the keyword index and the node vectors of the
active version from the files an ingest writes beside it (documents are read when first
needed), or, when they are missing or stale, reads every node back from Chroma, rebuilds them
and writes the files (the slow part, done outside any lock); `ReadWriteLock` lets many
questions read at once while a reload installs the new snapshot between them. Does not
answer questions (see `service`) or write the index (see `ingest`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from llama_index.core.schema import BaseNode, TransformComponent

from assistant.corpus import Corpus, DocumentSource
from assistant.retrieval import HybridRetriever
from vectorstore.keyword import build_bm25

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from rightsdesk.domain import Document
    from vectorstore.exact import NodeVectors
    from vectorstore.store import ChromaStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexSnapshot:
    """What one version of the index gives the assistant: its documents and its retriever."""

    corpus: Corpus
    retriever: HybridRetriever
    version: int


def load_snapshot(
    store: ChromaStore, embed_model: BaseEmbedding, embed_model_id: str, persisted: bool = True
) -> IndexSnapshot:
    """The active version of the index (raises IndexNotFound, EmbeddingMismatch);
    `persisted=False` is the old path: everything read back from Chroma and rebuilt."""
    from llama_index.core import VectorStoreIndex

    state = store.require_state(embed_model_id)
    loaded = store.files.load(state) if persisted else None
    source: DocumentSource | list[Document]
    vectors: NodeVectors | None = None
    if loaded is None:
        documents, bm25 = store.documents(state), build_bm25(store.nodes(state))
        source = documents
        if persisted:
            try:
                store.files.write(state, documents, bm25=bm25, vectors=store.vectors(state))
                store.files.prune(state)
            except OSError:
                log.warning("Could not save the keyword index files", exc_info=True)
            else:  # read as every later start will (documents on demand, node vectors)
                loaded = store.files.load(state)
                if loaded is not None:
                    source, bm25, vectors = loaded
    else:
        source, bm25, vectors = loaded
    index = VectorStoreIndex.from_vector_store(
        store.vector_store(state),
        embed_model=embed_model,
        transformations=[_NoTransform()],  # never inserts: spares loading the default splitter
    )
    return IndexSnapshot(Corpus(source), HybridRetriever(index, bm25, vectors), state.version)


class _NoTransform(TransformComponent):
    """Stands in for LlamaIndex's default node parser, which loads a tokenizer when built."""

    def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> Sequence[BaseNode]:
        return nodes


class ReadWriteLock:
    """Many readers at once, or one writer; a waiting writer goes before new readers.

    Reading is re-entrant within a thread (a briefing asks questions while it reads); a
    reader must not wait for the writer lock. Usage: `with lock.reading(): ...`.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._mine = threading.local()

    @contextmanager
    def reading(self) -> Iterator[None]:
        depth = getattr(self._mine, "depth", 0)
        if depth == 0:
            with self._cond:
                while self._writing or self._writers_waiting:
                    self._cond.wait()
                self._readers += 1
        self._mine.depth = depth + 1
        try:
            yield
        finally:
            self._mine.depth = depth
            if depth == 0:
                with self._cond:
                    self._readers -= 1
                    if self._readers == 0:
                        self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
