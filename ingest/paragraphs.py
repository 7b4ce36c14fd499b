"""Numbered paragraphs from cleaned text: sub-paragraphs, section path, footnotes, references,
and a UPR report's recommendation items as records of their own (see `upr`).

A line-by-line state machine. A paragraph starts where the next expected number starts a
line ("24.", "24.\\t", "7.The"); headings (roman, lettered, "C.1.", or short unnumbered lines
between a paragraph's end and the next paragraph) become the section path; footnote lines
are taken out of the body; page-break continuations and PDF wraps are joined back.
A text without paragraph numbers is split by blank lines. Does not read files or classify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.clean import clean
from ingest.pages import MARKER
from ingest.references import find_references
from ingest.upr import RecommendationSplitter
from rightsdesk.domain import Footnote, Paragraph, SubParagraph

PARA = re.compile(r"^\s*(\d{1,3})\.(?:[ \t]+|(?=[A-Z\u201c\"(]))(.*)$")
SUB = re.compile(r"^\s*\(([a-z]{1,2})\)[ \t]*(.*)$")
ROMAN = re.compile(r"^\s*([IVXL]{1,5})\.[ \t]+(\S.*)$")
LETTER_NUM = re.compile(r"^\s*([A-Z]\.\d{1,2})\.?[ \t]+(\S.*)$")
LETTER = re.compile(r"^\s*([A-Z])\.[ \t]+(\S.*)$")
FOOTNOTE = re.compile(r"^\s*([\u00b9\u00b2\u00b3\u2070-\u2079]+|\*{1,3})[ \t]+(\S.*)$")
ITEM = re.compile(r"^\s*\d{1,3}\.\d{1,3}\b")  # "133.12": an item of a recommendation list
ANNEX = re.compile(r"^\s*Annex(?:es)?(?:\s+[IVXL\d]+)?\s*(?:\[[^\]]*\])?\s*$")
LEADER = re.compile(r"(?:\.\s?){5,}")  # a table of contents' dot leader
SENTENCE_BREAK = re.compile(r"[a-z]\. [A-Z]")
TERMINAL = (".", ";", ":", ",")
WRAP_ENDINGS = (
    ",",
    " and",
    " of",
    " the",
    " on",
    " to",
    " under",
    " in",
    " a",
    " for",
    " or",
    " by",
)


@dataclass
class _Unit:
    number: str
    section: tuple[str, ...]
    intro: list[str] = field(default_factory=list)
    subs: list[tuple[str, list[str]]] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, line: str) -> None:
        (self.subs[-1][1] if self.subs else self.intro).append(line)


@dataclass(frozen=True)
class ParsedBody:
    """The paragraphs of one document body."""

    paragraphs: tuple[Paragraph, ...]
    numbered: bool
    front_matter: str = ""
    back_matter: str = ""  # an unnumbered annex after the last paragraph, kept apart


class ParagraphParser:
    """`ParagraphParser().parse(text, "crc-opsc-tjk-co-1").paragraphs`."""

    def parse(self, text: str, doc_id: str) -> ParsedBody:
        """Paragraphs of a whole document text (cleaned here)."""
        cleaned = clean(text).text
        lines = cleaned.split("\n")
        vocab = set(re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", cleaned))
        lines, back = _split_annex(lines)
        units, front = self._units(lines)
        if not units:
            return self._unnumbered(cleaned, doc_id)
        paras = RecommendationSplitter().split([self._paragraph(u, doc_id, vocab) for u in units])
        return ParsedBody(
            paragraphs=tuple(_unmarked(p) for p in paras),
            numbered=True,
            front_matter=_join(front, vocab),
            back_matter=_join(back, vocab),
        )

    # -- the state machine ---------------------------------------------------------------

    def _units(self, lines: list[str]) -> tuple[list[_Unit], list[str]]:
        units: list[_Unit] = []
        front: list[str] = []
        sections: list[tuple[str, str]] = []  # (heading kind, text)
        expected = 1
        state = "front"  # front | body | heading | footnote
        i = 0
        while i < len(lines):
            raw = lines[i]
            line = raw.strip()
            i += 1
            if not line:
                if state == "footnote":
                    state = "body" if units else "front"
                continue
            if LEADER.search(line):
                continue  # a line of the table of contents
            m = PARA.match(raw)
            if m and int(m.group(1)) == expected:
                units.append(_Unit(m.group(1), tuple(t for _, t in sections)))
                if m.group(2).strip():
                    units[-1].add(m.group(2).strip())
                expected += 1
                state = "body"
                continue
            fn = FOOTNOTE.match(raw)
            if fn and (units or state == "front") and not line.startswith("**"):
                if units:
                    self._attach_footnote(units, fn.group(1), fn.group(2).strip())
                state = "footnote"
                continue
            kind, heading = self._heading(raw, lines, i, state)
            heading = " ".join(heading.split())
            if kind:
                if kind == "continued" and sections:
                    k, t = sections[-1]
                    sections[-1] = (k, f"{t} {heading}")
                else:
                    sections = _push(sections, kind, heading)
                state = "heading"
                continue
            if state == "footnote" and units and not line[0].islower() and not SUB.match(raw):
                mark, text = units[-1].footnotes[-1]
                units[-1].footnotes[-1] = (mark, f"{text} {line}")
                continue
            if not units:
                front.append(line)
                continue
            sm = SUB.match(raw)
            unit = units[-1]
            if sm and _next_label(unit) == sm.group(1):
                unit.subs.append(
                    (sm.group(1), [sm.group(2).strip()] if sm.group(2).strip() else [])
                )
            else:
                unit.add(line)
            state = "body"
        return units, front

    def _heading(self, raw: str, lines: list[str], i: int, state: str) -> tuple[str | None, str]:
        """Is this line a heading (or the continuation of one)? Returns (kind, text)."""
        line = raw.strip()
        if (
            state == "heading"
            and not PARA.match(raw)
            and not SUB.match(raw)
            and self._continues(line, lines, i)
        ):
            return "continued", line
        for kind, rx in (("roman", ROMAN), ("letter_num", LETTER_NUM), ("letter", LETTER)):
            m = rx.match(raw)
            if m and len(line) < 200:
                return kind, line
        if SUB.match(raw) or line[0].islower() or line.endswith(TERMINAL) or len(line) > 160:
            return None, ""
        if SENTENCE_BREAK.search(line):
            return None, ""  # a sentence ends inside the line: body text, not a heading
        indented = raw[:1] in (" ", "\t")
        nxt = _next_nonblank(lines, i)
        ends_unit = state in ("body", "front", "footnote", "heading")
        followed = (
            nxt is None or bool(PARA.match(nxt)) or bool(ROMAN.match(nxt) or LETTER.match(nxt))
        )
        if state == "front":
            return None, ""
        if ITEM.match(raw):
            return None, ""
        if indented and _prev_ended(lines, i - 1):
            return "plain", line
        if ends_unit and followed and _prev_ended(lines, i - 1):
            return "plain", line
        if (
            not indented
            and nxt is not None
            and nxt.strip()[:1].islower()
            and not nxt.rstrip().endswith(".")
            and _prev_ended(lines, i - 1)
            and state in ("body", "heading")
        ):
            after = _next_nonblank(lines, lines.index(nxt, i) + 1) if nxt in lines[i:] else None
            if after is not None and PARA.match(after):
                return "plain", line
        return None, ""

    @staticmethod
    def _continues(line: str, lines: list[str], i: int) -> bool:
        """A heading wrapped onto this line (it starts lowercase, or the last one broke mid-phrase)."""
        if any(rx.match(line) for rx in (ROMAN, LETTER_NUM, LETTER)):
            return False
        if line[0].islower() or line[0].isdigit():
            return True
        prev = _next_nonblank(list(reversed(lines[: i - 1])), 0) or ""
        return prev.rstrip().endswith(WRAP_ENDINGS)

    @staticmethod
    def _attach_footnote(units: list[_Unit], mark: str, text: str) -> None:
        if not mark.startswith("*"):
            for unit in reversed(units):
                if any(mark in part for part in unit.intro + [s for _, b in unit.subs for s in b]):
                    unit.footnotes.append((mark, text))
                    return
        units[-1].footnotes.append((mark, text))

    # -- records -------------------------------------------------------------------------

    def _paragraph(self, unit: _Unit, doc_id: str, vocab: set[str]) -> Paragraph:
        intro = _join(unit.intro, vocab)
        subs = tuple(
            SubParagraph(label=label, text=_join(body, vocab)) for label, body in unit.subs
        )
        text = "\n".join([intro] * bool(intro) + [f"({s.label}) {s.text}" for s in subs])
        return Paragraph(
            doc_id=doc_id,
            number=unit.number,
            text=text,
            subparagraphs=subs,
            section_path=unit.section,
            footnotes=tuple(Footnote(mark=m, text=t) for m, t in unit.footnotes),
            references=find_references(text),
        )

    def _unnumbered(self, cleaned: str, doc_id: str) -> ParsedBody:
        blocks = [b for b in re.split(r"\n\s*\n", cleaned) if b.strip()]
        if len(blocks) <= 1:
            blocks = [b for b in cleaned.split("\n") if b.strip()]
        vocab = set(re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", cleaned))
        paras = tuple(
            Paragraph(
                doc_id=doc_id,
                number=str(i),
                text=_join(b.split("\n"), vocab),
                numbered=False,
                references=find_references(b),
            )
            for i, b in enumerate(blocks, 1)
        )
        return ParsedBody(paragraphs=paras, numbered=False)


def _unmarked(para: Paragraph) -> Paragraph:
    """Footnote marks out of the text, once footnotes and recommendation items have them."""
    if not MARKER.search(para.text):
        return para
    subs = tuple(s.model_copy(update={"text": MARKER.sub("", s.text)}) for s in para.subparagraphs)
    return para.model_copy(update={"text": MARKER.sub("", para.text), "subparagraphs": subs})


def _split_annex(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines before an unnumbered annex that follows the numbered paragraphs, and the annex.

    An annex heading counts only after the last numbered paragraph has started: the table of
    contents names the annex too, and an annex whose paragraphs go on numbering stays in.
    """
    starts = [i for i, ln in enumerate(lines) if PARA.match(ln)]
    if not starts:
        return lines, []
    for i in range(starts[-1] + 1, len(lines)):
        if ANNEX.match(lines[i]):
            return lines[:i], lines[i:]
    return lines, []


