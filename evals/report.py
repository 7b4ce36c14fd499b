"""The evaluation report: a terminal table, Markdown, JSON and a PNG chart.

Formatting and grouping only; every number comes from `metrics` through `runner`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.gold import GoldItem
from evals.metrics import QuestionScore

# (name, label); counts and milliseconds are printed as integers, the rest as ratios
METRICS = (
    ("hit_rate", "hit rate@10"),
    ("recall_at_10", "recall@10"),
    ("mrr", "MRR@10"),
    ("ndcg_at_10", "nDCG@10"),
    ("citation_recall", "citation recall"),
    ("citation_precision", "citation precision"),
    ("unverifiable_quotes", "unverifiable quotes (count)"),
    ("cited_nonexistent", "cited units that do not exist (count)"),
    ("cited_not_retrieved", "cited units not retrieved (count)"),
    ("support_recall", "ALCE support: citation recall"),
    ("support_precision", "ALCE support: citation precision"),
    ("key_fact_coverage", "key-fact coverage"),
    ("abstention_accuracy", "abstention accuracy (unanswerable)"),
    ("false_abstention_rate", "false abstentions (answerable)"),
    ("latency_p50_ms", "latency median (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
    ("llm_faithfulness", "LLM-judged faithfulness"),
    ("llm_relevancy", "LLM-judged relevancy"),
)
COUNTS = {"unverifiable_quotes", "cited_nonexistent", "cited_not_retrieved"}
LOWER_IS_BETTER = COUNTS | {"false_abstention_rate", "latency_p50_ms", "latency_p95_ms"}
CHARTED = (
    "hit_rate",
    "mrr",
    "ndcg_at_10",
    "citation_recall",
    "citation_precision",
    "key_fact_coverage",
    "abstention_accuracy",
)
CAUSES = {
    "abstained": "abstained on an answerable question",
    "answered": "answered an unanswerable question",
    "not_found": "required paragraph not retrieved at all",
    "not_cited": "required paragraph retrieved but not cited",
    "extra": "cited a paragraph neither required nor allowed",
    "facts": "key fact absent from the answer",
    "quotes": "quote not found verbatim in the cited paragraph",
    "invalid": "cited paragraph missing from the corpus or from the retrieved units",
    "unsupported": "statement not supported by its citations",
}


def fmt(name: str, value: float | None) -> str:
    """A metric value as printed."""
    if value is None:
        return "-"
    if name in COUNTS or name.endswith("_ms"):
        return f"{value:.0f}"
    return f"{value:.3f}"


def gain(name: str, ours: float | None, theirs: float | None) -> str:
    """Rights Desk relative to a baseline, as a ratio (higher-is-better ratios only)."""
    if ours is None or theirs is None or name in LOWER_IS_BETTER or name.startswith("llm_"):
        return ""
    return f"{ours / theirs:.1f}x" if theirs > 0 else ("inf" if ours > 0 else "")


def _rule(thresholds: dict[str, Any], name: str) -> str:
    rule = thresholds.get("metrics", {}).get(name, {})
    return (f">= {rule['min']}" if "min" in rule else "") + (
        f"<= {rule['max']}" if "max" in rule else ""
    )


def _rows(summary: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    systems = summary["systems"]
    names = list(systems)
    head = ["metric", *names, "rightsdesk / naive", "gate"]
    rows = []
    for name, label in METRICS:
        if all(systems[s].get(name) is None for s in names):
            continue
        values = [fmt(name, systems[s].get(name)) for s in names]
        ratio = gain(name, systems["rightsdesk"].get(name), systems.get("naive", {}).get(name))
        rows.append([label, *values, ratio, _rule(summary["thresholds"], name)])
    return head, rows


def table(summary: dict[str, Any]) -> str:
    """Metrics (rows) by system (columns), aligned for a terminal."""
    head, rows = _rows(summary)
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join("-" * w for w in widths)
    out = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [head, *rows]
    ]
    return "\n".join([out[0], line, *out[1:]])


def _md_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + [
        "| " + " | ".join(r) + " |" for r in rows
    ]


def failing_questions(
    scores: Sequence[QuestionScore], gold: Sequence[GoldItem]
) -> dict[str, list[dict[str, str]]]:
    """Rights Desk's failing questions grouped by cause, each with what was missed."""
    items = {g.id: g for g in gold}
    out: dict[str, list[dict[str, str]]] = {}

    def add(cause: str, s: QuestionScore, detail: str) -> None:
        q = items[s.qid]
        out.setdefault(cause, []).append(
            {"id": s.qid, "type": s.qtype, "question": q.question, "detail": detail}
        )

    for s in scores:
        if s.answerable and s.abstained:
            add("abstained", s, f"required {', '.join(items[s.qid].must_cite)}")
        if not s.answerable and not s.abstained:
            add("answered", s, "answered instead of saying the documents do not cover it")
        if not s.abstained:
            if s.not_found:
                add("not_found", s, ", ".join(s.not_found))
            if retrieved_missed := [k for k in s.missed if k not in s.not_found]:
                add("not_cited", s, ", ".join(retrieved_missed))
            if s.facts_missing:
                add("facts", s, ", ".join(s.facts_missing))
            if s.unsupported:
                add("unsupported", s, " | ".join(s.unsupported))
        if s.extra and s.answerable:
            add("extra", s, ", ".join(s.extra))
        if s.bad_quotes:
            add("quotes", s, " | ".join(s.bad_quotes))
        if s.nonexistent or s.not_retrieved:
            add("invalid", s, ", ".join(s.nonexistent + s.not_retrieved))
    return {c: out[c] for c in CAUSES if c in out}


