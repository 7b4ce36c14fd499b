"""The composition root: the one place that builds stores, models and the assistant.

Nothing here runs on import; every builder takes the settings object explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rightsdesk.settings import Settings

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from assistant.background import BackgroundAssistant
    from assistant.service import Assistant
    from assistant.snapshot import IndexSnapshot
    from ingest.pipeline import Ingestor, Progress
    from ingest.upload import Uploader
    from vectorstore.store import ChromaStore


def build_store(settings: Settings) -> ChromaStore:
    """The Chroma store the settings point at (embedded folder or server)."""
    from vectorstore.store import ChromaStore

    return ChromaStore(settings)


_MODELS: dict[str, BaseEmbedding] = {}


def embed_model(settings: Settings) -> BaseEmbedding:
    """The embedding model, loaded once per process for a given model spec and backend."""
    from vectorstore.embeddings import embed_model_id, load_embed_model

    key = f"{embed_model_id(settings.embed_model)}|{settings.embed_backend}"
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
    from assistant.selector import EvidenceSelector, SelectorConfig
    from assistant.service import Assistant
    from assistant.snapshot import load_snapshot
    from vectorstore.embeddings import embed_model_id

    store = build_store(settings)
    model = embed_model(settings)
    model_id = embed_model_id(settings.embed_model)

    def load() -> IndexSnapshot:
        return load_snapshot(store, model, model_id)

    snap = load()
    selector = EvidenceSelector(
        snap.corpus, snap.retriever, model, SelectorConfig.for_model(model_id), store.guard
    )
    llm = None
    if settings.llm_enabled:
        from assistant.llm import LLMAnswerer

        llm = LLMAnswerer.from_settings(settings)
    return Assistant(snap.corpus, selector, llm, settings.max_question_chars, snap.version, load)


def start_assistant(
    settings: Settings, build: Callable[[Settings], Assistant] | None = None
) -> BackgroundAssistant:
    """The assistant, built by `build_assistant` in a background thread (the web page serves
    meanwhile); `build` stands in for it (tests slow it down)."""
    from assistant.background import BackgroundAssistant

    make = build or build_assistant
    return BackgroundAssistant(lambda: make(settings)).start()


def build_uploader(
    settings: Settings, assistant: Assistant | BackgroundAssistant | None = None
) -> Uploader:
    """Adds and removes documents from the web UI; the assistant reloads after each change."""
    from ingest.upload import Uploader

    return Uploader(
        settings.uploads_dir,
        build_store(settings),
        lambda progress: build_ingestor(settings, progress),
        on_change=assistant.reload if assistant is not None else None,
    )
