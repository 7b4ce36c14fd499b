"""Russian questions in LLM mode, through the real openai client against the scripted server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.text import sentences
from prompts.loader import load_prompt
from tests.conftest import llm_assistant
from tests.fake_openai import FakeOpenAI, Reply

pytestmark = pytest.mark.slow
ROMA = "Что Комитет сказал о детях рома в Таджикистане?"
ROMA_EN = "What did the Committee say about Roma children in Tajikistan?"


@pytest.fixture(scope="module")
def llm(indexed_dir: Path) -> Iterator[tuple[Any, FakeOpenAI]]:
    with llm_assistant(indexed_dir) as pair:
        yield pair


def _first(assistant: Any, number: str) -> str:
    view = assistant.corpus.view("crc-opsc-tjk-co-1", number)
    return str(sentences(view.text)[0][1])


def _marker(ans: Any, number: str) -> int:
    """The marker the prompt gave paragraph `number` of CRC/C/OPSC/TJK/CO/1."""
    for line in (ans.prompt or "").splitlines():
        if line.startswith("[") and f"CRC/C/OPSC/TJK/CO/1, para. {number} " in line + " ":
            return int(line[1 : line.index("]")])
    raise AssertionError(f"para. {number} not in the prompt")


def test_model_rewrites_in_english_and_answers_in_russian(llm: tuple[Any, FakeOpenAI]) -> None:
    assistant, fake = llm
    q24, q25 = _first(assistant, "24"), _first(assistant, "25")
    fake.script.push(
        Reply("text", ROMA_EN),
        Reply("text", f"Комитет сожалеет: “{q24}” [1] Он рекомендует: “{q25}” [2]"),
    )
    ans = assistant.ask(ROMA)
    rewrite, answer = fake.script.requests[-2], fake.script.requests[-1]
    assert load_prompt("rewrite_ru").text.split("\n")[0] in rewrite["messages"][0]["content"]
    assert ROMA in rewrite["messages"][0]["content"]
    assert ans.standalone_query == ROMA_EN  # the model's reading: same scope as the offline one
    system = answer["messages"][0]["content"]
    assert system.startswith(load_prompt("answer_system_ru").text.split("\n")[0])
    assert ROMA in answer["messages"][1]["content"]
    assert ans.mode == "llm" and ans.language == "ru" and ans.notice is None
    assert {c.paragraph for c in ans.citations} == {"24", "25"}
    assert "Комитет сожалеет" in ans.answer and q24 in ans.answer
    for c in ans.citations:
        assert c.quote in assistant.corpus.view(c.doc_id, c.paragraph).text


def test_rewrite_that_moves_the_scope_is_refused(llm: tuple[Any, FakeOpenAI]) -> None:
    assistant, fake = llm
    fake.script.push(
        Reply("text", "What did the Committee say about Roma children in Turkmenistan?"),
        Reply("text", "NOT_IN_DOCUMENTS"),
    )
    ans = assistant.ask(ROMA)
    assert "Tajikistan" in ans.standalone_query and "Turkmenistan" not in ans.standalone_query
    assert ans.mode == "extractive" and {c.paragraph for c in ans.citations} >= {"24", "25"}
    assert ans.notice == "Языковая модель не нашла ответа во фрагментах; показаны ближайшие цитаты."


def test_invented_quote_is_dropped_and_misplaced_marker_repaired(
    llm: tuple[Any, FakeOpenAI],
) -> None:
    assistant, fake = llm
    q24, q25 = _first(assistant, "24"), _first(assistant, "25")
    fake.script.push(
        Reply("text", ROMA_EN),
        Reply(
            "text",
            f"Комитет сожалеет: “{q24}” [2] Комитет заявил: “Tajikistan has solved every "
            f"problem of Roma children.” [1] Он рекомендует: “{q25}” [2]",
        ),
    )
    ans = assistant.ask(ROMA)
    assert ans.mode == "llm"
    assert "solved every problem" not in ans.answer
    assert ans.notice == "Ссылки проверены: исправлено 1, удалено неподтверждённых предложений: 1."
    assert {c.paragraph for c in ans.citations} == {"24", "25"}