def markdown(summary: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    judge, naive = summary["judge"], summary.get("naive_pipeline")
    verdict = "**passed**" if summary["passed"] else "**failed**"
    lines = [
        "# Rights Desk evaluation",
        "",
        f"{summary['questions']} gold questions ({summary['unanswerable']} unanswerable), "
        f"answer mode: {summary['mode']}. Gate {verdict}.",
    ]
    lines += [f"- {f}" for f in summary["gate_failures"]]
    head, rows = _rows(summary)
    lines += ["", "## Metrics", "", *_md_table(head, rows), ""]
    lines += [
        "Retrieval metrics are LlamaIndex's (HitRate, Recall, MRR, NDCG) over the top 10 units, "
        "windows of a paragraph collapsed first. Citation recall: required paragraphs cited, "
        "averaged over answerable questions (an abstention scores 0). Citation precision: cited "
        "paragraphs that are required or allowed, over answerable questions that cite. ALCE "
        "support: per statement, do its citations together support it (recall); per citation, "
        "is it needed (precision); judged by "
        + (
            f"the lexical support check at threshold {judge['threshold']:.2f}, calibrated on "
            f"{judge['labels']} labelled pairs: agreement {judge['agreement']:.3f} (at the "
            f"assistant's own threshold {judge['default_threshold']:.2f}: {judge['agreement_at_default']:.3f})."
            if judge["kind"] == "lexical"
            else f"the language model ({judge['labels']} labelled pairs: agreement {judge['agreement']:.3f})."
        ),
        "",
        f"LLM-judged faithfulness and relevancy: {summary['llm_judged']}",
        "",
        "## Baselines",
        "",
        "- **naive**: the raw .txt files of the bundled corpus, `SentenceSplitter()` at its "
        "default size, the same embedding model, an in-memory `VectorStoreIndex`, top 10 chunks, "
        "no metadata. A chunk is mapped to the parsed units it contains (at least half of a "
        "unit's word 4-grams in the chunk, candidates from the chunk's own file); the units of a "
        "chunk take consecutive ranks in reading order; a unit is quoted with its sentences "
        "found whole in the chunk."
        + (
            f" {naive['chunks']} chunks; {naive['mapped']} of {naive['units']} units map to a chunk."
            if naive
            else ""
        ),
        "- **bm25** / **dense**: our paragraph units, searched by the assistant's BM25 index alone "
        "or its Chroma collection alone.",
        "- Every baseline answers with its top 3 units, quoted, as citations; sees the question "
        "without its history; never abstains, so its abstention accuracy is 0 by construction.",
        "",
        "## Citation recall by question type",
        "",
        "(For `unanswerable`: abstention accuracy.)",
        "",
    ]
    names = list(summary["by_type"])
    types = sorted({t for v in summary["by_type"].values() for t in v})
    rows = [[t, *(fmt("", summary["by_type"][s].get(t)) for s in names)] for t in types]
    lines += [
        *_md_table(["type", *names], rows),
        "",
        "## Failing questions (Rights Desk), by cause",
        "",
    ]
    failing = summary["failing"]
    if not failing:
        lines.append("None.")
    for cause, entries in failing.items():
        lines += [f"### {CAUSES[cause]} ({len(entries)})", ""]
        lines += [f"- {e['id']} ({e['type']}) {e['question']} -- {e['detail']}" for e in entries]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_report(summary: dict[str, Any], out: Path) -> None:
    """report.md, results.json and metrics.png under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out / "report.md").write_text(markdown(summary), encoding="utf-8")
    chart(summary, out / "metrics.png")


def chart(summary: dict[str, Any], path: Path) -> None:
    """Metrics per system (left) and Rights Desk's citation recall per question type (right)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = list(summary["systems"])
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(15, 5.5), gridspec_kw={"width_ratios": [3, 2]})
    width = 0.8 / len(systems)
    for i, s in enumerate(systems):
        values = [summary["systems"][s].get(m) or 0.0 for m in CHARTED]
        ax1.bar([x + i * width for x in range(len(CHARTED))], values, width, label=s)
    ax1.set_xticks(
        [x + width * (len(systems) - 1) / 2 for x in range(len(CHARTED))],
        CHARTED,
        rotation=25,
        ha="right",
    )
    ax1.set_ylim(0, 1.05)
    ax1.set_title("Metrics per system")
    ax1.legend(loc="upper right", fontsize=8)
    per_type = summary["by_type"]["rightsdesk"]
    labels = [t if t != "unanswerable" else "unanswerable\n(abstention)" for t in per_type]
    ax2.bar(labels, [v or 0.0 for v in per_type.values()], color="#2b6cb0")
    ax2.set_ylim(0, 1.05)
    ax2.set_title("Rights Desk: citation recall per question type")
    ax2.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
