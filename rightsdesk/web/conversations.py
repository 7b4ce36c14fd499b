"""Conversations and answer feedback, kept per user in one SQLite file beside the index.

`ConversationStore(path)` keeps each owner's conversations (their answers as the JSON of
`Answer`) and the feedback given on answers, with a copy of the question, the answer and its
citations so that feedback outlives a deleted conversation. An owner is a string the web app
chooses ("user:trainer" after a login, "browser:<random id>" otherwise); every read and write
names it, so one owner never reaches another's conversations. No UI library here.

    store = ConversationStore(settings.data_dir / "conversations.sqlite3")
    conv = store.add_turn("user:trainer", None, answer)     # a new conversation
    store.rename("user:trainer", conv.id, "Roma children")
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from rightsdesk.domain import Answer, Citation
from rightsdesk.errors import RightsDeskError

FILE_NAME = "conversations.sqlite3"
TITLE_CHARS = 60
BUSY_SECONDS = 10  # how long a unit of work waits for another writer
Rating = Literal["helpful", "not_helpful"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, answer TEXT NOT NULL,
    PRIMARY KEY (conversation_id, position));
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, conversation_id TEXT NOT NULL,
    turn INTEGER NOT NULL, rating TEXT NOT NULL, comment TEXT NOT NULL, question TEXT NOT NULL,
    answer TEXT NOT NULL, citations TEXT NOT NULL, created TEXT NOT NULL);
"""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ConversationSummary(_Model):
    """One line of an owner's list of conversations."""

    id: str
    title: str
    updated: datetime


class Conversation(_Model):
    """A conversation and its answers, oldest first."""

    id: str
    owner: str
    title: str
    created: datetime
    updated: datetime
    turns: tuple[Answer, ...] = ()


class Feedback(_Model):
    """What a user said about one answer, with the answer as it was shown."""

    id: int
    owner: str
    conversation_id: str
    turn: int  # 0-based position of the answer in its conversation
    rating: Rating
    comment: str
    question: str
    answer: str
    citations: tuple[Citation, ...]
    created: datetime


