"""The Documents tab: pick an ingested document and read it paragraph by paragraph.

A placeholder kept to today's behaviour so that the full tab (upload, list, read, remove;
issue 14) replaces this module without touching `ui`. Does not ingest anything.
"""

from __future__ import annotations

import gradio as gr

from assistant.present import document_markdown
from assistant.service import Assistant
from rightsdesk.settings import Settings


def documents_tab(assistant: Assistant, settings: Settings) -> None:
    """Render the tab's body inside the caller's `gr.Tab("Documents")`."""
    del settings  # the upload half will ingest into settings.data_dir
    corpus = assistant.corpus
    choices = [(f"{d.short_name} — {d.country}", d.id) for d in corpus.docs.values()]

    def show_document(doc_id: str) -> str:
        return document_markdown(corpus, doc_id) if doc_id else ""

    pick = gr.Dropdown(choices, label="Document")
    reader = gr.Markdown()
    pick.change(show_document, pick, reader, api_visibility="private")
