"""The question's language, before the English assistant reads it.

English passes through. A Russian question, and the Russian user turns of its conversation, are
translated offline into the English the question reader handles (`assistant.russian`); the words
the glossary does not know become a notice. A question in another Cyrillic language (Tajik,
Turkmen, ...) gets a plain reply in that reading that only Russian and English are answered.
Does not retrieve or write answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.i18n import text
from assistant.language import answered, detect
from assistant.russian import RussianReader


@dataclass(frozen=True)
class Reading:
    """A question as the English assistant will read it."""

    language: str
    question: str  # English
    history: list[dict[str, str]] = field(default_factory=list)  # user turns in English
    notices: tuple[str, ...] = ()
    decline: str | None = None  # the reply when the language is not answered
    understood: bool = True  # False: no content word of the question could be translated


class Languages:
    """`Languages().read("Что Комитет сказал о детях рома?", history)`."""

    def __init__(self) -> None:
        self._russian: RussianReader | None = None

    @property
    def russian(self) -> RussianReader:
        """The Russian reader, loaded on the first Russian question (pymorphy3's dictionaries)."""
        if self._russian is None:
            self._russian = RussianReader.load()
        return self._russian

    def read(self, question: str, history: Sequence[dict[str, str]] = ()) -> Reading:
        """The English question and history, notices, or the reply declining the language."""
        lang = detect(question)
        if lang not in answered():
            language = text(f"language.{lang}" if lang != "other" else "language.other", "ru")
            english = text(f"language.{lang}" if lang != "other" else "language.other", "en")
            decline = (
                f"{text('language.declined', 'ru', language=language)}\n\n"
                f"{text('language.declined', 'en', language=english)}"
            )
            return Reading(lang, question, list(history), decline=decline)
        turns = [self._turn(t) for t in history]
        if lang == "en":
            return Reading("en", question, turns)
        translation = self.russian.translate(question)
        notices: tuple[str, ...] = ()
        if translation.unknown:
            words = ", ".join(translation.unknown)
            notices = (text("notice.unknown_words", "ru", words=words),)
        # a question of which as many content words are unknown as known is not the one we'd answer
        understood = translation.known > len(translation.unknown)
        return Reading("ru", translation.text, turns, notices, understood=understood)

    def _turn(self, turn: dict[str, str]) -> dict[str, str]:
        """A Russian user turn in English; the assistant's turns as they were (their references
        are the documents' own)."""
        content = turn.get("content", "")
        if turn.get("role") != "user" or detect(content) != "ru":
            return dict(turn)
        return {**turn, "content": self.russian.translate(content).text}
