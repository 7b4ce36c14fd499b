"""The few errors Rights Desk raises on purpose; each message says what to do next."""

from __future__ import annotations

from pathlib import Path


class RightsDeskError(Exception):
    """Base of every error meant to be shown to a user as one line."""


class ConfigError(RightsDeskError):
    """A setting is missing or invalid."""


class IndexNotFound(RightsDeskError):
    """No index where one was expected."""

    def __init__(self, where: str) -> None:
        super().__init__(f"No index in {where}: run `rightsdesk ingest` first.")


class IndexLoading(RightsDeskError):
    """The web app is up but its model and index are still loading."""

    def __init__(self) -> None:
        super().__init__("The index is still loading; try again in a few seconds.")


class IndexLoadFailed(RightsDeskError):
    """The web app could not load its model and index; `reason` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"The index could not be loaded: {reason}")


class StoreUnavailable(RightsDeskError):
    """The Chroma store cannot be reached or written."""


class EmbeddingMismatch(RightsDeskError):
    """The collection was built by another embedding model."""


class IngestError(RightsDeskError):
    """One file could not be ingested."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class NotAllowed(RightsDeskError):
    """The user's role, or the document, does not allow this (adding, removing)."""


class DocumentNotFound(RightsDeskError):
    """No such document or paragraph in the index."""


class LLMError(RightsDeskError):
    """The language model failed (timeout, HTTP error, malformed reply)."""


class QuestionError(RightsDeskError):
    """The question cannot be asked as it is (empty, too long)."""
