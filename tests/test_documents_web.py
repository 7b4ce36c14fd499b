"""The Documents tab in a real app with its own index and logins: upload a real UN PDF,
correct its metadata, see it listed, read it, ask about it, remove it; a reader cannot."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rightsdesk.settings import PROJECT_ROOT
from tests.test_web import chromium_browser
from vectorstore.server import free_port

pytestmark = pytest.mark.slow
PDFS = PROJECT_ROOT.parent / "shared" / "more-documents" / "pdf"
KAZ_PDF = PDFS / "kazakhstan2014.pdf"
USERS = "alice:wonder:admin,bob:builder:reader"
OPCAT = (
    "Which States recommended that Kazakhstan ratify the Optional Protocol to the "
    "Convention against Torture?"
)


@pytest.fixture(scope="module")
def docs_app(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app on 127.0.0.1 over a private copy of the session index, with two logins."""
    from rightsdesk.web.server import launch
    from tests.conftest import make_settings

    copy = tmp_path_factory.mktemp("documents") / "index"
    shutil.copytree(indexed_dir, copy)
    port = free_port()
    demo = launch(make_settings(copy, RIGHTSDESK_AUTH=USERS), "127.0.0.1", port, block=False)
    yield f"http://127.0.0.1:{port}"
    demo.close()


def _log_in(page: Any, base: str, user: str, password: str) -> None:
    page.goto(base + "/", wait_until="load")
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    page.locator("#question textarea").wait_for(timeout=60_000)


def _watch(page: Any, outside: list[str]) -> None:
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else None
        ),
    )


def _choose(page: Any, dropdown: str, option: str) -> None:
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option", name=option).first.click()


@pytest.mark.browser
def test_browser_upload_a_un_pdf_read_ask_and_remove(docs_app: str) -> None:
    if not KAZ_PDF.is_file():
        pytest.skip(f"{PDFS} is absent (the shared more-documents folder sits beside the clone)")
    from gradio_client import Client

    outside: list[str] = []
    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        _watch(page, outside)
        _log_in(page, docs_app, "alice", "wonder")
        page.get_by_role("tab", name="Documents").click()
        table = page.locator("#documents-table")
        table.get_by_text("CRC/C/OPSC/TJK/CO/1").first.wait_for(timeout=30_000)
        assert "A/HRC/28/10" not in table.inner_text()

        # The preview: what was detected, editable, before anything is indexed.
        page.locator("#upload-file input[type=file]").set_input_files(str(KAZ_PDF))
        status = page.locator("#upload-status")
        status.get_by_text("Correct what is wrong", exact=False).wait_for(timeout=60_000)
        said = status.inner_text()
        assert "A/HRC/28/10" in said and "Kazakhstan" in said and "2014" in said
        assert "127 paragraphs, 194 recommendations" in said
        assert page.locator("#meta-country textarea").input_value() == "Kazakhstan"
        assert page.locator("#meta-symbol textarea").input_value() == "A/HRC/28/10"
        title = "Report of the Working Group on the Universal Periodic Review: Kazakhstan"
        page.locator("#meta-title textarea").fill(title)  # a correction the user makes

        # Indexing, with a progress bar, then the list shows it with its counts.
        page.locator("#add-document").click()
        page.get_by_text(re.compile(r"Embedding paragraphs|Reading the file")).first.wait_for(
            timeout=60_000
        )
        status.get_by_text("Added", exact=False).wait_for(timeout=300_000)
        assert "A/HRC/28/10" in status.inner_text()
        table.get_by_text("A/HRC/28/10").first.wait_for(timeout=30_000)
        cells = table.inner_text()  # the table is virtual: its rows are not <tr> elements
        assert title in cells and "yes" in cells
        assert re.search(r"\b127\b", cells) and re.search(r"\b194\b", cells)

        # Read it paragraph by paragraph.
        _choose(page, "#read-document", "A/HRC/28/10 — Kazakhstan 2014")
        reader = page.locator("#document-reader")
        reader.get_by_text("para. 1, 1 of 321").wait_for(timeout=30_000)
        page.locator("#read-next").click()
        reader.get_by_text("para. 2, 2 of 321").wait_for(timeout=30_000)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(PROJECT_ROOT / "docs" / "screenshot-documents.png"))

        # The chat's filters list it at once (they used to keep the documents of the start).
        page.get_by_role("tab", name="Chat").click()
        page.get_by_text("Filters").click()
        page.locator("#doc-filter input").click()
        page.get_by_role("option", name="A/HRC/28/10 — Kazakhstan").first.wait_for(timeout=30_000)
        page.keyboard.press("Escape")

        # The next question is answered from it.
        page.locator("#question textarea").fill(OPCAT)
        page.locator("#ask-button").click()
        # (the chat's markup is being reworked: wait on the answer's text, not its controls)
        page.locator("#chat").get_by_text("A/HRC/28/10, rec.", exact=False).first.wait_for(
            timeout=60_000
        )
        answered = Client(docs_app + "/", auth=("alice", "wonder"), verbose=False).predict(
            OPCAT, [], api_name="/ask"
        )
        assert "a-hrc-28-10" in {c["doc_id"] for c in answered["citations"]}

        # Removed: gone from the list, and the next answer no longer cites it.
        page.get_by_role("tab", name="Documents").click()
        _choose(page, "#remove-pick", "A/HRC/28/10 — Kazakhstan 2014")
        page.locator("#remove-document").click()
        page.locator("#remove-status").get_by_text("Removed").wait_for(timeout=120_000)
        table.get_by_text("CRC/C/OPSC/TJK/CO/1").first.wait_for(timeout=30_000)
        page.wait_for_function(
            "() => !document.querySelector('#documents-table').innerText.includes('A/HRC/28/10')",
            timeout=30_000,
        )
        page.get_by_role("tab", name="Chat").click()
        page.locator("#doc-filter input").click()
        page.get_by_role("option", name="CRC/C/OPSC/TJK/CO/1 — Tajikistan").first.wait_for(
            timeout=30_000
        )
        assert page.get_by_role("option", name="A/HRC/28/10").count() == 0
        page.keyboard.press("Escape")
    again = Client(docs_app + "/", auth=("alice", "wonder"), verbose=False).predict(
        OPCAT, [], api_name="/ask"
    )
    assert all(c["doc_id"] != "a-hrc-28-10" for c in again["citations"])
    assert outside == [], f"the page fetched from outside 127.0.0.1: {outside[:5]}"


