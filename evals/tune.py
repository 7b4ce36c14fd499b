"""`rightsdesk tune`: set the evidence-selection constants on the dev split, and only there.

Coordinate search over a small grid per constant, scoring each setting by the mean of
citation recall, citation precision, abstention accuracy, scope accuracy and the
direct-answer rate on the dev
questions of the bundled gold sets (gold.jsonl and gold_new.jsonl). The test split is never
read here. `--write` saves the best setting as the embedding model's config file
(`assistant/config/<model>.json`), which the assistant loads at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evals.gold import EVALS_DIR, GoldItem, load_gold, split_of
from evals.metrics import summarise
from evals.runner import unit_texts
from rightsdesk.settings import Settings

GOLD_FILES = ("gold.jsonl", "gold_new.jsonl")
OBJECTIVE = (
    "citation_recall",
    "citation_precision",
    "abstention_accuracy",
    "scope_accuracy",
    "direct_answer_rate",
)
GRID: dict[str, tuple[float, ...]] = {
    "keep_ratio": (0.8, 0.85, 0.9, 0.95),
    "min_match": (0.35, 0.4, 0.45, 0.5, 0.55),
    "min_dense": (0.55, 0.58, 0.62, 0.66),
    "min_dense_top": (0.4, 0.45, 0.5),
    "theme_units": (6, 8, 12, 16, 24),
    "theme_keep": (0.5, 0.6, 0.7),
    "part_units": (2, 3, 4),
    "expand_ratio": (0.5, 0.6, 0.7),
    "min_address": (0.3, 0.4, 0.5, 0.6),
    "min_near": (0.25, 0.3, 0.35, 0.4, 1.0),
    "lead_rank": (0, 1, 2, 3),
    "lead_bonus": (0.1, 0.2, 0.3),
    "role_bonus": (0.0, 0.1, 0.2, 0.3),
}
PASSES = 2
MIN_GAIN = 0.005  # a change must gain this much on dev; smaller gains are noise, not tuning


def dev_items() -> list[GoldItem]:
    """The dev questions of the bundled gold sets (the test split is not returned)."""
    return [
        x for name in GOLD_FILES for x in load_gold(EVALS_DIR / name) if split_of(x.id) == "dev"
    ]


def score(metrics: dict[str, float]) -> float:
    """The tuning objective: the mean of the objective metrics."""
    return sum(metrics.get(m, 0.0) for m in OBJECTIVE) / len(OBJECTIVE)


def run_tune(
    settings: Settings, write: bool = False, echo: Callable[[str], None] = print
) -> dict[str, Any]:
    """Search the grid on dev; return the best constants and their dev figures."""
    from evals.systems import RightsDesk
    from rightsdesk.app import build_assistant
    from vectorstore.embeddings import embed_model_id

    assistant = build_assistant(settings)
    selector = assistant.selector
    texts, country_of = unit_texts(assistant.corpus.all_documents())
    items = dev_items()
    system = RightsDesk(assistant)

    def measure() -> dict[str, float]:
        return summarise([system.answer(x) for x in items], texts, country_of)

    start = selector.config
    best_metrics = measure()
    best = score(best_metrics)
    echo(f"dev questions: {len(items)}; start {best:.4f} {_figures(best_metrics)}")
    for _ in range(PASSES):
        improved = False
        for name, values in GRID.items():
            for value in values:
                current = selector.config
                if getattr(current, name) == value:
                    continue
                selector.config = current.model_copy(
                    update={name: type(getattr(current, name))(value)}
                )
                metrics = measure()
                if score(metrics) >= best + MIN_GAIN:
                    best, best_metrics, improved = score(metrics), metrics, True
                    echo(f"  {name}={value}: {best:.4f} {_figures(metrics)}")
                else:
                    selector.config = current
        if not improved:
            break
    changed = {k: v for k, v in selector.config.model_dump().items() if start.model_dump()[k] != v}
    echo(f"best {best:.4f} {_figures(best_metrics)}; changed: {changed or 'nothing'}")
    model_id = embed_model_id(settings.embed_model)
    if write:
        path = selector.config.write(
            model_id,
            "Evidence-selection constants for this embedding model, set by `rightsdesk tune` "
            "on the dev split of the gold set only (never on test); see README.",
        )
        echo(f"wrote {path}")
    return {"model": model_id, "dev": best_metrics, "config": selector.config.model_dump()}


def _figures(m: dict[str, float]) -> str:
    return " ".join(f"{k.split('_')[-1]}={m.get(k, 0.0):.3f}" for k in OBJECTIVE)
