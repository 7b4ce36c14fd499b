"""The page comes up before the model and the index have loaded: a question asked meanwhile
is told so (in its language), a failed load says why, and answers follow once loaded.

The real app on 127.0.0.1, driven through HTTP and gradio_client; the load is slowed by a
builder that waits for the test before calling the real `build_assistant`."""

from __future__ import annotations

import shutil
import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from assistant.background import UNEXPECTED, BackgroundAssistant
from rightsdesk.errors import IndexLoadFailed, IndexLoading, IndexNotFound
from rightsdesk.settings import Settings
from tests.conftest import make_settings
from tests.test_web import ROMA
from vectorstore.server import free_port

RUSSIAN = "Что Комитет сказал о детях рома в Таджикистане?"


@contextmanager
def serving(settings: Settings, build: Callable[[Settings], Any]) -> Iterator[str]:
    """`rightsdesk serve`'s app with `build` in place of `build_assistant`, not waiting for
    it: the page's URL."""
    from rightsdesk.web.server import launch

    port = free_port()
    demo = launch(settings, "127.0.0.1", port, block=False, wait=False, build=build)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


def _chat(client: Any, question: str) -> str:
    chat, *_ = client.predict(question, [], "All", "All", None, api_name="/chat")
    return str(chat[-1]["content"])


@pytest.mark.slow
def test_page_answers_before_the_index_has_loaded(indexed_dir: Path, tmp_path: Path) -> None:
    from gradio_client import Client

    from rightsdesk.app import build_assistant

    shutil.copytree(indexed_dir, tmp_path / "index")
    gate, built = threading.Event(), threading.Event()

    def slow(settings: Settings) -> Any:
        gate.wait(timeout=90)  # the test opens it; a server that waited for this would stall
        assistant = build_assistant(settings)
        built.set()
        return assistant

    with serving(make_settings(tmp_path / "index"), slow) as url:
        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200 and b"Rights Desk" in page.read()
        client = Client(url, verbose=False)
        loading = _chat(client, ROMA)
        assert "still loading; try again in a few seconds" in loading, loading
        ask = client.predict(RUSSIAN, [], api_name="/ask")
        assert ask["abstained"] and "Индекс ещё загружается" in ask["answer"], ask
        assert "Traceback" not in loading + ask["answer"]
        assert not built.is_set()  # all of the above while the model had not loaded

        gate.set()
        assert built.wait(timeout=120)
        answer = _chat(client, ROMA)
        assert "CRC/C/OPSC/TJK/CO/1, para. 24" in answer and "loading" not in answer
        assert ("crc-opsc-tjk-co-1", "24") in {
            (c["doc_id"], c["paragraph"])
            for c in client.predict(ROMA, [], api_name="/ask")["citations"]
        }


@pytest.mark.slow
def test_page_says_why_the_index_did_not_load(tmp_path: Path) -> None:
    from gradio_client import Client

    from rightsdesk.app import build_assistant

    with serving(make_settings(tmp_path / "empty"), build_assistant) as url:
        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200
        client = Client(url, verbose=False)
        said = _chat(client, ROMA)
        assert "The index could not be loaded: No index in" in said, said
        assert "run `rightsdesk ingest` first" in said
        ask = client.predict(RUSSIAN, [], api_name="/ask")
        assert "Не удалось загрузить индекс: Индекс не найден" in ask["answer"], ask


class _Loaded:
    """Stands in for an Assistant: what `BackgroundAssistant` reads of it."""

    corpus = object()

    def __init__(self) -> None:
        self.reloads = 0

    def reload(self) -> bool:
        self.reloads += 1
        return True


def test_background_assistant_states() -> None:
    gate = threading.Event()
    loaded = _Loaded()

    def build() -> Any:
        gate.wait(timeout=30)
        return loaded

    loading = BackgroundAssistant(build).start()
    with pytest.raises(IndexLoading, match="still loading"):
        loading.get()
    assert not loading.ready and isinstance(loading.problem(), IndexLoading)
    assert loading.corpus.docs == {}
    gate.set()
    got: Any = loading.wait(timeout=30)
    assert got is loaded and loading.problem() is None
    assert loading.corpus is loaded.corpus
    assert loading.reload() and loaded.reloads == 1


def test_a_failed_load_says_why_and_is_tried_again_on_reload(tmp_path: Path) -> None:
    attempts: list[int] = []

    def build() -> Any:
        attempts.append(1)
        if len(attempts) == 1:
            raise IndexNotFound(str(tmp_path))
        return _Loaded()

    loading = BackgroundAssistant(build).start()
    with pytest.raises(IndexLoadFailed, match=r"No index in .*rightsdesk ingest"):
        loading.wait(timeout=30)
    assert loading.reload() and loading.ready  # a first upload made the index
    assert len(attempts) == 2


def test_an_unexpected_failure_is_not_shown() -> None:
    def build() -> Any:
        raise KeyError("/secret/path")

    with pytest.raises(IndexLoadFailed) as failed:
        BackgroundAssistant(build).start().wait(timeout=30)
    assert failed.value.reason == UNEXPECTED and "secret" not in str(failed.value)


@pytest.mark.slow
@pytest.mark.browser
def test_the_page_shows_the_load_and_then_answers(indexed_dir: Path, tmp_path: Path) -> None:
    """In Chromium: the line under the question box says the index is loading, a question
    asked then is told so, and once it has loaded the line says so by itself (the page's
    timer) and the next question is answered."""
    from rightsdesk.app import build_assistant
    from tests.test_web import chromium_browser, wait_ready

    shutil.copytree(indexed_dir, tmp_path / "index")
    gate = threading.Event()

    def slow(settings: Settings) -> Any:
        gate.wait(timeout=90)
        return build_assistant(settings)

    with serving(make_settings(tmp_path / "index"), slow) as url, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(url, wait_until="load")
        wait_ready(page)
        mode = page.locator("#mode-note")
        assert "still loading" in mode.inner_text()
        page.locator("#question textarea").fill(ROMA)
        page.locator("#ask-button").click()
        bot = page.locator('#chat [data-testid="bot"]')
        bot.last.get_by_text("still loading", exact=False).wait_for(timeout=30_000)
        gate.set()
        page.wait_for_function(
            "() => !document.querySelector('#mode-note').innerText.includes('loading')",
            timeout=120_000,
        )
        assert "extractive mode" in mode.inner_text()
        page.locator("#question textarea").fill(ROMA)
        page.locator("#ask-button").click()
        bot.last.locator(".cite-marker").first.wait_for(timeout=60_000)
        assert "Mughat and Lyuli" in bot.last.inner_text()
