"""LLM-judged faithfulness and relevancy (LlamaIndex evaluators), when a model is configured.

Without a model these metrics are skipped and the report says so; the lexical support check
(`assistant.support`) stands in for faithfulness in every run. The judge is the configured
model itself, so its verdicts are a second opinion, not ground truth.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from evals.metrics import Outcome

if TYPE_CHECKING:
    from llama_index.core.llms import LLM

log = logging.getLogger(__name__)


def judge(
    outcomes: Sequence[Outcome],
    questions: dict[str, str],
    texts: dict[str, str],
    llm: LLM,
    log_progress: Callable[[str], None] = lambda _m: None,
) -> dict[str, Any]:
    """Share of answered questions the judge finds faithful to the cited paragraphs, and
    relevant to the question; a verdict the judge failed to give counts as a failure."""
    from llama_index.core.evaluation import FaithfulnessEvaluator, RelevancyEvaluator

    faithful_judge = FaithfulnessEvaluator(llm=llm)
    relevant_judge = RelevancyEvaluator(llm=llm)
    answered = [o for o in outcomes if not o.abstained and o.cited]
    faithful = relevant = errors = 0
    for i, o in enumerate(answered, 1):
        contexts = [texts[k] for k in dict.fromkeys(o.cited) if k in texts]
        query = questions.get(o.qid, "")
        for name, evaluator in (("faithful", faithful_judge), ("relevant", relevant_judge)):
            try:
                verdict = evaluator.evaluate(query=query, response=o.answer, contexts=contexts)
            except Exception as exc:  # a failing judge is counted, never fatal
                errors += 1
                log.warning("judge failed on %s (%s): %s", o.qid, name, exc)
                continue
            if verdict.passing:
                faithful += name == "faithful"
                relevant += name == "relevant"
        if i % 10 == 0:
            log_progress(f"  judged {i}/{len(answered)}")
    n = len(answered)
    return {
        "llm_faithfulness": faithful / n if n else 0.0,
        "llm_relevancy": relevant / n if n else 0.0,
        "llm_judged_answers": n,
        "llm_judge_errors": errors,
    }
