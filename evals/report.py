"""The evaluation report: a terminal table, Markdown, JSON and a PNG chart.

Formatting only; the numbers come from `runner`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SHOWN = (
    "hit_rate",
    "recall_at_10",
    "mrr",
    "ndcg_at_10",
    "citation_recall",
    "citation_precision",
    "unverifiable_quotes",
    "cited_not_retrieved",
    "support_recall",
    "support_precision",
    "key_fact_coverage",
    "abstention_accuracy",
    "false_abstention_rate",
    "scope_accuracy",
    "scope_declined",
    "scope_moved",
    "latency_p50_ms",
    "latency_p95_ms",
    "llm_faithfulness",
    "llm_relevancy",
)


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if abs(value) >= 10 or float(value).is_integer() else f"{value:.3f}"


def _judged(judged: str | dict[str, Any]) -> str:
    if isinstance(judged, str):
        return judged
    return (
        f"faithfulness {_fmt(judged['llm_faithfulness'])}, relevancy {_fmt(judged['llm_relevancy'])} "
        f"over {judged['llm_judged_answers']} answers ({judged['llm_judge_errors']} judge errors)"
    )


def table(summary: dict[str, Any]) -> str:
    """Metrics (rows) by system (columns), as Markdown."""
    systems = list(summary["systems"])
    lines = ["| metric | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
    for metric in SHOWN:
        if all(metric not in summary["systems"][s] for s in systems):
            continue  # e.g. the LLM-judged metrics of a run without a model
        lines.append(
            f"| {metric} | "
            + " | ".join(_fmt(summary["systems"][s].get(metric)) for s in systems)
            + " |"
        )
    return "\n".join(lines)


def split_table(summary: dict[str, Any]) -> str:
    """Rights Desk on `dev` (tuned on) and `test` (never looked at while tuning), and the gap."""
    sp, sizes = summary["splits"], summary["split_sizes"]
    lines = [
        f"| metric | dev ({sizes['dev']}) | test ({sizes['test']}) | dev - test |",
        "|---|---|---|---|",
    ]
    for metric in SHOWN:
        if metric in sp["test"] and not metric.startswith("latency"):
            lines.append(
                f"| {metric} | {_fmt(sp['dev'].get(metric))} | {_fmt(sp['test'][metric])} | "
                f"{sp['gap'].get(metric, 0):+.3f} |"
            )
    return "\n".join(lines)


def write_report(summary: dict[str, Any], out: Path) -> None:
    """report.md, results.json and metrics.png under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    rd = summary["systems"]["rightsdesk"]
    lines = [
        "# Rights Desk evaluation",
        "",
        f"{summary['questions_all']} gold questions, split by a hash of their id into dev "
        f"({summary['split_sizes']['dev']}, tuned on) and test ({summary['split_sizes']['test']}, "
        f"{summary['unanswerable']} unanswerable); the systems table is on test; gate "
        + (
            "**passed**."
            if summary["passed"]
            else "**failed**: " + "; ".join(summary["gate_failures"])
        ),
        "",
        table(summary),
        "",
        f"Lexical support check agreement with {int(rd.get('support_labels', 0))} labelled pairs: "
        f"{_fmt(rd.get('support_check_agreement'))}. LLM-judged faithfulness/relevancy: {_judged(summary['llm_judged'])}.",
        "",
        "Baselines never abstain; they cite their top units (naive: the paragraphs inside its top two chunks).",
        "",
        "## Rights Desk on dev and test",
        "",
        split_table(summary),
        "",
        "## Citation recall by question type (abstention accuracy for unanswerable)",
        "",
        "| type | " + " | ".join(summary["by_type"]) + " |",
        "|---|" + "---|" * len(summary["by_type"]),
    ]
    types = sorted({t for v in summary["by_type"].values() for t in v})
    for t in types:
        lines.append(
            f"| {t} | "
            + " | ".join(_fmt(summary["by_type"][s].get(t)) for s in summary["by_type"])
            + " |"
        )
    lines += _new_questions(summary.get("new_questions") or {})
    lines += _more_documents(summary.get("more_documents") or {})
    if summary.get("russian"):
        from evals.russian import summary_line

        lines += [
            "",
            "## Russian questions (evals/gold_ru.jsonl): gated",
            "",
            summary_line(summary["russian"]),
        ]
        failing = summary["russian"].get("failing_dev") or []
        lines += ["", f"Dev Russian questions partly wrong: {', '.join(failing) or 'none'}."]
    lines += [
        "",
        f"## Dev questions Rights Desk got partly wrong ({summary['failing_test_count']} test questions"
        " also did; they are not listed, so that nobody tunes on them)",
        "",
    ]
    lines += [
        f"- {f['id']} ({f['type']}): {'; '.join(f['problems'])}"
        for f in summary["failing_questions"]
    ] or ["None."]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _chart(summary, out / "metrics.png")


