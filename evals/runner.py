"""`rightsdesk eval`: the gold set through Rights Desk and three baselines, a report, a gate.

The gate fails when a Rights Desk metric misses its floor or ceiling in evals/thresholds.json,
or is more than `max_drop` (3 points) worse than the committed evals/baseline.json for the
same answer mode. Progress goes to stderr under `--json`, which prints one object on stdout.
Record an accepted run as the new baseline with `python -m evals.runner --write-baseline`.
Does not tune anything: thresholds and the baseline are committed data.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evals.gold import EVALS_DIR, GoldError, GoldItem, load_gold, load_labels, unknown_keys
from evals.metrics import Judge, QuestionScore, by_type, calibrate, score_question, summarise
from rightsdesk.errors import RightsDeskError
from rightsdesk.settings import BUNDLED_CORPUS, Settings

if TYPE_CHECKING:
    from assistant.service import Assistant
    from evals.baselines import System
    from evals.gold import SupportLabel

THRESHOLDS = EVALS_DIR / "thresholds.json"
BASELINE = EVALS_DIR / "baseline.json"
Log = Callable[[str], None]


def gate(
    metrics: Mapping[str, float | None],
    thresholds: Mapping[str, Any],
    baseline: Mapping[str, float] | None = None,
) -> list[str]:
    """Why the gate fails (empty when it passes): a missed floor/ceiling, or a drop vs the baseline."""
    failures = []
    max_drop = float(thresholds.get("max_drop", 0.03))
    for name, rule in thresholds["metrics"].items():
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name}: not measured")
            continue
        if "min" in rule and value < rule["min"] - 1e-9:
            failures.append(f"{name} = {value:.3f} is below its floor {rule['min']}")
        if "max" in rule and value > rule["max"] + 1e-9:
            failures.append(f"{name} = {value:.3f} is above its ceiling {rule['max']}")
        base = (baseline or {}).get(name)
        if base is not None:
            worse = value - base if "max" in rule else base - value
            if worse > max_drop + 1e-9:
                failures.append(
                    f"{name} = {value:.3f} is {worse * 100:.1f} points worse than the baseline {base:.3f}"
                )
    return failures


def lexical_judge(
    labels: Sequence[SupportLabel], texts: Mapping[str, str]
) -> tuple[Judge, dict[str, Any]]:
    """The offline support check, its threshold calibrated on the labelled pairs."""
    from assistant.support import SUPPORT_THRESHOLD, support_score

    pairs = [
        (support_score(lab.sentence, texts[lab.unit]), lab.supported)
        for lab in labels
        if lab.unit in texts
    ]
    threshold, agreement = calibrate(pairs, SUPPORT_THRESHOLD)
    at_default = (
        sum((s >= SUPPORT_THRESHOLD) == ok for s, ok in pairs) / len(pairs) if pairs else 0.0
    )
    info = {
        "kind": "lexical",
        "threshold": threshold,
        "default_threshold": SUPPORT_THRESHOLD,
        "agreement": agreement,
        "agreement_at_default": at_default,
        "labels": len(pairs),
    }
    return (lambda sentence, passage: support_score(sentence, passage) >= threshold), info


def llm_judge(
    assistant: Assistant, labels: Sequence[SupportLabel], texts: Mapping[str, str]
) -> tuple[Judge, dict[str, Any]]:
    """LlamaIndex's FaithfulnessEvaluator as the support judge (is the statement supported?)."""
    from llama_index.core.evaluation import FaithfulnessEvaluator

    assert assistant.llm is not None
    evaluator = FaithfulnessEvaluator(llm=assistant.llm.llm)
    cache: dict[tuple[str, str], bool] = {}

    def judge(sentence: str, passage: str) -> bool:
        if (sentence, passage) not in cache:
            result = evaluator.evaluate(response=sentence, contexts=[passage])
            cache[sentence, passage] = bool(result.passing)
        return cache[sentence, passage]

    pairs = [
        (judge(lab.sentence, texts[lab.unit]), lab.supported) for lab in labels if lab.unit in texts
    ]
    agreement = sum(p == ok for p, ok in pairs) / len(pairs) if pairs else 0.0
    return judge, {"kind": "llm", "agreement": agreement, "labels": len(pairs)}


