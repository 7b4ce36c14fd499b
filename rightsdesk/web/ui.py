"""The Gradio Blocks: a chat whose [n] markers open the cited paragraph beside it, kept
conversations in a side panel, the Documents and Briefing tabs.

Layout and wiring only: the chat's handlers are in `chat`, what they render in `render`,
the tabs in `documents` and `briefing`. The markers are made clickable by `static/chat.js`
(served inline in the page head: nothing is fetched from anywhere else).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.contract import answer_json
from assistant.service import Assistant
from rightsdesk.errors import RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web.briefing import briefing_tab
from rightsdesk.web.chat import ALL, ChatHandlers
from rightsdesk.web.conversations import ConversationStore
from rightsdesk.web.documents import documents_tab
from rightsdesk.web.render import EMPTY_PANEL, mode_note

STATIC = Path(__file__).parent / "static"
EXAMPLES = [
    "What did the committee say about Roma children in Tajikistan?",
    "Which OPSC recommendations have no activity in the national plan?",
    "What does paragraph 13 of the Turkmenistan concluding observations say?",
    "What does the Special Rapporteur recommend on the identification of victims of trafficking?",
]
PLACEHOLDER = (
    "<div class='welcome'><h2>Ask the UN documents</h2><p>Every answer quotes the paragraphs "
    "it comes from. Choose a marker like <span class='cite-sample'>1</span> to read the "
    "paragraph beside the answer.</p></div>"
)
THEME = gr.themes.Soft(
    primary_hue="blue",
    neutral_hue="slate",
    radius_size="md",
    font=[gr.themes.Font("system-ui"), gr.themes.Font("Segoe UI"), "sans-serif"],
    font_mono=[gr.themes.Font("ui-monospace"), "monospace"],
)
STORAGE_KEY = "rightsdesk-browser"


def assets() -> tuple[str, str]:
    """(css, head): the app's style, and the page's own style and script, from `static/`."""
    css = (STATIC / "chat.css").read_text(encoding="utf-8")
    page = (STATIC / "page.css").read_text(encoding="utf-8")
    script = (STATIC / "chat.js").read_text(encoding="utf-8")
    return css, f"<style>\n{page}\n</style>\n<script>\n{script}\n</script>"


def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The whole web app over one assistant; conversations are kept beside the index."""
    corpus = assistant.corpus
    store = ConversationStore.beside(settings.data_dir)
    h = ChatHandlers(assistant, store, settings.llm_model)
    doc_choices = [(f"{d.short_name} — {d.country}", d.id) for d in corpus.docs.values()]

    demo: gr.Blocks
    with gr.Blocks(title="Rights Desk", fill_width=True) as demo:
        browser_id = gr.BrowserState(None, storage_key=STORAGE_KEY, secret=store.secret())
        turns = gr.State([])
        conv_id = gr.State(None)
        feedback_id = gr.State(None)
        with gr.Sidebar(width=290, elem_id="sidebar", label="Conversations"):
            gr.HTML("<div class='brand'>Rights Desk</div>")
            new = gr.Button(
                "New conversation", variant="primary", elem_id="new-conversation", size="md"
            )
            conversations = gr.Radio(
                [], label="Conversations", elem_id="conversations", container=False
            )
            with gr.Accordion("Rename or delete", open=False, elem_id="manage"):
                name = gr.Textbox(
                    show_label=False, placeholder="Conversation name", elem_id="rename-box"
                )
                with gr.Row():
                    rename = gr.Button("Rename", size="sm", elem_id="rename-button")
                    delete = gr.Button("Delete", size="sm", variant="stop", elem_id="delete-button")
            with gr.Accordion("Filters", open=False, elem_id="filters"):
                country = gr.Dropdown(
                    [ALL, *corpus.countries], value=ALL, label="Country", elem_id="country-filter"
                )
                doc = gr.Dropdown([(ALL, ALL), *doc_choices], value=ALL, label="Document")
        gr.HTML(
            "<header class='top'><h1>Rights Desk</h1><p>Answers from UN human-rights documents,"
            " quoted and cited paragraph by paragraph.</p></header>"
        )
        with gr.Tab("Chat", elem_id="chat-tab"):
            with gr.Row(equal_height=False, elem_id="chat-row"):
                with gr.Column(scale=3, min_width=360, elem_id="chat-col"):
                    chatbot = gr.Chatbot(
                        elem_id="chat",
                        show_label=False,
                        height="calc(100vh - 290px)",
                        min_height=260,
                        placeholder=PLACEHOLDER,
                        examples=[{"text": q} for q in EXAMPLES],
                        buttons=["copy", "copy_all"],
                        feedback_options=("Like", "Dislike"),
                        autoscroll=True,
                    )
                    with gr.Row(visible=False, elem_id="feedback-row") as feedback_row:
                        comment = gr.Textbox(
                            label="Anything to add? (optional)",
                            placeholder="What was missing or wrong?",
                            scale=5,
                            elem_id="feedback-comment",
                        )
                        send_comment = gr.Button(
                            "Send", scale=1, size="sm", elem_id="feedback-send"
                        )
                    with gr.Row(elem_id="ask-row"):
                        box = gr.Textbox(
                            placeholder="Ask a question…",
                            lines=1,
                            max_lines=5,
                            show_label=False,
                            scale=6,
                            max_length=settings.max_question_chars,
                            elem_id="question",
                            autofocus=True,
                        )
                        send = gr.Button(
                            "Ask", variant="primary", scale=1, min_width=80, elem_id="ask-button"
                        )
                    with gr.Row(elem_id="chat-foot"):
                        mode = gr.Markdown(
                            mode_note(bool(assistant.llm), settings.llm_model, None),
                            elem_id="mode-note",
                        )
                        md_file = gr.DownloadButton(
                            "Markdown", visible=False, size="sm", elem_id="export-md", scale=0
                        )
                        docx_file = gr.DownloadButton(
                            "Word", visible=False, size="sm", elem_id="export-docx", scale=0
                        )
                with gr.Column(scale=2, min_width=320, elem_id="source-col"):
                    source = gr.Markdown(
                        EMPTY_PANEL, elem_id="source-panel", elem_classes="source-scroll"
                    )
            cite_key = gr.Textbox(visible="hidden", elem_id="cite-key")
        with gr.Tab("Documents"):
            documents_tab(assistant, settings)
        with gr.Tab("Briefing"):
            briefing_tab(assistant, settings.max_question_chars)

        answer_in = [box, chatbot, turns, country, doc, conv_id, browser_id]
        answer_out = [chatbot, turns, source, mode, box, conv_id, conversations]
        answer_out += [md_file, docx_file, feedback_row]
        opened = [chatbot, turns, source, mode, conv_id, conversations, md_file, docx_file]
        opened += [feedback_row, name]
        show_quote = "() => window.rightsdeskShowQuote && window.rightsdeskShowQuote(false)"
        # The UI's own events are callable by clients (undocumented: `ask` is the documented
        # API), so that tests and scripts drive exactly what a user drives.
        send.click(
            h.respond, answer_in, answer_out, api_name="chat", api_visibility="undocumented"
        ).then(None, js=show_quote)
        box.submit(h.respond, answer_in, answer_out, api_visibility="private").then(
            None, js=show_quote
        )
        chatbot.example_select(_example, None, box, api_visibility="private").then(
            h.respond, answer_in, answer_out, api_visibility="private"
        ).then(None, js=show_quote)
        chatbot.retry(h.retry, answer_in[1:], answer_out, api_visibility="private")
        cite_key.change(
            h.open_marker,
            [cite_key, chatbot, turns],
            source,
            api_name="open_source",
            api_visibility="undocumented",
        ).then(None, js="() => window.rightsdeskShowQuote && window.rightsdeskShowQuote(true)")
        chatbot.like(
            h.feedback,
            [chatbot, turns, conv_id, browser_id],
            [feedback_id, feedback_row, comment],
            api_visibility="private",
        )
        send_comment.click(
            h.comment,
            [feedback_id, comment, browser_id],
            [feedback_row, comment],
            api_visibility="private",
        )
        for event in (new.click, chatbot.clear):
            event(h.fresh, [browser_id], opened, api_visibility="private")
        conversations.input(
            h.open, [conversations, browser_id], opened, api_visibility="private"
        ).then(None, js=show_quote)
        rename.click(
            h.rename,
            [name, conv_id, turns, browser_id],
            [conversations, md_file, docx_file],
            api_visibility="private",
        )
        delete.click(h.delete, [conv_id, browser_id], opened, api_visibility="private")
        demo.load(h.start, [browser_id], [browser_id, *opened], api_visibility="private").then(
            None, js=show_quote
        )

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

        gr.api(api_ask, api_name="ask")  # type: ignore[attr-defined]
    return demo


def _example(data: gr.SelectData) -> str:
    """The question of a starter card chosen in the empty chat."""
    return str(data.value["text"])
