"""The Gradio Blocks: chat with citation chips and a source panel, documents, briefing, exports.

A thin shell: every answer, rendering and export comes from `assistant`. Errors become a
message in the chat; unexpected ones are logged with their traceback, never shown.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.contract import answer_json
from assistant.export import markdown_to_docx
from assistant.present import (
    briefing_markdown,
    build_briefing,
    conversation_markdown,
    document_markdown,
    source_markdown,
)
from assistant.service import Assistant
from rightsdesk.domain import Answer
from rightsdesk.errors import RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web.documents import documents_tab

log = logging.getLogger(__name__)
ALL = "All"
EXAMPLES = [
    "What did the committee say about Roma children in Tajikistan?",
    "Which OPSC recommendations have no activity in the national plan?",
    "What does paragraph 13 of the Turkmenistan concluding observations say?",
    "What does the Special Rapporteur recommend on the identification of victims of trafficking?",
]
CSS = """
.gradio-container {max-width: 1400px !important; margin: auto;}
#mode-note {font-size: 0.9em; opacity: 0.85;}
#source-panel {max-height: 640px; overflow-y: auto; border-left: 3px solid #2b6cb0; padding-left: 12px;}
#chips label {font-size: 0.85em;}
"""
THEME = gr.themes.Default(
    primary_hue="blue",
    font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), "sans-serif"],
    font_mono=[gr.themes.Font("ui-monospace"), "monospace"],
)


def _mode_note(assistant: Assistant, model: str, ans: Answer | None) -> str:
    who = (
        f"the language model ({model}), citations checked"
        if assistant.llm
        else "extractive mode (quoted passages, no language model)"
    )
    note = f"Answered by: {who}."
    if ans is not None and ans.abstained:
        note += " **The documents do not answer this question; nothing is cited.**"
    if ans is not None:
        for notice in (*ans.notices, *([ans.notice] if ans.notice else [])):
            note += f" **Note:** {notice}"
    return note


def _chat_text(ans: Answer) -> str:
    """The answer as shown in the chat: the scope notices (a filter the question overrode, a
    country not covered) first, in words, then the answer."""
    notes = [f"> **Note:** {n}" for n in ans.notices]
    return "\n\n".join([*notes, ans.answer])


def _chip_label(ref: str, i: int) -> str:
    return f"[{i}] {ref}"


def build_app(
    assistant: Assistant, model: str = "", max_chars: int = 2000, settings: Settings | None = None
) -> gr.Blocks:
    """The whole web app over one assistant."""
    corpus = assistant.corpus
    doc_choices = [(f"{d.short_name} — {d.country}", d.id) for d in corpus.docs.values()]

    def respond(
        message: str, chat: list[dict[str, Any]], turns: list[Answer], country: str, doc: str
    ) -> Iterator[tuple[Any, ...]]:
        history = [{"role": m["role"], "content": str(m["content"])} for m in chat]
        chat = [*chat, {"role": "user", "content": message}]
        try:
            final: Answer | None = None
            for ans in assistant.stream(
                message,
                history,
                None if country == ALL else country,
                None if doc in (ALL, "", None) else doc,
            ):
                final = ans
                yield (
                    [*chat, {"role": "assistant", "content": _chat_text(ans)}],
                    turns,
                    gr.update(),
                    _mode_note(assistant, model, None),
                    "",
                )
            assert final is not None
            refs = [
                (
                    _chip_label(c.reference or c.paragraph, i),
                    f"{c.doc_id}::{c.paragraph}::{c.subparagraph or ''}",
                )
                for i, c in enumerate(final.citations, 1)
            ]
            chips = gr.update(choices=refs, value=None, visible=bool(refs))
            yield (
                [*chat, {"role": "assistant", "content": _chat_text(final)}],
                [*turns, final],
                chips,
                _mode_note(assistant, model, final),
                "",
            )
        except RightsDeskError as exc:
            yield (
                [*chat, {"role": "assistant", "content": f"⚠️ {exc}"}],
                turns,
                gr.update(choices=[], visible=False),
                _mode_note(assistant, model, None),
                "",
            )
        except Exception:
            log.exception("the chat failed")
            msg = "⚠️ Something went wrong while answering; the error was logged. Please try again."
            yield (
                [*chat, {"role": "assistant", "content": msg}],
                turns,
                gr.update(choices=[], visible=False),
                _mode_note(assistant, model, None),
                "",
            )

    def open_citation(key: str | None) -> str:
        if not key:
            return gr.update()  # type: ignore[return-value]
        doc_id, number, sub = ([*key.split("::"), "", "", ""])[:3]
        view = corpus.view(doc_id, number)
        return (
            source_markdown(corpus, view, sub or None)
            if view
            else "This paragraph is no longer in the index."
        )

    def new_conversation() -> tuple[Any, ...]:
        return (
            [],
            [],
            gr.update(choices=[], value=None, visible=False),
            _mode_note(assistant, model, None),
            "*Choose a citation to read the paragraph here.*",
        )

    def export(turns: list[Answer], fmt: str) -> str | None:
        if not turns:
            raise gr.Error("Nothing to export yet: ask a question first.")
        return _write(conversation_markdown(turns), "rightsdesk-conversation", fmt)

    def show_document(doc_id: str) -> str:
        return document_markdown(corpus, doc_id) if doc_id else ""

    def briefing(theme: str, countries: list[str]) -> tuple[str, str]:
        if not theme.strip():
            raise gr.Error("Type a theme, for example: trafficking of children for forced labour.")
        text = briefing_markdown(
            build_briefing(assistant, theme.strip()[:max_chars], countries or [])
        )
        return text, text

    def export_briefing(text: str, fmt: str) -> str | None:
        if not text:
            raise gr.Error("Build a briefing first.")
        return _write(text, "rightsdesk-briefing", fmt)

    def api_ask(question: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """The same JSON as `rightsdesk ask --json`."""
        try:
            return answer_json(assistant.ask(question, history or []))
        except RightsDeskError as exc:
            return {
                "error": str(exc),
                "question": question,
                "abstained": True,
                "citations": [],
                "answer": str(exc),
            }

    demo: gr.Blocks
    with gr.Blocks(title="Rights Desk") as demo:
        gr.Markdown(
            "# Rights Desk\nAsk about UN human-rights documents; every answer quotes and cites the paragraphs it comes from."
        )
        with gr.Tab("Chat"):
            turns = gr.State([])
            with gr.Row():
                country = gr.Dropdown(
                    [ALL, *corpus.countries],
                    value=ALL,
                    label="Country",
                    scale=1,
                    elem_id="country-filter",
                )
                doc = gr.Dropdown([(ALL, ALL), *doc_choices], value=ALL, label="Document", scale=2)
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="Conversation", height=520, elem_id="chat")
                    mode = gr.Markdown(_mode_note(assistant, model, None), elem_id="mode-note")
                    chips = gr.Radio(
                        [],
                        label="Citations: choose one to open the paragraph",
                        visible=False,
                        elem_id="chips",
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder="Ask a question, e.g. What did the committee say about Roma children in Tajikistan?",
                            show_label=False,
                            scale=5,
                            max_length=max_chars,
                            elem_id="question",
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-button")
                    gr.Examples(EXAMPLES, inputs=box)
                    with gr.Row():
                        clear = gr.Button("New conversation")
                        md_btn = gr.Button("Export Markdown")
                        docx_btn = gr.Button("Export Word")
                    export_file = gr.File(label="Download", visible=True, interactive=False)
                with gr.Column(scale=2):
                    source = gr.Markdown(
                        "*Choose a citation to read the paragraph here.*", elem_id="source-panel"
                    )
            outputs = [chatbot, turns, chips, mode, box]
            # The UI's own events are callable by clients (undocumented: `ask` is the
            # documented API), so that tests and scripts drive exactly what a user drives.
            send.click(
                respond,
                [box, chatbot, turns, country, doc],
                outputs,
                api_name="chat",
                api_visibility="undocumented",
            )
            box.submit(
                respond, [box, chatbot, turns, country, doc], outputs, api_visibility="private"
            )
            chips.change(
                open_citation,
                chips,
                source,
                api_name="open_citation",
                api_visibility="undocumented",
            )
            clear.click(
                new_conversation,
                None,
                [chatbot, turns, chips, mode, source],
                api_name="new_conversation",
                api_visibility="undocumented",
            )
            md_btn.click(
                lambda t: export(t, "md"),
                turns,
                export_file,
                api_name="export_markdown",
                api_visibility="undocumented",
            )
            docx_btn.click(
                lambda t: export(t, "docx"),
                turns,
                export_file,
                api_name="export_word",
                api_visibility="undocumented",
            )
        with gr.Tab("Documents"):
            documents_tab(assistant, settings or Settings())
        with gr.Tab("Briefing"):
            gr.Markdown(
                "Everything the documents say on a theme, by country and document: concerns and recommendations side by side, with planned activities."
            )
            with gr.Row():
                theme = gr.Textbox(
                    label="Theme", placeholder="e.g. child labour and the cotton harvest", scale=3
                )
                b_countries = gr.Dropdown(
                    corpus.countries, multiselect=True, label="Countries (none: all)", scale=2
                )
            b_go = gr.Button("Build briefing", variant="primary")
            b_text = gr.State("")
            b_view = gr.Markdown(elem_id="briefing-view")
            with gr.Row():
                b_md = gr.Button("Export Markdown")
                b_docx = gr.Button("Export Word")
            b_file = gr.File(label="Download", interactive=False, elem_id="briefing-file")
            b_go.click(
                briefing,
                [theme, b_countries],
                [b_view, b_text],
                api_name="briefing",
                api_visibility="undocumented",
            )
            b_md.click(
                lambda t: export_briefing(t, "md"),
                b_text,
                b_file,
                api_name="export_briefing_markdown",
                api_visibility="undocumented",
            )
            b_docx.click(
                lambda t: export_briefing(t, "docx"),
                b_text,
                b_file,
                api_name="export_briefing_word",
                api_visibility="undocumented",
            )
        gr.api(api_ask, api_name="ask")  # type: ignore[attr-defined]
    return demo


def _write(markdown: str, stem: str, fmt: str) -> str:
    folder = Path(tempfile.mkdtemp(prefix="rightsdesk-export-"))
    if fmt == "docx":
        return str(markdown_to_docx(markdown, folder / f"{stem}.docx"))
    path = folder / f"{stem}.md"
    path.write_text(markdown, encoding="utf-8")
    return str(path)