def llm_judged(
    assistant: Assistant, gold: Sequence[GoldItem], answers: Sequence[Any], texts: Mapping[str, str]
) -> dict[str, float | None]:
    """LlamaIndex's faithfulness and relevancy judgements of Rights Desk's (non-abstained) answers."""
    from llama_index.core.evaluation import FaithfulnessEvaluator, RelevancyEvaluator

    assert assistant.llm is not None
    faith, rel = (
        FaithfulnessEvaluator(llm=assistant.llm.llm),
        RelevancyEvaluator(llm=assistant.llm.llm),
    )
    f_scores, r_scores = [], []
    for item, out in zip(gold, answers, strict=True):
        if out.abstained or not item.answerable:
            continue
        contexts = [texts[k] for k in dict.fromkeys(out.cited) if k in texts]
        f_scores.append(float(bool(faith.evaluate(response=out.text, contexts=contexts).passing)))
        r_scores.append(
            float(
                bool(
                    rel.evaluate(query=item.question, response=out.text, contexts=contexts).passing
                )
            )
        )
    mean = lambda xs: sum(xs) / len(xs) if xs else None  # noqa: E731
    return {"llm_faithfulness": mean(f_scores), "llm_relevancy": mean(r_scores)}


def _systems(
    assistant: Assistant, baselines: bool, log: Log
) -> tuple[list[System], dict[str, int]]:
    from evals.baselines import Naive, QueryEmbeddings, RightsDesk, SingleSignal

    systems: list[System] = [RightsDesk(assistant)]
    if not baselines:
        return systems, {}
    log("building the naive baseline (default-size chunks of the raw files, in-memory vectors)...")
    embeddings = QueryEmbeddings(assistant.embed_model)
    naive = Naive(assistant.corpus, BUNDLED_CORPUS, assistant.embed_model, embeddings)
    systems += [
        naive,
        SingleSignal(assistant, "bm25", embeddings),
        SingleSignal(assistant, "dense", embeddings),
    ]
    mapped, units = naive.coverage
    return systems, {"chunks": naive.chunks, "mapped": mapped, "units": units}


