"""The chat as a user drives it in headless Chromium: inline markers, the source panel,
conversations kept across reloads, feedback, exports, phone width, nothing fetched from
outside 127.0.0.1. Two tests also take the README's screenshots."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from rightsdesk.settings import PROJECT_ROOT
from tests.conftest import rd
from tests.test_web import ROMA, chromium_browser, wait_ready
from vectorstore.server import free_port

pytestmark = [pytest.mark.slow, pytest.mark.browser]
HELPLINE = "What did the committee say about a helpline in Turkmenistan?"
RUSSIAN = "Что Комитет сказал о детях рома в Таджикистане?"
PARA_25 = "The Committee recommends that the State party adopt all the measures necessary"
ROMA_TITLE = "What did the committee say about Roma children in …"  # ROMA's conversation


@pytest.fixture(scope="module")
def app(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The real app on 127.0.0.1 over a copy of the session index: (url, index folder)."""
    from rightsdesk.web.server import launch
    from tests.conftest import make_settings

    copy = tmp_path_factory.mktemp("chat") / "index"
    shutil.copytree(indexed_dir, copy)
    port = free_port()
    demo = launch(make_settings(copy), "127.0.0.1", port, block=False)
    yield f"http://127.0.0.1:{port}/", copy
    demo.close()


class Page:
    """A page of the app with every request it makes recorded."""

    def __init__(self, browser: Any, url: str, width: int, height: int, **context: Any) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height}, **context)
        self.page = self.context.new_page()
        self.hosts: set[str] = set()
        self.page.on("request", self._record)
        self.url = url
        self.open()

    def _record(self, request: Any) -> None:
        parsed = urlparse(request.url)
        if parsed.scheme not in ("data", "blob"):
            self.hosts.add(parsed.hostname or "")

    def open(self) -> None:
        """Load the page and wait for the app to have given this browser its id."""
        self.page.goto(self.url, wait_until="load")
        wait_ready(self.page)

    def ask(self, question: str, panel: str = "Source [1] of") -> None:
        """Ask, and wait for the whole answer: kept in the side list, its source opened."""
        answers = self.page.locator('#chat [data-testid="bot"]').count()
        self.page.locator("#question textarea").fill(question)
        self.page.locator("#ask-button").click()
        answer = self.page.locator('#chat [data-testid="bot"]').nth(answers)
        answer.locator(".cite-marker").first.wait_for(timeout=60_000)
        self.page.locator("#conversations label.selected").wait_for(timeout=60_000)
        self.wait_panel(panel)

    def panel(self) -> str:
        return str(self.page.locator("#source-panel").inner_text())

    def wait_panel(self, text: str) -> None:
        self.page.locator("#source-panel").get_by_text(text, exact=False).first.wait_for(
            timeout=30_000
        )

    def conversations(self) -> list[str]:
        labels = self.page.locator("#conversations label")
        return [str(t).strip() for t in labels.all_inner_texts()]


