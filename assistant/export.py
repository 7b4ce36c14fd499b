"""Export Markdown handouts to Word (.docx) with python-docx: headings, lists, tables, bold.

A small Markdown subset is enough for what `present` writes. No UI library here.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

BOLD = re.compile(r"\*\*(.+?)\*\*")


def _runs(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    pos = 0
    for m in BOLD.finditer(text):
        paragraph.add_run(text[pos : m.start()].replace("*", ""))
        paragraph.add_run(m.group(1)).bold = True
        pos = m.end()
    paragraph.add_run(text[pos:].replace("*", ""))


def markdown_to_docx(markdown: str, path: Path, title: str | None = None) -> Path:
    """Write the Markdown as a Word document and return its path; its properties say what it
    is (title: `title` or the first heading), who made it (Rights Desk) and when (now)."""
    import docx

    document = docx.Document()
    heading = re.search(r"^#\s+(.+)$", markdown, re.M)
    props = document.core_properties
    props.title = title or (heading.group(1).strip() if heading else "Rights Desk export")
    props.author = props.last_modified_by = "Rights Desk"
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.comments = "Exported from Rights Desk; quotes are verbatim from the UN documents cited."
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        table.style = "Table Grid"
        for r, cells in enumerate(table_rows):
            for c, cell in enumerate(cells):
                _runs(table.cell(r, c).paragraphs[0], cell)
        table_rows.clear()

    for line in markdown.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if not all(set(c) <= {"-", ":"} for c in cells):
                table_rows.append(cells)
            continue
        flush_table()
        if not stripped or stripped.startswith("<"):
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", stripped)
        if heading:
            document.add_heading(heading.group(2), level=min(len(heading.group(1)), 4))
        elif stripped.startswith(("- ", "* ")):
            _runs(document.add_paragraph(style="List Bullet"), stripped[2:])
        elif stripped.startswith("> "):
            _runs(document.add_paragraph(style="Intense Quote"), stripped[2:])
        else:
            _runs(document.add_paragraph(), stripped)
    flush_table()
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
