"""What the chat shows, as pure functions: answer text with its [n] markers, the source panel
for a marker, the mode line, and export file names.

No Gradio here (the Blocks are in `ui`), so every rendering is tested without a browser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from assistant.corpus import Corpus
from assistant.i18n import localise, text
from assistant.present import source_markdown
from rightsdesk.domain import Answer
from rightsdesk.errors import IndexLoadFailed, IndexLoading, RightsDeskError

EMPTY_PANEL = text("ui.panel.empty")
# Cyrillic letters as Latin ones, so that a Russian conversation's download has a readable name
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_ROMAN = "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e iu ia"
_LATIN = dict(zip(_CYRILLIC, _ROMAN.split(), strict=True)) | {"ъ": "", "ь": ""}


def empty_panel(lang: str = "en") -> str:
    """The source panel before any marker is chosen."""
    return text("ui.panel.empty", lang)


def chat_text(ans: Answer, corpus: Corpus) -> str:
    """The answer as shown (and copied) in the chat: the scope notices in words first, then the
    answer with a marker [n] beside each reference. Extractive answers carry their markers;
    a model's answer cites in brackets, so the markers are added after each reference."""
    notes = [f"> **Note:** {n}" for n in ans.notices]
    text = ans.answer
    if ans.mode == "llm":
        for i, c in enumerate(ans.citations, 1):
            view = corpus.view(c.doc_id, c.paragraph)
            ref = view.reference() if view else c.reference
            text = re.sub(re.escape(ref) + r"(?![\w.])", f"\\g<0> [{i}]", text)
    return "\n\n".join([*notes, text])


def message_text(content: Any) -> str:
    """A chat message's text, whether Gradio hands it back as a string or as parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text", content.get("content", "")))
    if isinstance(content, list | tuple):
        return "".join(message_text(part) for part in content)
    return str(content or "")


def answer_index(
    chat: Sequence[dict[str, Any]], turns: Sequence[Answer], corpus: Corpus, message: int
) -> int | None:
    """Which answer of `turns` the chat message at `message` shows (None: a message that is
    not an answer, such as an error)."""
    if not 0 <= message < len(chat) or chat[message].get("role") != "assistant":
        return None
    shown = message_text(chat[message].get("content"))
    for i in range(len(turns) - 1, -1, -1):
        if chat_text(turns[i], corpus) == shown:
            return i
    return None


def nth_answer(
    chat: Sequence[dict[str, Any]], turns: Sequence[Answer], corpus: Corpus, nth: int
) -> int | None:
    """Which answer the `nth` assistant message of the chat shows (what a marker's page
    position gives)."""
    positions = [i for i, m in enumerate(chat) if m.get("role") == "assistant"]
    if not 0 <= nth < len(positions):
        return None
    return answer_index(chat, turns, corpus, positions[nth])


def citation_panel(corpus: Corpus, ans: Answer, n: int, lang: str = "en") -> str:
    """The source panel for marker [n] of an answer: the paragraph with the quote marked, its
    neighbours and plan links, under a line saying which marker it is."""
    if not 1 <= n <= len(ans.citations):
        return empty_panel(lang)
    c = ans.citations[n - 1]
    view = corpus.view(c.doc_id, c.paragraph)
    if view is None:
        return f"**[{n}] {c.reference}**\n\n{text('ui.panel.gone', lang)}"
    head = text("ui.panel.head", lang, n=n, total=len(ans.citations))
    return f'<p class="panel-head">{head}</p>\n\n' + source_markdown(
        corpus, view, c.subparagraph, c.quote, lang
    )


def first_panel(corpus: Corpus, turns: Sequence[Answer], lang: str = "en") -> str:
    """What the panel shows when an answer arrives or a conversation opens: the first
    citation of the latest answer."""
    for ans in reversed(turns):
        if ans.citations:
            return citation_panel(corpus, ans, 1, lang)
    return empty_panel(lang)


def mode_note(llm: bool, model: str, ans: Answer | None, lang: str = "en") -> str:
    """The line under the question box: who answers, and what the last answer could not do
    (the notices as the answer words them, in its own language)."""
    note = text("ui.mode.llm", lang, model=model) if llm else text("ui.mode.extractive", lang)
    if ans is not None and ans.abstained:
        note += " " + text("ui.mode.abstained", lang)
    if ans is not None:
        for notice in (*ans.notices, *([ans.notice] if ans.notice else [])):
            note += " " + text("ui.note", lang, notice=notice)
    return note


def problem_text(exc: RightsDeskError, lang: str = "en") -> str:
    """What the chat says for an error meant for the user: the index still loading, or not
    loaded and why, in the interface's language; any other error's own message."""
    if isinstance(exc, IndexLoading):
        return text("ui.error.loading", lang)
    if isinstance(exc, IndexLoadFailed):
        return text("ui.error.load_failed", lang, reason=localise(exc.reason, lang))
    return f"⚠️ {exc}"


def export_name(title: str, ext: str, day: date) -> str:
    """'roma-children-in-tajikistan-2025-05-01.md': the conversation's name, dated."""
    latin = "".join(_LATIN.get(ch, ch) for ch in title.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:50].strip("-")
    return f"{slug or 'rights-desk-conversation'}-{day.isoformat()}.{ext}"
