"""Export files for download: Markdown or Word, written to a fresh temporary folder.

The file's name is what the browser saves it as, so it is chosen by the caller (see
`render.export_name`). Does not render anything.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from assistant.export import markdown_to_docx


def write_export(markdown: str, filename: str, title: str | None = None) -> str:
    """Write `markdown` as `filename` (.md, or .docx as Word) and return its path."""
    folder = Path(tempfile.mkdtemp(prefix="rightsdesk-export-"))
    path = folder / filename
    if path.suffix == ".docx":
        return str(markdown_to_docx(markdown, path, title))
    path.write_text(markdown, encoding="utf-8")
    return str(path)
