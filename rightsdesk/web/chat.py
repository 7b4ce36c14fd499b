"""The chat's event handlers: answer, retry, open a marker's source, keep conversations,
take feedback. `ui` lays the components out and wires these to them.

Who owns a conversation: the logged-in user when RIGHTSDESK_AUTH is set, otherwise the
random id the browser keeps in its storage; a client with neither (a script calling the API)
chats without anything being kept. Errors become a message in the chat; unexpected ones are
logged with their traceback, never shown.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import gradio as gr

from assistant.present import conversation_markdown
from assistant.service import Assistant
from rightsdesk.domain import Answer
from rightsdesk.errors import RightsDeskError
from rightsdesk.web.conversations import Conversation, ConversationStore, Rating
from rightsdesk.web.files import write_export
from rightsdesk.web.render import (
    EMPTY_PANEL,
    chat_text,
    citation_panel,
    first_panel,
    mode_note,
    nth_answer,
)
from rightsdesk.web.render import (
    answer_index as _answer_index,
)
from rightsdesk.web.render import (
    export_name as _export_name,
)

log = logging.getLogger(__name__)
ALL = "All"
Msg = dict[str, Any]
FAILED = "⚠️ Something went wrong while answering; the error was logged. Please try again."


def owner_of(request: gr.Request | None, browser_id: str | None) -> str | None:
    """'user:<name>' after a login, 'browser:<id>' for a browser, None for a bare API client."""
    user = getattr(request, "username", None) if request is not None else None
    if user:
        return f"user:{user}"
    return f"browser:{browser_id}" if browser_id else None


@dataclass
class ChatHandlers:
    """Every chat event, over one assistant and one conversation store."""

    assistant: Assistant
    store: ConversationStore
    model: str = ""

    # -- answering ------------------------------------------------------------------

    def respond(
        self,
        message: str,
        chat: list[Msg],
        turns: list[Answer],
        country: str,
        doc: str,
        conv_id: str | None,
        browser_id: str | None,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        """Outputs: chat, turns, source, mode, question box, conv id, conversation list,
        Markdown download, Word download, feedback row."""
        owner = owner_of(request, browser_id)
        yield from self._answer(message, chat, turns, (country, doc), conv_id, owner, False)

    def retry(
        self,
        chat: list[Msg],
        turns: list[Answer],
        country: str,
        doc: str,
        conv_id: str | None,
        browser_id: str | None,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        """Answer the last question again, in place of its answer (outputs as `respond`)."""
        last = max((i for i, m in enumerate(chat) if m.get("role") == "user"), default=None)
        if last is None:
            return
        question = _text(chat[last])
        answered = bool(turns) and turns[-1].question == question
        kept = turns[:-1] if answered else turns
        owner = owner_of(request, browser_id)
        yield from self._answer(
            question, chat[:last], kept, (country, doc), conv_id, owner, answered
        )

    def _answer(
        self,
        message: str,
        chat: list[Msg],
        turns: list[Answer],
        filters: tuple[str, str],
        conv_id: str | None,
        owner: str | None,
        replace: bool,
    ) -> Iterator[tuple[Any, ...]]:
        history = [{"role": m["role"], "content": _text(m)} for m in chat]
        asked = [*chat, {"role": "user", "content": message}]
        keep = (gr.update(),) * 5
        final: Answer | None = None
        try:
            for ans in self.assistant.stream(message, history, *self._filters(*filters)):
                final = ans
                shown = [*asked, {"role": "assistant", "content": self._text(ans)}]
                yield (shown, turns, gr.update(), self._mode(None), "", *keep)
        except RightsDeskError as exc:
            yield self._failed(asked, turns, f"⚠️ {exc}")
            return
        except Exception:
            log.exception("the chat failed")
            yield self._failed(asked, turns, FAILED)
            return
        assert final is not None
        turns = [*turns, final]
        conv = self._keep(owner, conv_id, final, replace)
        yield (
            [*asked, {"role": "assistant", "content": self._text(final)}],
            turns,
            first_panel(self.assistant.corpus, turns),
            self._mode(final),
            "",
            conv.id if conv else conv_id,
            self._list(owner, conv.id if conv else None),
            *self._exports(conv.title if conv else "", turns),
            gr.update(visible=False),
        )

    def open_marker(self, key: str, chat: list[Msg], turns: list[Answer]) -> str:
        """The source panel for a marker: `key` is '<nth answer on the page>:<n>[:nonce]'."""
        try:
            nth, n = (int(p) for p in key.split(":")[:2])
        except ValueError:
            return gr.update()  # type: ignore[return-value]
        i = nth_answer(chat, turns, self.assistant.corpus, nth)
        if i is None:
            return EMPTY_PANEL
        return citation_panel(self.assistant.corpus, turns[i], n)

    # -- conversations --------------------------------------------------------------

    def start(self, browser_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        """On page load: give a new browser its id, list its conversations and reopen the
        latest. Outputs: browser id, then `opened`'s outputs."""
        if not getattr(request, "username", None) and not browser_id:
            browser_id = secrets.token_urlsafe(18)
        owner = owner_of(request, browser_id)
        latest = self.store.summaries(owner)[:1] if owner else []
        return (browser_id, *self.opened(owner, latest[0].id if latest else None))

    def fresh(self, browser_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        """New conversation: an empty chat; the others stay in the list."""
        return self.opened(owner_of(request, browser_id), None)

    def open(
        self, conv_id: str | None, browser_id: str | None, request: gr.Request
    ) -> tuple[Any, ...]:
        """A conversation chosen in the side list."""
        return self.opened(owner_of(request, browser_id), conv_id)

    def opened(self, owner: str | None, conv_id: str | None) -> tuple[Any, ...]:
        """Outputs: chat, turns, source, mode, conv id, conversation list, Markdown download,
        Word download, feedback row, rename box."""
        conv = self.store.get(owner, conv_id) if owner and conv_id else None
        turns = list(conv.turns) if conv else []
        chat: list[Msg] = []
        for ans in turns:
            chat += [
                {"role": "user", "content": ans.question},
                {"role": "assistant", "content": self._text(ans)},
            ]
        return (
            chat,
            turns,
            first_panel(self.assistant.corpus, turns),
            self._mode(turns[-1] if turns else None),
            conv.id if conv else None,
            self._list(owner, conv.id if conv else None),
            *self._exports(conv.title if conv else "", turns),
            gr.update(visible=False),
            conv.title if conv else "",
        )

    def rename(
        self,
        title: str,
        conv_id: str | None,
        turns: list[Answer],
        browser_id: str | None,
        request: gr.Request,
    ) -> tuple[Any, ...]:
        """Outputs: conversation list, Markdown download, Word download."""
        owner = owner_of(request, browser_id)
        if not (owner and conv_id):
            raise gr.Error("Ask a question first: there is no conversation to rename yet.")
        try:
            self.store.rename(owner, conv_id, title)
        except RightsDeskError as exc:
            raise gr.Error(str(exc)) from None
        conv = self.store.get(owner, conv_id)
        return (self._list(owner, conv_id), *self._exports(conv.title if conv else title, turns))

    def delete(
        self, conv_id: str | None, browser_id: str | None, request: gr.Request
    ) -> tuple[Any, ...]:
        """Remove the open conversation; outputs as `opened` (an empty chat)."""
        owner = owner_of(request, browser_id)
        if owner and conv_id:
            self.store.delete(owner, conv_id)
        return self.opened(owner, None)

    # -- feedback -------------------------------------------------------------------

    def feedback(
        self,
        data: gr.LikeData,
        chat: list[Msg],
        turns: list[Answer],
        conv_id: str | None,
        browser_id: str | None,
        request: gr.Request,
    ) -> tuple[Any, ...]:
        """A thumb on an answer: stored at once; the comment box opens. Outputs: feedback id,
        feedback row, comment box."""
        owner = owner_of(request, browser_id)
        index = data.index if isinstance(data.index, int) else data.index[0]
        turn = _answer_index(chat, turns, self.assistant.corpus, index)
        if data.liked in (None, "") or turn is None:
            return None, gr.update(visible=False), gr.update()
        if not (owner and conv_id):
            gr.Warning("Feedback is kept with saved conversations; this one is not saved.")
            return None, gr.update(visible=False), gr.update()
        rating: Rating = "helpful" if data.liked in (True, "Like") else "not_helpful"
        try:
            fb = self.store.add_feedback(owner, conv_id, turn, rating)
        except RightsDeskError as exc:
            raise gr.Error(str(exc)) from None
        said = "helpful" if rating == "helpful" else "not helpful"
        label = f"Thanks: marked {said}. Anything to add? (optional)"
        return fb.id, gr.update(visible=True), gr.update(value="", label=label)

    def comment(
        self, feedback_id: int | None, text: str, browser_id: str | None, request: gr.Request
    ) -> tuple[Any, ...]:
        """Outputs: feedback row, comment box."""
        owner = owner_of(request, browser_id)
        if owner and feedback_id is not None and text.strip():
            self.store.comment(owner, feedback_id, text)
            gr.Info("Thank you: your comment was saved with the answer.")
        return gr.update(visible=False), ""

    # -- helpers --------------------------------------------------------------------

    def _text(self, ans: Answer) -> str:
        return chat_text(ans, self.assistant.corpus)

    def _mode(self, ans: Answer | None) -> str:
        return mode_note(bool(self.assistant.llm), self.model, ans)

    @staticmethod
    def _filters(country: str, doc: str) -> tuple[str | None, str | None]:
        return (
            None if country in (ALL, "", None) else country,
            None if doc in (ALL, "", None) else doc,
        )

    def _failed(self, chat: list[Msg], turns: list[Answer], text: str) -> tuple[Any, ...]:
        shown = [*chat, {"role": "assistant", "content": text}]
        return (shown, turns, gr.update(), self._mode(None), "", *(gr.update(),) * 5)

    def _keep(
        self, owner: str | None, conv_id: str | None, ans: Answer, replace: bool
    ) -> Conversation | None:
        """Save the answer to the owner's conversation (in place of the last one on retry)."""
        if owner is None:
            return None
        try:
            if replace and conv_id:
                return self.store.replace_last_turn(owner, conv_id, ans)
            return self.store.add_turn(owner, conv_id, ans)
        except RightsDeskError:
            log.exception("the conversation could not be saved")
            gr.Warning("This answer could not be saved to your conversations.")
            return None

    def _list(self, owner: str | None, current: str | None) -> Any:
        items = self.store.summaries(owner) if owner else []
        return gr.update(choices=[(c.title, c.id) for c in items], value=current)

    @staticmethod
    def _exports(title: str, turns: list[Answer]) -> tuple[Any, Any]:
        """The two download buttons: hidden with nothing to export, else fresh files named
        after the conversation and dated."""
        if not turns:
            return gr.update(visible=False, value=None), gr.update(visible=False, value=None)
        name = title or turns[0].question
        text = conversation_markdown(turns, f"Rights Desk: {name}")
        today = date.today()
        md = write_export(text, _export_name(name, "md", today))
        docx = write_export(text, _export_name(name, "docx", today), f"Rights Desk: {name}")
        return gr.update(visible=True, value=md), gr.update(visible=True, value=docx)


def _text(message: Msg) -> str:
    from rightsdesk.web.render import message_text

    return message_text(message.get("content"))
