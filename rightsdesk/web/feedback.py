"""The feedback handlers: a thumb on an answer is stored at once with the question, the answer
and its citations; an optional comment follows. `ui` wires these to the chat's like event and
the comment box. Does not answer or keep conversations (see `chat`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.i18n import text as t
from rightsdesk.domain import Answer
from rightsdesk.errors import RightsDeskError
from rightsdesk.web.access import owner_of
from rightsdesk.web.chat import Msg
from rightsdesk.web.conversations import ConversationStore, Rating
from rightsdesk.web.labels import language
from rightsdesk.web.render import answer_index


@dataclass
class FeedbackHandlers:
    """Helpful / not helpful on an answer, and a comment on it."""

    assistant: BackgroundAssistant
    store: ConversationStore

    def feedback(
        self,
        data: gr.LikeData,
        chat: list[Msg],
        turns: list[Answer],
        conv_id: str | None,
        browser_id: str | None,
        lang: str,
        request: gr.Request,
    ) -> tuple[Any, ...]:
        """A thumb on an answer: stored at once; the comment box opens. Outputs: feedback id,
        feedback row, comment box."""
        lang = language(lang)
        owner = owner_of(request, browser_id)
        index = data.index if isinstance(data.index, int) else data.index[0]
        turn = answer_index(chat, turns, self.assistant.corpus, index)
        if data.liked in (None, "") or turn is None:
            return None, gr.update(visible=False), gr.update()
        if not (owner and conv_id):
            gr.Warning(t("ui.feedback.unsaved", lang))
            return None, gr.update(visible=False), gr.update()
        rating: Rating = "helpful" if data.liked in (True, "Like") else "not_helpful"
        try:
            fb = self.store.add_feedback(owner, conv_id, turn, rating)
        except RightsDeskError as exc:
            raise gr.Error(str(exc)) from None
        label = t("ui.feedback.thanks", lang, said=t(f"ui.feedback.{rating}", lang))
        return fb.id, gr.update(visible=True), gr.update(value="", label=label)

    def comment(
        self,
        feedback_id: int | None,
        text: str,
        browser_id: str | None,
        lang: str,
        request: gr.Request,
    ) -> tuple[Any, ...]:
        """Outputs: feedback row, comment box."""
        owner = owner_of(request, browser_id)
        if owner and feedback_id is not None and text.strip():
            self.store.comment(owner, feedback_id, text)
            gr.Info(t("ui.feedback.saved", language(lang)))
        return gr.update(visible=False), ""
