"""The interface's language: which texts of which components follow it, and the choice kept
per browser.

Each component is registered with the `ui_strings.json` key of each of its texts (or a
function of the language for a text built from several); switching the language is then one
update per registered component. The documents' text is never translated here, nor are the
answers (their frame follows the question's language, see `assistant.multilingual`).

    labels = Labels()
    ask = labels.add(gr.Button(labels.en("ui.ask")), value="ui.ask")
    ...
    lang.input(lambda lang: labels.updates(lang), lang, labels.components)
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, TypeVar

import gradio as gr

from assistant.i18n import text

LANGUAGES = [("EN", "en"), ("RU", "ru")]
STORAGE_KEY = "rightsdesk-language"
C = TypeVar("C", bound=gr.blocks.Block)
Text = str | Callable[[str], Any]


def language(value: object) -> str:
    """A language the interface speaks ('en' for anything else, such as an empty store)."""
    return value if isinstance(value, str) and value in dict(LANGUAGES).values() else "en"


def header(lang: str) -> str:
    """The page's title line; it also carries the markers' tooltip for `chat.js`."""
    return (
        f"<header class='top' data-open-source='{html.escape(text('ui.open_source', lang))}'>"
        f"<h1>{text('ui.title', lang)}</h1><p>{html.escape(text('ui.header', lang))}</p></header>"
    )


def welcome(lang: str) -> str:
    """What the empty chat shows above its example questions."""
    sample = "<span class='cite-sample'>1</span>"
    return (
        f"<div class='welcome'><h2>{text('ui.welcome.title', lang)}</h2>"
        f"<p>{text('ui.welcome.text', lang, sample=sample)}</p></div>"
    )


class Labels:
    """The components whose texts follow the interface's language."""

    def __init__(self) -> None:
        self._items: list[tuple[gr.blocks.Block, dict[str, Text]]] = []

    @staticmethod
    def en(key: str, **values: object) -> str:
        """A string in English, the language the page is built in."""
        return text(key, "en", **values)

    def add(self, component: C, **texts: Text) -> C:
        """Register `component`: each keyword a property (label, value, placeholder, ...) and
        the key of its text, or a function giving it in a language."""
        self._items.append((component, texts))
        return component

    @property
    def components(self) -> list[gr.blocks.Block]:
        """The outputs of `updates`, in its order."""
        return [c for c, _ in self._items]

    def updates(self, lang: str) -> list[Any]:
        """One update per registered component, its texts in `lang`."""
        out = []
        for _, texts in self._items:
            props: dict[str, Any] = {}
            for prop, t in texts.items():
                props[prop] = t(lang) if callable(t) else text(t, lang)
            out.append(gr.update(**props))
        return out
