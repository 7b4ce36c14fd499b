"""Load prompt templates from this folder; rendering names every missing variable.

Templates use `{name}` placeholders (str.format syntax, `{{`/`}}` for literal braces).
Does not call any model.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rightsdesk.errors import RightsDeskError

PROMPTS_DIR = Path(__file__).resolve().parent


class MissingVariables(RightsDeskError):
    """A template was rendered without some of its variables."""


@dataclass(frozen=True)
class Template:
    """A prompt template: `load_prompt("answer_user").render(question=..., passages=...)`."""

    name: str
    text: str

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(f for _, f, _, _ in string.Formatter().parse(self.text) if f)

    def render(self, **values: object) -> str:
        missing = sorted(self.variables - values.keys())
        if missing:
            raise MissingVariables(f"Prompt {self.name!r} needs: {', '.join(missing)}")
        return self.text.format(**{k: v for k, v in values.items() if k in self.variables})


@cache
def load_prompt(name: str) -> Template:
    """The template `prompts/<name>.txt`."""
    path = PROMPTS_DIR / f"{name}.txt"
    if not path.is_file():
        raise RightsDeskError(f"No prompt file {path.name} in {PROMPTS_DIR}")
    return Template(name, path.read_text(encoding="utf-8"))