def evaluate(settings: Settings, baselines: bool = True, log: Log = print) -> dict[str, Any]:
    """Run every system over the gold set; the summary the report and the gate are made from."""
    from evals.report import failing_questions
    from rightsdesk.app import build_assistant

    gold, labels = load_gold(), load_labels()
    t0 = time.perf_counter()
    assistant = build_assistant(settings)  # the one model load of the run
    corpus = assistant.corpus
    views = [v for doc_id in corpus.docs for v in corpus.units(doc_id)]
    texts = {v.key: v.text for v in views}
    refs = {v.reference(): v.key for v in views}
    if missing := unknown_keys(gold, texts):
        sample = "; ".join(f"{q}: {', '.join(k)}" for q, k in list(missing.items())[:3])
        raise GoldError(
            f"{len(missing)} gold question(s) cite units the index does not hold ({sample}): "
            "ingest the bundled corpus, or fix evals/gold.jsonl."
        )
    if unlabelled := [lab.id for lab in labels if lab.unit not in texts]:
        log(f"warning: support labels for units not in the index, skipped: {', '.join(unlabelled)}")
    if assistant.llm is not None:
        judge, judge_info = llm_judge(assistant, labels, texts)
    else:
        judge, judge_info = lexical_judge(labels, texts)
    systems, naive_info = _systems(assistant, baselines, log)
    log(f"loaded in {time.perf_counter() - t0:.1f} s")
    results: dict[str, dict[str, float | None]] = {}
    types: dict[str, dict[str, float | None]] = {}
    rd_scores: list[QuestionScore] = []
    rd_outputs: list[Any] = []
    for system in systems:
        t1 = time.perf_counter()
        outputs = [system.answer(item) for item in gold]
        scores = [
            score_question(
                qid=g.id,
                qtype=g.type,
                answerable=g.answerable,
                must=g.must_cite,
                may=g.may_cite,
                facts=g.key_facts,
                retrieved=o.retrieved,
                cited=o.cited,
                quotes=o.quotes,
                abstained=o.abstained,
                text=o.text,
                latency_ms=o.latency_ms,
                texts=texts,
                refs=refs,
                judge=judge,
            )
            for g, o in zip(gold, outputs, strict=True)
        ]
        results[system.name], types[system.name] = summarise(scores), by_type(scores)
        if system.name == "rightsdesk":
            rd_scores, rd_outputs = scores, outputs
        log(f"{system.name}: {len(gold)} questions in {time.perf_counter() - t1:.1f} s")
    llm_note = "skipped: no language model is configured (set OPENAI_API_KEY or OPENAI_BASE_URL)."
    if assistant.llm is not None:
        log("LLM-judged faithfulness and relevancy...")
        results["rightsdesk"] |= llm_judged(assistant, gold, rd_outputs, texts)
        llm_note = "measured with LlamaIndex's FaithfulnessEvaluator and RelevancyEvaluator."
    return {
        "questions": len(gold),
        "unanswerable": sum(1 for g in gold if not g.answerable),
        "mode": assistant.mode,
        "systems": results,
        "by_type": types,
        "judge": judge_info,
        "llm_judged": llm_note,
        "naive_pipeline": naive_info or None,
        "failing": failing_questions(rd_scores, gold),
    }


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def run_suite(
    settings: Settings,
    out: Path = EVALS_DIR / "report",
    as_json: bool = False,
    baselines: bool = True,
    echo: Log = print,
) -> bool:
    """Run everything, write the report, print the table (or one JSON object); True when the gate passes."""
    from evals.report import table, write_report

    log: Log = (lambda msg: print(msg, file=sys.stderr)) if as_json else echo
    summary = evaluate(settings, baselines, log)
    thresholds = _load(THRESHOLDS)
    baseline = _load(BASELINE).get(summary["mode"])
    failures = gate(summary["systems"]["rightsdesk"], thresholds, baseline)
    if baseline is None:
        log(f"note: no committed baseline for {summary['mode']} mode; floors only.")
    summary = {
        "passed": not failures,
        "thresholds": thresholds,
        "gate_failures": failures,
    } | summary
    write_report(summary, out)
    if as_json:
        keys = ("questions", "unanswerable", "passed", "thresholds", "systems")
        print(json.dumps({k: summary[k] for k in keys}, ensure_ascii=False))
        return not failures
    echo(table(summary))
    n_failing = len({e["id"] for entries in summary["failing"].values() for e in entries})
    echo(f"\n{n_failing} question(s) with a miss; by cause in {out / 'report.md'}")
    echo(f"Report: {out / 'report.md'}, {out / 'results.json'}, {out / 'metrics.png'}")
    echo("Gate: PASSED" if not failures else "Gate: FAILED\n  " + "\n  ".join(failures))
    return not failures


def write_baseline(settings: Settings, path: Path = BASELINE) -> dict[str, float | None]:
    """Record Rights Desk's current metrics (latency excluded) as the baseline for its mode."""
    summary = evaluate(settings, baselines=False, log=lambda m: print(m, file=sys.stderr))
    metrics = {
        k: (round(v, 4) if v is not None else None)
        for k, v in summary["systems"]["rightsdesk"].items()
        if not k.startswith("latency")
    }
    data = _load(path) | {summary["mode"]: metrics}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m evals.runner [--write-baseline]`."""
    import argparse

    from rightsdesk.settings import configure_offline

    parser = argparse.ArgumentParser(prog="python -m evals.runner", description=__doc__)
    parser.add_argument("--write-baseline", action="store_true", help="record the current metrics")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    configure_offline()
    try:
        if args.write_baseline:
            write_baseline(Settings())
            print(f"baseline written: {BASELINE}", file=sys.stderr)
            return 0
        return 0 if run_suite(Settings(), as_json=args.json) else 1
    except RightsDeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
