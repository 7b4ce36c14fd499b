"""Page furniture of a paginated text (form feeds between pages): headers, footers, footnotes.

The text a PDF gives (`pdftotext -layout`, or pypdf with pages joined by form feeds) repeats
the document symbol, the page number and the `GE.` job number on every page, puts the page's
footnotes at its foot and glues their markers to words ("elections2", "(Kazakhstan);1").
`PageCleaner().clean(text)` returns one text without that furniture: each page's footnotes
become lines "² text" at the page's end (the form `paragraphs` attaches to the paragraph
carrying the marker), markers become superscripts, and each page is shifted left by its body
margin so that layout indentation means what it means in a plain text. A text without form
feeds is returned unchanged. Does not find paragraphs or headings.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ingest.references import SYMBOL

# One token of page furniture: page number, job number, its "(E)" and dates, a lone symbol.
_FURNITURE_TOKEN = re.compile(r"^(?:\d{1,3}|GE\.\d{2}-\d{4,6}(?:\(E\))?|\(E\)|\d{6}|\*\d{7,}\*)$")
_SYMBOL_TOKEN = re.compile(r"^[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.\u2013-]*[A-Za-z0-9])+\**$")
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$")
MARKER = re.compile(r"(?<=\S)[\u00b9\u00b2\u00b3\u2070-\u2079]+")  # a footnote's mark in a text
_ZONE = 3  # lines at the top and the bottom of a page where running headers and footers sit
_SUPERSCRIPT = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)
_NUMBER_WORDS = frozenset(
    {"no", "para", "paras", "paragraph", "paragraphs", "art", "arts", "article", "articles"}
    | {"p", "pp", "vol", "resolution", "rule", "principle", "goal", "target", "section"}
    | {"chapter", "annex", "protocol", "convention", "session"}
)


@dataclass(frozen=True)
class Page:
    """One page without its furniture: body lines and its footnotes (mark, text)."""

    lines: tuple[str, ...]
    footnotes: tuple[tuple[str, str], ...] = ()


def superscript(mark: str) -> str:
    """'12' -> '¹²'; asterisks stay."""
    return mark.translate(_SUPERSCRIPT)


def is_furniture(line: str, symbols: frozenset[str] = frozenset()) -> bool:
    """A running header or footer line: page and job numbers, and the running symbols."""
    tokens = line.split()
    return 0 < len(tokens) <= 6 and all(
        _FURNITURE_TOKEN.match(t) or t.rstrip("*") in symbols for t in tokens
    )


def running_symbols(text: str) -> list[str]:
    """Symbols printed alone in the headers and footers of a third of the pages or more."""
    pages = text.split("\f")
    if len(pages) < 2:
        return []
    found: Counter[str] = Counter()
    for page in pages:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        zone = {t.rstrip("*") for ln in lines[:_ZONE] + lines[-_ZONE:] for t in ln.split()}
        found.update(t for t in zone if _SYMBOL_TOKEN.match(t) and SYMBOL.match(t))
    least = max(2, len(pages) // 3)
    return [s for s, n in found.most_common() if n >= least]


class PageCleaner:
    """`PageCleaner().clean(text)`: the text of a paginated document without page furniture."""

    def clean(self, text: str) -> str:
        """Pages joined back, furniture gone, footnotes at each page's end as '¹ text' lines."""
        raw_pages = text.split("\f")
        if len(raw_pages) < 2:
            return text
        pages: list[Page] = []
        last_mark = 0
        symbols = frozenset(running_symbols(text))
        for index, raw in enumerate(raw_pages):
            page = self._page(raw.split("\n"), index == 0, last_mark, symbols)
            numeric = [int(m) for m, _ in page.footnotes if m.isdigit()]
            last_mark = max([last_mark, *numeric])
            pages.append(page)
        out: list[str] = []
        for page in pages:
            out.extend(page.lines)
            if page.footnotes:
                out.append("")
                out.extend(
                    f"{superscript(m) if m.isdigit() else '*'} {t}" for m, t in page.footnotes
                )
            out.append("")
        return "\n".join(out)

    def _page(self, lines: list[str], first: bool, last_mark: int, symbols: frozenset[str]) -> Page:
        lines = [ln.rstrip() for ln in lines]
        body = _strip_zone(lines, not first, symbols)
        body, footnotes = _footnotes(body, last_mark)
        marks = [m for m, _ in footnotes if m.isdigit()]
        body = [_unglue(ln, marks) for ln in body]
        return Page(lines=tuple(_dedent(body)), footnotes=tuple(footnotes))


