"""`rightsdesk eval`: run the gold set through Rights Desk and the baselines, report, gate.

The gate fails when a Rights Desk metric is below its floor (evals/thresholds.json) or more
than 3 points worse than the committed baseline (evals/baseline.json). Progress goes to
stderr; `--json` prints one object on stdout. `python -m evals.runner --write-baseline`
records the current Rights Desk figures as the new baseline.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals.gold import EVALS_DIR, load_gold, load_labels, split_of
from evals.metrics import Outcome, by_type, citation_recall, key_fact_coverage, summarise
from evals.russian import russian_suite, summary_line
from rightsdesk.domain import Document
from rightsdesk.settings import BUNDLED_CORPUS, PROJECT_ROOT, Settings

MAX_DROP = 0.03
SYSTEMS = ("rightsdesk", "naive", "bm25", "dense")


def gate(
    metrics: dict[str, float], thresholds: dict[str, dict[str, float]], baseline: dict[str, float]
) -> list[str]:
    """Reasons the gate fails (empty when it passes)."""
    failures = []
    for name, rule in thresholds.items():
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name}: not measured")
            continue
        if "min" in rule and value < rule["min"]:
            failures.append(f"{name} = {value:.3f} is below the floor {rule['min']:.3f}")
        if "max" in rule and value > rule["max"]:
            failures.append(f"{name} = {value:.3f} is above the ceiling {rule['max']:.3f}")
        base = baseline.get(name)
        if base is not None and "min" in rule and value < base - MAX_DROP:
            failures.append(
                f"{name} = {value:.3f} dropped more than 3 points from the baseline {base:.3f}"
            )
        if base is not None and "max" in rule and rule["max"] > 0 and value > base + MAX_DROP:
            failures.append(
                f"{name} = {value:.3f} rose more than 3 points above the baseline {base:.3f}"
            )
    return failures


def support_agreement(texts: dict[str, str]) -> dict[str, float]:
    """Agreement of the lexical support check with the labelled pairs."""
    from assistant.support import supports

    labels = [lab for lab in load_labels() if lab.unit in texts]
    if not labels:
        return {}
    right = sum(1 for lab in labels if supports(lab.sentence, texts[lab.unit]) == lab.supported)
    return {"support_check_agreement": right / len(labels), "support_labels": float(len(labels))}


def failing(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """Questions where Rights Desk missed something, with what was missed."""
    out = []
    for o in outcomes:
        missed = sorted(set(o.must) - set(o.cited))
        extra = sorted(set(o.cited) - set(o.must) - set(o.may))
        facts = [f for f in o.facts if f.lower() not in o.answer.lower()]
        problem = []
        if o.answerable and o.abstained:
            problem.append("abstained")
        if not o.answerable and not o.abstained:
            problem.append("answered an unanswerable question")
        if missed and not o.abstained:
            problem.append(f"missed {', '.join(missed)}")
        if extra:
            problem.append(f"also cited {', '.join(extra)}")
        if facts and not o.abstained:
            problem.append(f"key facts absent: {', '.join(facts)}")
        if problem:
            out.append({"id": o.qid, "type": o.qtype, "problems": problem})
    return out


def run_suite(
    settings: Settings,
    out: Path = EVALS_DIR / "report",
    as_json: bool = False,
    baselines: bool = True,
    echo: Callable[[str], None] = print,
) -> bool:
    """Run everything, write the report, print the table (or JSON); True when the gate passes."""
    from evals.report import write_report
    from evals.systems import Naive, RightsDesk, SingleSignal
    from rightsdesk.app import build_assistant

    log = (lambda msg: print(msg, file=sys.stderr)) if as_json else echo
    gold = load_gold()
    assistant = build_assistant(settings)
    docs = assistant.corpus.all_documents()
    texts, country_of = unit_texts(docs)
    systems: list[Any] = [RightsDesk(assistant)]
    if baselines:
        log("building the naive baseline (fixed-size chunks, vector top-k)...")
        systems += [
            Naive(assistant, BUNDLED_CORPUS),
            SingleSignal(assistant, "bm25"),
            SingleSignal(assistant, "dense"),
        ]
    test_ids = {g.id for g in gold if split_of(g.id) == "test"}
    results: dict[str, dict[str, float]] = {}
    splits: dict[str, dict[str, float]] = {}
    outcomes: dict[str, list[Outcome]] = {}
    for system in systems:
        log(f"running {system.name} on {len(gold)} questions...")
        outcomes[system.name] = [system.answer(item) for item in gold]
        test = [o for o in outcomes[system.name] if o.qid in test_ids]
        results[system.name] = summarise(test, texts, country_of)
    rd = outcomes["rightsdesk"]
    new_path = EVALS_DIR / "gold_new.jsonl"
    new_questions: dict[str, Any] = {}
    new_out: list[Outcome] = []
    if new_path.is_file():  # written before their retrieval work: reported, not gated yet
        new_gold = load_gold(new_path)
        log(f"running rightsdesk on {len(new_gold)} new questions (reported, not gated)...")
        new_out = [systems[0].answer(item) for item in new_gold]
        new_questions = by_split(new_out, texts, country_of)
    splits["dev"] = summarise([o for o in rd if o.qid not in test_ids], texts, country_of)
    splits["test"] = results["rightsdesk"]
    splits["all"] = summarise(rd, texts, country_of) | support_agreement(texts)
    splits["gap"] = {
        k: splits["dev"][k] - v for k, v in splits["test"].items() if k in splits["dev"]
    }
    results["rightsdesk"] |= support_agreement(texts)
    llm_judged: str | dict[str, Any] = "skipped: no language model configured"
    if assistant.llm is not None:
        from evals.judge import judge

        log("judging faithfulness and relevancy with the configured model...")
        llm_judged = judge(
            outcomes["rightsdesk"],
            {g.id: g.question for g in gold},
            texts,
            assistant.llm.llm,
            log,
        )
        results["rightsdesk"] |= {
            k: v for k, v in llm_judged.items() if k in ("llm_faithfulness", "llm_relevancy")
        }
    thresholds = json.loads((EVALS_DIR / "thresholds.json").read_text())
    base_path = EVALS_DIR / "baseline.json"
    baseline = json.loads(base_path.read_text()) if base_path.is_file() else {}
    # The floors were set (and the constants tuned) on the whole gold set before it was split;
    # they gate the whole set until the retrieval work of the next round moves them to `test`.
    # The scope suite is gated on dev; on test it is reported (see the split table).
    scope_rules = {k: v for k, v in thresholds.items() if k.startswith("scope_")}
    ru_rules = {k: v for k, v in thresholds.items() if k.startswith("ru_")}
    general = {k: v for k, v in thresholds.items() if k not in scope_rules and k not in ru_rules}
    failures = gate(splits["all"], general, baseline)
    failures += [f"dev: {f}" for f in gate(splits["dev"], scope_rules, {})]
    english = rd + new_out
    russian = russian_suite(systems[0], english, texts, country_of, log)
    if "gated" in russian:
        failures += [f"Russian: {f}" for f in gate(russian["gated"], ru_rules, {})]
    more = more_documents_suite(settings, log)
    if more.get("dev"):
        failures += [f"more-documents {f}" for f in gate(more["all"], MORE_RULES, {})]
    summary = {
        "questions": len(test_ids),
        "unanswerable": sum(1 for g in gold if not g.answerable and g.id in test_ids),
        "questions_all": len(gold),
        "split_sizes": {"dev": len(gold) - len(test_ids), "test": len(test_ids)},
        "passed": not failures,
        "thresholds": thresholds,
        "systems": results,
        "splits": splits,
        "gate_failures": failures,
        "by_type": {
            name: by_type([o for o in o_ if o.qid in test_ids]) for name, o_ in outcomes.items()
        },
        "by_type_dev": by_type([o for o in rd if o.qid not in test_ids]),
        "failing_questions": failing([o for o in rd if o.qid not in test_ids]),
        "failing_test_count": len(failing([o for o in rd if o.qid in test_ids])),
        "llm_judged": llm_judged,
        "new_questions": new_questions,
        "more_documents": more,
        "russian": russian,
    }
    write_report(summary, out)
    if as_json:
        print(
            json.dumps(
                {
                    k: summary[k]
                    for k in (
                        "questions",
                        "unanswerable",
                        "split_sizes",
                        "passed",
                        "thresholds",
                        "systems",
                        "splits",
                        "russian",
                    )
                }
            )
        )
    else:
        from evals.report import split_table, table

        echo(table(summary))
        echo("")
        echo(split_table(summary))
        echo("")
        echo(summary_line(russian))
        echo(
            f"\nReport: {out / 'report.md'} (JSON: {out / 'results.json'}, chart: {out / 'metrics.png'})"
        )
        echo("Gate: PASSED" if not failures else "Gate: FAILED\n  " + "\n  ".join(failures))
    return not failures


def unit_texts(docs: list[Document]) -> tuple[dict[str, str], dict[str, str]]:
    """Every unit's text by key ("doc::number"), and every document's country by id."""
    texts = {f"{d.id}::{p.number}": p.text for d in docs for p in d.paragraphs} | {
        f"{d.id}::{r.number}": r.text for d in docs for r in d.rows
    }
    return texts, {d.id: d.country for d in docs}


def by_split(
    outcomes: list[Outcome], texts: dict[str, str], country_of: dict[str, str]
) -> dict[str, Any]:
    """Metrics and per-type figures of the dev and the test questions, apart."""
    out: dict[str, Any] = {}
    for name in ("dev", "test"):
        part = [o for o in outcomes if split_of(o.qid) == name]
        out[name] = summarise(part, texts, country_of) | {"questions": len(part)}
        out[f"by_type_{name}"] = by_type(part)
    return out


MORE_DOCUMENTS = PROJECT_ROOT.parent / "shared" / "more-documents"
MORE_RULES: dict[str, dict[str, float]] = {
    "unverifiable_quotes": {"max": 0},
    "cited_not_retrieved": {"max": 0},
}


def more_documents_suite(settings: Settings, log: Callable[[str], None]) -> dict[str, Any]:
    """The gold questions on the families users add (evals/gold_more.jsonl), asked of an index of
    the bundled corpus plus ../shared/more-documents (UPR reports, CERD, PDFs), built beside the
    main index (data/more-index; unchanged files are not re-read). Skipped, and said so, when the
    folder is not there."""
    from evals.systems import RightsDesk
    from rightsdesk.app import build_assistant, build_ingestor

    path = EVALS_DIR / "gold_more.jsonl"
    if not path.is_file() or not MORE_DOCUMENTS.is_dir():
        return {"skipped": f"no {MORE_DOCUMENTS} or no {path.name}"}
    more = settings.model_copy(update={"data_dir": settings.data_dir.parent / "more-index"})
    log(f"indexing the bundled corpus and {MORE_DOCUMENTS} into {more.data_dir}...")
    report = build_ingestor(more).ingest([BUNDLED_CORPUS, MORE_DOCUMENTS])
    if report.errors:
        return {"skipped": f"ingest failed: {report.errors[0].file}: {report.errors[0].reason}"}
    assistant = build_assistant(more)
    docs = assistant.corpus.all_documents()
    texts, country_of = unit_texts(docs)
    gold = load_gold(path)
    log(f"running rightsdesk on {len(gold)} questions on the more-documents families...")
    outcomes = [RightsDesk(assistant).answer(item) for item in gold]
    out: dict[str, Any] = {"documents": len(docs), "questions": len(gold)}
    out |= by_split(outcomes, texts, country_of)
    out["all"] = summarise(outcomes, texts, country_of)
    out["failing_dev"] = failing([o for o in outcomes if split_of(o.qid) == "dev"])
    return out


def _write_baseline() -> None:
    from rightsdesk.settings import configure_offline

    configure_offline()
    settings = Settings()
    run_suite(settings, baselines=False, echo=lambda m: print(m, file=sys.stderr))
    results = json.loads((EVALS_DIR / "report" / "results.json").read_text())["splits"][
        "all"
    ]  # what the general floors gate
    keep = {k: round(v, 4) for k, v in results.items() if not k.startswith("latency")}
    (EVALS_DIR / "baseline.json").write_text(json.dumps(keep, indent=2) + "\n")
    print(f"baseline written: {EVALS_DIR / 'baseline.json'}")


__all__ = ["citation_recall", "gate", "key_fact_coverage", "run_suite"]

if __name__ == "__main__" and "--write-baseline" in sys.argv:
    _write_baseline()
