"""The Russian questions (evals/gold_ru.jsonl, issue 13): metrics, and recall beside English.

Most Russian items translate an English gold item (`translates`); their citation recall is
compared with the English item's on the same questions, by split. The gate (`RU_RULES`, from
evals/thresholds.json's `ru_` rules) reads the whole set, as the general floors do. Does not run
the English suites.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from evals.gold import EVALS_DIR, GoldItem, load_gold, split_of
from evals.metrics import Outcome, by_type, citation_recall, mean, summarise

PATH = EVALS_DIR / "gold_ru.jsonl"


class Answers(Protocol):
    def answer(self, item: GoldItem) -> Outcome: ...


def paired(
    ru: list[Outcome], english: dict[str, Outcome], gold: dict[str, GoldItem]
) -> dict[str, float]:
    """Citation recall of the answerable translated items, Russian and English, and the ratio."""
    pairs = [
        (o, english[gold[o.qid].translates])
        for o in ru
        if o.answerable and gold[o.qid].translates in english
    ]
    ru_recall = mean([citation_recall(o) for o, _ in pairs])
    en_recall = mean([citation_recall(e) for _, e in pairs])
    return {
        "paired_questions": float(len(pairs)),
        "ru_citation_recall": ru_recall,
        "en_citation_recall": en_recall,
        "ru_recall_ratio": ru_recall / en_recall if en_recall else 0.0,
    }


def russian_suite(
    system: Answers,
    english: list[Outcome],
    texts: dict[str, str],
    country_of: dict[str, str],
    log: Callable[[str], None],
) -> dict[str, Any]:
    """Run the Russian questions; metrics and paired recall for dev, test and all."""
    if not PATH.is_file():
        return {"skipped": f"no {PATH.name}"}
    items = load_gold(PATH)
    gold = {g.id: g for g in items}
    log(f"running rightsdesk on {len(items)} Russian questions...")
    outcomes = [system.answer(g) for g in items]
    by_id = {o.qid: o for o in english}
    out: dict[str, Any] = {"questions": len(items)}
    for name in ("dev", "test", "all"):
        part = [o for o in outcomes if name == "all" or split_of(o.qid) == name]
        out[name] = (
            summarise(part, texts, country_of)
            | paired(part, by_id, gold)
            | {"questions": len(part)}
        )
        out[f"by_type_{name}"] = by_type(part)
    out["gated"] = {
        "ru_recall_ratio": out["all"]["ru_recall_ratio"],
        "ru_abstention_accuracy": out["all"]["abstention_accuracy"],
    }
    out["failing_dev"] = [
        o.qid
        for o in outcomes
        if split_of(o.qid) == "dev"
        and ((o.answerable and citation_recall(o) < 1.0) or (not o.answerable and not o.abstained))
    ]
    return out


def summary_line(ru: dict[str, Any]) -> str:
    """One paragraph for the terminal and the report."""
    if "skipped" in ru:
        return f"Russian questions: skipped ({ru['skipped']})."
    lines = []
    for name in ("dev", "test", "all"):
        m = ru[name]
        lines.append(
            f"{name} ({m['questions']}): citation recall {m['ru_citation_recall']:.3f} vs English "
            f"{m['en_citation_recall']:.3f} on the same {m['paired_questions']:.0f} questions "
            f"(ratio {m['ru_recall_ratio']:.3f}); abstention {m['abstention_accuracy']:.3f}; "
            f"precision {m['citation_precision']:.3f}; unverifiable quotes {m['unverifiable_quotes']:.0f}"
        )
    return "Russian questions (evals/gold_ru.jsonl):\n  " + "\n  ".join(lines)
