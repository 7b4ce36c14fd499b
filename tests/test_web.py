"""The running web app, driven through gradio_client and through a real headless Chromium."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from assistant.export import markdown_to_docx
from assistant.present import conversation_markdown
from rightsdesk.settings import PROJECT_ROOT, Settings
from vectorstore.server import free_port

pytestmark = pytest.mark.slow
ROMA = "What did the committee say about Roma children in Tajikistan?"


@contextmanager
def chromium_browser() -> Iterator[Any]:
    """Debian's Chromium (installed by scripts/install-chromium.sh), headless, no background
    networking: the machine's closed network would refuse it anyway."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail(
            "Debian chromium is not installed: run `make browser` (scripts/install-chromium.sh)"
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield browser
        finally:
            browser.close()


def wait_ready(page: Any) -> None:
    """The page is up and its load event done (the browser has its id): a question asked
    before that would race the reopening of the last conversation."""
    page.locator("#question textarea").wait_for(timeout=60_000)
    page.wait_for_function(
        "() => localStorage.getItem('rightsdesk-browser') !== null", timeout=30_000
    )
    page.wait_for_timeout(300)


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


def test_chat_markers_sources_and_exports_through_the_ui_events(app_url: str) -> None:
    """The chat's own events (the ones the page fires), in one client session."""
    import docx
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    chat, source, mode, box, listed, md, word = client.predict(
        ROMA, [], "All", "All", None, api_name="/chat"
    )
    answer = str(chat[-1]["content"])
    assert chat[-1]["role"] == "assistant" and "para. 24" in answer
    assert "[1]" in answer and "[2]" in answer  # the markers the page turns into links
    assert "extractive mode" in mode and box == ""
    # the panel opens on the first citation of the answer, its quote marked
    assert source.startswith('<p class="panel-head">Source [1] of 3</p>')
    assert "### CRC/C/OPSC/TJK/CO/1, para. 24" in source
    assert "<mark>" in source and "Mughat and Lyuli" in source.split("<mark>")[1]
    # a client without a browser id or a login keeps nothing
    assert listed["choices"] == []

    # Opening marker [n] of the nth answer: the paragraph, its neighbours and plan links.
    panel = client.predict("0:1:1", chat, api_name="/open_source")
    assert "### CRC/C/OPSC/TJK/CO/1, para. 24" in panel
    assert "Before: CRC/C/OPSC/TJK/CO/1, para. 23" in panel
    assert "After: CRC/C/OPSC/TJK/CO/1, para. 25" in panel
    assert "Plan rows implementing this recommendation" not in panel  # 24 is the concern
    panel25 = client.predict("0:2:2", chat, api_name="/open_source")
    assert "Plan rows implementing this recommendation" in panel25
    assert "National Plan of Action 2018-2022 (OPSC), row" in panel25
    assert "Source [2] of 3" in panel25

    # The follow-up goes through the same session and sees the history.
    chat2, source2, *_, md2, word2 = client.predict(
        "And what about Turkmenistan?", chat, "All", "All", None, api_name="/chat"
    )
    assert len(chat2) == 4 and "CRC/C/OPSC/TKM/CO/1" in str(chat2[-1]["content"])
    assert "CRC/C/OPSC/TKM/CO/1" in source2
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in client.predict(
        "0:1:3", chat2, api_name="/open_source"
    )
    assert "CRC/C/OPSC/TKM/CO/1" in client.predict("1:1:4", chat2, api_name="/open_source")

    # Exports hold both turns with full references, named after the conversation, dated.
    path = Path(md2["value"])
    assert path.name.startswith("what-did-the-committee-say-about-roma-children-in-")
    text = path.read_text(encoding="utf-8")
    assert ROMA in text and "And what about Turkmenistan?" in text
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in text and "CRC/C/OPSC/TKM/CO/1" in text
    word_text = "\n".join(p.text for p in docx.Document(word2["value"]).paragraphs)
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in word_text
    assert "And what about Turkmenistan?" in word_text
    assert md["visible"] and word["visible"]


def test_briefing_and_its_exports_through_the_ui_events(app_url: str) -> None:
    import docx
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    with pytest.raises(Exception, match="Type a theme"):
        client.predict("  ", [], api_name="/briefing")
    view = client.predict("Roma children", ["Tajikistan"], api_name="/briefing")
    view = view[0] if isinstance(view, list | tuple) else view
    assert view.startswith("# Briefing: Roma children")
    assert "## Tajikistan — CRC/C/OPSC/TJK/CO/1" in view
    assert "| Concerns | Recommendations |" in view
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in view and "CRC/C/OPSC/TJK/CO/1, para. 25" in view
    assert "Turkmenistan" not in view and "Kazakhstan" not in view
    md = Path(client.predict(api_name="/export_briefing_markdown")).read_text(encoding="utf-8")
    assert md.strip() == view.strip()
    word = docx.Document(client.predict(api_name="/export_briefing_word"))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    texts = [p.text for p in word.paragraphs] + cells
    assert any("CRC/C/OPSC/TJK/CO/1, para. 25" in t for t in texts), texts[:20]


