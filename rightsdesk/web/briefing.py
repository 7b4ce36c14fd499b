"""The Briefing tab: everything the documents say on a theme, by country, as a handout.

A thin shell over `assistant.present` (build, render) and `files` (export). Does not answer
chat questions.
"""

from __future__ import annotations

from datetime import date

import gradio as gr

from assistant.present import briefing_markdown, build_briefing
from assistant.service import Assistant
from rightsdesk.web.files import write_export
from rightsdesk.web.render import export_name


def briefing_tab(assistant: Assistant, max_chars: int) -> None:
    """Render the tab's body inside the caller's `gr.Tab("Briefing")`."""
    corpus = assistant.corpus

    def briefing(theme: str, countries: list[str]) -> tuple[str, str]:
        if not theme.strip():
            raise gr.Error("Type a theme, for example: trafficking of children for forced labour.")
        text = briefing_markdown(
            build_briefing(assistant, theme.strip()[:max_chars], countries or [])
        )
        return text, text

    def export(text: str, ext: str) -> str | None:
        if not text:
            raise gr.Error("Build a briefing first.")
        theme = text.split("\n", 1)[0].removeprefix("# ")
        return write_export(text, export_name(theme, ext, date.today()))

    gr.Markdown(
        "Everything the documents say on a theme, by country and document: concerns and "
        "recommendations side by side, with planned activities.",
        elem_classes="tab-intro",
    )
    with gr.Row():
        theme = gr.Textbox(
            label="Theme", placeholder="e.g. child labour and the cotton harvest", scale=3
        )
        countries = gr.Dropdown(
            corpus.countries, multiselect=True, label="Countries (none: all)", scale=2
        )
    go = gr.Button("Build briefing", variant="primary")
    text = gr.State("")
    view = gr.Markdown(elem_id="briefing-view")
    with gr.Row():
        md = gr.Button("Export Markdown", size="sm")
        docx = gr.Button("Export Word", size="sm")
    file = gr.File(label="Download", interactive=False, elem_id="briefing-file")
    go.click(
        briefing,
        [theme, countries],
        [view, text],
        api_name="briefing",
        api_visibility="undocumented",
    )
    md.click(
        lambda t: export(t, "md"),
        text,
        file,
        api_name="export_briefing_markdown",
        api_visibility="undocumented",
    )
    docx.click(
        lambda t: export(t, "docx"),
        text,
        file,
        api_name="export_briefing_word",
        api_visibility="undocumented",
    )
