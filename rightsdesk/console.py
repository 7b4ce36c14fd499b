"""Terminal rendering for the CLI: progress bar, ingest summary, document listings.

Pure formatting over domain objects; does not open stores or load models.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ingest.pipeline import IngestReport, Progress
from rightsdesk.domain import Document
from rightsdesk.errors import DocumentNotFound

_UNIT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:\(?([a-z]{1,3})\)?)?\s*$")


@contextmanager
def ingest_progress(enabled: bool = True) -> Iterator[Progress | None]:
    """A rich progress bar for embedding, shown only on a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    with Bar(
        "Embedding", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task("embed", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def print_ingest_report(report: IngestReport) -> None:
    """The summary printed at the end of `rightsdesk ingest`."""
    out = sys.stdout.write
    if report.changed:
        out(
            f"Ingested {len(report.files_parsed)} file(s): {report.documents} documents, "
            f"{report.paragraphs} paragraphs, {report.plan_rows} plan rows, {report.nodes} nodes "
            f"({report.nodes_embedded} embedded, {report.nodes_reused} reused); index version {report.version}.\n"
        )
    else:
        out(
            f"Index up to date: {report.files_unchanged} file(s) unchanged, {report.documents} documents, "
            f"{report.paragraphs} paragraphs, {report.plan_rows} plan rows (version {report.version}).\n"
        )
    out(
        f"Time: {report.total_s:.2f} s (parse {report.parse_s:.2f} s, embed {report.embed_s:.2f} s).\n"
    )
    for note in report.skipped:
        sys.stderr.write(f"note: {note.file}: {note.reason}\n")
    for err in report.errors:
        sys.stderr.write(f"error: {err.file}: {err.reason}\n")
    if report.errors:
        sys.stderr.write(f"{len(report.errors)} file(s) failed; the others were ingested.\n")


def document_summaries(docs: list[Document]) -> list[dict[str, Any]]:
    """One row per document for `rightsdesk docs`; a UPR report's recommendation items
    ("133.12") are counted apart from its paragraphs."""
    return [
        {
            "id": d.id,
            "symbol": d.symbol,
            "title": d.title,
            "body": d.body,
            "country": d.country,
            "year": d.year,
            "kind": d.kind,
            "paragraphs": len(d.rows)
            if d.kind == "national_plan"
            else sum("." not in p.number for p in d.paragraphs),
            "recommendations": sum("." in p.number for p in d.paragraphs),
            "numbered": d.numbered,
            "source": d.source,
        }
        for d in docs
    ]


def unit_records(docs: list[Document], doc_id: str, unit: str | None) -> list[dict[str, Any]]:
    """Paragraph records for `rightsdesk show` (a whole document when `unit` is None)."""
    doc = next((d for d in docs if d.id == doc_id), None) or next(
        (d for d in docs if (d.symbol or "").upper() == doc_id.strip().upper()), None
    )  # its id, or its UN symbol as printed ("CERD/C/BRA/CO/18-20")
    if doc is None:
        known = ", ".join(d.id for d in docs)
        raise DocumentNotFound(f"No document {doc_id!r}; known: {known}. See `rightsdesk docs`.")
    number, sub = None, None
    if unit is not None:
        m = _UNIT.match(unit)
        if not m:
            raise DocumentNotFound(f"{unit!r} is not a paragraph number (try 24 or 33(b)).")
        number, sub = m.group(1), m.group(2)
    records: list[dict[str, Any]] = []
    for para in doc.paragraphs:
        if number is None or para.number == number:
            rec = {
                "doc_id": doc.id,
                "symbol": doc.symbol,
                "title": doc.title,
                "reference": doc.reference(para.number),
                **para.model_dump(),
            }
            if sub:
                match = [s for s in para.subparagraphs if s.label == sub]
                if not match:
                    raise DocumentNotFound(
                        f"{doc.reference(para.number)} has no sub-paragraph ({sub})."
                    )
                rec.update(
                    reference=doc.reference(para.number, sub),
                    subparagraph=sub,
                    text=f"({sub}) {match[0].text}",
                )
            records.append(rec)
    for row in doc.rows:
        if number is None or row.number == number:
            records.append(
                {
                    "doc_id": doc.id,
                    "symbol": doc.symbol,
                    "title": doc.title,
                    "reference": doc.reference(row.number),
                    "text": row.text,
                    **row.model_dump(),
                }
            )
    if not records:
        raise DocumentNotFound(f"{doc.short_name} has no paragraph {unit}.")
    return records