def test_no_route_serves_files_outside_the_app(app_url: str) -> None:
    """Without a login configured too: the source, the index, system files are not served."""
    import urllib.error
    import urllib.request

    base = app_url.rstrip("/")
    targets = [
        "/etc/passwd",
        str(PROJECT_ROOT / "pyproject.toml"),
        str(PROJECT_ROOT / "data" / "corpus" / "manifest.json"),
    ]
    for target in targets:
        for route in (f"/gradio_api/file={target}", f"/gradio_api/file{target}", f"/file={target}"):
            try:
                with urllib.request.urlopen(base + route, timeout=10) as resp:
                    body = resp.read()
            except urllib.error.HTTPError as err:
                assert err.code in (403, 404, 405), (route, err.code)
                continue
            # a 200 may only be the app's own page (an unknown path falls back to it)
            assert b"root:" not in body and b"[project]" not in body, route
            assert b'"documents"' not in body, route


def test_exports_carry_full_references(assistant_session: Any, tmp_path: Path) -> None:
    import docx

    answer = assistant_session.ask(ROMA)
    md = conversation_markdown([answer])
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in md and ROMA in md
    path = markdown_to_docx(md, tmp_path / "out.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "CRC/C/OPSC/TJK/CO/1, para. 24" in text and "References" in text


@pytest.mark.browser
def test_browser_markup_in_a_question_is_shown_never_run(app_url: str) -> None:
    outside: list[str] = []
    with chromium_browser() as browser:
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
        wait_ready(page)
        # Markup and script in a question are shown as text, never run.
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        hostile = (
            '<img src=x onerror="window.__xss=1"><script>window.__xss=2;alert(1)</script>'
            " What did the committee say about the helpline in Turkmenistan?"
        )
        page.locator("#question textarea").fill(hostile)
        page.locator("#ask-button").click()
        page.locator('#chat [data-testid="bot"] .cite-marker').first.wait_for(timeout=60_000)
        page.locator("#source-panel").get_by_text(
            "CRC/C/OPSC/TKM/CO/1", exact=False
        ).first.wait_for(timeout=30_000)
        assert page.evaluate("window.__xss") is None and dialogs == []
        assert page.locator("#chat script").count() == 0
    assert outside == [], f"the page fetched from outside 127.0.0.1: {outside[:5]}"


def _routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path) of every route of the FastAPI app, included routers too."""
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI's included router
            yield from _routes(route.original_router.routes, prefix + route.include_context.prefix)
        elif getattr(route, "routes", None):  # a mount
            yield from _routes(route.routes, prefix + route.path)
        else:
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                if method not in ("HEAD", "OPTIONS"):
                    yield method, prefix + route.path


@pytest.fixture(scope="module")
def auth_app(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from rightsdesk.web.server import launch
    from tests.conftest import make_settings

    copy = tmp_path_factory.mktemp("auth") / "index"
    shutil.copytree(indexed_dir, copy)
    settings: Settings = make_settings(copy, RIGHTSDESK_AUTH="trainer:s3cret")
    port = free_port()
    demo = launch(settings, "127.0.0.1", port, block=False)
    yield demo, f"http://127.0.0.1:{port}"
    demo.close()


def test_auth_required_on_every_route(auth_app: Any) -> None:
    """Every route the app exposes, found by walking the app, refuses a client without
    login; the few that answer serve the login page's own files and no document data."""
    import re
    import urllib.error
    import urllib.request

    from gradio_client import Client

    from rightsdesk.web.server import PUBLIC_PATHS, PUBLIC_PREFIXES

    demo, base = auth_app
    routes = sorted(set(_routes(demo.app.routes)))
    assert len(routes) > 50 and ("POST", "/gradio_api/call/{api_name}") in routes
    answered = []
    for method, path in routes:
        url = base + re.sub(r"\{[^}]+\}", "x", path).replace("{api_name}", "ask")
        data = b'{"data": ["Roma", []], "session_hash": "x", "event_id": "x", "fn_index": 0}'
        req = urllib.request.Request(
            url,
            method=method,
            data=data if method == "POST" else None,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                status, body = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, body = err.code, err.read()
        except TimeoutError:
            status, body = 0, b""
        assert b"Mughat" not in body and b"Tajikistan" not in body, (method, path)
        if 200 <= status < 400:
            answered.append(path)
    strays = [p for p in answered if p not in PUBLIC_PATHS and not p.startswith(PUBLIC_PREFIXES)]
    assert strays == [], f"answered without login: {strays}"
    # Outside the app's own files: refused, not served.
    for path in ("/gradio_api/file=/etc/passwd", "/gradio_api/file/../../etc/passwd"):
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + path, timeout=10)
    # A wrong password is refused; the right one gets answers, the UI events included.
    with pytest.raises(Exception):  # noqa: B017 (the client raises its own error types)
        Client(base + "/", auth=("trainer", "wrong"), verbose=False)
    client = Client(base + "/", auth=("trainer", "s3cret"), verbose=False)
    assert client.predict(ROMA, [], api_name="/ask")["citations"]
    chat, source, *_ = client.predict(ROMA, [], "All", "All", None, api_name="/chat")
    assert "Mughat" in source
    assert "Mughat" in client.predict("0:1:1", chat, api_name="/open_source")


