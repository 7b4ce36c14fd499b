"""The assistant loaded in a background thread, so that the web page comes up first.

Until the model and the index are loaded, `get()` raises `IndexLoading`; when loading failed,
`IndexLoadFailed` with the reason (a `RightsDeskError`'s message; an unexpected error is
logged with its traceback and named only as such). Does not build anything itself: the
composition root hands it the builder (`rightsdesk.app.start_assistant`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.corpus import Corpus
from rightsdesk.errors import IndexLoadFailed, IndexLoading, RightsDeskError

if TYPE_CHECKING:
    from assistant.service import Assistant

log = logging.getLogger(__name__)
UNEXPECTED = "an unexpected error (the server's log has the details)"


class BackgroundAssistant:
    """`loading = BackgroundAssistant(build).start()`, then `loading.get().ask(...)` once
    `loading.ready`; `corpus` is the index's documents, none while loading."""

    def __init__(self, build: Callable[[], Assistant]) -> None:
        self._build = build
        self._assistant: Assistant | None = None
        self._failure: str | None = None
        self._done = threading.Event()
        self._retry = threading.Lock()
        self._empty = Corpus([])

    def start(self) -> BackgroundAssistant:
        """Begin loading in a daemon thread; returns at once."""
        threading.Thread(target=self._load, name="rightsdesk-load", daemon=True).start()
        return self

    def _load(self) -> None:
        try:
            self._assistant, self._failure = self._build(), None
        except RightsDeskError as exc:
            log.error("The assistant could not be loaded: %s", exc)
            self._failure = str(exc)
        except Exception:
            log.exception("The assistant could not be loaded")
            self._failure = UNEXPECTED
        finally:
            self._done.set()

    @property
    def ready(self) -> bool:
        return self._assistant is not None

    def get(self) -> Assistant:
        """The assistant; raises IndexLoading while it loads, IndexLoadFailed if it failed."""
        if self._assistant is not None:
            return self._assistant
        if self._done.is_set():
            raise IndexLoadFailed(self._failure or UNEXPECTED)
        raise IndexLoading()

    def wait(self, timeout: float | None = None) -> Assistant:
        """The assistant once loaded (raises as `get` when it failed or is still loading
        after `timeout` seconds)."""
        self._done.wait(timeout)
        return self.get()

    def problem(self) -> RightsDeskError | None:
        """Why questions cannot be answered now (loading, or failed), or None."""
        try:
            self.get()
        except RightsDeskError as exc:
            return exc
        return None

    @property
    def corpus(self) -> Corpus:
        """The documents of the index the assistant answers from (none until loaded)."""
        return self._assistant.corpus if self._assistant is not None else self._empty

    def reload(self) -> bool:
        """Read the index again after it changed: the loaded assistant reloads; when loading
        failed (no index yet, say, before the first upload) it is tried again. True when a
        new version is in use."""
        self._done.wait()
        if self._assistant is not None:
            return self._assistant.reload()
        with self._retry:
            if self._assistant is None:
                self._load()
        return self._assistant is not None
