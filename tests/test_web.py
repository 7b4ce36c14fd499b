"""The running web app, driven through gradio_client and through a real headless Chromium."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.export import markdown_to_docx
from assistant.present import conversation_markdown
from rightsdesk.settings import PROJECT_ROOT, Settings
from vectorstore.server import free_port

pytestmark = pytest.mark.slow
ROMA = "What did the committee say about Roma children in Tajikistan?"


@pytest.fixture(scope="module")
def app_url(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app on 127.0.0.1 over a copy of the session index."""
    from rightsdesk.web.server import launch
    from tests.conftest import make_settings

    copy = tmp_path_factory.mktemp("web") / "index"
    shutil.copytree(indexed_dir, copy)
    port = free_port()
    demo = launch(make_settings(copy), "127.0.0.1", port, block=False)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


def _cited(result: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["doc_id"], c["paragraph"]) for c in result["citations"]}


def test_api_ask_follow_up_and_errors(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    first = client.predict(ROMA, [], api_name="/ask")
    assert {("crc-opsc-tjk-co-1", "24"), ("crc-opsc-tjk-co-1", "25")} <= _cited(first)
    assert first["mode"] == "extractive" and not first["abstained"]
    assert set(first) >= {
        "id",
        "question",
        "answer",
        "abstained",
        "mode",
        "citations",
        "timings_ms",
    }
    history = [{"role": "user", "content": ROMA}, {"role": "assistant", "content": first["answer"]}]
    follow = client.predict("And what about Turkmenistan?", history, api_name="/ask")
    assert ("crc-opsc-tkm-co-1", "24") in _cited(follow)
    assert all(doc == "crc-opsc-tkm-co-1" for doc, _ in _cited(follow))
    empty = client.predict("", [], api_name="/ask")
    assert empty["abstained"] and "type a question" in empty["answer"].lower()
    huge = client.predict("x " * 50_000, [], api_name="/ask")
    assert "limit" in huge["answer"] and "Traceback" not in huge["answer"]


def test_api_abstains_outside_the_corpus(app_url: str) -> None:
    from gradio_client import Client

    result = Client(app_url, verbose=False).predict(
        "What did the committee say about Roma children in Brazil?", [], api_name="/ask"
    )
    assert result["abstained"] and result["citations"] == []


def test_exports_carry_full_references(assistant_session: Any, tmp_path: Path) -> None:
    import docx

    answer = assistant_session.ask(ROMA)
    md = conversation_markdown([answer])
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in md and ROMA in md
    path = markdown_to_docx(md, tmp_path / "out.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in text and "References" in text


@pytest.mark.browser
def test_browser_roma_question_citation_and_source_panel(app_url: str) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail(
            "Debian chromium is not installed: run `make browser` (scripts/install-chromium.sh)"
        )
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
                else None
            ),
        )
        page.goto(app_url, wait_until="load")
        page.locator("#question textarea").wait_for(timeout=60_000)
        page.locator("#question textarea").fill(ROMA)
        page.locator("#ask-button").click()
        chip = page.get_by_role("radio", name="CRC/C/OPSC/TJK/CO/1, para. 24").first
        chip.wait_for(timeout=60_000)
        assert "Mughat and Lyuli" in page.locator("#chat").inner_text()
        chip.check()
        page.locator("#source-panel").get_by_text("Mughat and Lyuli", exact=False).first.wait_for(
            timeout=30_000
        )
        panel = page.locator("#source-panel").inner_text()
        assert (
            "CRC/C/OPSC/TJK/CO/1, para. 24" in panel
            and "Programmes targeting particular groups" in panel
        )
        shot = PROJECT_ROOT / "docs" / "screenshot.png"
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot), full_page=False)
        browser.close()
    assert outside == [], f"the page fetched from outside 127.0.0.1: {outside[:5]}"


def test_auth_required_on_every_route(indexed_dir: Path, tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    from rightsdesk.web.server import launch
    from tests.conftest import make_settings

    copy = tmp_path / "index"
    shutil.copytree(indexed_dir, copy)
    port = free_port()
    settings: Settings = make_settings(copy, RIGHTSDESK_AUTH="trainer:s3cret")
    demo = launch(settings, "127.0.0.1", port, block=False)
    try:
        base = f"http://127.0.0.1:{port}"
        for route in (
            "/config",
            "/gradio_api/info",
            "/gradio_api/call/ask",
            "/gradio_api/file=/etc/passwd",
            "/gradio_api/queue/status",
        ):
            req = urllib.request.Request(base + route)
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(req, timeout=10)
            assert err.value.code in (401, 403, 404, 405), (route, err.value.code)
        from gradio_client import Client

        ok = Client(base + "/", auth=("trainer", "s3cret"), verbose=False).predict(
            ROMA, [], api_name="/ask"
        )
        assert ok["citations"]
    finally:
        demo.close()


def test_app_starts_with_threads(app_url: str) -> None:
    """Several users at once: the queue serves concurrent API calls, none mixed up."""
    from gradio_client import Client

    questions = {
        "kaz": (
            "What does the committee say about street children in Kazakhstan?",
            "crc-opsc-kaz-co-1",
        ),
        "tkm": (
            "What does the committee say about a helpline in Turkmenistan?",
            "crc-opsc-tkm-co-1",
        ),
        "tjk": (
            "What did the committee say about forced labour in the cotton harvest in Tajikistan?",
            "crc-opsc-tjk-co-1",
        ),
    }
    results: dict[str, dict[str, Any]] = {}

    def worker(key: str) -> None:
        q, _ = questions[key]
        results[key] = Client(app_url, verbose=False).predict(q, [], api_name="/ask")

    threads = [threading.Thread(target=worker, args=(k,)) for k in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for key, (question, doc_id) in questions.items():
        assert results[key]["question"] == question
        assert doc_id in {c["doc_id"] for c in results[key]["citations"]}
