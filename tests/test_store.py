"""The Chroma store: versions switch atomically, orphans go, models are never mixed."""

from __future__ import annotations

import pytest

from rightsdesk.domain import Document, Paragraph
from rightsdesk.errors import EmbeddingMismatch, IndexNotFound
from rightsdesk.settings import Settings
from vectorstore.nodes import document_nodes, node_id, unit_key, windows
from vectorstore.store import SEARCH_EF, ChromaStore, FileEntry


def _doc(doc_id: str, n: int, long: bool = False) -> Document:
    text = "word " * 400 if long else "The Committee recommends that the State party act."
    return Document(
        id=doc_id,
        symbol=doc_id.upper(),
        title="T",
        body="Committee",
        country="Tajikistan",
        year=2017,
        kind="concluding_observations",
        short_name=doc_id.upper(),
        paragraphs=tuple(
            Paragraph(doc_id=doc_id, number=str(i), text=f"{i}. {text}") for i in range(1, n + 1)
        ),
    )


def _nodes(docs: list[Document]) -> list:  # type: ignore[type-arg]
    nodes = [n for d in docs for n in document_nodes(d)]
    for i, node in enumerate(nodes):
        node.embedding = [float(i % 7), 1.0, 0.5]
    return nodes


def test_no_index_is_reported(settings: Settings) -> None:
    with pytest.raises(IndexNotFound, match="rightsdesk ingest"):
        ChromaStore(settings).require_state()


def test_commit_switches_version_and_removes_old(settings: Settings) -> None:
    store = ChromaStore(settings)
    docs = [_doc("a", 3)]
    s1 = store.commit(
        None, {"f": FileEntry(name="f", hash="h", doc_ids=["a"])}, "local:m", docs, _nodes(docs)
    )
    docs2 = [_doc("a", 3), _doc("b", 2)]
    s2 = store.commit(
        s1,
        {"f": FileEntry(name="f", hash="h2", doc_ids=["a", "b"])},
        "local:m",
        docs2,
        _nodes(docs2),
    )
    assert (s1.version, s2.version) == (1, 2)
    assert store.require_state().version == 2
    assert [d.id for d in store.documents(s2)] == ["a", "b"]
    names = {c.name for c in store.client().list_collections()}
    assert "rightsdesk_v1" not in names and "rightsdesk_v2" in names
    assert len(store.nodes(s2)) == 5


def test_interrupted_write_leaves_previous_version_usable(settings: Settings) -> None:
    store = ChromaStore(settings)
    docs = [_doc("a", 2)]
    s1 = store.commit(None, {}, "local:m", docs, _nodes(docs))
    # A killed ingest leaves a half-written next version behind, never pointed at.
    half = store.client().get_or_create_collection("rightsdesk_v2", embedding_function=None)
    half.add(ids=["x"], embeddings=[[1.0, 2.0, 3.0]], documents=["partial"])
    reopened = ChromaStore(settings)
    assert reopened.require_state().version == 1
    assert [d.id for d in reopened.documents(s1)] == ["a"]
    s2 = reopened.commit(s1, {}, "local:m", docs, _nodes(docs))
    assert s2.version == 2 and len(reopened.nodes(s2)) == 2  # the partial record is gone


def test_embedding_model_mismatch_refused(settings: Settings) -> None:
    store = ChromaStore(settings)
    docs = [_doc("a", 1)]
    store.commit(None, {}, "local:model-a", docs, _nodes(docs))
    with pytest.raises(EmbeddingMismatch, match="--reset"):
        store.require_state("local:model-b")


def test_long_paragraph_becomes_windows_of_one_unit() -> None:
    doc = _doc("a", 1, long=True)
    nodes = document_nodes(doc)
    assert len(nodes) == len(windows(doc.paragraphs[0].text)) > 1
    assert {unit_key(n.node_id) for n in nodes} == {node_id("a", "1")}
    assert all("Tajikistan" in n.get_content(metadata_mode="embed") for n in nodes)  # type: ignore[arg-type]


def test_a_corpus_larger_than_one_chroma_batch_is_written(settings: Settings) -> None:
    """Chroma refuses more than ~5,461 records in one write; a big corpus goes in batches."""
    store = ChromaStore(settings)
    limit = store.client().get_max_batch_size()
    docs = [_doc(f"d{i}", 100) for i in range(limit // 100 + 2)]
    nodes = _nodes(docs)
    assert len(nodes) > limit
    state = store.commit(None, {}, "local:m", docs, nodes)
    assert state.node_count == len(nodes)
    assert len(store.nodes(state)) == len(nodes)


def test_node_search_is_wide_for_new_and_older_collections(settings: Settings) -> None:
    """Chroma's default search breadth (100) missed true neighbours, and differently from one
    process to the next: a new version is written wider, an older one is widened on opening."""
    store = ChromaStore(settings)
    docs = [_doc("a", 3)]
    state = store.commit(
        None, {"f": FileEntry(name="f", hash="h", doc_ids=["a"])}, "local:m", docs, _nodes(docs)
    )
    col = store.client().get_collection(state.collection(store.prefix))
    assert col.configuration_json["hnsw"]["ef_search"] == SEARCH_EF
    col.modify(configuration={"hnsw": {"ef_search": 100}})  # as written before SEARCH_EF
    store.vector_store(state)
    again = store.client().get_collection(state.collection(store.prefix))
    assert again.configuration_json["hnsw"]["ef_search"] == SEARCH_EF