def _in_view(page: Any, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    size = page.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


def _comes_into_view(page: Any, selector: str, within_ms: int = 5000) -> bool:
    """Whether the element is in the viewport once a scroll has had time to finish (a smooth
    scroll on a busy machine can take longer than a fixed wait)."""
    for _ in range(within_ms // 250):
        if _in_view(page, selector):
            return True
        page.wait_for_timeout(250)
    return _in_view(page, selector)


def test_a_marker_opens_its_paragraph_with_the_quote_highlighted(app: tuple[str, Path]) -> None:
    url, _ = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 1366, 768, accept_downloads=True)
        page = ui.page
        assert not page.locator("#export-md").is_visible()  # nothing to export yet
        ui.ask(ROMA)
        # the markers are in the answer's text, where its quotes are
        answer = page.locator('#chat [data-testid="bot"]').last
        assert answer.locator(".cite-marker").count() == 3
        assert "Mughat and Lyuli" in answer.inner_text()
        # the panel opens on the first citation of the answer, the quote marked
        ui.wait_panel("Source [1] of 3")
        assert "CRC/C/OPSC/TJK/CO/1, para. 24" in ui.panel()
        assert "Mughat and Lyuli" in page.locator("#source-panel mark").inner_text()
        # the full title is in the panel only; the answer has the compact label
        assert "Concluding observations on the report submitted by Tajikistan" in ui.panel()
        assert "Concluding observations on the report submitted" not in answer.inner_text()
        assert "CRC/C/OPSC/TJK/CO/1 · Concluding observations (CRC-OPSC)" in answer.inner_text()

        answer.locator(".cite-marker").nth(1).click()
        ui.wait_panel("Source [2] of 3")
        panel = ui.panel()
        assert "CRC/C/OPSC/TJK/CO/1, para. 25" in panel
        assert "Before: CRC/C/OPSC/TJK/CO/1, para. 24" in panel
        assert "Plan rows implementing this recommendation" in panel
        mark = page.locator("#source-panel mark")
        assert mark.count() == 1 and PARA_25 in " ".join(mark.inner_text().split())
        page.wait_for_timeout(800)  # the panel scrolls (smoothly) to the quote
        assert _in_view(page, "#source-panel mark")
        assert answer.locator(".cite-marker.active").inner_text() == "2"

        # exports appear with the answer, named after the conversation and dated
        with page.expect_download() as info:
            page.locator("#export-md").click()
        today = date.today().isoformat()
        assert info.value.suggested_filename == (
            f"what-did-the-committee-say-about-roma-children-in-{today}.md"
        )
        exported = Path(info.value.path()).read_text(encoding="utf-8")
        assert "CRC/C/OPSC/TJK/CO/1, para. 25" in exported and "## Documents cited" in exported
        assert page.locator("#export-docx").is_visible()

        # the README's screenshot: an answer beside its source
        answer.locator(".cite-marker").first.click()
        ui.wait_panel("Source [1] of 3")
        page.wait_for_timeout(600)
        page.evaluate("document.querySelector('#chat .bubble-wrap').scrollTop = 0")
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(300)
        shot = PROJECT_ROOT / "docs" / "screenshot.png"
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot))
    assert ui.hosts == {"127.0.0.1"}, ui.hosts


def test_conversations_survive_a_reload_and_are_listed(app: tuple[str, Path]) -> None:
    url, _ = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 1366, 768)
        page = ui.page
        ui.ask(ROMA)
        page.get_by_role("button", name="New conversation").click()
        page.locator('#chat [data-testid="bot"]').first.wait_for(state="detached", timeout=30_000)
        ui.ask(HELPLINE)
        assert ui.conversations() == [HELPLINE, ROMA_TITLE]

        ui.open()  # reload: the latest conversation is back, the other still listed
        # The rename box is built when its panel first opens, and Gradio then gives it the value
        # the app set while it was hidden, over anything typed in that moment: opened now, the
        # box has long been built when the name is typed into it below.
        page.get_by_text("Rename or delete").click()
        rename_box = page.locator("#rename-box textarea, #rename-box input").first
        page.locator('#chat [data-testid="bot"]').first.wait_for(timeout=30_000)
        assert ui.conversations()[0] == HELPLINE and len(ui.conversations()) == 2
        assert "CRC/C/OPSC/TKM/CO/1" in page.locator("#chat").inner_text()
        ui.wait_panel("Source [1] of")
        expect(rename_box).to_have_value(HELPLINE, timeout=30_000)

        page.locator("#conversations label").nth(1).click()  # the Roma conversation
        page.locator("#chat").get_by_text("Mughat and Lyuli", exact=False).first.wait_for(
            timeout=30_000
        )
        ui.wait_panel("CRC/C/OPSC/TJK/CO/1, para. 24")
        # its markers work after the reload too
        page.locator('#chat [data-testid="bot"] .cite-marker').nth(1).click()
        ui.wait_panel("CRC/C/OPSC/TJK/CO/1, para. 25")

        expect(rename_box).to_have_value(ROMA_TITLE, timeout=30_000)  # the box follows it
        rename_box.fill("Roma children, OPSC")
        page.locator("#rename-button").click()
        page.locator("#conversations").get_by_text("Roma children, OPSC").wait_for(timeout=30_000)
        page.locator("#delete-button").click()
        page.locator("#conversations").get_by_text("Roma children, OPSC").wait_for(
            state="detached", timeout=30_000
        )
        assert ui.conversations() == [HELPLINE]
        assert page.locator('#chat [data-testid="bot"]').count() == 0

        # another browser has its own (empty) list
        other = Page(browser, url, 1366, 768)
        other.page.wait_for_timeout(1500)
        assert other.conversations() == []
    assert ui.hosts == {"127.0.0.1"} and other.hosts == {"127.0.0.1"}


