"""The keyword index, the documents and the node vectors, kept as files beside an index version.

An ingest writes them for the version it commits, before the state switches to it, so a
start-up loads a memory-mapped BM25 index, the documents' catalog (`shelf`: documents parsed
when first needed, term counts precomputed) and memory-maps the node vectors (`exact`: a
filtered search scores its own nodes) instead of reading every node back from Chroma and
tokenising it: start-up follows the number of documents, not of paragraphs. The folder is named by the version and a fingerprint
of its state, written under a temporary name and renamed whole: a reader sees a complete
set or none, and files of another version are never read. Missing or stale files are
rebuilt by the reader (`SnapshotFiles.load` returns None). With a Chroma server the folder
is each app machine's local cache: the ingest writes nothing locally, the first start of a
version rebuilds and writes it. Does not rank or fuse.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from rightsdesk.domain import Document
from vectorstore.exact import NodeVectors
from vectorstore.shelf import DocumentShelf

if TYPE_CHECKING:
    import numpy as np
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever
    from numpy.typing import NDArray

    from vectorstore.store import IndexState

log = logging.getLogger(__name__)
FORMAT = 3  # bump when the files' layout or the tokenisation changes (2: the document shelf;
# 3: a hyphenated word counts as its parts)
BM25_TOP_K = 60
META = "meta.json"


def build_bm25(nodes: Sequence[TextNode], top_k: int = BM25_TOP_K) -> BM25Retriever:
    """A BM25 retriever over the nodes' text with their context header (English stemming)."""
    import Stemmer
    from llama_index.core.schema import BaseNode, TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import

    keyed = [
        TextNode(
            id_=n.node_id, text=f"{n.metadata.get('header', '')}\n{n.text}", metadata=n.metadata
        )
        for n in nodes
    ]
    return BM25Retriever.from_defaults(
        nodes=list[BaseNode](keyed),
        similarity_top_k=min(top_k, len(keyed)),
        stemmer=Stemmer.Stemmer("english"),
        language="english",
    )


NodeRows = tuple[Sequence[str], Sequence[str], "NDArray[np.float32]"]  # ids, doc ids, vectors


class Snapshot(NamedTuple):
    """What a version's files give a reader."""

    documents: DocumentShelf
    bm25: BM25Retriever
    vectors: NodeVectors


def fingerprint(state: IndexState) -> str:
    """What identifies one version's content (its files, hashes, model and node count)."""
    return hashlib.sha256(state.model_dump_json().encode()).hexdigest()[:16]


class SnapshotFiles:
    """Files of index versions under one folder: `SnapshotFiles(dir).load(state)`."""

    def __init__(self, root: Path, prefix: str = "rightsdesk") -> None:
        self.root = root
        self.prefix = prefix

    def path(self, state: IndexState) -> Path:
        return self.root / f"{self.prefix}-v{state.version}-{fingerprint(state)}"

    def write(
        self,
        state: IndexState,
        documents: Sequence[Document],
        nodes: Sequence[TextNode] | None = None,
        bm25: BM25Retriever | None = None,
        vectors: NodeRows | None = None,
    ) -> Path:
        """Write the documents, the keyword index and the node vectors of `state` (built from
        `nodes`, which carry their embeddings, unless given), atomically: a temporary folder
        renamed into place."""
        final = self.path(state)
        if self._complete(final, state):
            return final
        if bm25 is None or vectors is None:
            assert nodes is not None
            bm25 = bm25 or build_bm25(nodes)
            vectors = vectors or NodeVectors.of_nodes(nodes)
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.root))
        try:
            DocumentShelf.write(tmp, documents)
            NodeVectors.write(tmp, *vectors)
            # with the corpus it also writes the line index that memory-mapped loading needs
            bm25.bm25.save(str(tmp / "bm25"), corpus=bm25.corpus, show_progress=False)
            meta = {"format": FORMAT, "fingerprint": fingerprint(state), "version": state.version}
            meta |= {"top_k": bm25.similarity_top_k, "documents": len(documents)}
            (tmp / META).write_text(json.dumps(meta))
            if final.exists():  # stale or damaged files of this version
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.rename(tmp, final)
            except OSError:  # another process wrote the same version first
                if not self._complete(final, state):
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return final

    def load(self, state: IndexState) -> Snapshot | None:
        """The documents, keyword index and node vectors of `state`, or None when the files
        are missing, incomplete, or of another format (the caller rebuilds them)."""
        folder = self.path(state)
        meta = self._complete(folder, state)
        if not meta:
            return None
        try:
            import bm25s
            import Stemmer
            from llama_index.retrievers.bm25 import BM25Retriever

            logging.getLogger("bm25s").setLevel(logging.WARNING)
            docs = DocumentShelf(folder)
            vectors = NodeVectors(folder, docs.catalog())
            index = bm25s.BM25.load(
                str(folder / "bm25"), load_corpus=True, mmap=True, show_progress=False
            )
            retriever = BM25Retriever(
                existing_bm25=index,
                stemmer=Stemmer.Stemmer("english"),
                similarity_top_k=int(meta["top_k"]),
            )
        except Exception:  # a damaged file is rebuilt, never fatal
            log.warning("Keyword index files in %s unreadable; rebuilding", folder, exc_info=True)
            shutil.rmtree(folder, ignore_errors=True)  # else `write` would keep it as complete
            return None
        return Snapshot(docs, retriever, vectors)

    @staticmethod
    def _complete(folder: Path, state: IndexState) -> dict[str, Any] | None:
        """The folder's meta record when it holds complete files of `state`, else None."""
        try:
            meta = json.loads((folder / META).read_text())
        except (OSError, ValueError):
            return None
        ok = meta.get("format") == FORMAT and meta.get("fingerprint") == fingerprint(state)
        return meta if ok else None

    def prune(self, keep: IndexState | None) -> None:
        """Remove the folders of other versions (and leftovers of killed writes)."""
        if not self.root.is_dir():
            return
        name = self.path(keep).name if keep is not None and keep.version else None
        for child in self.root.iterdir():
            old_tmp = child.name.startswith(".tmp-") and time.time() - child.stat().st_mtime > 3600
            if child.name != name and (child.name.startswith(f"{self.prefix}-v") or old_tmp):
                shutil.rmtree(child, ignore_errors=True)  # a writer's fresh .tmp- is left alone
