"""The chat's Country and Document filters and the briefing's countries, over the index as it
is at the moment of asking (documents come and go in the Documents tab), in the interface's
language. Does not filter anything itself (`ChatHandlers` hands the choice to the assistant).
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.corpus import Corpus
from assistant.i18n import name
from assistant.i18n import text as t
from rightsdesk.web.briefing import country_choices
from rightsdesk.web.chat import ALL


def filter_choices(corpus: Corpus, lang: str) -> tuple[list[Any], list[Any]]:
    """The Country and Document filters' choices over the index as it is now."""
    everything = (t("ui.all", lang), ALL)
    countries = [everything, *((name(c, lang), c) for c in corpus.countries)]
    docs = [everything]
    docs += [(f"{d.short_name} — {name(d.country, lang)}", d.id) for d in corpus.docs.values()]
    return countries, docs


def filter_updates(
    assistant: BackgroundAssistant, lang: str, country: str, doc: str, countries: list[str] | None
) -> list[Any]:
    """The Country and Document filters and the briefing's countries over the index as it is
    now, each keeping what was chosen if it is still there."""
    by_country, by_doc = filter_choices(assistant.corpus, lang)
    briefing = country_choices(assistant, lang)
    known = {c for _, c in briefing}
    return [
        gr.update(choices=by_country, value=country if country in known else ALL),
        gr.update(choices=by_doc, value=doc if doc in assistant.corpus.docs else ALL),
        gr.update(choices=briefing, value=[c for c in countries or [] if c in known]),
    ]