class ConversationStore:
    """Per-owner conversations and feedback in one SQLite file (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False
        self._setup_lock = threading.Lock()

    @classmethod
    def beside(cls, data_dir: Path) -> ConversationStore:
        """The store kept in the index folder."""
        return cls(data_dir / FILE_NAME)

    # -- conversations ---------------------------------------------------------------

    def summaries(self, owner: str) -> list[ConversationSummary]:
        """The owner's conversations, most recently updated first."""
        with self._db() as db:
            rows = db.execute(
                "SELECT id, title, updated FROM conversations WHERE owner = ?"
                " ORDER BY updated DESC, rowid DESC",
                (owner,),
            ).fetchall()
        return [ConversationSummary(id=r[0], title=r[1], updated=r[2]) for r in rows]

    def get(self, owner: str, conversation_id: str) -> Conversation | None:
        """One of the owner's conversations with its answers; None when it is not theirs."""
        with self._db() as db:
            row = db.execute(
                "SELECT id, owner, title, created, updated FROM conversations"
                " WHERE id = ? AND owner = ?",
                (conversation_id, owner),
            ).fetchone()
            if row is None:
                return None
            turns = db.execute(
                "SELECT answer FROM turns WHERE conversation_id = ? ORDER BY position",
                (conversation_id,),
            ).fetchall()
        return Conversation(
            id=row[0],
            owner=row[1],
            title=row[2],
            created=row[3],
            updated=row[4],
            turns=tuple(Answer.model_validate_json(t[0]) for t in turns),
        )

    def add_turn(self, owner: str, conversation_id: str | None, answer: Answer) -> Conversation:
        """Append an answer; with no id (or one that is gone) a new conversation is started,
        titled by its first question."""
        now = _now()
        with self._db() as db:
            if conversation_id is None or not self._owns(db, owner, conversation_id):
                conversation_id = secrets.token_urlsafe(12)
                db.execute(
                    "INSERT INTO conversations (id, owner, title, created, updated)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (conversation_id, owner, title_of(answer.question), now, now),
                )
            (count,) = db.execute(
                "SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO turns (conversation_id, position, answer) VALUES (?, ?, ?)",
                (conversation_id, count, _stored(answer)),
            )
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id))
        return self._must(owner, conversation_id)

    def replace_last_turn(self, owner: str, conversation_id: str, answer: Answer) -> Conversation:
        """Put a new answer in place of the last one (retry)."""
        with self._db() as db:
            if not self._owns(db, owner, conversation_id):
                raise RightsDeskError("This conversation is no longer there.")
            db.execute(
                "UPDATE turns SET answer = ? WHERE conversation_id = ? AND position ="
                " (SELECT MAX(position) FROM turns WHERE conversation_id = ?)",
                (_stored(answer), conversation_id, conversation_id),
            )
            db.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?", (_now(), conversation_id)
            )
        return self._must(owner, conversation_id)

    def rename(self, owner: str, conversation_id: str, title: str) -> None:
        """Give a conversation a new title (blank titles are refused)."""
        title = " ".join(title.split())[:TITLE_CHARS]
        if not title:
            raise RightsDeskError("Type a name for the conversation.")
        with self._db() as db:
            db.execute(
                "UPDATE conversations SET title = ? WHERE id = ? AND owner = ?",
                (title, conversation_id, owner),
            )

    def delete(self, owner: str, conversation_id: str) -> None:
        """Remove a conversation and its answers (feedback given on them is kept)."""
        with self._db() as db:
            db.execute(
                "DELETE FROM conversations WHERE id = ? AND owner = ?", (conversation_id, owner)
            )

    # -- feedback -------------------------------------------------------------------

    def add_feedback(
        self, owner: str, conversation_id: str, turn: int, rating: Rating, comment: str = ""
    ) -> Feedback:
        """Record feedback on one answer of the owner's conversation."""
        conv = self.get(owner, conversation_id)
        if conv is None or not 0 <= turn < len(conv.turns):
            raise RightsDeskError("That answer is no longer there; feedback was not saved.")
        ans = conv.turns[turn]
        cites = "[" + ",".join(c.model_dump_json() for c in ans.citations) + "]"
        with self._db() as db:
            cur = db.execute(
                "INSERT INTO feedback (owner, conversation_id, turn, rating, comment, question,"
                " answer, citations, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (owner, conversation_id, turn, rating, comment.strip(), ans.question,
                 ans.answer, cites, _now()),
            )  # fmt: skip
            feedback_id = cur.lastrowid
        return next(f for f in self.feedback() if f.id == feedback_id)

    def comment(self, owner: str, feedback_id: int, comment: str) -> None:
        """Add (or replace) the comment of the owner's feedback."""
        with self._db() as db:
            db.execute(
                "UPDATE feedback SET comment = ? WHERE id = ? AND owner = ?",
                (comment.strip(), feedback_id, owner),
            )

    def feedback(self) -> list[Feedback]:
        """All feedback, oldest first (for `rightsdesk feedback`)."""
        if not self.path.exists():
            return []
        with self._db() as db:
            rows = db.execute(
                "SELECT id, owner, conversation_id, turn, rating, comment, question, answer,"
                " citations, created FROM feedback ORDER BY id"
            ).fetchall()
        keys = ("id", "owner", "conversation_id", "turn", "rating", "comment", "question",
                "answer", "citations", "created")  # fmt: skip
        out = []
        for row in rows:
            data = dict(zip(keys, row, strict=True))
            data["citations"] = _citations(data["citations"])
            out.append(Feedback.model_validate(data))
        return out

    # -- the browser id's key -------------------------------------------------------

    def secret(self) -> str:
        """A random secret made once and kept, so that what the app keeps in a browser's
        storage still reads after a restart."""
        with self._db() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'browser_secret'").fetchone()
            if row is not None:
                return str(row[0])
            value = secrets.token_urlsafe(24)
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('browser_secret', ?)", (value,)
            )
            (stored,) = db.execute("SELECT value FROM meta WHERE key = 'browser_secret'").fetchone()
        return str(stored)

    # -- plumbing -------------------------------------------------------------------

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """A connection for one unit of work, committed on success (threads get their own)."""
        try:
            self._set_up()
            with closing(sqlite3.connect(self.path, timeout=BUSY_SECONDS)) as db:
                db.execute("PRAGMA foreign_keys = ON")
                with db:
                    yield db
        except (sqlite3.Error, OSError) as exc:
            raise RightsDeskError(
                f"Cannot use the conversation file {self.path} ({exc.__class__.__name__}):"
                " check that the folder is writable."
            ) from exc

    def _set_up(self) -> None:
        """Create the tables and switch the file to WAL, once, before the first unit of work.

        Threads of one process take turns (a lock); another process switching the same file
        at the same moment makes SQLite answer "locked" at once, without waiting, so that
        case is retried until the busy time is spent.
        """
        if self._ready:
            return
        with self._setup_lock:
            if self._ready:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            deadline = time.monotonic() + BUSY_SECONDS
            while True:
                try:
                    with closing(sqlite3.connect(self.path, timeout=BUSY_SECONDS)) as db:
                        db.execute("PRAGMA journal_mode = WAL")
                        db.executescript(SCHEMA)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            self._ready = True

    @staticmethod
    def _owns(db: sqlite3.Connection, owner: str, conversation_id: str) -> bool:
        row = db.execute(
            "SELECT 1 FROM conversations WHERE id = ? AND owner = ?", (conversation_id, owner)
        ).fetchone()
        return row is not None

    def _must(self, owner: str, conversation_id: str) -> Conversation:
        conv = self.get(owner, conversation_id)
        assert conv is not None
        return conv


def title_of(question: str) -> str:
    """A conversation's first title: its first question, cut at a word."""
    text = " ".join(question.split()) or "Conversation"
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",.;:?") + " …"


def _stored(answer: Answer) -> str:
    """An answer as kept: without the retrieval hits and the prompt (evidence for a run, not
    for a reader), which would make the file grow with every turn."""
    return answer.model_copy(update={"hits": (), "prompt": None}).model_dump_json()


def _citations(text: str) -> tuple[Citation, ...]:
    from pydantic import TypeAdapter

    return TypeAdapter(tuple[Citation, ...]).validate_json(text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
