"""Which conversation a page shows: a move stops the answer coming and waits until the page has
applied it, so the move's outputs reach the page last (no browser, no Gradio app)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

from rightsdesk.web.pages import Pages


def _request(session: str) -> Any:
    return SimpleNamespace(session_hash=session)


def _moving(pages: Pages, session: str, events: list[str]) -> threading.Thread:
    def move() -> None:
        pages.moved(_request(session))
        events.append("moved")

    mover = threading.Thread(target=move)
    mover.start()
    return mover


def test_a_move_stops_the_answer_and_waits_until_the_page_has_applied_it() -> None:
    pages = Pages()
    asked_at = pages.moved(_request("s"))
    pages.asked("s")  # an answer starts ...
    events: list[str] = []
    mover = _moving(pages, "s", events)  # ... and "New conversation" is clicked
    deadline = time.monotonic() + 5
    while pages.shows("s", asked_at) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not pages.shows("s", asked_at)  # the answer stops at its next part
    time.sleep(0.2)
    assert events == []  # but its updates may still be on their way to the page's components
    events.append("answer applied")
    pages.answered(_request("s"))  # the answer event's follow-up step
    mover.join(5)
    assert events == ["answer applied", "moved"]


def test_a_move_waits_for_every_answer_of_its_page_and_only_its_page() -> None:
    pages = Pages()
    pages.moved(_request("s"))
    pages.moved(_request("other"))
    pages.asked("s")
    pages.asked("s")
    pages.asked("other")
    events: list[str] = []
    mover = _moving(pages, "s", events)
    pages.answered(_request("s"))
    time.sleep(0.2)
    assert events == []  # one answer still to apply
    pages.answered(_request("s"))
    mover.join(5)
    assert events == ["moved"]  # the other page's answer did not hold it


def test_answers_through_the_api_are_not_waited_for() -> None:
    pages = Pages()
    pages.asked("script")  # no page was opened: no follow-up step will come
    started = time.monotonic()
    assert pages.moved(_request("script")) == 1
    assert time.monotonic() - started < 1


def test_a_page_that_never_reports_back_holds_a_move_only_so_long() -> None:
    pages = Pages()
    pages.moved(_request("s"))
    pages.asked("s")
    started = time.monotonic()
    assert pages.moved(_request("s"), wait_s=0.3) == 2
    assert 0.25 < time.monotonic() - started < 3


def test_a_closed_page_releases_its_move() -> None:
    pages = Pages()
    pages.moved(_request("s"))
    pages.asked("s")
    events: list[str] = []
    mover = _moving(pages, "s", events)
    time.sleep(0.1)
    pages.forget(_request("s"))
    mover.join(5)
    assert events == ["moved"]
