"""The composition root: the one place that builds stores, models and the assistant.

Nothing here runs on import; every builder takes the settings object explicitly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rightsdesk.settings import Settings

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from assistant.service import Assistant
    from ingest.pipeline import Ingestor, Progress
    from vectorstore.store import ChromaStore


def build_store(settings: Settings) -> ChromaStore:
    """The Chroma store the settings point at (embedded folder or server)."""
    from vectorstore.store import ChromaStore

    return ChromaStore(settings)


_MODELS: dict[str, BaseEmbedding] = {}


def embed_model(settings: Settings) -> BaseEmbedding:
    """The embedding model, loaded once per process for a given model spec."""
    from vectorstore.embeddings import embed_model_id, load_embed_model

    key = embed_model_id(settings.embed_model)
    if key not in _MODELS:
        _MODELS[key] = load_embed_model(settings)
    return _MODELS[key]


def build_ingestor(settings: Settings, progress: Progress | None = None) -> Ingestor:
    """An ingestor writing into the configured store."""
    from ingest.pipeline import Ingestor
    from vectorstore.embeddings import embed_model_id

    return Ingestor(
        build_store(settings),
        embed_model_id(settings.embed_model),
        lambda: embed_model(settings),
        progress=progress,
    )


def build_assistant(settings: Settings) -> Assistant:
    """The assistant over the active index: documents, hybrid retrieval, the evidence selector
    with its model's constants, and the LLM when one is configured."""
    from llama_index.core import VectorStoreIndex

    from assistant.corpus import Corpus
    from assistant.retrieval import HybridRetriever, build_bm25
    from assistant.selector import EvidenceSelector, SelectorConfig
    from assistant.service import Assistant
    from vectorstore.embeddings import embed_model_id

    store = build_store(settings)
    model = embed_model(settings)
    model_id = embed_model_id(settings.embed_model)
    state = store.require_state(model_id)
    corpus = Corpus(store.documents(state))
    index = VectorStoreIndex.from_vector_store(store.vector_store(state), embed_model=model)
    retriever = HybridRetriever(index, build_bm25(store.nodes(state)))
    selector = EvidenceSelector(
        corpus, retriever, model, SelectorConfig.for_model(model_id), store.guard
    )
    llm = None
    if settings.llm_enabled:
        from assistant.llm import LLMAnswerer

        llm = LLMAnswerer.from_settings(settings)
    return Assistant(corpus, selector, llm, settings.max_question_chars, state.version)
