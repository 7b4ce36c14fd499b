"""The Gradio Blocks: a chat whose [n] markers open the cited paragraph beside it, kept
conversations in a side panel, the Documents and Briefing tabs.

Layout and wiring only: the chat's handlers are in `chat` and `feedback`, what they render in
`render`, the tabs in `documents` and `briefing`; every text is registered with `labels`, so
that the whole page follows the language chosen in its header (kept per browser). The markers are made clickable by `static/chat.js`
(served inline in the page head: nothing is fetched from anywhere else).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.contract import answer_json
from assistant.i18n import examples
from assistant.language import detect
from rightsdesk.errors import IndexLoadFailed, IndexLoading, RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web.briefing import briefing_tab
from rightsdesk.web.chat import ALL, ChatHandlers
from rightsdesk.web.conversations import ConversationStore
from rightsdesk.web.documents import documents_tab
from rightsdesk.web.feedback import FeedbackHandlers
from rightsdesk.web.filters import filter_choices, filter_updates
from rightsdesk.web.labels import LANGUAGES, Labels, header, language, welcome
from rightsdesk.web.labels import STORAGE_KEY as LANGUAGE_KEY
from rightsdesk.web.render import empty_panel, mode_note, problem_text

STATIC = Path(__file__).parent / "static"
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


def build_app(assistant: BackgroundAssistant, settings: Settings) -> gr.Blocks:
    """The whole web app over one assistant, perhaps still loading; conversations are kept
    beside the index. The page is built in English; each browser's language is applied on
    load and on a switch."""
    store = ConversationStore.beside(settings.data_dir)
    h = ChatHandlers(assistant, store, settings.llm_model, settings.llm_enabled)
    fb = FeedbackHandlers(assistant, store)
    labels = Labels()
    en = labels.en
    countries_en, docs_en = filter_choices(assistant.corpus, "en")

    demo: gr.Blocks
    with gr.Blocks(title="Rights Desk", fill_width=True) as demo:
        browser_id = gr.BrowserState(None, storage_key=STORAGE_KEY, secret=store.secret())
        stored_lang = gr.BrowserState("en", storage_key=LANGUAGE_KEY, secret=store.secret())
        ui_lang = gr.State("en")
        turns = gr.State([])
        conv_id = gr.State(None)
        feedback_id = gr.State(None)
        page_no = gr.State(0)  # see `ChatHandlers.opened`
        with gr.Sidebar(width=290, elem_id="sidebar", label=en("ui.conversations")):
            gr.HTML("<div class='brand'>Rights Desk</div>")
            new = gr.Button(
                en("ui.new_conversation"), variant="primary", elem_id="new-conversation", size="md"
            )
            conversations = gr.Radio(
                [], label=en("ui.conversations"), elem_id="conversations", container=False
            )
            with gr.Accordion(en("ui.manage"), open=False, elem_id="manage") as manage:
                name_box = gr.Textbox(
                    show_label=False, placeholder=en("ui.rename_placeholder"), elem_id="rename-box"
                )
                with gr.Row():
                    rename = gr.Button(en("ui.rename"), size="sm", elem_id="rename-button")
                    delete = gr.Button(
                        en("ui.delete"), size="sm", variant="stop", elem_id="delete-button"
                    )
            with gr.Accordion(en("ui.filters"), open=False, elem_id="filters") as filters:
                country = gr.Dropdown(
                    countries_en, value=ALL, label=en("ui.country"), elem_id="country-filter"
                )
                doc = gr.Dropdown(docs_en, value=ALL, label=en("ui.document"), elem_id="doc-filter")
        labels.add(new, value="ui.new_conversation")
        labels.add(conversations, label="ui.conversations")
        labels.add(manage, label="ui.manage")
        labels.add(name_box, placeholder="ui.rename_placeholder")
        labels.add(rename, value="ui.rename")
        labels.add(delete, value="ui.delete")
        labels.add(filters, label="ui.filters")
        labels.add(country, label="ui.country")
        labels.add(doc, label="ui.document")
        with gr.Row(elem_id="top-row"):
            labels.add(gr.HTML(header("en"), elem_id="top"), value=header)
            lang = gr.Radio(
                LANGUAGES,
                value="en",
                show_label=False,
                container=False,
                elem_id="language",
                scale=0,
                min_width=110,
            )
        labels.add(lang, label="ui.language")
        with gr.Tab(en("ui.tab.chat"), elem_id="chat-tab") as chat_tab:
            with gr.Row(equal_height=False, elem_id="chat-row"):
                with gr.Column(scale=3, min_width=360, elem_id="chat-col"):
                    chatbot = gr.Chatbot(
                        elem_id="chat",
                        show_label=False,
                        height="calc(100vh - 290px)",
                        min_height=260,
                        placeholder=welcome("en"),
                        buttons=["copy", "copy_all"],
                        feedback_options=("Like", "Dislike"),
                        autoscroll=True,
                    )  # its examples come on load, once a question can no longer race it
                    labels.add(
                        chatbot,
                        placeholder=welcome,
                        examples=lambda lang: [{"text": q} for q in examples(lang)],
                    )
                    with gr.Row(visible=False, elem_id="feedback-row") as feedback_row:
                        comment = gr.Textbox(
                            label=en("ui.comment_label"),
                            placeholder=en("ui.comment_placeholder"),
                            scale=5,
                            elem_id="feedback-comment",
                        )
                        send_comment = gr.Button(
                            en("ui.send"), scale=1, size="sm", elem_id="feedback-send"
                        )
                    labels.add(
                        comment, label="ui.comment_label", placeholder="ui.comment_placeholder"
                    )
                    labels.add(send_comment, value="ui.send")
                    with gr.Row(elem_id="ask-row"):
                        box = gr.Textbox(
                            placeholder=en("ui.ask_placeholder"),
                            lines=1,
                            max_lines=5,
                            show_label=False,
                            scale=6,
                            max_length=settings.max_question_chars,
                            elem_id="question",
                            autofocus=True,
                            interactive=False,  # until the page has loaded (see `ChatHandlers.start`)
                        )
                        send = gr.Button(
                            en("ui.ask"),
                            variant="primary",
                            scale=1,
                            min_width=80,
                            elem_id="ask-button",
                            interactive=False,
                        )
                    labels.add(box, placeholder="ui.ask_placeholder")
                    labels.add(send, value="ui.ask")
                    with gr.Row(elem_id="chat-foot"):
                        mode = gr.Markdown(
                            mode_note(settings.llm_enabled, settings.llm_model, None),
                            elem_id="mode-note",
                        )
                        md_file = gr.DownloadButton(
                            en("ui.export.md"),
                            visible=False,
                            size="sm",
                            elem_id="export-md",
                            scale=0,
                        )
                        docx_file = gr.DownloadButton(
                            en("ui.export.docx"),
                            visible=False,
                            size="sm",
                            elem_id="export-docx",
                            scale=0,
                        )
                with gr.Column(scale=2, min_width=320, elem_id="source-col"):
                    source = gr.Markdown(
                        empty_panel(), elem_id="source-panel", elem_classes="source-scroll"
                    )
            cite_key = gr.Textbox(visible="hidden", elem_id="cite-key")
            loading = gr.Timer(1.0, active=False)  # started on load while the index loads
        with gr.Tab(en("ui.tab.documents"), elem_id="documents-tab") as documents:
            docs = documents_tab(assistant, settings, ui_lang, labels)
        with gr.Tab(en("ui.tab.briefing"), elem_id="briefing-tab") as briefing:
            briefing_countries = briefing_tab(
                assistant, settings.max_question_chars, ui_lang, labels
            )
        labels.add(chat_tab, label="ui.tab.chat")
        labels.add(documents, label="ui.tab.documents")
        labels.add(briefing, label="ui.tab.briefing")

        answer_in = [box, chatbot, turns, country, doc, conv_id, browser_id, ui_lang, page_no]
        answer_out = [chatbot, turns, source, mode, box, conv_id, conversations]
        answer_out += [md_file, docx_file, feedback_row]
        opened = [chatbot, turns, source, mode, conv_id, conversations, md_file, docx_file]
        opened += [feedback_row, name_box, page_no]
        show_quote = "() => window.rightsdeskShowQuote && window.rightsdeskShowQuote(false)"
        set_lang = "(lang) => { document.documentElement.lang = lang; }"
        # The UI's own events are callable by clients (undocumented: `ask` is the documented
        # API), so that tests and scripts drive exactly what a user drives.
        asking = [
            send.click(
                h.respond, answer_in, answer_out, api_name="chat", api_visibility="undocumented"
            ),
            box.submit(h.respond, answer_in, answer_out, api_visibility="private"),
            chatbot.example_select(_example, None, box, api_visibility="private").then(
                h.respond, answer_in, answer_out, api_visibility="private"
            ),
            chatbot.retry(h.retry, answer_in[1:], answer_out, api_visibility="private"),
        ]
        for asked in asking[:3]:
            asked.then(None, js=show_quote)
        # the page reports when it has applied an answer, which a move waits for (see `Pages`);
        # the browser runs `then` after a success and only `failure` after an error
        for asked in asking:
            for after in (asked.then, asked.failure):
                after(
                    h.pages.answered, None, None, trigger_mode="multiple", api_visibility="private"
                )
        cite_key.change(
            h.open_marker,
            [cite_key, chatbot, turns, ui_lang],
            source,
            api_name="open_source",
            api_visibility="undocumented",
        ).then(None, js="() => window.rightsdeskShowQuote && window.rightsdeskShowQuote(true)")
        chatbot.like(
            fb.feedback,
            [chatbot, turns, conv_id, browser_id, ui_lang],
            [feedback_id, feedback_row, comment],
            api_visibility="private",
        )
        send_comment.click(
            fb.comment,
            [feedback_id, comment, browser_id, ui_lang],
            [feedback_row, comment],
            api_visibility="private",
        )
        # leaving a conversation stops its answer, if one is still coming, and the move's
        # outputs wait until the page has applied that answer (see `Pages`); not `cancels`:
        # a cancelled event's updates still reach the page, and its `then` steps run early
        for event in (new.click, chatbot.clear):
            event(h.fresh, [browser_id, ui_lang], opened, api_visibility="private")
        conversations.input(
            h.open, [conversations, browser_id, ui_lang], opened, api_visibility="private"
        ).then(None, js=show_quote)
        rename.click(
            h.rename,
            [name_box, conv_id, turns, browser_id, ui_lang],
            [conversations, md_file, docx_file],
            api_visibility="private",
        )
        delete.click(h.delete, [conv_id, browser_id, ui_lang], opened, api_visibility="private")

        # the interface's language and the lists of documents, on load and when they change
        def relabel(lang: str) -> list[Any]:
            return labels.updates(language(lang))

        def refresh_filters(lang: str, *chosen: Any) -> list[Any]:
            return filter_updates(assistant, language(lang), *chosen)

        listed = [country, doc, briefing_countries]
        private: dict[str, Any] = {"api_visibility": "private"}
        demo.load(
            h.start,
            [browser_id, stored_lang],
            [browser_id, ui_lang, lang, *opened, box, send, loading],
            **private,
        ).then(relabel, ui_lang, labels.components, **private).then(
            docs.refresh, [docs.listing[1], ui_lang], docs.listing, **private
        ).then(None, ui_lang, js=set_lang).then(None, js=show_quote)
        lang.input(
            h.relanguage, [lang, turns], [ui_lang, stored_lang, mode, source], **private
        ).then(relabel, ui_lang, labels.components, **private).then(
            docs.refresh, [docs.listing[1], ui_lang], docs.listing, **private
        ).then(None, ui_lang, js=set_lang)
        for changed in docs.changed:
            changed.then(refresh_filters, [ui_lang, *listed], listed, **private)
        # another page may have added or removed a document meanwhile
        for opening in (filters.expand, briefing.select):
            opening(refresh_filters, [ui_lang, *listed], listed, **private)
        loading.tick(h.settle, [turns, ui_lang], [mode, source, loading], **private)
        demo.unload(h.pages.forget)
        documents.select(docs.refresh, [docs.listing[1], ui_lang], docs.listing, **private)

        def api_ask(question: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
            """The same JSON as `rightsdesk ask --json`."""
            try:
                return answer_json(assistant.get().ask(question, history or []))
            except RightsDeskError as exc:
                lang = "ru" if detect(question or "") == "ru" else "en"
                loading = isinstance(exc, IndexLoading | IndexLoadFailed)
                return {
                    "error": str(exc),
                    "question": question,
                    "abstained": True,
                    "citations": [],
                    "answer": problem_text(exc, lang) if loading else str(exc),
                }

        gr.api(api_ask, api_name="ask")  # type: ignore[attr-defined]
    return demo


def _example(data: gr.SelectData) -> str:
    """The question of a starter card chosen in the empty chat."""
    return str(data.value["text"])
