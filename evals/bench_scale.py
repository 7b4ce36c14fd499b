"""Scale steps of the benchmark: the corpus grown 10x, 100x or 1000x, embedded and on a Chroma server.

Generated documents recombine the real paragraphs under other countries and symbols, so the
text stays realistic; their vectors are copied from the source paragraphs (see `bench`).
The previous start-up path is measured up to `OLD_PATH_MAX` only (see there).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rightsdesk.domain import Document
from rightsdesk.settings import Settings

# The previous start-up path reads every node back from Chroma and builds everything in
# Python: 15.9-17.1 s of index load and 1.3-1.6 GiB at 100x, growing with the units. The same
# rebuild of a 1000x version (what a new app machine's first start does) took 425 s and
# 8.3 GiB here, beside a Chroma server holding the index: not worth a bench run.
OLD_PATH_MAX = 100
OLD_PATH_SKIPPED = (
    f"not run above {OLD_PATH_MAX}x: it reads back and rebuilds every node in one process "
    "(1.3-1.6 GiB at 100x; the same rebuild at 1000x took 7 min and 8.3 GiB)"
)
COUNTRIES = [
    "Armenia",
    "Azerbaijan",
    "Belarus",
    "Georgia",
    "Kyrgyzstan",
    "Mongolia",
    "Moldova",
    "Uzbekistan",
    "Ukraine",
    "Albania",
    "Serbia",
    "Bosnia and Herzegovina",
    "Montenegro",
    "North Macedonia",
    "Afghanistan",
    "Pakistan",
    "Iran",
    "Iraq",
    "Jordan",
    "Lebanon",
]


def grow(documents: list[Document], factor: int, seed: int = 7) -> list[Document]:
    """`factor` copies of the corpus: the originals, then recombinations under new countries and symbols."""
    rng = random.Random(seed)
    out = list(documents)
    for i in range(1, factor):
        for doc in documents:
            country = f"{rng.choice(COUNTRIES)}-{i}"
            new_id = f"{doc.id}-x{i}"
            paras = tuple(
                p.model_copy(update={"doc_id": new_id, "implemented_by": ()})
                for p in doc.paragraphs
            )
            rows = tuple(
                r.model_copy(update={"doc_id": new_id, "implements": ()}) for r in doc.rows
            )
            out.append(
                doc.model_copy(
                    update={
                        "id": new_id,
                        "country": country,
                        "symbol": f"{doc.symbol}/X{i}" if doc.symbol else None,
                        "short_name": f"{doc.short_name} [{country}]",
                        "paragraphs": paras,
                        "rows": rows,
                        "implements": None,
                    }
                )
            )
    return out


def _build(settings: Settings, source: Any, factor: int) -> tuple[int, float]:
    """Commit a grown index whose vectors are copied from the source nodes; (units, seconds)."""
    from rightsdesk.app import build_store
    from vectorstore.embeddings import embed_model_id
    from vectorstore.nodes import document_nodes

    src_store = build_store(source)
    state = src_store.require_state()
    vectors: dict[str, list[float]] = {}
    col = src_store._collection(state.collection(src_store.prefix))
    got = col.get(include=["embeddings"])
    embeddings = got["embeddings"]
    assert embeddings is not None
    for node_id, emb in zip(got["ids"], embeddings, strict=True):  # ids: doc::number[#wN]
        vectors[node_id] = [float(x) for x in emb]
    docs = grow(src_store.documents(state), factor)
    nodes = []
    for doc in docs:
        base = doc.id.split("-x")[0]
        for node in document_nodes(doc):
            node.embedding = vectors[f"{base}::{node.node_id.split('::', 1)[1]}"]
            nodes.append(node)
    t0 = time.perf_counter()
    store = build_store(settings)
    state = store.commit(None, {}, embed_model_id(settings.embed_model), docs, nodes)
    if settings.chroma_host:  # the app machine's local cache, as its first start leaves it
        store.files.write(state, docs, nodes)
    return sum(len(d.paragraphs) + len(d.rows) for d in docs), time.perf_counter() - t0


def measure_scale(
    work: Path,
    assistant: Any,
    questions: list[tuple[str, list[dict[str, str]]]],
    log: Callable[[str], None],
    sizes: list[int] | None = None,
    modes: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Start-up and query latency at each size (default 10x and 100x), embedded and on a
    real `chroma run`; start-up also on the previous path (torch, keyword index rebuilt)."""
    from evals.bench import _query_stats, _settings, cold_start, cold_start_rebuild
    from rightsdesk.app import build_assistant
    from vectorstore.server import ChromaServer

    source = _settings(work / "index")
    results = []
    for factor in sizes or [10, 100]:
        for mode in modes or ["embedded", "server"]:
            log(f"scale {factor}x, {mode}: building the index...")
            server = ChromaServer(work / f"server-{factor}").start() if mode == "server" else None
            try:
                extra = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": server.port} if server else {}
                settings = _settings(work / f"index-{factor}-{mode}", **extra)
                units, write_s = _build(settings, source, factor)
                log(f"scale {factor}x, {mode}: cold start in a fresh process...")
                cold, parts = cold_start(settings.data_dir, **{k: str(v) for k, v in extra.items()})
                rss = parts.pop("peak_rss_mib")
                row: dict[str, Any] = {
                    "factor": factor,
                    "mode": mode,
                    "units": units,
                    "write_s": write_s,
                    "cold_start_s": cold,
                    "cold_start_parts_s": parts,
                    "peak_rss_mib": rss,
                }
                if factor <= OLD_PATH_MAX:
                    log(f"scale {factor}x, {mode}: cold start, previous path...")
                    env = {k: str(v) for k, v in extra.items()}
                    old, old_parts = cold_start_rebuild(
                        settings.data_dir, work / f"old-{factor}-{mode}", **env
                    )
                    row["old_peak_rss_mib"] = old_parts.pop("peak_rss_mib")
                    row |= {"old_cold_start_s": old, "old_cold_start_parts_s": old_parts}
                else:
                    row["old_cold_start_skipped"] = OLD_PATH_SKIPPED
                t0 = time.perf_counter()
                scaled = build_assistant(settings)
                row["load_s"] = time.perf_counter() - t0
                log(f"scale {factor}x, {mode}: {units} units; querying...")
                row["query_ms"] = _query_stats(scaled, questions)
                del scaled
                results.append(row)
            finally:
                if server:
                    server.stop()
    return results
