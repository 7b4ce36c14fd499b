"""Which conversation each open page shows, so that an answer still streaming into a chat the
user has left (new conversation, another one opened, this one deleted) does not come back.

Each page (a Gradio session) counts the times its chat was given another conversation; the
page keeps its number in a `gr.State` and hands it in with a question, so the comparison is
with what the page showed when the question was asked. Keeps nothing else.
"""

from __future__ import annotations

import gradio as gr


def session(request: gr.Request | None) -> str:
    """The page's session ('' for none)."""
    return str(getattr(request, "session_hash", None) or "")


class Pages:
    """`n = pages.moved(request)` when a page's chat changes conversation;
    `pages.shows(session, n)` while an answer asked at `n` is coming."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def moved(self, request: gr.Request) -> int:
        """The page's chat now shows another conversation (or none): its new number."""
        key = session(request)
        self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts[key]

    def shows(self, key: str, number: int) -> bool:
        """Whether the page still shows the conversation it showed at `number`."""
        return self._counts.get(key, 0) == number

    def forget(self, request: gr.Request) -> None:
        """The page was closed."""
        self._counts.pop(session(request), None)
