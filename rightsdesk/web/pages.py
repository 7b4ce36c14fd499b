"""Which conversation each open page shows, so that an answer still coming for a chat the user
has left (new conversation, another one opened, this one deleted) neither shows there nor undoes
the move.

Each page (a Gradio session) counts the times its chat was given another conversation; the
page keeps its number in a `gr.State` and hands it in with a question, so the comparison is
with what the page showed when the question was asked.

The browser applies each event's updates in that event's own loop, so an answer's updates can
reach the page's components after those of a move sent later (seen in CI: the move's empty chat,
then the answer's last update, which Gradio repeats when the answer's event completes). What
the server sends first is therefore not what the page shows last. So a move waits until the
page has applied the answers asked before it: each answer's follow-up step (`answered`), which
the browser runs only once that answer's event is over on the page. Keeps nothing else.
"""

from __future__ import annotations

import threading

import gradio as gr

# How long a move waits for the page to be done with an answer (see `moved`): an answer stops
# at its next part once its page has moved, so this only bounds a page that never reports back
APPLIED_WAIT_S = 10.0


def session(request: gr.Request | None) -> str:
    """The page's session ('' for none)."""
    return str(getattr(request, "session_hash", None) or "")


class Pages:
    """`n = pages.moved(request)` when a page's chat changes conversation; `pages.asked(key)`
    when an answer starts, `pages.shows(key, n)` while it is coming, and `pages.answered(request)`
    once the page has applied it.

        pages.asked(key)              # respond: before its first update
        pages.shows(key, asked_at)    # ... before each one; False: stop
        pages.answered(request)       # the answer event's follow-up step, run by the browser
        pages.moved(request)          # "New conversation": waits for the step above
    """

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._answering: dict[str, int] = {}  # answers the page has not finished applying
        self._changed = threading.Condition()

    def moved(self, request: gr.Request, wait_s: float = APPLIED_WAIT_S) -> int:
        """The page's chat now shows another conversation (or none): its new number, returned
        once the page has applied the answers asked before (they stop at their next part), so
        that what the caller sends the page reaches it after them."""
        key = session(request)
        with self._changed:
            number = self._counts[key] = self._counts.get(key, 0) + 1
            self._changed.wait_for(lambda: not self._answering.get(key), timeout=wait_s)
        return number

    def shows(self, key: str, number: int) -> bool:
        """Whether the page still shows the conversation it showed at `number`."""
        return self._counts.get(key, 0) == number

    def asked(self, key: str) -> None:
        """An answer starts for the page. Only pages the app has opened count (a script calling
        the API runs no follow-up step, and has no page to move)."""
        with self._changed:
            if key in self._counts:
                self._answering[key] = self._answering.get(key, 0) + 1

    def answered(self, request: gr.Request) -> None:
        """The page has applied an answer's last update (the follow-up step of the answer's
        event, which the browser runs after it, whether the answer succeeded or failed)."""
        key = session(request)
        with self._changed:
            left = self._answering.pop(key, 0) - 1
            if left > 0:
                self._answering[key] = left
            self._changed.notify_all()

    def forget(self, request: gr.Request) -> None:
        """The page was closed."""
        key = session(request)
        with self._changed:
            self._counts.pop(key, None)
            self._answering.pop(key, None)
            self._changed.notify_all()