def _new_questions(new: dict[str, Any]) -> list[str]:
    """The questions written for the next round of retrieval work: reported, not gated yet."""
    if not new:
        return []
    metrics = ("citation_recall", "citation_precision", "abstention_accuracy", "key_fact_coverage")
    lines = [
        "",
        "## New questions (evals/gold_new.jsonl): reported, not gated yet",
        "",
        f"| metric | dev ({new['dev']['questions']}) | test ({new['test']['questions']}) |",
        "|---|---|---|",
    ]
    lines += [f"| {m} | {_fmt(new['dev'].get(m))} | {_fmt(new['test'].get(m))} |" for m in metrics]
    types = sorted(new["by_type_test"])
    lines += [
        "",
        "| type (citation recall; abstention for unanswerable) | dev | test |",
        "|---|---|---|",
    ]
    lines += [
        f"| {t} | {_fmt(new['by_type_dev'].get(t))} | {_fmt(new['by_type_test'][t])} |"
        for t in types
    ]
    return lines


def _more_documents(more: dict[str, Any]) -> list[str]:
    """The questions on the families users add (UPR reports, CERD, PDFs)."""
    if not more:
        return []
    lines = ["", "## Questions on the more-documents families (evals/gold_more.jsonl)", ""]
    if "skipped" in more:
        return [*lines, f"Skipped: {more['skipped']}."]
    metrics = (
        "citation_recall",
        "citation_precision",
        "abstention_accuracy",
        "key_fact_coverage",
        "unverifiable_quotes",
    )
    lines += [
        f"{more['questions']} questions asked of an index of {more['documents']} documents (the "
        "bundled corpus plus ../shared/more-documents).",
        "",
        f"| metric | dev ({more['dev']['questions']}) | test ({more['test']['questions']}) |",
        "|---|---|---|",
    ]
    lines += [
        f"| {m} | {_fmt(more['dev'].get(m))} | {_fmt(more['test'].get(m))} |" for m in metrics
    ]
    types = sorted(set(more["by_type_dev"]) | set(more["by_type_test"]))
    lines += ["", "| type | dev | test |", "|---|---|---|"]
    lines += [
        f"| {t} | {_fmt(more['by_type_dev'].get(t))} | {_fmt(more['by_type_test'].get(t))} |"
        for t in types
    ]
    lines += ["", "Dev questions partly wrong:", ""]
    lines += [
        f"- {f['id']} ({f['type']}): {'; '.join(f['problems'])}" for f in more["failing_dev"]
    ] or ["None."]
    return lines


def _chart(summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = [
        "hit_rate",
        "mrr",
        "ndcg_at_10",
        "citation_recall",
        "citation_precision",
        "key_fact_coverage",
        "abstention_accuracy",
    ]
    systems = list(summary["systems"])
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(14, 5))
    width = 0.8 / len(systems)
    for i, s in enumerate(systems):
        ax1.bar(
            [m + i * width for m in range(len(metrics))],
            [summary["systems"][s].get(k, 0) for k in metrics],
            width,
            label=s,
        )
    ax1.set_xticks(
        [m + width * (len(systems) - 1) / 2 for m in range(len(metrics))],
        metrics,
        rotation=30,
        ha="right",
    )
    ax1.set_ylim(0, 1.05)
    ax1.set_title("Metrics per system")
    ax1.legend()
    per_type = summary["by_type"]["rightsdesk"]
    ax2.bar(list(per_type), list(per_type.values()), color="#2b6cb0")
    ax2.set_ylim(0, 1.05)
    ax2.set_title("Rights Desk: citation recall by question type")
    ax2.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
