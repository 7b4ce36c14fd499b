"""Vocabularies kept as data (JSON files beside this module), read once when first used.

Does not decide anything: question understanding asks these whether a text names an entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Body:
    """A UN body or mechanism with the acronyms and names people use for it."""

    name: str
    pattern: re.Pattern[str]  # acronyms (case-sensitive) or names (case-insensitive)
    kind: str | None = None  # held when a document of this kind is indexed

    def named_in(self, text: str) -> bool:
        """True when the text names this body."""
        return self.pattern.search(text) is not None


@cache
def named_bodies() -> tuple[Body, ...]:
    """Every body of `bodies.json`."""
    data = json.loads((HERE / "bodies.json").read_text(encoding="utf-8"))
    out = []
    for entry in data["bodies"]:
        acronyms = [rf"\b{re.escape(a)}\b" for a in entry["acronyms"]]
        names = [rf"(?i:\b{n}\b)" for n in entry["names"]]
        out.append(Body(entry["name"], re.compile("|".join(acronyms + names)), entry.get("kind")))
    return tuple(out)
