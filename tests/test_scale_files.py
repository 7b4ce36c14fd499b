"""The files that keep start-up and filtered search from growing with the corpus: the document
shelf (documents read on demand), the term counts, and the node vectors searched exactly."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rightsdesk.settings import Settings


def test_shelf_round_trip_and_term_counts(tmp_path: Path) -> None:
    from assistant.corpus import InMemory
    from tests.test_corpus_parsing import corpus
    from vectorstore.shelf import DocumentShelf

    docs = list(corpus().values())
    DocumentShelf.write(tmp_path, docs)
    shelf = DocumentShelf(tmp_path)
    assert [d.id for d in shelf.catalog()] == sorted(d.id for d in docs)
    for doc in docs:
        assert shelf.load(doc.id) == doc
        assert shelf.lead(doc.id) == (doc.paragraphs[0].text if doc.paragraphs else "")
    assert shelf.term_counts() == InMemory(docs).term_counts()
    with pytest.raises(KeyError):
        shelf.load("no-such-document")


def test_corpus_reads_only_the_documents_a_question_needs(
    indexed_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rightsdesk.app import build_assistant
    from vectorstore.shelf import DocumentShelf

    read: list[str] = []
    load = DocumentShelf.load

    def counting(self: DocumentShelf, doc_id: str) -> object:
        read.append(doc_id)
        return load(self, doc_id)

    monkeypatch.setattr(DocumentShelf, "load", counting)
    assistant = build_assistant(indexed_settings)
    assert read == []  # start-up: the catalog and the term counts only
    answer = assistant.ask("What did the committee say about the helpline in Turkmenistan?")
    assert not answer.abstained
    assert {assistant.corpus.docs[d].country for d in read} == {"Turkmenistan"}
    assistant.ask("What did the committee say about the helpline in Turkmenistan?")
    assert len(read) == len(set(read))  # each document is read once


def test_exact_search_matches_chroma_within_a_filter(indexed_settings: Settings) -> None:
    """The vectors kept beside the index give Chroma's distances, and neighbours at least as
    near as Chroma's filtered graph search finds (which misses one now and then)."""
    from llama_index.core.schema import QueryBundle

    from assistant.retrieval import Filters
    from evals.gold import load_gold
    from rightsdesk.app import build_assistant

    assistant = build_assistant(indexed_settings)
    retriever = assistant.selector.retriever
    vectors = retriever._vectors
    assert vectors is not None
    filters = [
        Filters(countries=("Tajikistan",)),
        Filters(countries=("Kazakhstan", "Turkmenistan")),
        Filters(countries=("Tajikistan",), kinds=("national_plan",)),
        Filters(kinds=("special_rapporteur_report",)),
    ]
    same = total = 0
    for gold in load_gold()[:40]:
        embedding = assistant.selector.embed_model.get_query_embedding(gold.question)
        bundle = QueryBundle(query_str=gold.question, embedding=embedding)
        for f in filters:
            found = retriever._index.as_retriever(
                similarity_top_k=20, filters=f.to_llama()
            ).retrieve(bundle)
            chroma = {n.node.node_id: -math.log(n.score or 1e-9) for n in found}
            rows = vectors.select(f.countries, (), f.kinds)
            assert rows is not None
            exact = vectors.search(embedding, rows, 20)
            assert len(exact) == len(chroma)
            for node_id, distance in exact:  # the same distance for the same node
                if node_id in chroma:
                    assert distance == pytest.approx(chroma[node_id], abs=1e-5)
            for (_, nearest), farthest in zip(exact, sorted(chroma.values()), strict=True):
                assert nearest <= farthest + 1e-5  # never a nearer node than Chroma's missed
            same += [i for i, _ in exact] == list(chroma)
            total += 1
    assert same >= 0.9 * total


def test_vector_selection_is_an_and_of_in_lists(tmp_path: Path) -> None:
    import numpy as np

    from rightsdesk.domain import DocumentInfo
    from vectorstore.exact import NodeVectors

    def info(doc_id: str, country: str, kind: str) -> DocumentInfo:
        return DocumentInfo(
            id=doc_id,
            symbol=None,
            title=doc_id,
            body="b",
            country=country,
            year=None,
            kind=kind,  # type: ignore[arg-type]
            short_name=doc_id,
        )

    catalog = [
        info("a", "Tajikistan", "concluding_observations"),
        info("a-x1", "Mongolia-1", "concluding_observations"),
        info("b", "Tajikistan", "national_plan"),
    ]
    ids = ["b::1", "a::1", "a-x1::1", "a::2", "b::2#w1"]
    vectors = np.eye(5, 4, dtype=np.float32) + 0.1
    NodeVectors.write(tmp_path, ids, [i.split("::")[0] for i in ids], vectors)
    nv = NodeVectors(tmp_path, catalog)

    def nodes(**kw: tuple[str, ...]) -> set[str] | None:
        rows = nv.select(**kw)
        return None if rows is None else {i for i, _ in nv.search([1, 0, 0, 0], rows, 10)}

    assert nodes() is None
    assert nodes(countries=("Tajikistan",)) == {"a::1", "a::2", "b::1", "b::2#w1"}
    assert nodes(countries=("Tajikistan",), kinds=("national_plan",)) == {"b::1", "b::2#w1"}
    assert nodes(kinds=("concluding_observations",)) == {"a::1", "a::2", "a-x1::1"}
    assert nodes(doc_ids=("a-x1",), countries=("Tajikistan",)) == set()
    assert nodes(countries=("Atlantis",)) == set()
    rows = nv.select(countries=("Tajikistan",))
    assert rows is not None
    [(nearest, distance)] = nv.search([1, 0, 0, 0], rows, 1)
    assert nearest == "b::1"
    assert distance == pytest.approx(1 - 1.1 / np.sqrt(1.21 + 0.03), abs=1e-6)  # float32
    # a unit's cosine by key, its windows' best, read from its own document's rows only
    near = nv.cosines([1, 0, 0, 0], ["b::1", "b::2", "a-x1::1", "zz::1"])
    assert set(near) == {"b::1", "b::2", "a-x1::1"}  # an unknown document is skipped
    assert near["b::1"] == pytest.approx(1 - distance, abs=1e-6)
    assert near["b::1"] > near["b::2"]  # b::2's only window points elsewhere
