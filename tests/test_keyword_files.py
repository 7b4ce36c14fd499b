"""The keyword index and documents kept beside an index version: same results, rebuilt when stale."""

from __future__ import annotations

import shutil
from pathlib import Path

from rightsdesk.settings import Settings


def _top_keys(snapshot: object, questions: list[str]) -> list[list[str]]:
    from assistant.retrieval import Filters

    retriever = snapshot.retriever  # type: ignore[attr-defined]
    return [
        [h.key for h in retriever.search(q, Filters(), use_dense=False)[:10]] for q in questions
    ]


def test_persisted_index_matches_rebuilt_on_gold(indexed_settings: Settings) -> None:
    from assistant.snapshot import load_snapshot
    from assistant.text import terms
    from evals.gold import load_gold
    from rightsdesk.app import build_store, embed_model
    from vectorstore.embeddings import embed_model_id

    store = build_store(indexed_settings)
    state = store.require_state()
    assert (store.files.path(state) / "meta.json").is_file()  # written by the ingest
    model, model_id = embed_model(indexed_settings), embed_model_id(indexed_settings.embed_model)
    persisted = load_snapshot(store, model, model_id)
    rebuilt = load_snapshot(store, model, model_id, persisted=False)
    questions = [g.question for g in load_gold()]
    assert _top_keys(persisted, questions) == _top_keys(rebuilt, questions)
    assert persisted.corpus.docs == rebuilt.corpus.docs
    assert persisted.corpus.all_documents() == rebuilt.corpus.all_documents()
    assert len(persisted.corpus) == len(rebuilt.corpus)
    words = {t for q in questions for t in terms(q)} | {"#children", "unheard-of"}
    assert {t: persisted.corpus.idf(t) for t in words} == {t: rebuilt.corpus.idf(t) for t in words}


def test_missing_or_stale_files_are_rebuilt(indexed_settings: Settings) -> None:
    from assistant.snapshot import load_snapshot
    from rightsdesk.app import build_store, embed_model
    from vectorstore.embeddings import embed_model_id

    store = build_store(indexed_settings)
    state = store.require_state()
    folder = store.files.path(state)
    model, model_id = embed_model(indexed_settings), embed_model_id(indexed_settings.embed_model)

    shutil.rmtree(folder)  # missing: rebuilt from Chroma and written again
    assert store.files.load(state) is None
    snap = load_snapshot(store, model, model_id)
    assert (folder / "meta.json").is_file() and len(snap.corpus) > 0

    stale = state.model_copy(update={"node_count": state.node_count + 1})
    assert store.files.load(stale) is None  # another version's content is never read

    (folder / "meta.json").write_text('{"format": 0}')  # an older format: rebuilt
    assert store.files.load(state) is None
    load_snapshot(store, model, model_id)
    assert store.files.load(state) is not None


def test_ingest_keeps_only_the_active_version_files(indexed_settings: Settings) -> None:
    from rightsdesk.app import build_ingestor, build_store

    store = build_store(indexed_settings)
    first = store.require_state()
    build_ingestor(indexed_settings).remove([Path(sorted(first.files)[0])])
    new = store.require_state()
    folders = [p.name for p in store.files.root.iterdir()]
    assert folders == [store.files.path(new).name]
