"""Which conversation a page shows: a move waits for an answer's update on its way to the page,
so the page never gets the move's empty chat before a late answer (no browser, no Gradio app)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

from rightsdesk.web.pages import Pages


def _request(session: str) -> Any:
    return SimpleNamespace(session_hash=session)


def test_a_move_waits_for_the_update_being_shown_and_then_stops_the_rest() -> None:
    pages = Pages()
    asked_at = pages.moved(_request("s"))
    events: list[str] = []
    holding = threading.Event()

    def answer() -> None:
        with pages.showing("s"):
            assert pages.shows("s", asked_at)
            holding.set()
            time.sleep(0.3)  # the update is being handed to the page
            events.append("answer shown")

    shower = threading.Thread(target=answer)
    shower.start()
    holding.wait(5)
    pages.moved(_request("s"))  # "New conversation" while the answer is on its way
    events.append("moved")
    shower.join()
    assert events == ["answer shown", "moved"]
    assert not pages.shows("s", asked_at)  # the rest of that answer no longer shows


def test_pages_are_independent() -> None:
    pages = Pages()
    a = pages.moved(_request("a"))
    with pages.showing("a"):
        b = pages.moved(_request("b"))  # another page does not wait for this one
    assert pages.shows("a", a) and pages.shows("b", b)