@pytest.mark.browser
def test_a_reader_sees_the_list_but_cannot_upload_or_remove(
    docs_app: str, corpus_copy: Path
) -> None:
    from gradio_client import Client, handle_file

    outside: list[str] = []
    with chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        _watch(page, outside)
        _log_in(page, docs_app, "bob", "builder")
        page.get_by_role("tab", name="Documents").click()
        page.locator("#documents-table").get_by_text("CRC/C/OPSC/TKM/CO/1").first.wait_for(
            timeout=30_000
        )
        _choose(page, "#read-document", "CRC/C/OPSC/TKM/CO/1 — Turkmenistan 2015")
        page.locator("#document-reader").get_by_text("para. 1, 1 of").wait_for(timeout=30_000)
        assert not page.locator("#document-admin").is_visible()
        assert not page.get_by_text("Add a document").is_visible()
        assert not page.locator("#upload-file").is_visible()
        assert not page.locator("#remove-document").is_visible()
    assert outside == [], f"the page fetched from outside 127.0.0.1: {outside[:5]}"

    # The handlers refuse a reader whatever the page shows.
    reader = Client(docs_app + "/", auth=("bob", "builder"), verbose=False)
    text = handle_file(str(corpus_copy / "crc-opsc-kaz-co-1_kazakhstan_2006.txt"))
    for call in (
        lambda: reader.predict(text, api_name="/preview_document"),
        lambda: reader.predict("x", "x", "x", "x", "other", 2020, api_name="/add_document"),
        lambda: reader.predict("crc-opsc-kaz-co-1", api_name="/remove_document"),
    ):
        with pytest.raises(Exception, match="may read documents but not add or remove"):
            call()
    # An admin may, and the bundled corpus still cannot be removed.
    admin = Client(docs_app + "/", auth=("alice", "wonder"), verbose=False)
    said = admin.predict("crc-opsc-kaz-co-1", api_name="/remove_document")
    assert "only added documents can be removed" in said
