"""The Documents tab: the list with counts, a paragraph-by-paragraph reader, upload and removal.

A thin shell over `ingest.upload.Uploader` (preview, add, remove) and the assistant's
in-memory corpus (reading); what it shows is worded by `document_rows`, in the interface's
language. Who may add and remove comes from `access`; every handler that writes checks the
logged-in user itself, whatever the page shows. Does not parse, index or answer anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.i18n import text as t
from assistant.present import source_markdown
from ingest.readers import SUPPORTED_SUFFIXES
from ingest.upload import DocumentSummary
from rightsdesk.errors import IngestError, RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web import document_rows as rows
from rightsdesk.web.access import Access
from rightsdesk.web.labels import Labels, language

log = logging.getLogger(__name__)


@dataclass
class DocumentsTab:
    """What the app wires to the tab: `refresh(chosen, lang)` gives `listing` (the table, the
    reader's and the remove list's choices, the upload controls) for this user; `changed`
    are the events after which a document was added or removed and the assistant answers
    from the new index."""

    refresh: Callable[..., tuple[Any, ...]]
    listing: list[Any]
    changed: list[Any]


def documents_tab(
    assistant: BackgroundAssistant, settings: Settings, ui_lang: gr.State, labels: Labels
) -> DocumentsTab:
    """Build the tab's content inside the caller's `gr.Tab`; its texts are registered with
    `labels`, and `ui_lang` holds the interface's language."""
    from rightsdesk.app import build_uploader

    uploader = build_uploader(settings, assistant)
    access = Access.parse(settings.auth)
    en = labels.en

    def allowed(request: gr.Request | None, lang: str) -> None:
        user = getattr(request, "username", None)
        if not access.can_add(user):
            who = user or t("ui.docs.none", lang)
            raise gr.Error(t("ui.docs.forbidden", lang, user=who))

    def refresh(chosen: str | None, lang: str, request: gr.Request) -> tuple[Any, ...]:
        """(table, reader's choice, removable documents, upload controls) for this user."""
        lang = language(lang)
        uploaded = uploader.uploaded_ids()
        known = assistant.corpus.docs  # one version throughout, even if a reload comes
        docs = sorted(known.values(), key=lambda d: (d.country, d.year or 0, d.id))
        corpus = assistant.corpus
        summaries = [DocumentSummary.of(corpus.document(d.id), d.id in uploaded) for d in docs]
        choices = [(rows.label(d, lang), d.id) for d in docs]
        ours = [(rows.label(d, lang), d.id) for d in docs if d.id in uploaded]
        keep = chosen if chosen in known else None
        return (
            rows.table(summaries, lang),
            gr.update(choices=choices, value=keep),
            gr.update(choices=ours, value=None),
            gr.update(visible=access.can_add(request.username)),
        )

    def read(doc_id: str | None, number: str | None = None, lang: str = "en") -> tuple[Any, str]:
        corpus = assistant.corpus
        lang = language(lang)
        if not doc_id or doc_id not in corpus.docs:
            return gr.update(choices=[], value=None), ""
        units = corpus.units(doc_id)
        doc = corpus.docs[doc_id]
        choices = [(rows.unit_label(doc, v.unit.number), v.unit.number) for v in units]
        numbers = [n for _, n in choices]
        number = number if number in numbers else (numbers[0] if numbers else None)
        if number is None:
            return gr.update(choices=[], value=None), t("ui.docs.no_paragraphs", lang)
        view = corpus.view(doc_id, number)
        assert view is not None
        unit = rows.unit_label(doc, number)
        where = t("ui.docs.position", lang, unit=unit, i=numbers.index(number) + 1, n=len(numbers))
        page = f"*{where}*\n\n{source_markdown(corpus, view, lang=lang)}"
        return gr.update(choices=choices, value=number), page

    def step(doc_id: str | None, number: str | None, lang: str, delta: int) -> tuple[Any, str]:
        units = [v.unit.number for v in assistant.corpus.units(doc_id or "")]
        if number in units:
            number = units[max(0, min(len(units) - 1, units.index(number) + delta))]
        return read(doc_id, number, lang)

    def preview(file: str | None, lang: str, request: gr.Request) -> tuple[Any, ...]:
        """(staged, status, preview box, *fields) for the chosen file; nothing is written."""
        lang = language(lang)
        allowed(request, lang)
        if not file:
            return rows.preview_outputs(None, None, t("ui.docs.no_preview", lang))
        try:
            found = uploader.preview(Path(file))
        except IngestError as exc:
            said = t("ui.docs.cannot_add", lang, file=exc.path.name, reason=exc.reason)
            return rows.preview_outputs(None, None, said)
        except RightsDeskError as exc:
            return rows.preview_outputs(None, None, f"⚠️ {exc}")
        except Exception:
            log.exception("reading %s failed", file)
            return rows.preview_outputs(None, None, t("ui.docs.unreadable", lang))
        note = "".join(f"\n\n⚠️ {c}." for c in found.conflicts)
        return rows.preview_outputs(file, found, rows.describe(found, lang) + note)

    def add(
        staged: dict[str, Any] | None,
        symbol: str | None,
        title: str | None,
        country: str | None,
        body: str | None,
        kind: str | None,
        year: float | None,
        lang: str,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's way of asking for a bar)
    ) -> tuple[Any, ...]:
        lang = language(lang)
        allowed(request, lang)
        if not staged:
            raise gr.Error(t("ui.docs.choose_file", lang))
        values = (symbol, title, country, body, kind, year)
        path = Path(staged["path"])
        try:
            report = uploader.add(
                path,
                rows.corrections(staged["detected"], dict(zip(rows.FIELDS, values, strict=True))),
                progress=lambda share, what: progress(share, desc=what),
            )
        except IngestError as exc:
            return rows.kept(t("ui.docs.not_added", lang, file=path.name, reason=exc.reason))
        except RightsDeskError as exc:
            return rows.kept(f"⚠️ {exc}")
        except Exception:
            log.exception("adding %s failed", path.name)
            why = t("ui.docs.went_wrong", lang)
            return rows.kept(t("ui.docs.not_added", lang, file=path.name, reason=why))
        docs = [d for d in assistant.corpus.docs.values() if d.source in report.files_parsed]
        names = ", ".join(d.short_name for d in docs) or path.name
        msg = t("ui.docs.added", lang, names=names)
        return (None, *rows.preview_outputs(None, None, msg), docs[0].id if docs else None)

    def remove(doc_id: str | None, lang: str, request: gr.Request) -> str:
        lang = language(lang)
        allowed(request, lang)
        if not doc_id:
            raise gr.Error(t("ui.docs.choose_added", lang))
        doc = assistant.corpus.docs.get(doc_id)
        try:
            uploader.remove(doc_id)
        except RightsDeskError as exc:
            return f"⚠️ {exc}"
        except Exception:
            log.exception("removing %s failed", doc_id)
            return t("ui.docs.not_removed", lang, doc=doc_id)
        return t("ui.docs.removed", lang, doc=doc.short_name if doc else doc_id)

    labels.add(gr.Markdown(en("ui.docs.intro")), value="ui.docs.intro")
    table = gr.Dataframe(
        headers=rows.columns(),
        interactive=False,
        wrap=True,
        column_widths=rows.WIDTHS,
        max_height=420,
        elem_id="documents-table",
    )
    with gr.Row():
        pick = gr.Dropdown(
            [],
            label=en("ui.docs.read"),
            scale=3,
            allow_custom_value=True,
            elem_id="read-document",
        )
        number = gr.Dropdown([], label=en("ui.docs.paragraph"), scale=1, elem_id="read-paragraph")
        back = gr.Button(en("ui.docs.previous"), scale=0, elem_id="read-previous")
        ahead = gr.Button(en("ui.docs.next"), scale=0, elem_id="read-next")
    labels.add(pick, label="ui.docs.read")
    labels.add(number, label="ui.docs.paragraph")
    labels.add(back, value="ui.docs.previous")
    labels.add(ahead, value="ui.docs.next")
    page = gr.Markdown(elem_id="document-reader")

    with gr.Column(visible=False, elem_id="document-admin") as admin:
        labels.add(gr.Markdown(en("ui.docs.add_heading")), value="ui.docs.add_heading")
        upload = gr.File(
            label=en("ui.docs.file"),
            file_types=sorted(SUPPORTED_SUFFIXES),
            type="filepath",
            elem_id="upload-file",
        )
        labels.add(upload, label="ui.docs.file")
        status = gr.Markdown(en("ui.docs.no_preview"), elem_id="upload-status")
        staged = gr.State(None)
        with gr.Column(visible=False, elem_id="upload-preview") as box:
            with gr.Row():
                symbol = gr.Textbox(label=en("ui.docs.symbol"), elem_id="meta-symbol")
                country = gr.Textbox(label=en("ui.docs.country"), elem_id="meta-country")
                year = gr.Number(label=en("ui.docs.year"), precision=0, elem_id="meta-year")
            title = gr.Textbox(label=en("ui.docs.title"), elem_id="meta-title")
            with gr.Row():
                body = gr.Textbox(label=en("ui.docs.body"), elem_id="meta-body")
                kind = gr.Dropdown(
                    rows.kind_choices(), label=en("ui.docs.kind"), elem_id="meta-kind"
                )
            add_btn = gr.Button(en("ui.docs.add"), variant="primary", elem_id="add-document")
        labels.add(gr.Markdown(en("ui.docs.remove_heading")), value="ui.docs.remove_heading")
        with gr.Row():
            ours = gr.Dropdown(
                [],
                label=en("ui.docs.added_documents"),
                scale=3,
                allow_custom_value=True,
                elem_id="remove-pick",
            )
            drop = gr.Button(
                en("ui.docs.remove"), variant="stop", scale=1, elem_id="remove-document"
            )
        removed = gr.Markdown(elem_id="remove-status")
    for field, component in zip(
        rows.FIELDS, (symbol, title, country, body, kind, year), strict=True
    ):
        labels.add(component, label=f"ui.docs.{field}")
    labels.add(kind, choices=rows.kind_choices)
    labels.add(add_btn, value="ui.docs.add")
    labels.add(ours, label="ui.docs.added_documents")
    labels.add(drop, value="ui.docs.remove")

    fields = [symbol, title, country, body, kind, year]
    listing = [table, pick, ours, admin]
    just_added = gr.State(None)
    pick.change(
        lambda d, lang: read(d, None, lang),  # a new document opens at its first paragraph
        [pick, ui_lang],
        [number, page],
        api_name="read_document",
        api_visibility="undocumented",
    )
    number.input(read, [pick, number, ui_lang], [number, page], api_visibility="private")
    back.click(
        lambda d, n, lang: step(d, n, lang, -1),
        [pick, number, ui_lang],
        [number, page],
        api_visibility="private",
    )
    ahead.click(
        lambda d, n, lang: step(d, n, lang, 1),
        [pick, number, ui_lang],
        [number, page],
        api_visibility="private",
    )
    preview_out = [staged, status, box, *fields]
    upload.upload(
        preview,
        [upload, ui_lang],
        preview_out,
        api_name="preview_document",
        api_visibility="undocumented",
    )
    upload.clear(
        lambda lang: rows.preview_outputs(None, None, t("ui.docs.no_preview", language(lang))),
        ui_lang,
        preview_out,
        api_visibility="private",
    )
    added = add_btn.click(
        add,
        [staged, *fields, ui_lang],
        [upload, *preview_out, just_added],
        api_name="add_document",
        api_visibility="undocumented",
    ).then(refresh, [just_added, ui_lang], listing, api_visibility="private")
    dropped = drop.click(
        remove, [ours, ui_lang], removed, api_name="remove_document", api_visibility="undocumented"
    ).then(refresh, [pick, ui_lang], listing, api_visibility="private")
    return DocumentsTab(refresh, listing, [added, dropped])
