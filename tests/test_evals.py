"""Evaluation logic: metrics on small tables, the gate, the gold set's own consistency."""

from __future__ import annotations

import pytest

from evals.gold import load_gold
from evals.metrics import (
    Outcome,
    citation_precision,
    citation_recall,
    collapse,
    key_fact_coverage,
    percentile,
    retrieval_scores,
    unverifiable_quotes,
)
from evals.runner import gate


def _o(**kw: object) -> Outcome:
    base = dict(
        qid="q", qtype="fact", answerable=True, must=["d::1", "d::2"], may=["d::3"], facts=["Roma"]
    )
    return Outcome(**(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cited", "recall", "precision"),
    [
        (["d::1", "d::2"], 1.0, 1.0),
        (["d::1", "d::3"], 0.5, 1.0),
        (["d::1", "d::9"], 0.5, 0.5),
        ([], 0.0, None),
    ],
)
def test_citation_recall_and_precision(
    cited: list[str], recall: float, precision: float | None
) -> None:
    o = _o(cited=cited)
    assert citation_recall(o) == recall and citation_precision(o) == precision


def test_windows_collapse_before_retrieval_metrics() -> None:
    assert collapse(["d::1#w1", "d::1", "d::2"]) == ["d::1", "d::2"]
    scores = retrieval_scores(["d::2"], ["d::1", "d::1#w1", "d::2"])
    assert scores["hit_rate"] == 1.0 and scores["mrr"] == 0.5


def test_quotes_must_be_verbatim() -> None:
    texts = {"d::1": "The Committee  regrets the lack\nof data."}
    o = _o(
        quotes=[("d::1", "regrets the lack of data"), ("d::1", "welcomes the data"), ("d::7", "x")]
    )
    assert unverifiable_quotes(o, texts) == 2


def test_key_facts_and_percentiles() -> None:
    assert key_fact_coverage(_o(answer="... roma children ...")) == 1.0
    assert key_fact_coverage(_o(answer="nothing")) == 0.0
    assert percentile([10, 20, 30, 40], 50) == 25 and percentile([], 95) == 0.0


def test_gate_floors_ceilings_and_drops() -> None:
    rules = {"citation_recall": {"min": 0.9}, "unverifiable_quotes": {"max": 0}}
    assert (
        gate({"citation_recall": 0.95, "unverifiable_quotes": 0}, rules, {"citation_recall": 0.96})
        == []
    )
    assert (
        "below the floor" in gate({"citation_recall": 0.85, "unverifiable_quotes": 0}, rules, {})[0]
    )
    assert (
        "above the ceiling"
        in gate({"citation_recall": 0.95, "unverifiable_quotes": 2}, rules, {})[0]
    )
    assert (
        "dropped more than 3 points"
        in gate(
            {"citation_recall": 0.92, "unverifiable_quotes": 0}, rules, {"citation_recall": 0.96}
        )[0]
    )
    assert "not measured" in gate({}, rules, {})[0]


def test_gold_set_covers_every_type_and_document() -> None:
    gold = load_gold()
    assert len(gold) >= 100 and sum(not g.answerable for g in gold) >= 20
    types = {g.type for g in gold}
    assert types == {
        "fact",
        "theme",
        "comparison",
        "followup",
        "lookup",
        "plan",
        "link",
        "paraphrase",
        "unanswerable",
        "scope",
    }
    docs = {k.split("::")[0] for g in gold for k in g.must_cite}
    assert len(docs) == 7
    assert all(g.history for g in gold if g.type == "followup")
    assert all(not g.must_cite for g in gold if not g.answerable)


def test_scale_generator_recombines_real_paragraphs() -> None:
    from evals.bench_scale import grow
    from tests.test_corpus_parsing import corpus

    docs = list(corpus().values())
    grown = grow(docs, 3)
    assert len(grown) == 3 * len(docs) and len({d.id for d in grown}) == len(grown)
    copy = next(d for d in grown if d.id == "crc-opsc-tjk-co-1-x1")
    assert (
        copy.country != "Tajikistan"
        and copy.paragraphs[23].text == corpus()["crc-opsc-tjk-co-1"].paragraphs[23].text
    )
    assert all(p.doc_id == copy.id for p in copy.paragraphs)


def test_llm_judge_through_the_real_client() -> None:
    """Faithfulness and relevancy verdicts from an OpenAI-compatible server on 127.0.0.1."""
    from llama_index.llms.openai_like import OpenAILike

    from evals.judge import judge
    from evals.metrics import Outcome
    from tests.fake_openai import FakeOpenAI, Reply

    def outcome(qid: str, abstained: bool = False) -> Outcome:
        return Outcome(
            qid=qid,
            qtype="fact",
            answerable=True,
            must=["d::1"],
            may=[],
            facts=[],
            cited=[] if abstained else ["d::1"],
            answer="The Committee regrets the lack of data (D, para. 1).",
            abstained=abstained,
        )

    texts = {"d::1": "1. The Committee regrets the lack of data on child victims."}
    with FakeOpenAI() as fake:
        llm = OpenAILike(
            model="fake-model", api_base=fake.url, api_key="k", is_chat_model=True, max_retries=0
        )
        # q1: faithful and relevant; q2: not faithful, relevant; q3 abstained: not judged.
        fake.script.push(Reply("text", "YES"), Reply("text", "YES"))
        fake.script.push(Reply("text", "NO"), Reply("text", "YES"))
        result = judge(
            [outcome("q1"), outcome("q2"), outcome("q3", abstained=True)],
            {"q1": "What about data?", "q2": "What about data?", "q3": "?"},
            texts,
            llm,
        )
        prompts = [m["content"] for r in fake.script.requests for m in r["messages"]]
    assert result == {
        "llm_faithfulness": 0.5,
        "llm_relevancy": 1.0,
        "llm_judged_answers": 2,
        "llm_judge_errors": 0,
    }
    assert len(fake.script.requests) == 4
    assert any("lack of data on child victims" in p for p in prompts)  # the cited paragraph
