"""The chat's event handlers: answer, retry, open a marker's source, keep conversations (the
feedback handlers are in `feedback`). `ui` lays the components out and wires these to them.

Who owns a conversation: the logged-in user when RIGHTSDESK_AUTH is set, otherwise the
random id the browser keeps in its storage; a client with neither (a script calling the API)
chats without anything being kept. Errors become a message in the chat; unexpected ones are
logged with their traceback, never shown; while the index loads (see
`assistant.background`) a question is told so. `lang` is the interface's language (the mode line,
the source panel, messages); an answer's own frame follows its question's language.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from assistant.background import BackgroundAssistant
from assistant.i18n import text as t
from rightsdesk.domain import Answer
from rightsdesk.errors import IndexLoading, RightsDeskError
from rightsdesk.web.access import owner_of
from rightsdesk.web.conversations import Conversation, ConversationStore
from rightsdesk.web.files import conversation_exports
from rightsdesk.web.labels import language
from rightsdesk.web.pages import Pages, session
from rightsdesk.web.render import (
    chat_text,
    citation_panel,
    empty_panel,
    first_panel,
    message_text,
    mode_note,
    nth_answer,
    problem_text,
)

log = logging.getLogger(__name__)
ALL = "All"
Msg = dict[str, Any]


@dataclass
class ChatHandlers:
    """Every chat event, over one assistant (perhaps still loading) and one conversation
    store; `llm`: whether the assistant answers with a language model (`model`)."""

    assistant: BackgroundAssistant
    store: ConversationStore
    model: str = ""
    llm: bool = False
    pages: Pages = field(default_factory=Pages)  # an answer shows only where it was asked

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
        lang: str,
        page: int,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        """Outputs: chat, turns, source, mode, question box, conv id, conversation list,
        Markdown download, Word download, feedback row. `page`: which conversation the page's
        chat showed when the question was asked (see `opened`)."""
        self.pages.asked(session(request))  # until the page reports it applied (`answered`)
        where = (conv_id, owner_of(request, browser_id), (session(request), page))
        yield from self._answer(message, chat, turns, (country, doc), where, False, language(lang))

    def retry(
        self,
        chat: list[Msg],
        turns: list[Answer],
        country: str,
        doc: str,
        conv_id: str | None,
        browser_id: str | None,
        lang: str,
        page: int,
        request: gr.Request,
    ) -> Iterator[tuple[Any, ...]]:
        """Answer the last question again, in place of its answer (outputs as `respond`)."""
        self.pages.asked(session(request))
        last = max((i for i, m in enumerate(chat) if m.get("role") == "user"), default=None)
        if last is None:
            yield self._left()
            return
        question = _text(chat[last])
        answered = bool(turns) and turns[-1].question == question
        kept = turns[:-1] if answered else turns
        where = (conv_id, owner_of(request, browser_id), (session(request), page))
        yield from self._answer(
            question, chat[:last], kept, (country, doc), where, answered, language(lang)
        )

    def _answer(
        self,
        message: str,
        chat: list[Msg],
        turns: list[Answer],
        filters: tuple[str, str],
        where: tuple[str | None, str | None, tuple[str, int]],
        replace: bool,
        lang: str,
    ) -> Iterator[tuple[Any, ...]]:
        conv_id, owner, page = where

        def here() -> bool:
            return self.pages.shows(*page)

        history = [{"role": m["role"], "content": _text(m)} for m in chat]
        asked = [*chat, {"role": "user", "content": message}]
        keep = (gr.update(),) * 5
        final: Answer | None = None
        try:
            answers = self.assistant.get().stream(message, history, *self._filters(*filters))
            for ans in answers:
                if not here():  # the page has moved on, and waits for this answer to end
                    yield self._left()
                    return
                final = ans
                shown = [*asked, {"role": "assistant", "content": self._text(ans)}]
                yield (shown, turns, gr.update(), self._mode(None, lang), "", *keep)
        except RightsDeskError as exc:
            said = problem_text(exc, lang)
            yield self._failed(asked, turns, said, lang) if here() else self._left()
            return
        except Exception:
            log.exception("the chat failed")
            failed = t("ui.error.failed", lang)
            yield self._failed(asked, turns, failed, lang) if here() else self._left()
            return
        assert final is not None
        turns = [*turns, final]
        conv = self._keep(owner, conv_id, final, replace, lang)
        if not here():  # kept in the list, but the chat now shows another conversation
            listed = self.store.summaries(owner) if owner else []
            yield self._left(gr.update(choices=[(c.title, c.id) for c in listed]))
            return
        yield (
            [*asked, {"role": "assistant", "content": self._text(final)}],
            turns,
            self._panel(turns, lang),
            self._mode(final, lang),
            "",
            conv.id if conv else conv_id,
            self._list(owner, conv.id if conv else None),
            *self._exports(conv.title if conv else "", turns),
            gr.update(visible=False),
        )

    def open_marker(self, key: str, chat: list[Msg], turns: list[Answer], lang: str = "en") -> str:
        """The source panel for a marker: `key` is '<nth answer on the page>:<n>[:nonce]'."""
        try:
            nth, n = (int(p) for p in key.split(":")[:2])
        except ValueError:
            return gr.update()  # type: ignore[return-value]
        i = nth_answer(chat, turns, self.assistant.corpus, nth)
        if i is None:
            return empty_panel(language(lang))
        return citation_panel(self.assistant.corpus, turns[i], n, language(lang))

    def relanguage(self, lang: str, turns: list[Answer]) -> tuple[str, str, str, str]:
        """The interface switched language. Outputs: language, the browser's stored language,
        mode line, source panel (on the latest answer's first citation)."""
        lang = language(lang)
        latest = turns[-1] if turns else None
        return lang, lang, self._mode(latest, lang), self._panel(turns, lang)

    def settle(self, turns: list[Answer], lang: str) -> tuple[Any, Any, Any]:
        """A tick of the page's timer while the index loads: once it has loaded (or failed),
        the mode line and the source panel say so and the timer stops. Outputs: mode line,
        source panel, timer."""
        if isinstance(self.assistant.problem(), IndexLoading):
            return gr.update(), gr.update(), gr.update()
        lang = language(lang)
        latest = turns[-1] if turns else None
        return self._mode(latest, lang), self._panel(turns, lang), gr.Timer(active=False)

    # -- conversations --------------------------------------------------------------

    def start(
        self, browser_id: str | None, stored: str | None, request: gr.Request
    ) -> tuple[Any, ...]:
        """On page load: give a new browser its id, take up its language, list its
        conversations and reopen the latest; then the question box opens (asking before this
        would race the reopening), and while the index loads a timer waits for it (`settle`).
        Outputs: browser id, language, language switch, `opened`'s outputs, question box, ask
        button, timer."""
        if not getattr(request, "username", None) and not browser_id:
            browser_id = secrets.token_urlsafe(18)
        lang = language(stored)
        owner = owner_of(request, browser_id)
        latest = self.store.summaries(owner)[:1] if owner else []
        opened = self.opened(owner, latest[0].id if latest else None, lang, request)
        ready = gr.update(interactive=True)
        loading = isinstance(self.assistant.problem(), IndexLoading)
        return (browser_id, lang, lang, *opened, ready, ready, gr.Timer(active=loading))

    def fresh(self, browser_id: str | None, lang: str, request: gr.Request) -> tuple[Any, ...]:
        """New conversation: an empty chat; the others stay in the list."""
        return self.opened(owner_of(request, browser_id), None, language(lang), request)

    def open(
        self, conv_id: str | None, browser_id: str | None, lang: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """A conversation chosen in the side list."""
        return self.opened(owner_of(request, browser_id), conv_id, language(lang), request)

    def opened(
        self, owner: str | None, conv_id: str | None, lang: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Outputs: chat, turns, source, mode, conv id, conversation list, Markdown download,
        Word download, feedback row, rename box, page. The page's number counts the times its
        chat was given another conversation: an answer asked before that no longer shows, and
        these outputs are sent once the page has applied its updates (`Pages.moved`)."""
        return self._opened(owner, conv_id, lang, self.pages.moved(request))

    def _opened(
        self, owner: str | None, conv_id: str | None, lang: str, number: int
    ) -> tuple[Any, ...]:
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
            self._panel(turns, lang),
            self._mode(turns[-1] if turns else None, lang),
            conv.id if conv else None,
            self._list(owner, conv.id if conv else None),
            *self._exports(conv.title if conv else "", turns),
            gr.update(visible=False),
            conv.title if conv else "",
            number,
        )

    def rename(
        self,
        title: str,
        conv_id: str | None,
        turns: list[Answer],
        browser_id: str | None,
        lang: str,
        request: gr.Request,
    ) -> tuple[Any, ...]:
        """Outputs: conversation list, Markdown download, Word download."""
        owner = owner_of(request, browser_id)
        if not (owner and conv_id):
            raise gr.Error(t("ui.error.rename_first", language(lang)))
        try:
            self.store.rename(owner, conv_id, title)
        except RightsDeskError as exc:
            raise gr.Error(str(exc)) from None
        conv = self.store.get(owner, conv_id)
        return (self._list(owner, conv_id), *self._exports(conv.title if conv else title, turns))

    def delete(
        self, conv_id: str | None, browser_id: str | None, lang: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Remove the open conversation; outputs as `opened` (an empty chat)."""
        owner = owner_of(request, browser_id)
        number = self.pages.moved(request)  # an answer coming for it ends before it goes
        if owner and conv_id:
            self.store.delete(owner, conv_id)
        return self._opened(owner, None, language(lang), number)

    # -- helpers --------------------------------------------------------------------

    def _text(self, ans: Answer) -> str:
        return chat_text(ans, self.assistant.corpus)

    def _mode(self, ans: Answer | None, lang: str) -> str:
        note = mode_note(self.llm, self.model, ans, lang)
        problem = self.assistant.problem()
        return f"{note} {problem_text(problem, lang)}" if problem else note

    def _panel(self, turns: list[Answer], lang: str) -> str:
        """The source panel on the latest answer's first citation (empty while loading: the
        paragraphs are not there to show yet)."""
        if not self.assistant.ready:
            return empty_panel(lang)
        return first_panel(self.assistant.corpus, turns, lang)

    @staticmethod
    def _filters(country: str, doc: str) -> tuple[str | None, str | None]:
        return (
            None if country in (ALL, "", None) else country,
            None if doc in (ALL, "", None) else doc,
        )

    @staticmethod
    def _left(listed: Any = None) -> tuple[Any, ...]:
        """Outputs of an answer whose chat the user has left: only the list may change."""
        keep = gr.update()
        return (keep,) * 6 + (listed or keep,) + (keep,) * 3

    def _failed(
        self, chat: list[Msg], turns: list[Answer], text: str, lang: str
    ) -> tuple[Any, ...]:
        shown = [*chat, {"role": "assistant", "content": text}]
        return (shown, turns, gr.update(), self._mode(None, lang), "", *(gr.update(),) * 5)

    def _keep(
        self, owner: str | None, conv_id: str | None, ans: Answer, replace: bool, lang: str
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
            gr.Warning(t("ui.error.not_saved", lang))
            return None

    def _list(self, owner: str | None, current: str | None) -> Any:
        items = self.store.summaries(owner) if owner else []
        return gr.update(choices=[(c.title, c.id) for c in items], value=current)

    @staticmethod
    def _exports(title: str, turns: list[Answer]) -> tuple[Any, Any]:
        """The two download buttons: hidden with nothing to export, else fresh files."""
        files = conversation_exports(title, turns)
        if files is None:
            return gr.update(visible=False, value=None), gr.update(visible=False, value=None)
        return gr.update(visible=True, value=files[0]), gr.update(visible=True, value=files[1])


def _text(message: Msg) -> str:
    return message_text(message.get("content"))
