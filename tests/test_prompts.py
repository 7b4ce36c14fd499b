"""Prompt files: each renders with its variables, names the ones missing, and the answer
prompt the model receives is pinned by a snapshot (UPDATE_SNAPSHOTS=1 rewrites it)."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest

from prompts.loader import PROMPTS_DIR, MissingVariables, load_prompt
from rightsdesk.errors import RightsDeskError

SNAPSHOTS = Path(__file__).parent / "snapshots"
VARIABLES = {  # every prompt file and the variables it must take
    "answer_system": {"max_sentences"},
    "answer_user": {"passages", "question"},
    "condense": {"history", "question"},
    "rewrite_ru": {"history", "question"},
    "answer_system_ru": {"max_sentences"},
    "answer_user_ru": {"passages", "question", "english"},
    "hyde": {"context_str"},
}


def test_every_prompt_file_is_listed_here() -> None:
    assert {p.stem for p in PROMPTS_DIR.glob("*.txt")} == set(VARIABLES)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_prompt_renders_and_names_missing_variables(name: str) -> None:
    template = load_prompt(name)
    assert template.variables == VARIABLES[name]
    values = {v: f"<<{v} value {{with braces}}>>" for v in template.variables}
    rendered = template.render(**values, unused="ignored")
    for value in values.values():
        assert value in rendered  # substituted once, braces in values kept literally
    assert "{" not in rendered.replace("{with braces}", "")  # no placeholder left
    for missing in sorted(template.variables):
        partial = {k: v for k, v in values.items() if k != missing}
        with pytest.raises(MissingVariables, match=rf"{name}.*\b{re.escape(missing)}\b"):
            template.render(**partial)


def test_missing_variables_are_all_named() -> None:
    with pytest.raises(MissingVariables, match="passages, question"):
        load_prompt("answer_user").render()


def test_unknown_prompt_is_a_clear_error() -> None:
    with pytest.raises(RightsDeskError, match=r"No prompt file nope\.txt"):
        load_prompt("nope")


def _evidence() -> list[object]:
    """Two fixed units: a concluding-observations paragraph and a national-plan row."""
    from assistant.corpus import UnitView
    from assistant.extractive import Evidence
    from rightsdesk.domain import Agency, Document, Paragraph, PlanRow

    co = Document(
        id="crc-opsc-tjk-co-1",
        symbol="CRC/C/OPSC/TJK/CO/1",
        title="Concluding observations on the report submitted by Tajikistan",
        body="Committee on the Rights of the Child",
        country="Tajikistan",
        year=2017,
        kind="concluding_observations",
        short_name="CRC/C/OPSC/TJK/CO/1",
    )
    para = Paragraph(
        doc_id=co.id,
        number="24",
        text=(
            "The Committee regrets the insufficient information provided by the State party on "
            "efforts undertaken to prevent children becoming victims of offences under the "
            "Optional Protocol, particularly children in vulnerable situations, including Roma "
            "children (Mughat and Lyuli), as well as refugee children."
        ),
        role="concern",
    )
    plan = Document(
        id="tjk-npa-2018",
        symbol=None,
        title="National Plan of Action 2018-2022",
        body="Government of Tajikistan",
        country="Tajikistan",
        year=2018,
        kind="national_plan",
        short_name="National Plan of Action 2018-2022 (OPSC)",
    )
    row = PlanRow(
        doc_id=plan.id,
        number="7",
        summary="Measures to protect children of national minorities",
        recommendations=("25",),
        activities=("Awareness-raising among Roma communities",),
        period="2019-2020",
        agencies=(Agency(abbreviation="MoLSP", name="Ministry of Labour and Social Protection"),),
        results="Roma children are protected",
    )
    return [Evidence(UnitView(co, para), 1.0), Evidence(UnitView(plan, row), 0.8, "link")]


def _rendered_answer_prompt() -> str:
    from llama_index.core.llms import MockLLM

    from assistant.llm import LLMAnswerer
    from assistant.understand import Query

    question = "What did the committee say about Roma children in Tajikistan?"
    query = Query(question=question, text=question, topic_terms=("roma", "children"))
    messages = LLMAnswerer(MockLLM()).messages(query, _evidence())  # type: ignore[arg-type]
    return "\n\n".join(f"{role.upper()}:\n{content}" for role, content in messages)


def test_answer_prompt_snapshot() -> None:
    """What the model receives for a fixed evidence list; a change must be deliberate."""
    path = SNAPSHOTS / "answer_prompt.txt"
    rendered = _rendered_answer_prompt().rstrip("\n") + "\n"  # files end with a newline
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.is_file(), f"no snapshot {path}: run with UPDATE_SNAPSHOTS=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if rendered != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                rendered.splitlines(),
                f"{path.name} (snapshot)",
                f"{path.name} (rendered now)",
                lineterm="",
            )
        )
        pytest.fail(
            f"the rendered answer prompt changed (UPDATE_SNAPSHOTS=1 accepts it):\n{diff}",
            pytrace=False,
        )
