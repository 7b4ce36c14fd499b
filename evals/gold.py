"""The gold set and the labelled support pairs, read with strict models (unknown keys are errors).

Does not run anything.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.contract import Turn

EVALS_DIR = Path(__file__).resolve().parent
QuestionType = Literal[
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
    "upr",
]


class GoldItem(BaseModel):
    """One gold question."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    question: str
    history: list[Turn] = []
    type: QuestionType
    must_cite: list[str]
    may_cite: list[str] = []
    key_facts: list[str] = []
    answerable: bool
    notes: str = ""
    only_countries: list[str] = []  # every citation must come from a document of these countries
    translates: str = ""  # a Russian item: the id of the English item it translates


class SupportLabel(BaseModel):
    """A sentence, a paragraph, and whether the paragraph supports the sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    sentence: str
    unit: str  # doc_id::number
    supported: bool
    notes: str = ""


Split = Literal["dev", "test"]


def split_of(qid: str) -> Split:
    """The split a question belongs to, fixed by a hash of its id (never chosen by hand):
    constants are tuned on `dev`; `test` is what the gate and the README report."""
    return "test" if hashlib.sha256(qid.encode()).digest()[0] % 2 else "dev"


def load_gold(path: Path = EVALS_DIR / "gold.jsonl") -> list[GoldItem]:
    """Every gold question, in file order."""
    return [
        GoldItem.model_validate_json(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def load_labels(path: Path = EVALS_DIR / "support_labels.jsonl") -> list[SupportLabel]:
    """The labelled pairs that calibrate the lexical support check."""
    if not path.is_file():
        return []
    return [
        SupportLabel.model_validate_json(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
