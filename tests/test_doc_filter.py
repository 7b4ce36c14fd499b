"""The dense half of retrieval within named documents, on the real index: Chroma's LlamaIndex
adapter overwrites our `doc_id` metadata with the node's ref_doc_id, so a filter on it matched
nothing and every question naming a document was answered by keywords alone."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.retrieval import Filters

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "filters",
    [
        Filters(doc_ids=("crc-opsc-tkm-co-1",)),
        Filters(countries=("Turkmenistan",), doc_ids=("crc-opsc-tkm-co-1",)),
        Filters(doc_ids=("crc-opsc-tkm-co-1", "tjk-npa-2018-opsc")),
    ],
)
def test_a_document_filter_keeps_the_dense_signal(assistant_session: Any, filters: Filters) -> None:
    selector = assistant_session.selector
    embedding = selector.embed_model.get_query_embedding("illegal adoption of children")
    hits = selector.retriever.search("", filters, embedding, use_keyword=False)
    assert hits, "the dense search found nothing within the documents"
    assert {h.key.split("::")[0] for h in hits} <= set(filters.doc_ids)
    assert all(h.dense > 0 and h.sources == ("dense",) for h in hits)
