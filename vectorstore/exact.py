"""Exact nearest neighbours within a selective filter, from vectors kept beside an index version.

Chroma's HNSW graph answers a filtered query by walking past the nodes the filter rejects:
with one country's documents among thousands the walk, and its time, grow with the corpus
(4 ms on the bundled corpus, 15-45 ms at 100x, 30-40 ms at 1000x; 0.4-1 s for one kind of
document at 1000x). A filter is better served by scoring exactly the nodes it selects, as
vector databases do below a cardinality cutoff: `NodeVectors` keeps every node's normalised
vector in a memory-mapped float32 file, grouped by document (a document's copies and
versions side by side), so a filter's nodes are a few contiguous spans and the search is a
matrix product over slices of the map. The cost follows the filter's size; pages of other
documents are never read. Distances are Chroma's cosine distance (1 - cosine similarity),
equal to Chroma's own to float precision. Unfiltered queries stay with Chroma. Does not fuse
or rank units.

Usage: `NodeVectors.write(folder, *NodeVectors.of_nodes(nodes))`; then `NodeVectors(folder, catalog).select(countries=("Tajikistan",))`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rightsdesk.domain import DocumentInfo
from vectorstore.nodes import doc_of

if TYPE_CHECKING:
    from llama_index.core.schema import TextNode
    from numpy.typing import NDArray

VECTORS = "vectors.npy"
IDS = "vector_ids.npy"
LAYOUT = "vectors.json"


def _normalised(matrix: NDArray[np.float32]) -> NDArray[np.float32]:
    """Rows scaled to unit length, as Chroma's cosine space stores them."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1, norms)).astype(np.float32)


class NodeVectors:
    """The nodes' vectors of one index version, searched exactly within a filter."""

    def __init__(self, folder: Path, catalog: Sequence[DocumentInfo]) -> None:
        layout = json.loads((folder / LAYOUT).read_text())
        self._spans: dict[str, tuple[int, int]] = {
            k: (a, b) for k, (a, b) in layout["docs"].items()
        }
        self._vectors: NDArray[np.float32] = np.load(folder / VECTORS, mmap_mode="r")
        self._ids: NDArray[np.bytes_] = np.load(folder / IDS, mmap_mode="r")
        self._docs = {d.id: d for d in catalog}
        self._by_country: dict[str, list[DocumentInfo]] = {}
        self._by_kind: dict[str, list[DocumentInfo]] = {}
        for d in catalog:
            self._by_country.setdefault(d.country, []).append(d)
            self._by_kind.setdefault(d.kind, []).append(d)

    @staticmethod
    def write(
        folder: Path, ids: Sequence[str], doc_ids: Sequence[str], vectors: NDArray[np.float32]
    ) -> None:
        """Write the vectors (row i is node `ids[i]` of document `doc_ids[i]`), grouped by document."""
        order = sorted(range(len(ids)), key=lambda i: (doc_ids[i], i))
        spans: dict[str, list[int]] = {}
        for row, i in enumerate(order):
            spans.setdefault(doc_ids[i], [row, row])[1] = row + 1
        matrix = (
            np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1)[order]
            if ids
            else np.zeros((0, 0), dtype=np.float32)
        )
        np.save(folder / VECTORS, _normalised(matrix))
        names = [ids[i].encode() for i in order]
        width = max((len(b) for b in names), default=1)
        np.save(folder / IDS, np.array(names, dtype=f"S{width}"))
        (folder / LAYOUT).write_text(json.dumps({"docs": spans}))

    @staticmethod
    def of_nodes(
        nodes: Sequence[TextNode],
    ) -> tuple[list[str], list[str], NDArray[np.float32]]:
        """(ids, doc ids, vectors) of nodes that carry their embeddings, for `write`."""
        missing = [n.node_id for n in nodes if n.embedding is None]
        if missing:
            raise ValueError(f"nodes without an embedding, e.g. {missing[0]}")
        vectors = np.array([n.embedding for n in nodes], dtype=np.float32)
        ids = [n.node_id for n in nodes]
        return ids, [doc_of(i) for i in ids], vectors

    def select(
        self,
        countries: Iterable[str] = (),
        doc_ids: Iterable[str] = (),
        kinds: Iterable[str] = (),
    ) -> Selection | None:
        """The nodes passing the filter (an AND of IN-lists, like Chroma's `where`); None when
        nothing narrows it (every node)."""
        cs, ids, ks = set(countries), set(doc_ids), set(kinds)
        if ids:
            docs = [self._docs[i] for i in ids if i in self._docs]
            docs = [d for d in docs if not cs or d.country in cs]
        elif cs:
            docs = [d for c in cs for d in self._by_country.get(c, [])]
        elif ks:
            docs = [d for k in ks for d in self._by_kind.get(k, [])]
        else:
            return None
        spans = sorted(
            self._spans[d.id] for d in docs if (not ks or d.kind in ks) and d.id in self._spans
        )
        merged: list[tuple[int, int]] = []
        for a, b in spans:  # the copies of a document sit side by side: few, long spans
            if merged and merged[-1][1] == a:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return Selection(tuple(merged))

    def search(
        self, embedding: Sequence[float], rows: Selection, top_k: int
    ) -> list[tuple[str, float]]:
        """The `top_k` nearest of `rows` to `embedding`: (node id, cosine distance), nearest first."""
        if not len(rows):
            return []
        query = _normalised(np.asarray([embedding], dtype=np.float32))[0]
        # span by span: slices of the memory map, never a copy of the selected vectors
        distances = np.concatenate([1.0 - self._vectors[a:b] @ query for a, b in rows.spans])
        index = np.concatenate([np.arange(a, b) for a, b in rows.spans])
        k = min(top_k, len(index))
        best = np.argpartition(distances, k - 1)[:k] if k < len(index) else np.arange(len(index))
        best = best[np.lexsort((index[best], distances[best]))]  # nearest first; ties by row
        return [(self._ids[index[i]].decode(), float(distances[i])) for i in best]

    def cosines(self, embedding: Sequence[float], keys: Iterable[str]) -> dict[str, float]:
        """Cosine similarity of each unit (`doc::number`, its windows' best) to `embedding`:
        found in its document's span of rows, so the cost follows the units asked about."""
        query = _normalised(np.asarray([embedding], dtype=np.float32))[0]
        out: dict[str, float] = {}
        by_doc: dict[str, list[str]] = {}
        for key in keys:
            by_doc.setdefault(doc_of(key), []).append(key)
        for doc_id, wanted in by_doc.items():
            if doc_id not in self._spans:
                continue
            a, b = self._spans[doc_id]
            names = [n.decode().split("#", 1)[0] for n in self._ids[a:b]]
            want = set(wanted)
            rows = [a + i for i, n in enumerate(names) if n in want]
            if not rows:
                continue
            sims = self._vectors[rows] @ query
            for row, sim in zip(rows, sims, strict=True):
                key = names[row - a]
                out[key] = max(out.get(key, -1.0), float(sim))
        return out


@dataclass(frozen=True)
class Selection:
    """Rows of the vectors' file, as sorted half-open spans."""

    spans: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return sum(b - a for a, b in self.spans)
