"""The `ask` contract of DESIGN.md: batch lines in, answer JSON and text out.

Shared by the CLI, the web API and the evaluation harness, so that all three agree.
Does not answer anything itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from rightsdesk.domain import Answer
from rightsdesk.errors import RightsDeskError


class Turn(BaseModel):
    """One earlier turn of a conversation."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant", "system"]
    content: str


class BatchItem(BaseModel):
    """One line of an `ask --batch` file."""

    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    question: str
    history: list[Turn] = []

    @property
    def turns(self) -> list[dict[str, str]]:
        return [t.model_dump() for t in self.history]


def read_batch(path: Path) -> Iterator[BatchItem]:
    """Batch items, one JSON object per non-empty line; a bad line names its number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RightsDeskError(f"Cannot read {path}: {exc.__class__.__name__}") from exc
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = BatchItem.model_validate_json(line)
        except ValidationError as exc:
            raise RightsDeskError(
                f"{path.name}, line {i}: not a valid question object ({exc.errors()[0]['msg']})"
            ) from exc
        yield item


def answer_json(ans: Answer) -> dict[str, Any]:
    """The JSON object printed by `ask --json` (and returned by the web API)."""
    return {
        "id": ans.id,
        "question": ans.question,
        "answer": ans.answer,
        "abstained": ans.abstained,
        "mode": ans.mode,
        "language": ans.language,
        "citations": [
            {
                "doc_id": c.doc_id,
                "symbol": c.symbol,
                "title": c.title,
                "paragraph": c.paragraph,
                "subparagraph": c.subparagraph,
                "quote": c.quote,
                "lead_in": c.lead_in,
            }
            for c in ans.citations
        ],
        "standalone_query": ans.standalone_query,
        "notice": ans.notice,
        "notices": [*ans.notices, *([ans.notice] if ans.notice else [])],
        "timings_ms": {k: round(v, 2) for k, v in ans.timings_ms.items()},
    }


def render_text(ans: Answer) -> str:
    """The answer for a terminal."""
    parts = [ans.answer]
    for notice in reversed([*ans.notices, *([ans.notice] if ans.notice else [])]):
        parts.insert(0, f"[{notice}]")
    return "\n".join(parts)


def dumps(ans: Answer) -> str:
    """One JSON line."""
    return json.dumps(answer_json(ans), ensure_ascii=False)
