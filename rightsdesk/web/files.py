"""Export files for download: Markdown or Word, written to a fresh temporary folder.

The file's name is what the browser saves it as, so it is chosen by the caller (see
`render.export_name`); a conversation's exports are named after it. Does not render anything
itself (`assistant.present` does).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from assistant.export import markdown_to_docx
from assistant.i18n import text
from assistant.present import conversation_language, conversation_markdown
from rightsdesk.domain import Answer
from rightsdesk.web.render import export_name


def write_export(markdown: str, filename: str, title: str | None = None) -> str:
    """Write `markdown` as `filename` (.md, or .docx as Word) and return its path."""
    folder = Path(tempfile.mkdtemp(prefix="rightsdesk-export-"))
    path = folder / filename
    if path.suffix == ".docx":
        return str(markdown_to_docx(markdown, path, title))
    path.write_text(markdown, encoding="utf-8")
    return str(path)


def conversation_exports(title: str, turns: Sequence[Answer]) -> tuple[str, str] | None:
    """(Markdown path, Word path) of a conversation, named after it and dated, framed in its
    language; None with nothing to export."""
    if not turns:
        return None
    lang = conversation_language(turns)
    name = title or turns[0].question
    heading = text("export.title", lang, name=name)
    markdown = conversation_markdown(turns, heading, lang)
    today = date.today()
    md = write_export(markdown, export_name(name, "md", today))
    return md, write_export(markdown, export_name(name, "docx", today), heading)
