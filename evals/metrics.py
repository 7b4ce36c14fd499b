"""Evaluation metrics: retrieval (LlamaIndex's), citations, support, answers, latency.

Pure functions over plain values; nothing here runs a system.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from llama_index.core.evaluation.retrieval.metrics import MRR, NDCG, HitRate, Recall

from assistant.support import supports
from assistant.text import normalise_space
from vectorstore.nodes import unit_key

K = 10


@dataclass
class Outcome:
    """What one system did with one gold question."""

    qid: str
    qtype: str
    answerable: bool
    must: list[str]
    may: list[str]
    facts: list[str]
    retrieved: list[str] = field(default_factory=list)  # unit keys, ranked
    cited: list[str] = field(default_factory=list)  # unit keys
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (unit key, quote)
    lead_ins: list[tuple[str, str]] = field(default_factory=list)  # a quoted (b)'s lead-in
    answer: str = ""
    abstained: bool = False
    indirect: bool = False  # answered with the closest passages, labelled as not addressing it
    latency_ms: float = 0.0
    only_countries: list[str] = field(default_factory=list)  # scope items: allowed countries


def in_scope(o: Outcome, country_of: dict[str, str]) -> bool:
    """A scope item is right when an unanswerable one is declined with nothing cited, and an
    answerable one cites something and only units of the countries it names."""
    if not o.answerable:
        return o.abstained and not o.cited
    allowed = set(o.only_countries)
    return (
        not o.abstained
        and bool(o.cited)
        and all(country_of.get(k.split("::")[0]) in allowed for k in o.cited)
    )


def collapse(ids: Sequence[str]) -> list[str]:
    """Window ids to unit keys, first occurrence kept, order preserved."""
    return list(dict.fromkeys(unit_key(i) for i in ids))


def retrieval_scores(
    expected: Sequence[str], retrieved: Sequence[str], k: int = K
) -> dict[str, float]:
    """Hit rate, recall, MRR and nDCG at k, as LlamaIndex's RetrieverEvaluator computes them."""
    got = collapse(retrieved)[:k]
    exp = list(expected)
    if not got or not exp:
        return {"hit_rate": 0.0, "recall_at_10": 0.0, "mrr": 0.0, "ndcg_at_10": 0.0}
    return {
        "hit_rate": HitRate().compute(expected_ids=exp, retrieved_ids=got).score or 0.0,
        "recall_at_10": Recall().compute(expected_ids=exp, retrieved_ids=got).score or 0.0,
        "mrr": MRR().compute(expected_ids=exp, retrieved_ids=got).score or 0.0,
        "ndcg_at_10": NDCG().compute(expected_ids=exp, retrieved_ids=got).score or 0.0,
    }


def citation_recall(o: Outcome) -> float:
    """Share of the required units that were cited."""
    return len(set(o.must) & set(o.cited)) / len(o.must) if o.must else 1.0


def citation_precision(o: Outcome) -> float | None:
    """Share of cited units that are required or allowed (None when nothing is cited)."""
    if not o.cited:
        return None
    ok = set(o.must) | set(o.may)
    return sum(1 for c in set(o.cited) if c in ok) / len(set(o.cited))


def unverifiable_quotes(o: Outcome, texts: dict[str, str]) -> int:
    """Quotes not found verbatim (up to whitespace) in the unit they cite, or citing no unit."""
    bad = 0
    for key, quote in [*o.quotes, *o.lead_ins]:
        text = texts.get(key)
        if text is None or normalise_space(quote) not in normalise_space(text):
            bad += 1
    return bad


def support_pairs(o: Outcome, texts: dict[str, str]) -> tuple[int, int]:
    """(supported statements, statements): each quote is a statement judged against its unit."""
    total = len(o.quotes)
    ok = sum(1 for key, quote in o.quotes if key in texts and supports(quote, texts[key]))
    return ok, total


def key_fact_coverage(o: Outcome) -> float:
    """Share of the key facts present (case-insensitive) in the answer."""
    if not o.facts:
        return 1.0
    low = o.answer.lower()
    return sum(1 for f in o.facts if f.lower() in low) / len(o.facts)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100), linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarise(
    outcomes: Sequence[Outcome], texts: dict[str, str], country_of: dict[str, str] | None = None
) -> dict[str, float]:
    """Every metric of one system over the gold set (`country_of`: doc id -> country, for scope).

    The scope suite is scored by its own metrics (declined with nothing cited; cites only the
    country named); the other metrics are over the question types, as they always were."""
    scoped = [o for o in outcomes if o.qtype == "scope"]
    outcomes = [o for o in outcomes if o.qtype != "scope"]
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    retrieval = [retrieval_scores(o.must, o.retrieved) for o in answerable if o.must]
    precisions = [p for o in answerable if (p := citation_precision(o)) is not None]
    supported = [support_pairs(o, texts) for o in outcomes]
    n_ok, n_all = sum(a for a, _ in supported), sum(b for _, b in supported)
    cited_total = sum(len(set(o.cited)) for o in outcomes)
    out = {
        name: mean([r[name] for r in retrieval])
        for name in ("hit_rate", "recall_at_10", "mrr", "ndcg_at_10")
    }
    out |= {
        "citation_recall": mean([citation_recall(o) for o in answerable]),
        "citation_precision": mean(precisions),
        "unverifiable_quotes": float(sum(unverifiable_quotes(o, texts) for o in outcomes)),
        "cited_not_retrieved": float(
            sum(1 for o in outcomes for c in set(o.cited) if c not in set(o.retrieved))
        ),
        "support_recall": n_ok / n_all if n_all else 0.0,
        "support_precision": n_ok / cited_total if cited_total else 0.0,
        "key_fact_coverage": mean([key_fact_coverage(o) for o in answerable]),
        # declining, or saying the documents do not address it (closest passages), is right
        "abstention_accuracy": mean(
            [1.0 if o.abstained or o.indirect else 0.0 for o in unanswerable]
        ),
        # the share of answerable questions answered outright (not only the closest passages)
        "direct_answer_rate": mean([0.0 if o.abstained or o.indirect else 1.0 for o in answerable]),
        "false_abstention_rate": mean([1.0 if o.abstained else 0.0 for o in answerable]),
        "latency_p50_ms": percentile([o.latency_ms for o in outcomes], 50),
        "latency_p95_ms": percentile([o.latency_ms for o in outcomes], 95),
    }
    if scoped and country_of is not None:
        out |= {
            "scope_accuracy": mean([1.0 if in_scope(o, country_of) else 0.0 for o in scoped]),
            "scope_declined": mean(
                [1.0 if in_scope(o, country_of) else 0.0 for o in scoped if not o.answerable]
            ),
            "scope_moved": mean(
                [1.0 if in_scope(o, country_of) else 0.0 for o in scoped if o.answerable]
            ),
        }
    return out


def by_type(outcomes: Sequence[Outcome]) -> dict[str, float]:
    """Citation recall per question type (abstention accuracy for unanswerable ones)."""
    types: dict[str, list[float]] = {}
    for o in outcomes:
        score = citation_recall(o) if o.answerable else (1.0 if o.abstained or o.indirect else 0.0)
        types.setdefault(o.qtype, []).append(score)
    return {t: mean(v) for t, v in sorted(types.items())}
