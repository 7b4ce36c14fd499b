"""What the chat renders, without a browser: markers, the source panel, export names."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.present import highlight
from rightsdesk.domain import Answer, Citation
from rightsdesk.web.render import (
    EMPTY_PANEL,
    answer_index,
    chat_text,
    citation_panel,
    export_name,
    first_panel,
    message_text,
    nth_answer,
)

ROMA = "What did the committee say about Roma children in Tajikistan?"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("One. Two three.\nFour.", "Two three. Four.", "One. <mark>Two three.\nFour.</mark>"),
        ("One. Two.", "Absent.", "One. Two."),
        ("One. Two.", None, "One. Two."),
        ("a (b) c", "(b)", "a <mark>(b)</mark> c"),
    ],
)
def test_highlight(text: str, quote: str | None, expected: str) -> None:
    assert highlight(text, quote) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (ROMA, "what-did-the-committee-say-about-roma-children-in-2025-03-04.md"),
        ("Что сказал комитет?", "chto-skazal-komitet-2025-03-04.md"),
        ("  Roma / OPSC: para. 24  ", "roma-opsc-para-24-2025-03-04.md"),
    ],
)
def test_export_name(title: str, expected: str) -> None:
    assert export_name(title, "md", date(2025, 3, 4)) == expected


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("plain", "plain"),
        ([{"type": "text", "text": "a"}, {"type": "text", "text": "b"}], "ab"),
        ({"text": "x"}, "x"),
        (None, ""),
    ],
)
def test_message_text(content: Any, text: str) -> None:
    assert message_text(content) == text


def test_markers_map_to_the_answer_they_are_in(assistant_session: Any) -> None:
    corpus = assistant_session.corpus
    first = assistant_session.ask(ROMA)
    second = assistant_session.ask("And what about Turkmenistan?", [
        {"role": "user", "content": ROMA}, {"role": "assistant", "content": first.answer}
    ])  # fmt: skip
    chat = [
        {"role": "user", "content": ROMA},
        {"role": "assistant", "content": [{"type": "text", "text": chat_text(first, corpus)}]},
        {"role": "user", "content": "boom"},
        {"role": "assistant", "content": "⚠️ Something went wrong"},  # an error, not an answer
        {"role": "user", "content": "And what about Turkmenistan?"},
        {"role": "assistant", "content": chat_text(second, corpus)},
    ]
    turns = [first, second]
    assert nth_answer(chat, turns, corpus, 0) == 0
    assert nth_answer(chat, turns, corpus, 1) is None
    assert nth_answer(chat, turns, corpus, 2) == 1
    assert nth_answer(chat, turns, corpus, 3) is None
    assert (
        answer_index(chat, turns, corpus, 5) == 1 and answer_index(chat, turns, corpus, 4) is None
    )
    panel = citation_panel(corpus, first, 2)
    assert "Source [2] of" in panel and "### CRC/C/OPSC/TJK/CO/1, para. 25" in panel
    assert "<mark>The Committee recommends that the State party adopt" in panel
    assert citation_panel(corpus, first, 99) == EMPTY_PANEL
    assert "CRC/C/OPSC/TKM/CO/1" in first_panel(corpus, turns)
    assert first_panel(corpus, []) == EMPTY_PANEL


def test_a_models_answer_gets_a_marker_after_each_reference(assistant_session: Any) -> None:
    corpus = assistant_session.corpus
    cite = [
        Citation(doc_id="crc-opsc-tjk-co-1", symbol="CRC/C/OPSC/TJK/CO/1", title="t",
                 paragraph=p, quote="q", reference=f"CRC/C/OPSC/TJK/CO/1, para. {p}")
        for p in ("2", "24")
    ]  # fmt: skip
    ans = Answer(
        question="q",
        mode="llm",
        abstained=False,
        citations=tuple(cite),
        answer="Roma children are at risk (CRC/C/OPSC/TJK/CO/1, para. 24). "
        "A law (CRC/C/OPSC/TJK/CO/1, para. 2; CRC/C/OPSC/TJK/CO/1, para. 24).",
    )
    assert chat_text(ans, corpus) == (
        "Roma children are at risk (CRC/C/OPSC/TJK/CO/1, para. 24 [2]). "
        "A law (CRC/C/OPSC/TJK/CO/1, para. 2 [1]; CRC/C/OPSC/TJK/CO/1, para. 24 [2])."
    )
    notice = ans.model_copy(update={"notices": ("Your question names Tajikistan",)})
    assert chat_text(notice, corpus).startswith("> **Note:** Your question names Tajikistan\n\n")


def test_the_interface_in_russian_renders_its_frame_in_russian(assistant_session: Any) -> None:
    """Issue 13: the panel, the mode line and a conversation's export in Russian; the
    documents' text, references and quotes as they print them."""
    from assistant.present import conversation_language, conversation_markdown
    from rightsdesk.web.render import empty_panel, mode_note

    corpus = assistant_session.corpus
    ru = assistant_session.ask("Что Комитет сказал о детях рома в Таджикистане?", [])
    en = assistant_session.ask(ROMA, [])
    assert ru.language == "ru" and en.language == "en"
    panel = citation_panel(corpus, ru, 2, "ru")
    assert "Источник [2] из" in panel and "### CRC/C/OPSC/TJK/CO/1, para. 25" in panel
    assert "Строки плана, выполняющие эту рекомендацию" in panel
    assert "<mark>The Committee recommends that the State party adopt" in panel
    assert first_panel(corpus, [], "ru") == empty_panel("ru") != EMPTY_PANEL
    assert mode_note(False, "", ru, "ru").startswith("Режим ответа:")
    assert conversation_language([ru]) == "ru" and conversation_language([en, ru]) == "en"
    md = conversation_markdown([ru])
    assert md.startswith("# Беседа в Rights Desk") and "## Вопрос: Что Комитет" in md
    assert "**Ссылки**" in md and "- [1] CRC/C/OPSC/TJK/CO/1, para. 24" in md
    assert "## Цитируемые документы" in md and "Mughat and Lyuli" in md
    assert conversation_markdown([en]).startswith("# Rights Desk conversation")
