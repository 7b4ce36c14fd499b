"""The gold set and the labelled support pairs, read with strict models (unknown keys are errors).

Validates the files' shape and their internal consistency; does not run or score anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from assistant.contract import Turn
from rightsdesk.errors import RightsDeskError

EVALS_DIR = Path(__file__).resolve().parent
UNIT_KEY = re.compile(r"^[a-z0-9][a-z0-9.-]*::[0-9A-Za-z.]+$")
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
]


class GoldError(RightsDeskError):
    """The gold set or the support labels are malformed."""


class GoldItem(BaseModel):
    """One gold question: what must (and may) be cited, and the facts the answer must carry."""

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

    @model_validator(mode="after")
    def _consistent(self) -> GoldItem:
        bad = [k for k in (*self.must_cite, *self.may_cite) if not UNIT_KEY.match(k)]
        if bad:
            raise ValueError(f"not doc_id::number keys: {bad}")
        if (self.type == "unanswerable") == self.answerable:
            raise ValueError("type 'unanswerable' goes with answerable=false, and only with it")
        if not self.answerable and (self.must_cite or self.key_facts):
            raise ValueError("an unanswerable question has no must_cite or key_facts")
        if self.answerable and not self.must_cite:
            raise ValueError("an answerable question needs at least one must_cite")
        if self.type == "followup" and not self.history:
            raise ValueError("a followup question needs its history")
        if set(self.must_cite) & set(self.may_cite):
            raise ValueError("a key is in both must_cite and may_cite")
        return self


class SupportLabel(BaseModel):
    """A sentence, a paragraph, and whether the paragraph supports the sentence.

    Written either with `unit` ("doc_id::number") or with `doc_id` and `paragraph`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    sentence: str
    unit: str
    supported: bool
    notes: str = ""

    @model_validator(mode="before")
    @classmethod
    def _unit_from_parts(cls, data: object) -> object:
        if isinstance(data, dict) and "unit" not in data and "doc_id" in data:
            data = dict(data)
            data["unit"] = f"{data.pop('doc_id')}::{data.pop('paragraph', '')}"
        return data


def _read(path: Path, model: type[BaseModel]) -> list[BaseModel]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate_json(line))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"]) or "line"
            raise GoldError(f"{path.name}, line {i}: {where}: {err['msg']}") from exc
    return out


def load_gold(path: Path = EVALS_DIR / "gold.jsonl") -> list[GoldItem]:
    """Every gold question, in file order (ids must be unique)."""
    if not path.is_file():
        raise GoldError(f"No gold set at {path}: write evals/gold.jsonl first.")
    items = [item for item in _read(path, GoldItem) if isinstance(item, GoldItem)]
    seen: set[str] = set()
    dup = [i.id for i in items if i.id in seen or seen.add(i.id)]  # type: ignore[func-returns-value]
    if dup:
        raise GoldError(f"{path.name}: duplicate ids {dup}")
    return items


def load_labels(path: Path = EVALS_DIR / "support_labels.jsonl") -> list[SupportLabel]:
    """The labelled pairs that calibrate the lexical support check (none when the file is absent)."""
    if not path.is_file():
        return []
    return [lab for lab in _read(path, SupportLabel) if isinstance(lab, SupportLabel)]


def unknown_keys(items: Iterable[GoldItem], known: Iterable[str]) -> dict[str, list[str]]:
    """Per question, the cited keys that name no unit of the corpus."""
    have = set(known)
    out = {}
    for item in items:
        missing = [k for k in (*item.must_cite, *item.may_cite) if k not in have]
        if missing:
            out[item.id] = missing
    return out
