"""The files that keep start-up from growing with the corpus: the document shelf (documents
read on demand) and the term counts."""

from __future__ import annotations

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