def test_feedback_is_stored_and_exported(app: tuple[str, Path]) -> None:
    url, index = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 1366, 768, permissions=["clipboard-read", "clipboard-write"])
        page = ui.page
        ui.ask(ROMA)
        # copy: the answer with its references
        page.locator('#chat [data-testid="bot"]').last.hover()
        page.get_by_role("button", name="Copy message").last.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "[1]" in copied and "(CRC/C/OPSC/TJK/CO/1, para. 24)" in copied
        # retry answers again in place: still one answer, and one kept
        page.get_by_role("button", name="Retry").click()
        page.wait_for_timeout(500)
        page.locator('#chat [data-testid="bot"] .cite-marker').first.wait_for(timeout=60_000)
        assert page.locator('#chat [data-testid="bot"]').count() == 1

        page.get_by_role("button", name="Dislike").click()
        page.locator("#feedback-comment textarea").wait_for(timeout=30_000)
        page.locator("#feedback-comment textarea").fill("Paragraph 25 matters more here.")
        page.locator("#feedback-send").click()
        page.locator("#feedback-row").wait_for(state="hidden", timeout=30_000)
    result = rd(index, "feedback", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    mine = [r for r in rows if r["comment"] == "Paragraph 25 matters more here."]
    assert len(mine) == 1, rows
    (row,) = mine
    assert row["rating"] == "not_helpful" and row["question"] == ROMA and row["turn"] == 0
    assert "Mughat and Lyuli" in row["answer"]
    assert {(c["doc_id"], c["paragraph"]) for c in row["citations"]} >= {
        ("crc-opsc-tjk-co-1", "24"),
        ("crc-opsc-tjk-co-1", "25"),
    }
    assert row["owner"].startswith("browser:")
    assert ui.hosts == {"127.0.0.1"}


def test_phone_width_keeps_the_question_box_in_view(app: tuple[str, Path]) -> None:
    url, _ = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 390, 844, is_mobile=True, has_touch=True, device_scale_factor=2)
        page = ui.page
        page.wait_for_timeout(1000)
        assert page.locator(".sidebar.open").count() == 0  # the side panel does not cover it
        assert _in_view(page, "#question textarea")
        assert _in_view(page, "#ask-button")
        ui.ask(ROMA)
        page.wait_for_timeout(800)
        assert _in_view(page, "#question textarea")
        chat = page.locator("#chat").bounding_box()
        panel = page.locator("#source-panel").bounding_box()
        assert chat and panel and panel["y"] >= chat["y"] + chat["height"]  # below the answer
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
        bubble = page.locator('#chat [data-testid="bot"]').last.bounding_box()
        assert bubble and bubble["width"] >= 0.9 * chat["width"], (bubble, chat)  # full width
        page.evaluate("document.querySelector('#chat .bubble-wrap').scrollTop = 0")
        page.mouse.move(0, 0)  # the Ask button not shown hovered
        page.wait_for_timeout(300)
        shot = PROJECT_ROOT / "docs" / "screenshot-phone.png"
        page.screenshot(path=str(shot))
        page.locator('#chat [data-testid="bot"] .cite-marker').nth(1).tap()
        ui.wait_panel("CRC/C/OPSC/TJK/CO/1, para. 25")
        assert _comes_into_view(page, "#source-panel mark")  # the page went down to the quote
    assert ui.hosts == {"127.0.0.1"}, ui.hosts


