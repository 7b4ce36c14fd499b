"""Server mode: the same code against a real `chroma run`, down and back up mid-session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rightsdesk.app import build_assistant, build_ingestor, build_store
from rightsdesk.errors import StoreUnavailable
from tests.conftest import make_settings
from vectorstore.server import ChromaServer

pytestmark = pytest.mark.slow
QUESTION = "What does the committee say about street children and ethnic minorities in Kazakhstan?"
UNSCOPED = "What does the committee say about street children and ethnic minorities?"


@pytest.fixture
def kaz_folder(corpus_copy: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "kaz"
    folder.mkdir()
    shutil.copy(corpus_copy / "crc-opsc-kaz-co-1_kazakhstan_2006.txt", folder)
    shutil.copy(corpus_copy / "manifest.json", folder)
    return folder


def test_ingest_ask_outage_and_recovery(kaz_folder: Path, tmp_path: Path) -> None:
    server = ChromaServer(tmp_path / "chroma-server").start()
    try:
        settings = make_settings(
            tmp_path / "unused", CHROMA_HOST="127.0.0.1", CHROMA_PORT=server.port
        )
        report = build_ingestor(settings).ingest([kaz_folder])
        assert not report.errors and report.paragraphs == 32
        assert not (tmp_path / "unused").exists()  # nothing written locally in server mode

        assistant = build_assistant(settings)
        answer = assistant.ask(QUESTION)
        assert not answer.abstained and answer.notice is None
        assert ("crc-opsc-kaz-co-1", "25") in {(c.doc_id, c.paragraph) for c in answer.citations}

        server.stop()
        # a country's question is answered in full from the local files (exact dense search)
        down = assistant.ask(QUESTION)
        assert down.notice is None and down.citations == answer.citations
        # one that needs Chroma's index: no exception, a notice and a keyword-only answer
        unscoped = assistant.ask(UNSCOPED)
        assert unscoped.notice and "unavailable" in unscoped.notice
        assert ("crc-opsc-kaz-co-1", "25") in {(c.doc_id, c.paragraph) for c in unscoped.citations}
        with pytest.raises(StoreUnavailable, match="chroma run"):
            build_store(settings).require_state()

        server.start()  # same port, same data: the session recovers by itself
        back = assistant.ask(UNSCOPED)
        assert back.notice is None and not back.abstained
    finally:
        server.stop()
