"""The conversation and feedback store: per owner, kept across instances, honest about misses."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from rightsdesk.domain import Answer, Citation
from rightsdesk.errors import RightsDeskError
from rightsdesk.web.conversations import ConversationStore, title_of
from tests.conftest import rd

CITE = Citation(
    doc_id="crc-opsc-tjk-co-1",
    symbol="CRC/C/OPSC/TJK/CO/1",
    title="Concluding observations",
    paragraph="24",
    quote="including Roma children (Mughat and Lyuli)",
    reference="CRC/C/OPSC/TJK/CO/1, para. 24",
)


def answer(question: str, text: str = "An answer [1].") -> Answer:
    return Answer(question=question, answer=text, abstained=False, citations=(CITE,))


def test_a_conversation_is_kept_and_read_back_by_a_new_instance(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    conv = store.add_turn("browser:a", None, answer("Roma children in Tajikistan?"))
    store.add_turn("browser:a", conv.id, answer("And Turkmenistan?"))
    again = ConversationStore(tmp_path / "conversations.sqlite3").get("browser:a", conv.id)
    assert again is not None and again.title == "Roma children in Tajikistan?"
    assert [t.question for t in again.turns] == [
        "Roma children in Tajikistan?",
        "And Turkmenistan?",
    ]
    assert again.turns[0].citations == (CITE,)


def test_owners_never_see_each_others_conversations(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    mine = store.add_turn("user:trainer", None, answer("Mine"))
    assert store.get("user:other", mine.id) is None
    assert store.summaries("user:other") == []
    store.rename("user:other", mine.id, "stolen")
    store.delete("user:other", mine.id)
    kept = store.get("user:trainer", mine.id)
    assert kept is not None and kept.title == "Mine"
    # an id that is not the owner's starts a new conversation instead of writing into it
    theirs = store.add_turn("user:other", mine.id, answer("Theirs"))
    assert theirs.id != mine.id and len(store.get("user:trainer", mine.id).turns) == 1  # type: ignore[union-attr]


def test_list_rename_delete_and_retry(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    first = store.add_turn("u", None, answer("First question"))
    second = store.add_turn("u", None, answer("Second question"))
    assert [c.id for c in store.summaries("u")] == [second.id, first.id]  # newest first
    store.rename("u", first.id, "  Roma   children ")
    assert store.summaries("u")[1].title == "Roma children"
    with pytest.raises(RightsDeskError, match="Type a name"):
        store.rename("u", first.id, "   ")
    retried = store.replace_last_turn("u", second.id, answer("Second question", "Better [1]."))
    assert [t.answer for t in retried.turns] == ["Better [1]."]
    store.delete("u", first.id)
    assert [c.id for c in store.summaries("u")] == [second.id]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("What did the committee say?", "What did the committee say?"),
        ("   ", "Conversation"),
        ("word " * 30, ("word " * 12).strip() + " …"),
    ],
)
def test_title_of(question: str, title: str) -> None:
    assert title_of(question) == title


def test_stored_answers_leave_the_hits_and_prompt_out(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    ans = answer("Q").model_copy(update={"prompt": "SYSTEM: ..."})
    conv = store.add_turn("u", None, ans)
    assert conv.turns[0].prompt is None and conv.turns[0].answer == ans.answer


def test_feedback_keeps_the_answer_even_when_the_conversation_is_deleted(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    conv = store.add_turn("u", None, answer("Roma children?"))
    fb = store.add_feedback("u", conv.id, 0, "not_helpful")
    store.comment("u", fb.id, "  Missed paragraph 25. ")
    store.comment("someone else", fb.id, "overwritten?")
    store.delete("u", conv.id)
    (kept,) = store.feedback()
    assert (kept.rating, kept.comment, kept.question) == (
        "not_helpful",
        "Missed paragraph 25.",
        "Roma children?",
    )
    assert kept.citations == (CITE,)
    with pytest.raises(RightsDeskError, match="no longer there"):
        store.add_feedback("u", conv.id, 0, "helpful")


def test_the_browser_secret_is_made_once(tmp_path: Path) -> None:
    secret = ConversationStore.beside(tmp_path).secret()
    assert len(secret) >= 24 and ConversationStore.beside(tmp_path).secret() == secret


def _race(folder: Path, shared: bool) -> list[BaseException]:
    """Four writers started together on `folder`, ten turns each: the errors they raised."""
    one = ConversationStore.beside(folder)
    start = threading.Barrier(4)
    failures: list[BaseException] = []

    def write(owner: str) -> None:
        store = one if shared else ConversationStore.beside(folder)
        start.wait()
        try:
            conv = store.add_turn(owner, None, answer("Q0"))
            for i in range(1, 10):
                store.add_turn(owner, conv.id, answer(f"Q{i}"))
        except BaseException as exc:  # reported by the caller, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(f"u{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures


@pytest.mark.parametrize("shared", [True, False], ids=["one store", "a store per writer"])
def test_concurrent_writers_lose_nothing(tmp_path: Path, shared: bool) -> None:
    """Writers start together on a new file: the first use (tables, WAL) must not race.

    A store per writer stands for several server processes sharing one folder. The race is
    run on several new files, since one start may happen to come out in order.
    """
    for attempt in range(6):
        folder = tmp_path / str(attempt)
        assert _race(folder, shared) == []
        store = ConversationStore.beside(folder)
        for i in range(4):
            (summary,) = store.summaries(f"u{i}")
            conv = store.get(f"u{i}", summary.id)
            assert conv is not None
            assert [t.question for t in conv.turns] == [f"Q{n}" for n in range(10)]


def test_an_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(RightsDeskError, match="conversation file"):
        ConversationStore(tmp_path / "file" / "c.sqlite3").summaries("u")


def test_cli_feedback_exports_json(tmp_path: Path) -> None:
    store = ConversationStore.beside(tmp_path)
    conv = store.add_turn("user:trainer", None, answer("Roma children?"))
    store.add_feedback("user:trainer", conv.id, 0, "helpful", "Exactly what I needed")
    result = rd(tmp_path, "feedback", "--json")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    row = json.loads(line)
    assert row["rating"] == "helpful" and row["comment"] == "Exactly what I needed"
    assert row["question"] == "Roma children?" and row["citations"][0]["paragraph"] == "24"
    text = rd(tmp_path, "feedback")
    assert "helpful" in text.stdout and "Roma children?" in text.stdout
    empty = rd(tmp_path / "none", "feedback", "--json")
    assert empty.returncode == 0 and empty.stdout == ""