def test_the_interface_in_russian(app: tuple[str, Path]) -> None:
    """Issue 13: the page switched to Russian, a Russian question answered in a Russian frame
    with the English quotes, its markers opening their paragraph; the choice kept on reload."""
    url, _ = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 1366, 768, accept_downloads=True)
        page = ui.page
        page.locator("#language").get_by_text("RU", exact=True).click()
        page.get_by_role("button", name="Спросить").wait_for(timeout=30_000)
        assert page.locator("#question textarea").get_attribute("placeholder") == "Задайте вопрос…"
        # the labels switch one component after another: wait for each (fails if it never does)
        for role, name in (("tab", "Документы"), ("tab", "Справка"), ("button", "Новая беседа")):
            page.get_by_role(role, name=name).wait_for(timeout=30_000)  # type: ignore[arg-type]
            assert page.get_by_role(role, name=name).is_visible()  # type: ignore[arg-type]
        assert "Режим ответа" in page.locator("#mode-note").inner_text()
        assert "Источники" in ui.panel()
        page.locator("#chat").get_by_text("Спросите документы ООН").wait_for(timeout=30_000)

        ui.ask(RUSSIAN, panel="Источник [1] из")
        answer = page.locator('#chat [data-testid="bot"]').last
        said = answer.inner_text()
        assert said.startswith("Что говорится в документах")  # the frame in Russian
        assert "Mughat and Lyuli" in said  # the quotes verbatim, in English
        assert "CRC/C/OPSC/TJK/CO/1, para. 24" in said and "CRC/C/OPSC/TJK/CO/1, para. 25" in said
        assert "Цитаты приводятся на языке оригинала" in said
        ui.wait_panel("Источник [1] из 3")
        assert "CRC/C/OPSC/TJK/CO/1, para. 24" in ui.panel()
        assert "Mughat and Lyuli" in page.locator("#source-panel mark").inner_text()
        answer.locator(".cite-marker").nth(1).click()
        ui.wait_panel("Источник [2] из 3")
        panel = ui.panel()
        assert "CRC/C/OPSC/TJK/CO/1, para. 25" in panel
        assert "Строки плана, выполняющие эту рекомендацию" in panel
        assert "Предыдущий: CRC/C/OPSC/TJK/CO/1, para. 24" in panel
        assert PARA_25 in " ".join(page.locator("#source-panel mark").inner_text().split())
        assert answer.locator(".cite-marker").first.get_attribute("title") == "Открыть источник 1"

        # the export follows the conversation: its frame in Russian, the quotes in English
        with page.expect_download() as info:
            page.locator("#export-md").click()
        today = date.today().isoformat()
        assert info.value.suggested_filename == (
            f"chto-komitet-skazal-o-detiakh-roma-v-tadzhikistane-{today}.md"
        )
        exported = Path(info.value.path()).read_text(encoding="utf-8")
        assert f"## Вопрос: {RUSSIAN}" in exported and "**Ссылки**" in exported
        assert "## Цитируемые документы" in exported and "Mughat and Lyuli" in exported

        answer.locator(".cite-marker").first.click()
        ui.wait_panel("Источник [1] из 3")
        page.wait_for_timeout(600)
        page.evaluate("document.querySelector('#chat .bubble-wrap').scrollTop = 0")
        page.evaluate("window.scrollTo(0, 0)")
        page.mouse.move(0, 0)
        page.wait_for_timeout(300)
        page.screenshot(path=str(PROJECT_ROOT / "docs" / "screenshot-russian.png"))

        ui.open()  # reload: still in Russian, the conversation back with its panel
        page.get_by_role("button", name="Спросить").wait_for(timeout=30_000)
        page.get_by_role("tab", name="Документы").wait_for(timeout=30_000)
        ui.wait_panel("Источник [1] из 3")
        assert "Mughat and Lyuli" in page.locator("#chat").inner_text()
        assert page.locator("#language label.selected").inner_text().strip() == "RU"
    assert ui.hosts == {"127.0.0.1"}, ui.hosts


def test_a_question_asked_at_once_is_kept_and_a_new_conversation_stays_empty(
    app: tuple[str, Path],
) -> None:
    """Issue 14: a question asked as soon as the page lets one type is not wiped by the last
    conversation reopening (the box takes text once it has reopened, so the question follows
    it); an answer still coming does not undo "New conversation"."""
    url, _ = app
    with chromium_browser() as browser:
        ui = Page(browser, url, 1366, 768)
        page = ui.page
        ui.ask(HELPLINE)  # the conversation a reload reopens
        page.goto(url, wait_until="commit")
        page.locator("#question textarea").fill(ROMA)  # as soon as the box takes text
        page.locator("#ask-button").click()
        answers = page.locator('#chat [data-testid="bot"]')
        answers.nth(1).locator(".cite-marker").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        assert answers.count() == 2 and "Mughat and Lyuli" in answers.nth(1).inner_text()
        assert "helpline" in answers.nth(0).inner_text()
        assert ui.conversations() == [HELPLINE]

        page.locator("#question textarea").fill("And what about Turkmenistan?")
        page.locator("#ask-button").click()
        page.get_by_role("button", name="New conversation").click()
        # the new conversation opens once the page is done with the answer (which stops) ...
        page.locator('#chat [data-testid="bot"]').first.wait_for(state="detached", timeout=30_000)
        page.wait_for_timeout(4000)  # ... and the answer that was coming does not land in it
        assert page.locator('#chat [data-testid="bot"]').count() == 0
        assert page.locator("#chat").get_by_text("And what about Turkmenistan?").count() == 0
        assert page.locator("#conversations label.selected").count() == 0
    assert ui.hosts == {"127.0.0.1"}, ui.hosts
