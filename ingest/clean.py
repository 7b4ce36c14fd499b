"""Undo extraction noise in a whole text: markup, Word footnote markers, stray digits, spacing.

Pure functions; the source's words are kept verbatim otherwise (quotes and dashes untouched).
Does not find paragraphs or headings (see `paragraphs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pages import PageCleaner

BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
FOOTNOTE_REF = re.compile(r"\[footnoteRef:\d+\]")
INLINE_FOOTNOTE = re.compile(r"\[(\d+):\s+([^\]]*)\]")
MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:#|[a-z]+://[^)\s]*|[^)\s]*)\)")
BOLD = re.compile(r"\*\*")
STRAY_DIGITS = re.compile(r"(?<=[a-z])\d{3,}(?=[a-z])")


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text and the inline footnotes taken out of it."""

    text: str
    footnotes: tuple[tuple[str, str], ...] = ()  # (mark, text)


def normalise_lines(text: str) -> str:
    """Unix newlines, no BOM, no non-breaking or zero-width spaces, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\f", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def strip_markup(text: str) -> str:
    """Remove `**`, `[x](#)` links (keeping x), bookmarks and footnote reference markers."""
    text = BOOKMARK.sub("", text)
    text = FOOTNOTE_REF.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    return BOLD.sub("", text)


def remove_stray_digits(text: str) -> str:
    """Drop digit runs glued inside a word ('th2873e' -> 'the'); symbols and ordinals stay."""
    return STRAY_DIGITS.sub("", text)


def collapse_double_spacing(text: str) -> str:
    """Remove the blank line that some PDF extractions put after every line."""
    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 10:
        return text
    followed_by_blank = sum(1 for i in nonblank if i + 1 < len(lines) and not lines[i + 1].strip())
    if followed_by_blank / len(nonblank) < 0.6:
        return text
    return "\n".join(line for line in lines if line.strip())


def clean(text: str) -> Cleaned:
    """The whole cleaning pass, in order."""
    text = PageCleaner().clean(text.replace("\r\n", "\n"))
    text = normalise_lines(text)
    footnotes = tuple(
        (m.group(1), " ".join(m.group(2).replace("*", " ").split()))
        for m in INLINE_FOOTNOTE.finditer(text)
    )
    text = INLINE_FOOTNOTE.sub("", text)
    text = strip_markup(text)
    text = remove_stray_digits(text)
    text = collapse_double_spacing(text)
    return Cleaned(text=text, footnotes=footnotes)