def _push(sections: list[tuple[str, str]], kind: str, text: str) -> list[tuple[str, str]]:
    """A heading of a kind already on the stack replaces it and everything below."""
    kinds = [k for k, _ in sections]
    if kind in kinds:
        sections = sections[: kinds.index(kind)]
    elif kind == "roman":
        sections = []
    return [*sections, (kind, text)]


def _next_label(unit: _Unit) -> str:
    if not unit.subs:
        return "a"
    return chr(ord(unit.subs[-1][0][-1]) + 1)


def _next_nonblank(lines: list[str], i: int) -> str | None:
    for line in lines[i:]:
        if line.strip():
            return line
    return None


def _prev_ended(lines: list[str], i: int) -> bool:
    for line in reversed(lines[:i]):
        if line.strip():
            return line.rstrip().endswith((".", ":", ";", ")")) or bool(
                ROMAN.match(line) or LETTER.match(line) or LETTER_NUM.match(line)
            )
    return True


def _join(parts: list[str], vocab: set[str]) -> str:
    """Join wrapped lines: a space, or nothing after a line-end hyphen (kept unless a wrap)."""
    out = ""
    for part in parts:
        part = " ".join(part.split())
        if not part:
            continue
        if not out:
            out = part
        elif out.endswith("-") and out[-2:-1].isalpha() and part[:1].islower():
            head = re.findall(r"[A-Za-z]+$", out[:-1])
            tail = re.findall(r"^[a-z]+", part)
            joined = (head[0] if head else "") + (tail[0] if tail else "")
            hyphenated = f"{head[0] if head else ''}-{tail[0] if tail else ''}"
            out = out[:-1] + part if joined in vocab and hyphenated not in vocab else out + part
        else:
            out = f"{out} {part}"
    return out