def _strip_zone(lines: list[str], top: bool, symbols: frozenset[str]) -> list[str]:
    """Drop furniture lines among the first and last few non-blank lines of a page."""
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    drop = {i for i in nonblank[-_ZONE:] if is_furniture(lines[i], symbols)}
    if top:
        drop |= {i for i in nonblank[:_ZONE] if is_furniture(lines[i], symbols)}
    kept = [ln for i, ln in enumerate(lines) if i not in drop]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _footnotes(lines: list[str], last_mark: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Take the page-end blocks that are footnotes: asterisks, then numbers after `last_mark`."""
    blocks: list[tuple[int, list[tuple[str, str]]]] = []
    end = len(lines)
    while end > 0:
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        block = _footnote_block(lines[start:end])
        if block is None:
            break
        blocks.insert(0, (start, block))
        end = start
        while end > 0 and not lines[end - 1].strip():
            end -= 1
    while blocks and not _numbered_on([n for _, b in blocks for n in b], last_mark):
        blocks.pop(0)  # the top block is body text after all; the ones below may be notes
    if not blocks:
        return lines, []
    return lines[: blocks[0][0]], [n for _, b in blocks for n in b]


def _numbered_on(notes: list[tuple[str, str]], last_mark: int) -> bool:
    marks = [m for m, _ in notes]
    numeric = [int(m) for m in marks if m.isdigit()]
    if any(m.isdigit() for m in marks[: len(marks) - len(numeric)]):
        return False  # asterisk notes come first
    if not numeric:
        return True
    return numeric[0] > last_mark and numeric == list(range(numeric[0], numeric[0] + len(numeric)))


def _footnote_block(block: list[str]) -> list[tuple[str, str]] | None:
    notes: list[tuple[str, list[str]]] = []
    for i, line in enumerate(block):
        m = _FOOTNOTE_START.match(line)
        if m and (m.group(2) is not None or m.group(1).startswith("*") or i + 1 < len(block)):
            notes.append((m.group(1), [m.group(2) or ""]))
        elif notes:
            notes[-1][1].append(line.strip())
        else:
            return None  # a block that does not open with a marker (or a lone page number)
    if not notes:
        return None
    return [(mark, " ".join(" ".join(parts).split())) for mark, parts in notes]


def _unglue(line: str, marks: list[str]) -> str:
    """Footnote markers glued to the text ('elections2', '(b); 2') become superscripts."""
    for mark in sorted(marks, key=len, reverse=True):
        # after a word or punctuation, not inside a number ("133.1"), but after a year's
        # full stop or comma ("by 2007,9 progress")
        glued = re.compile(
            rf"(?:(?<=[a-z\u00e0-\u017f)\]\u201d\u2019\",;:.])(?<!\d[.,])|(?<=\b(?:19|20)\d\d[.,])){mark}"
            r"(?![\d\u2070-\u2079]|[.,]\d)"
        )
        line = glued.sub(superscript(mark), line)
        # set apart by a space: at the line's end after punctuation, or before "(State)"
        spaced = re.compile(rf"(?<=[,;:.)a-z])\s{mark}(?=$|\s+\([A-Z])")
        line = spaced.sub(functools.partial(_spaced, line=line, mark=mark), line)
    return line


def _spaced(m: re.Match[str], line: str, mark: str) -> str:
    before = re.findall(r"([A-Za-z]+)\.?$", line[: m.start()])
    if before and before[0].lower() in _NUMBER_WORDS:
        return m.group(0)  # "paragraph 15 (a)", "No. 1": a number, not a marker
    if line[m.start() - 1 : m.start()].isalpha() and m.end() == len(line):
        return m.group(0)  # "... in 2014 and article 1" at a line's end
    return superscript(mark)


def _dedent(lines: list[str]) -> list[str]:
    """Shift a page left by its body margin (the most common indentation of long lines)."""
    indents = Counter(len(ln) - len(ln.lstrip()) for ln in lines if len(ln.strip()) >= 40)
    if not indents:
        return lines
    margin = indents.most_common(1)[0][0]
    if margin == 0:
        return lines
    return [ln[min(margin, len(ln) - len(ln.lstrip())) :] for ln in lines]