@pytest.mark.browser
def test_browser_login_page_then_chat(auth_app: Any) -> None:
    """A real browser sees the login form, not the app, and gets in with the password."""
    _, base = auth_app
    with chromium_browser() as browser:
        page = browser.new_page()
        page.goto(base + "/", wait_until="load")
        page.get_by_role("button", name="Login").wait_for(timeout=60_000)
        assert page.locator("#question").count() == 0
        assert "Tajikistan" not in page.content()
        page.get_by_label("username").fill("trainer")
        page.get_by_label("password").fill("s3cret")
        page.get_by_role("button", name="Login").click()
        page.locator("#question textarea").wait_for(timeout=60_000)


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


def test_browser_filter_conflict_is_stated_in_the_chat(app_url: str) -> None:
    """Issue 16: with the Country filter on Turkmenistan, a question naming Tajikistan is
    answered for Tajikistan and the chat says so before any quote."""
    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(app_url, wait_until="load")
        wait_ready(page)
        page.get_by_text("Filters").click()
        page.locator("#country-filter input").click()
        page.get_by_role("option", name="Turkmenistan").click()
        page.locator("#question textarea").fill(ROMA)
        page.locator("#ask-button").click()
        page.locator('#chat [data-testid="bot"] .cite-marker').first.wait_for(timeout=60_000)
        chat = page.locator("#chat").inner_text()
    assert "Country filter is set to Turkmenistan" in chat
    assert chat.index("Country filter") < chat.index("Mughat")  # said before any quote
    assert "What the documents say on Tajikistan" in chat


def test_briefing_export_quotes_whole_paragraphs(app_url: str, assistant_session: Any) -> None:
    """Issue 16: the handout never cuts a quote; a recommendation with sub-paragraphs keeps its
    lead-in and every clause."""
    import docx
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    client.predict("sale of children", ["Tajikistan"], api_name="/briefing")
    md = Path(client.predict(api_name="/export_briefing_markdown")).read_text(encoding="utf-8")
    word = docx.Document(client.predict(api_name="/export_briefing_word"))
    texts = [p.text for p in word.paragraphs] + [
        c.text for t in word.tables for r in t.rows for c in r.cells
    ]
    cited = [
        v
        for v in assistant_session.corpus.units("crc-opsc-tjk-co-1")
        if f"**{v.reference()}**:" in md
    ]
    assert cited, md[:500]
    for view in cited:
        whole = " ".join(view.text.split()).replace("|", "/")
        assert whole in md, view.reference()
        assert any(whole in " ".join(t.split()) for t in texts), view.reference()
    props = word.core_properties
    assert props.author == "Rights Desk" and props.title.startswith("Briefing: sale of children")
    assert props.created is not None


def test_browser_briefing_export_has_whole_quotes(
    app_url: str, assistant_session: Any, tmp_path: Path
) -> None:
    """Issue 16, in a real browser: the trainer builds a briefing, downloads the Word handout,
    and every paragraph it cites is there whole, lead-in and every clause."""
    import docx

    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.goto(app_url, wait_until="load")
        page.get_by_role("tab", name="Briefing").click()
        page.get_by_label("Theme").fill("sale of children")
        page.get_by_role("button", name="Build briefing").click()
        page.locator("#briefing-view").get_by_text("Briefing: sale of children").wait_for(
            timeout=60_000
        )
        shown = " ".join(page.locator("#briefing-view").inner_text().split())
        page.get_by_role("button", name="Export Word").click()
        link = page.locator("#briefing-file a").first
        link.wait_for(timeout=60_000)
        with page.expect_download() as info:
            link.click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
    word = docx.Document(str(path))
    texts = [" ".join(p.text.split()) for p in word.paragraphs] + [
        " ".join(c.text.split()) for t in word.tables for r in t.rows for c in r.cells
    ]
    cited = [
        v
        for d in assistant_session.corpus.docs.values()
        for v in assistant_session.corpus.units(d.id)
        if f"{v.reference()}:" in shown and v.role in ("concern", "recommendation")
    ]
    assert cited, shown[:300]
    for view in cited:
        whole = " ".join(view.text.split()).replace("|", "/")
        assert any(whole in t for t in texts), view.reference()
    assert word.core_properties.author == "Rights Desk"
