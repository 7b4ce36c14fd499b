"""Which conversation each open page shows, so that an answer still streaming into a chat the
user has left (new conversation, another one opened, this one deleted) does not come back.

Each page (a Gradio session) counts the times its chat was given another conversation; the
page keeps its number in a `gr.State` and hands it in with a question, so the comparison is
with what the page showed when the question was asked. Keeps nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import gradio as gr

# How long a move waits for an answer's update that is on its way to the page (see `showing`);
# an answer whose stream was dropped without being closed cannot hold a move longer than this
SHOWING_WAIT_S = 10.0


def session(request: gr.Request | None) -> str:
    """The page's session ('' for none)."""
    return str(getattr(request, "session_hash", None) or "")


class Pages:
    """`n = pages.moved(request)` when a page's chat changes conversation;
    `pages.shows(session, n)` while an answer asked at `n` is coming."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._showing: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def _gate(self, key: str) -> threading.Lock:
        with self._lock:
            return self._showing.setdefault(key, threading.Lock())

    @contextmanager
    def showing(self, key: str) -> Iterator[None]:
        """Held by an answer from its check that the page still shows its conversation until
        its update has been handed to the page (the answer's generator resumes only then): a
        move waits for it, so the page gets the answer first and the move's empty chat last,
        never the other way round (seen in CI: the chat emptied, then the answer came back)."""
        gate = self._gate(key)
        got = gate.acquire(timeout=SHOWING_WAIT_S)
        try:
            yield
        finally:
            if got:
                gate.release()

    def moved(self, request: gr.Request) -> int:
        """The page's chat now shows another conversation (or none): its new number."""
        key = session(request)
        with self.showing(key):  # an update on its way lands first
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def shows(self, key: str, number: int) -> bool:
        """Whether the page still shows the conversation it showed at `number`."""
        return self._counts.get(key, 0) == number

    def forget(self, request: gr.Request) -> None:
        """The page was closed."""
        self._counts.pop(session(request), None)
        with self._lock:
            self._showing.pop(session(request), None)
