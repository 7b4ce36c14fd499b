"""The Chroma store: versioned collections switched atomically, embedded or a server.

The only module that imports `chromadb`. Each ingest that changes something writes a new
pair of collections (`<prefix>_vN` for nodes, `<prefix>_vN_docs` for the parsed documents)
and then flips one state record to point at them; a killed ingest leaves the previous
version active and complete, and its orphans are removed by the next ingest.
Does not parse, embed or rank: callers hand it nodes that already carry embeddings.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from rightsdesk.domain import Document
from rightsdesk.errors import (
    EmbeddingMismatch,
    IndexNotFound,
    RightsDeskError,
    StoreUnavailable,
)
from rightsdesk.settings import Settings
from vectorstore.keyword import SnapshotFiles
from vectorstore.nodes import doc_of

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from llama_index.core.schema import TextNode
    from llama_index.vector_stores.chroma import ChromaVectorStore
    from numpy.typing import NDArray

log = logging.getLogger(__name__)
STATE_ID = "state"
WRITE_BATCH = 1000  # nodes per write: well under Chroma's maximum batch size
BATCH = 2000
# HNSW search breadth. Chroma's default (100) missed true nearest neighbours of long questions,
# and its graph differs between processes, so the same question could get other passages after a
# restart (3 of 12 fresh processes on one question of the bundled corpus; 0 of 12 at 400)
SEARCH_EF = 400


class FileEntry(BaseModel):
    """What one ingested file produced."""

    name: str
    hash: str
    doc_ids: list[str]


class IndexState(BaseModel):
    """The active version of the index; stored as one record in Chroma."""

    version: int = 0
    embed_model: str = ""
    files: dict[str, FileEntry] = {}
    node_count: int = 0

    def collection(self, prefix: str) -> str:
        return f"{prefix}_v{self.version}"


class ChromaStore:
    """Persistent Chroma: `ChromaStore(settings).documents()`; writes go through `commit`."""

    def __init__(self, settings: Settings, prefix: str = "rightsdesk") -> None:
        self.settings = settings
        self.prefix = prefix
        self._client: ClientAPI | None = None
        self._opening = threading.Lock()  # an ingest opens the client in a background thread
        self.files = SnapshotFiles(settings.data_dir / "keyword", prefix)

    @property
    def where(self) -> str:
        """Human description of the store, for messages."""
        if self.settings.chroma_host:
            return f"the Chroma server at {self.settings.chroma_host}:{self.settings.chroma_port}"
        return str(self.settings.chroma_dir)

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn transport and disk failures into StoreUnavailable, with a next step."""
        try:
            yield
        except RightsDeskError:
            raise
        except Exception as exc:  # chromadb raises many unrelated types for one cause
            log.warning("Chroma call failed", exc_info=log.isEnabledFor(logging.INFO))
            self._client = None
            if self.settings.chroma_host:
                hint = "check that `chroma run` is up and CHROMA_HOST/CHROMA_PORT are right"
            else:
                hint = "check that the folder exists, is writable and the disk is not full"
            raise StoreUnavailable(
                f"The index store ({self.where}) is unavailable: {hint}."
            ) from exc

    def client(self) -> ClientAPI:
        """The Chroma client, opened on first use (by one thread; others wait for it)."""
        with self._opening:
            if self._client is None:
                self._open()
        assert self._client is not None
        return self._client

    def _open(self) -> None:
        with self.guard():
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_host:
                client = chromadb.HttpClient(
                    host=self.settings.chroma_host,
                    port=self.settings.chroma_port,
                    settings=chroma_settings,
                )
                client.heartbeat()
            else:
                self.settings.chroma_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(
                    path=str(self.settings.chroma_dir), settings=chroma_settings
                )
            self._client = client

    def _collection(self, name: str, create: bool = False) -> Collection:
        client = self.client()
        with self.guard():
            if create:
                return client.get_or_create_collection(
                    name,
                    embedding_function=None,
                    metadata={"hnsw:space": "cosine", "hnsw:search_ef": SEARCH_EF},
                )
            return client.get_collection(name, embedding_function=None)

    def _search_widely(self, col: Collection) -> None:
        """Raise the search breadth of a collection written before SEARCH_EF (no re-ingest)."""
        try:
            with self.guard():
                hnsw = (col.configuration_json or {}).get("hnsw") or {}
                if int(hnsw.get("ef_search") or 0) < SEARCH_EF:
                    col.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})
        except (RightsDeskError, ValueError, TypeError) as exc:  # kept as it is, still answers
            log.warning("Could not widen the search of %s: %s", col.name, exc)

    # -- reading -------------------------------------------------------------------------

    def read_state(self) -> IndexState | None:
        """The active state, or None when nothing was ever ingested."""
        if not self.settings.chroma_host and not self.settings.chroma_dir.exists():
            return None
        col = self._collection(f"{self.prefix}_state", create=True)
        with self.guard():
            got = col.get(ids=[STATE_ID], include=["documents"])
        docs = got.get("documents") or []
        if not docs or not docs[0]:
            return None
        return IndexState.model_validate_json(docs[0])

    def require_state(self, embed_model: str | None = None) -> IndexState:
        """The active state; raises IndexNotFound or EmbeddingMismatch."""
        state = self.read_state()
        if state is None or state.version == 0:
            raise IndexNotFound(self.where)
        if embed_model and state.embed_model != embed_model:
            raise EmbeddingMismatch(
                f"The index was built with {state.embed_model}, not {embed_model}: "
                "run `rightsdesk ingest --reset` to rebuild it with the current model."
            )
        return state

    def documents(self, state: IndexState) -> list[Document]:
        """Every parsed document of the active version."""
        col = self._collection(f"{state.collection(self.prefix)}_docs")
        with self.guard():
            got = col.get(include=["documents"])
        docs = [Document.model_validate_json(text) for text in got["documents"] or []]
        return sorted(docs, key=lambda d: d.id)

    def vector_store(self, state: IndexState) -> ChromaVectorStore:
        """The LlamaIndex vector store over the active node collection."""
        from llama_index.vector_stores.chroma import ChromaVectorStore

        col = self._collection(state.collection(self.prefix))
        self._search_widely(col)
        return ChromaVectorStore.from_collection(col)

    def nodes(self, state: IndexState) -> list[TextNode]:
        """Every node (text and metadata, no embeddings) of the active version."""
        from llama_index.core.schema import TextNode
        from llama_index.core.vector_stores.utils import metadata_dict_to_node

        col = self._collection(state.collection(self.prefix))
        out: list[TextNode] = []
        with self.guard():
            total = col.count()
            for offset in range(0, total, BATCH):
                got = col.get(include=["documents", "metadatas"], limit=BATCH, offset=offset)
                for text, meta in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
                    node = metadata_dict_to_node(dict(meta), text=text)
                    assert isinstance(node, TextNode)
                    out.append(node)
        return out

    def vectors(self, state: IndexState) -> tuple[list[str], list[str], NDArray[np.float32]]:
        """Every node's (id, document id, embedding) of the active version, read in batches
        into one float32 matrix (no Python float per coordinate)."""
        import numpy as np

        col = self._collection(state.collection(self.prefix))
        ids: list[str] = []
        doc_ids: list[str] = []
        parts = []
        with self.guard():
            total = col.count()
            for offset in range(0, total, BATCH):
                got = col.get(include=["embeddings"], limit=BATCH, offset=offset)
                ids += got["ids"]
                doc_ids += [doc_of(i) for i in got["ids"]]
                if got["embeddings"] is not None and len(got["embeddings"]):
                    parts.append(np.asarray(got["embeddings"], dtype=np.float32))
        return ids, doc_ids, np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)

    def embeddings_by_hash(self, state: IndexState | None) -> dict[str, list[float]]:
        """Embeddings of the active version keyed by the hash of their embedded text."""
        if state is None or state.version == 0:
            return {}
        col = self._collection(state.collection(self.prefix))
        out: dict[str, list[float]] = {}
        with self.guard():
            total = col.count()
            for offset in range(0, total, BATCH):
                got = col.get(include=["embeddings", "metadatas"], limit=BATCH, offset=offset)
                embs = got["embeddings"] if got["embeddings"] is not None else []
                for emb, meta in zip(embs, got["metadatas"] or [], strict=True):
                    out[str(meta.get("text_hash", ""))] = [float(x) for x in emb]
        return out

    # -- writing -------------------------------------------------------------------------

    def commit(
        self,
        previous: IndexState | None,
        files: dict[str, FileEntry],
        embed_model: str,
        documents: Sequence[Document],
        nodes: Sequence[TextNode],
    ) -> IndexState:
        """Write a complete new version, then switch the state record to it in one write."""
        from llama_index.vector_stores.chroma import ChromaVectorStore

        version = (previous.version if previous else 0) + 1
        new = IndexState(
            version=version, embed_model=embed_model, files=files, node_count=len(nodes)
        )
        name = new.collection(self.prefix)
        # the keyword index and the documents' file, complete before the state points at
        # them; on a server they are each app machine's local cache, written at its first
        # start. Written beside the Chroma writes (Chroma's bindings release the GIL).
        written: Future[Path] | None = None
        if not self.settings.chroma_host:
            pool = ThreadPoolExecutor(1, thread_name_prefix="snapshot")
            written = pool.submit(self.files.write, new, documents, nodes)
            pool.shutdown(wait=False)  # the write runs on; it is waited for below
        client = self.client()
        with self.guard():
            for stale in (name, f"{name}_docs"):  # leftovers of a killed ingest
                if stale in {c.name for c in client.list_collections()}:
                    client.delete_collection(stale)
        vectors = ChromaVectorStore.from_collection(self._collection(name, create=True))
        with self.guard():  # Chroma refuses batches above its maximum (5461 here)
            for start in range(0, len(nodes), WRITE_BATCH):
                vectors.add(list(nodes[start : start + WRITE_BATCH]))
        docs_col = self._collection(f"{name}_docs", create=True)
        with self.guard():
            for start in range(0, len(documents), 50):
                chunk = documents[start : start + 50]
                docs_col.add(
                    ids=[d.id for d in chunk],
                    documents=[d.model_dump_json() for d in chunk],
                    embeddings=[[1.0] for _ in chunk],  # type: ignore[arg-type]
                )
        if written is not None:
            try:
                written.result()
            except OSError:  # not fatal: a reader rebuilds missing files
                log.warning(
                    "Could not write the keyword index in %s", self.files.root, exc_info=True
                )
        with self.guard():
            state_col = self._collection(f"{self.prefix}_state", create=True)
            state_col.upsert(
                ids=[STATE_ID],
                documents=[new.model_dump_json()],
                embeddings=[[1.0]],  # type: ignore[arg-type]
            )
        self.remove_orphans(new)
        if not self.settings.chroma_host:
            self.files.prune(new)
        return new

    def remove_orphans(self, state: IndexState | None) -> list[str]:
        """Delete collections of this prefix that the active state does not use."""
        keep = {f"{self.prefix}_state"}
        if state is not None and state.version:
            keep |= {state.collection(self.prefix), f"{state.collection(self.prefix)}_docs"}
        client = self.client()
        removed = []
        with self.guard():
            for col in client.list_collections():
                name = col.name if hasattr(col, "name") else str(col)
                if name.startswith(f"{self.prefix}_v") and name not in keep:
                    client.delete_collection(name)
                    removed.append(name)
        return removed

    def describe(self) -> dict[str, Any]:
        """A small summary for `docs --json` and diagnostics."""
        state = self.read_state()
        return {"store": self.where, "version": state.version if state else 0}


def dumps_state(state: IndexState) -> str:
    """The state as indented JSON, for logs and debugging."""
    return json.dumps(state.model_dump(), indent=2)
