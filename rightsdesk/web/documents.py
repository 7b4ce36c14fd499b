"""The Documents tab: the list with counts, a paragraph-by-paragraph reader, upload and removal.

A thin shell over `ingest.upload.Uploader` (preview, add, remove) and the assistant's
in-memory corpus (reading). Who may add and remove comes from `access`; every handler that
writes checks the logged-in user itself, whatever the page shows. Does not parse, index or
answer anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import gradio as gr

from assistant.present import source_markdown
from assistant.service import Assistant
from ingest.manifest import MetaOverride
from ingest.readers import SUPPORTED_SUFFIXES
from ingest.upload import DocumentPreview, DocumentSummary
from rightsdesk.domain import DocKind, Document
from rightsdesk.errors import IngestError, RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web.access import Access

log = logging.getLogger(__name__)
COLUMNS = [
    "Symbol",
    "Country",
    "Year",
    "Paragraphs",
    "Recommendations",
    "Plan rows",
    "Added",
    "Title",
]
WIDTHS: list[str | int] = ["16%", "11%", "6%", "10%", "14%", "8%", "7%", "28%"]
TITLE_CHARS = 110  # the list shows the title's opening; the reader shows it whole
KIND_LABELS = {
    "concluding_observations": "Treaty-body concluding observations",
    "special_rapporteur_report": "Special Rapporteur report",
    "upr_report": "Universal Periodic Review report",
    "national_plan": "National plan of action",
    "other": "Other",
}
FIELDS = ("symbol", "title", "country", "body", "kind", "year")
NO_PREVIEW = "*Choose a file: what is detected in it is shown here before anything is indexed.*"


def documents_tab(
    assistant: Assistant, settings: Settings, on_change: Callable[[], object] | None = None
) -> None:
    """Build the tab's content inside the caller's `gr.Tab`; `on_change` is called after a
    document was added or removed, once the assistant answers from the new index."""
    from rightsdesk.app import build_uploader

    uploader = build_uploader(settings, assistant)
    access = Access.parse(settings.auth)

    def allowed(request: gr.Request | None) -> None:
        user = getattr(request, "username", None)
        if not access.can_add(user):
            raise gr.Error(
                f"Your login ({user or 'none'}) may read documents but not add or remove them."
            )

    def refresh(request: gr.Request, chosen: str | None = None) -> tuple[Any, ...]:
        """(table, reader's choice, removable documents, upload controls) for this user."""
        uploaded = uploader.uploaded_ids()
        known = assistant.corpus.docs  # one version throughout, even if a reload comes
        docs = sorted(known.values(), key=lambda d: (d.country, d.year or 0, d.id))
        rows = [_row(DocumentSummary.of(d, d.id in uploaded)) for d in docs]
        choices = [(_label(d), d.id) for d in docs]
        ours = [(_label(d), d.id) for d in docs if d.id in uploaded]
        keep = chosen if chosen in known else None
        return (
            rows,
            gr.update(choices=choices, value=keep),
            gr.update(choices=ours, value=None),
            gr.update(visible=access.can_add(request.username)),
        )

    def read(doc_id: str | None, number: str | None = None) -> tuple[Any, str]:
        corpus = assistant.corpus
        if not doc_id or doc_id not in corpus.docs:
            return gr.update(choices=[], value=None), ""
        units = corpus.units(doc_id)
        doc = corpus.docs[doc_id]
        choices = [(_unit_label(doc, v.unit.number), v.unit.number) for v in units]
        numbers = [n for _, n in choices]
        number = number if number in numbers else (numbers[0] if numbers else None)
        if number is None:
            return gr.update(choices=[], value=None), "This document has no paragraphs."
        view = corpus.view(doc_id, number)
        assert view is not None
        where = f"*{_unit_label(doc, number)}, {numbers.index(number) + 1} of {len(numbers)}*"
        return gr.update(
            choices=choices, value=number
        ), f"{where}\n\n{source_markdown(corpus, view)}"

    def step(doc_id: str | None, number: str | None, delta: int) -> tuple[Any, str]:
        units = [v.unit.number for v in assistant.corpus.units(doc_id or "")]
        if number in units:
            number = units[max(0, min(len(units) - 1, units.index(number) + delta))]
        return read(doc_id, number)

    def preview(file: str | None, request: gr.Request) -> tuple[Any, ...]:
        """(staged, status, preview box, *fields) for the chosen file; nothing is written."""
        allowed(request)
        if not file:
            return _preview_outputs(None, None, NO_PREVIEW)
        try:
            found = uploader.preview(Path(file))
        except IngestError as exc:
            return _preview_outputs(
                None, None, f"⚠️ **{exc.path.name}** cannot be added: {exc.reason}."
            )
        except RightsDeskError as exc:
            return _preview_outputs(None, None, f"⚠️ {exc}")
        except Exception:
            log.exception("reading %s failed", file)
            return _preview_outputs(None, None, "⚠️ The file could not be read (logged).")
        note = "".join(f"\n\n⚠️ {c}." for c in found.conflicts)
        return _preview_outputs(file, found, _describe(found) + note)

    def add(
        staged: dict[str, Any] | None,
        symbol: str | None,
        title: str | None,
        country: str | None,
        body: str | None,
        kind: str | None,
        year: float | None,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's way of asking for a bar)
    ) -> tuple[Any, ...]:
        allowed(request)
        if not staged:
            raise gr.Error("Choose a file first; its preview appears before it is added.")
        values = (symbol, title, country, body, kind, year)
        path = Path(staged["path"])
        try:
            report = uploader.add(
                path,
                _corrections(staged["detected"], dict(zip(FIELDS, values, strict=True))),
                progress=lambda share, what: progress(share, desc=what),
            )
        except IngestError as exc:
            return _kept(f"⚠️ **{path.name}** was not added: {exc.reason}.")
        except RightsDeskError as exc:
            return _kept(f"⚠️ {exc}")
        except Exception:
            log.exception("adding %s failed", path.name)
            return _kept(f"⚠️ **{path.name}** was not added: something went wrong (logged).")
        if on_change is not None:
            on_change()
        docs = [d for d in assistant.corpus.docs.values() if d.source in report.files_parsed]
        names = ", ".join(d.short_name for d in docs) or path.name
        msg = f"Added **{names}**: the next question can be answered from it."
        return (None, *_preview_outputs(None, None, msg), docs[0].id if docs else None)

    def remove(doc_id: str | None, request: gr.Request) -> str:
        allowed(request)
        if not doc_id:
            raise gr.Error("Choose a document you added.")
        doc = assistant.corpus.docs.get(doc_id)
        try:
            uploader.remove(doc_id)
        except RightsDeskError as exc:
            return f"⚠️ {exc}"
        except Exception:
            log.exception("removing %s failed", doc_id)
            return f"⚠️ {doc_id} was not removed: something went wrong (logged)."
        if on_change is not None:
            on_change()
        return f"Removed **{doc.short_name if doc else doc_id}** from the index."

    gr.Markdown(
        "The documents the assistant answers from, with what was found in each. "
        "Choose one to read it paragraph by paragraph."
    )
    table = gr.Dataframe(
        headers=COLUMNS,
        interactive=False,
        wrap=True,
        column_widths=WIDTHS,
        max_height=420,
        elem_id="documents-table",
    )
    with gr.Row():
        pick = gr.Dropdown(
            [], label="Read a document", scale=3, allow_custom_value=True, elem_id="read-document"
        )
        number = gr.Dropdown([], label="Paragraph", scale=1, elem_id="read-paragraph")
        back = gr.Button("◀ Previous", scale=0, elem_id="read-previous")
        ahead = gr.Button("Next ▶", scale=0, elem_id="read-next")
    page = gr.Markdown(elem_id="document-reader")

    with gr.Column(visible=False, elem_id="document-admin") as admin:
        gr.Markdown("### Add a document")
        upload = gr.File(
            label="A PDF, Word, text or web page file",
            file_types=sorted(SUPPORTED_SUFFIXES),
            type="filepath",
            elem_id="upload-file",
        )
        status = gr.Markdown(NO_PREVIEW, elem_id="upload-status")
        staged = gr.State(None)
        with gr.Column(visible=False, elem_id="upload-preview") as box:
            with gr.Row():
                symbol = gr.Textbox(label="Symbol", elem_id="meta-symbol")
                country = gr.Textbox(label="Country", elem_id="meta-country")
                year = gr.Number(label="Year", precision=0, elem_id="meta-year")
            title = gr.Textbox(label="Title", elem_id="meta-title")
            with gr.Row():
                body = gr.Textbox(label="Body", elem_id="meta-body")
                kind = gr.Dropdown(
                    [(KIND_LABELS[k], k) for k in get_args(DocKind)],
                    label="Kind",
                    elem_id="meta-kind",
                )
            add_btn = gr.Button("Add to the index", variant="primary", elem_id="add-document")
        gr.Markdown("### Remove a document you added")
        with gr.Row():
            ours = gr.Dropdown(
                [], label="Added documents", scale=3, allow_custom_value=True, elem_id="remove-pick"
            )
            drop = gr.Button("Remove", variant="stop", scale=1, elem_id="remove-document")
        removed = gr.Markdown(elem_id="remove-status")

    fields = [symbol, title, country, body, kind, year]
    listing = [table, pick, ours, admin]
    just_added = gr.State(None)
    gr.on(None, refresh, None, listing, api_visibility="private")  # on load: this user's view
    pick.change(read, pick, [number, page], api_name="read_document", api_visibility="undocumented")
    number.input(read, [pick, number], [number, page], api_visibility="private")
    back.click(
        lambda d, n: step(d, n, -1), [pick, number], [number, page], api_visibility="private"
    )
    ahead.click(
        lambda d, n: step(d, n, 1), [pick, number], [number, page], api_visibility="private"
    )
    preview_out = [staged, status, box, *fields]
    upload.upload(
        preview, upload, preview_out, api_name="preview_document", api_visibility="undocumented"
    )
    upload.clear(
        lambda: _preview_outputs(None, None, NO_PREVIEW),
        None,
        preview_out,
        api_visibility="private",
    )
    add_btn.click(
        add,
        [staged, *fields],
        [upload, *preview_out, just_added],
        api_name="add_document",
        api_visibility="undocumented",
    ).then(refresh, just_added, listing, api_visibility="private")
    drop.click(
        remove, ours, removed, api_name="remove_document", api_visibility="undocumented"
    ).then(refresh, pick, listing, api_visibility="private")


def _preview_outputs(file: str | None, found: DocumentPreview | None, note: str) -> tuple[Any, ...]:
    """(staged, status, preview box, *fields) for a new preview (or none)."""
    if found is None:
        return (None, note, gr.update(visible=False), *_blank_fields())
    doc = found.main
    detected = {f: getattr(doc, f) for f in FIELDS}
    editable = found.editable
    values = [
        gr.update(value=detected[f] if detected[f] is not None else "", interactive=f in editable)
        for f in FIELDS
    ]
    return ({"path": file, "detected": detected}, note, gr.update(visible=True), *values)


def _blank_fields() -> list[Any]:
    return [gr.update(value=None, interactive=True) for _ in FIELDS]


def _kept(status: str) -> tuple[Any, ...]:
    """(file, staged, status, box, *fields, added) leaving the file and its corrected preview
    as they are, so that the user can correct and retry."""
    return (gr.update(), gr.update(), status, *[gr.update() for _ in range(len(FIELDS) + 2)])


def _corrections(detected: dict[str, Any], fields: dict[str, Any]) -> MetaOverride | None:
    """The fields the user changed, as the document's metadata overrides."""
    changed: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = " ".join(value.split()) or None
        if name == "year" and value is not None:
            value = int(value)
        if value is not None and value != detected.get(name):
            changed[name] = value
    return MetaOverride(**changed) if changed else None


def _describe(found: DocumentPreview) -> str:
    doc = found.main
    counts = [f"{doc.paragraphs} paragraphs"]
    if doc.recommendations:
        counts.append(f"{doc.recommendations} recommendations")
    if found.documents and any(d.plan_rows for d in found.documents):
        counts = [
            f"{sum(d.plan_rows for d in found.documents)} plan rows in {len(found.documents)} tables"
        ]
    return (
        f"**{found.file}**: detected {KIND_LABELS[doc.kind].lower()}, "
        f"{doc.symbol or 'no symbol'}, {doc.country or 'no country'}, {doc.year or 'no year'}; "
        f"{', '.join(counts)}. Correct what is wrong below, then add it."
    )


def _row(s: DocumentSummary) -> list[Any]:
    return [
        s.symbol or s.short_name,
        s.country,
        s.year or "",
        s.paragraphs,
        s.recommendations,
        s.plan_rows,
        "yes" if s.uploaded else "",
        _shorten(s.title),
    ]


def _shorten(text: str) -> str:
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def _label(doc: Document) -> str:
    return f"{doc.short_name} — {doc.country} {doc.year or ''}".strip()


def _unit_label(doc: Document, number: str) -> str:
    return doc.reference(number).removeprefix(f"{doc.short_name}, ")
