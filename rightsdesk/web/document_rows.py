"""What the Documents tab shows, in the interface's language: the list's rows and columns, the
reader's labels, the upload preview and the outputs that reset it.

Used by `documents` (the tab's layout and handlers). Does not read files or the index.
"""

from __future__ import annotations

from typing import Any, get_args

import gradio as gr

from assistant.i18n import name, text
from ingest.manifest import MetaOverride
from ingest.upload import DocumentPreview, DocumentSummary
from rightsdesk.domain import DocKind, DocumentInfo

WIDTHS: list[str | int] = ["16%", "11%", "6%", "10%", "14%", "8%", "7%", "28%"]
TITLE_CHARS = 110  # the list shows the title's opening; the reader shows it whole
FIELDS = ("symbol", "title", "country", "body", "kind", "year")


def columns(lang: str = "en") -> list[str]:
    """The list's column headings."""
    return text("ui.docs.columns", lang).split("|")


def kind_labels(lang: str = "en") -> dict[str, str]:
    """Each kind of document as the interface names it."""
    return dict(zip(get_args(DocKind), text("ui.docs.kinds", lang).split("|"), strict=True))


def kind_choices(lang: str = "en") -> list[tuple[str, str]]:
    """The Kind dropdown's choices: (label, kind)."""
    return [(label, kind) for kind, label in kind_labels(lang).items()]


def table(summaries: list[DocumentSummary], lang: str = "en") -> dict[str, Any]:
    """The list as the Dataframe takes it, with its headings."""
    return {"headers": columns(lang), "data": [_row(s, lang) for s in summaries]}


def preview_outputs(file: str | None, found: DocumentPreview | None, note: str) -> tuple[Any, ...]:
    """(staged, status, preview box, *fields) for a new preview (or none)."""
    if found is None:
        return (None, note, gr.update(visible=False), *blank_fields())
    doc = found.main
    detected = {f: getattr(doc, f) for f in FIELDS}
    editable = found.editable
    values = [
        gr.update(value=detected[f] if detected[f] is not None else "", interactive=f in editable)
        for f in FIELDS
    ]
    return ({"path": file, "detected": detected}, note, gr.update(visible=True), *values)


def blank_fields() -> list[Any]:
    return [gr.update(value=None, interactive=True) for _ in FIELDS]


def kept(status: str) -> tuple[Any, ...]:
    """(file, staged, status, box, *fields, added) leaving the file and its corrected preview
    as they are, so that the user can correct and retry."""
    return (gr.update(), gr.update(), status, *[gr.update() for _ in range(len(FIELDS) + 2)])


def corrections(detected: dict[str, Any], fields: dict[str, Any]) -> MetaOverride | None:
    """The fields the user changed, as the document's metadata overrides."""
    changed: dict[str, Any] = {}
    for field, value in fields.items():
        if isinstance(value, str):
            value = " ".join(value.split()) or None
        if field == "year" and value is not None:
            value = int(value)
        if value is not None and value != detected.get(field):
            changed[field] = value
    return MetaOverride(**changed) if changed else None


def describe(found: DocumentPreview, lang: str = "en") -> str:
    """What was detected in a file, before it is added."""
    doc = found.main
    counts = [text("ui.docs.paragraphs", lang, n=doc.paragraphs)]
    if doc.recommendations:
        counts.append(text("ui.docs.recommendations", lang, n=doc.recommendations))
    if found.documents and any(d.plan_rows for d in found.documents):
        rows = sum(d.plan_rows for d in found.documents)
        counts = [text("ui.docs.plan_rows", lang, n=rows, tables=len(found.documents))]
    return text(
        "ui.docs.detected",
        lang,
        file=found.file,
        kind=kind_labels(lang)[doc.kind].lower(),
        symbol=doc.symbol or text("ui.docs.no_symbol", lang),
        country=name(doc.country, lang) if doc.country else text("ui.docs.no_country", lang),
        year=doc.year or text("ui.docs.no_year", lang),
        counts=", ".join(counts),
    )


def _row(s: DocumentSummary, lang: str) -> list[Any]:
    return [
        s.symbol or s.short_name,
        name(s.country, lang),
        s.year or "",
        s.paragraphs,
        s.recommendations,
        s.plan_rows,
        text("ui.docs.yes", lang) if s.uploaded else "",
        _shorten(s.title),
    ]


def _shorten(title: str) -> str:
    if len(title) <= TITLE_CHARS:
        return title
    return title[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def label(doc: DocumentInfo, lang: str = "en") -> str:
    """A document in the reader's and the remove list's dropdowns."""
    return f"{doc.short_name} — {name(doc.country, lang)} {doc.year or ''}".strip()


def unit_label(doc: DocumentInfo, number: str) -> str:
    """'para. 24': a unit as the document's references name it."""
    return doc.reference(number).removeprefix(f"{doc.short_name}, ")
