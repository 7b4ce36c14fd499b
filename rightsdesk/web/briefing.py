"""The Briefing tab: everything the documents say on a theme, by country, as a handout.

A thin shell over `assistant.present` (build, render) and `files` (export). The handout's frame
is in the interface's language (a Russian theme is read as its English query first), its
quotes as the documents print them. Does not answer chat questions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.i18n import name
from assistant.i18n import text as t
from assistant.language import detect
from assistant.present import briefing_markdown, build_briefing
from rightsdesk.errors import RightsDeskError
from rightsdesk.web.files import write_export
from rightsdesk.web.labels import Labels, language
from rightsdesk.web.render import export_name, problem_text


def country_choices(assistant: BackgroundAssistant, lang: str) -> list[tuple[str, str]]:
    """The countries of the index as the interface names them: (label, country)."""
    return [(name(c, lang), c) for c in assistant.corpus.countries]


def briefing_tab(
    assistant: BackgroundAssistant, max_chars: int, ui_lang: gr.State, labels: Labels
) -> gr.Dropdown:
    """Render the tab's body inside the caller's `gr.Tab`; returns its countries dropdown
    (which the app refreshes when documents are added or removed)."""
    en = labels.en

    def briefing(theme: str, countries: list[str], lang: str) -> tuple[str, dict[str, str]]:
        lang = language(lang)
        theme = theme.strip()[:max_chars]
        if not theme:
            raise gr.Error(t("error.no_theme", lang))
        try:
            ready = assistant.get()
        except RightsDeskError as exc:
            raise gr.Error(problem_text(exc, lang)) from None
        query = theme
        if detect(theme) == "ru":  # the briefer reads English, as the chat's retrieval does
            query = ready.languages.read(theme).question
        built = replace(build_briefing(ready, query, countries or []), theme=theme)
        text = briefing_markdown(built, lang)
        return text, {"text": text, "theme": theme, "lang": lang}

    def export(made: dict[str, str] | None, ext: str) -> str | None:
        if not made or not made.get("text"):
            raise gr.Error(t("error.no_briefing", language((made or {}).get("lang"))))
        lang = made["lang"]
        title = t("briefing.title", lang, theme=made["theme"])
        return write_export(made["text"], export_name(title, ext, date.today()))

    labels.add(
        gr.Markdown(en("ui.briefing_intro"), elem_classes="tab-intro"), value="ui.briefing_intro"
    )
    with gr.Row():
        theme = gr.Textbox(label=en("ui.theme"), placeholder=en("ui.theme_placeholder"), scale=3)
        countries = gr.Dropdown(
            country_choices(assistant, "en"),
            multiselect=True,
            label=en("ui.countries_none_all"),
            scale=2,
            elem_id="briefing-countries",
        )
    labels.add(theme, label="ui.theme", placeholder="ui.theme_placeholder")
    labels.add(
        countries,
        label="ui.countries_none_all",
        choices=lambda lang: country_choices(assistant, lang),
    )
    go = labels.add(
        gr.Button(en("ui.build_briefing"), variant="primary"), value="ui.build_briefing"
    )
    made = gr.State(None)
    view = gr.Markdown(elem_id="briefing-view")
    with gr.Row():
        md = labels.add(gr.Button(en("ui.export_markdown"), size="sm"), value="ui.export_markdown")
        docx = labels.add(gr.Button(en("ui.export_word"), size="sm"), value="ui.export_word")
    file = labels.add(
        gr.File(label=en("ui.download"), interactive=False, elem_id="briefing-file"),
        label="ui.download",
    )
    go.click(
        briefing,
        [theme, countries, ui_lang],
        [view, made],
        api_name="briefing",
        api_visibility="undocumented",
    )
    for button, ext, api in ((md, "md", "markdown"), (docx, "docx", "word")):

        def exported(made: dict[str, Any] | None, ext: str = ext) -> str | None:
            return export(made, ext)

        button.click(
            exported,
            made,
            file,
            api_name=f"export_briefing_{api}",
            api_visibility="undocumented",
        )
    return countries
