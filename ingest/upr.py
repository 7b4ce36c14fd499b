"""The structure of a Universal Periodic Review Working Group report, on parsed paragraphs.

The last paragraphs of a UPR report each open with a sentence giving the position the State
under review took ("... enjoy the support of X", "... will be examined by X", "... did not
enjoy the support of X") and go on with numbered items "133.1 ... (Saudi Arabia);". Each item
becomes a paragraph of its own, numbered as printed ("133.1"), with the recommending States
(the bracketed names that end it) and the position; the paragraph keeps its opening sentence.
Paragraphs of the interactive dialogue get the State that spoke, when the paragraph opens by
naming one. Does not read files, clean text or classify roles.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ingest.pages import MARKER
from ingest.references import find_references
from rightsdesk.countries import state_name
from rightsdesk.domain import Paragraph, Position

NOTED = re.compile(
    r"did not (?:enjoy|receive) (?:the|its) support|not (?:been )?(?:supported|accepted)|\bnoted\b"
    r"|\brejected\b",
    re.I,
)
PENDING = re.compile(
    r"will be examined|will examine|responses? in due time|will (?:provide|give) (?:its )?responses",
    re.I,
)
SUPPORTED = re.compile(
    r"enjoys? (?:the|its) support|\bsupported\b|\baccepted\b|already (?:been )?implemented"
    r"|in the process of (?:being )?implement",
    re.I,
)
DELEGATION = re.compile(r"(?:The\s+)?(?:head\s+of\s+the\s+)?delegation\s+of\s+", re.I)
_CONNECTIVES = {"of", "and", "the", "de", "d'", "and/or"}
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|of|and|the|de|d')$")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def position_of(lead_in: str) -> Position | None:
    """The position a group's opening sentence states; None when it states none."""
    if NOTED.search(lead_in):
        return "noted"
    if PENDING.search(lead_in):
        return "pending"
    if SUPPORTED.search(lead_in):
        return "supported"
    return None


def recommending_states(text: str) -> tuple[str, ...]:
    """The States in the brackets that end a recommendation, in order.

    '... (Brazil) (Iraq);' -> ('Brazil', 'Iraq'); '(Venezuela (Bolivarian Republic of))' ->
    ('Venezuela',). The last bracket is a State when it reads as a name; brackets before it
    only when they name a known State, so that '(CRPD) (Egypt)' gives ('Egypt',).
    """
    return split_recommendation(text)[1]


def split_recommendation(text: str) -> tuple[str, tuple[str, ...]]:
    """A recommendation's own words and its recommending States (see `recommending_states`)."""
    body = re.sub(r"[\s;.,]+$", "", text)
    states: list[str] = []
    while body.endswith(")"):
        start = _opening(body)
        if start is None:
            break
        names = _names(body[start + 1 : -1], first=not states)
        if not names:
            break
        states[:0] = names
        body = body[:start].rstrip()
    return body, tuple(states)


def _opening(text: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return None


def _names(inner: str, first: bool) -> list[str]:
    inner = " ".join(inner.split())
    known = state_name(inner)
    if known:
        return [known]
    parts = [p for p in re.split(r",\s*|\s+and\s+", inner) if p]
    if len(parts) > 1 and all(state_name(p) for p in parts):
        return [state_name(p) or p for p in parts]
    if first and _reads_as_name(inner):
        return [inner]  # a State pycountry does not know, kept as printed
    return []


def _reads_as_name(text: str) -> bool:
    words = re.sub(r"[()]", " ", text).split()
    return (
        0 < len(words) <= 7
        and all(_NAME_WORD.match(w) for w in words)
        and words[0][0].isupper()
        and not _ACRONYM.search(text)
        and not any(ch.isdigit() for ch in text)
    )


def speakers(text: str) -> tuple[str, ...]:
    """The State(s) a dialogue paragraph opens with: 'Viet Nam appreciated ...' -> ('Viet Nam',)."""
    delegation = DELEGATION.match(text)  # "The delegation of Slovenia stated ..."
    if delegation:
        text = text[delegation.end() :]
    words: list[str] = []
    for word in text.split()[:16]:
        bare = word.rstrip(",")
        if not (_NAME_WORD.match(bare) or bare in ("(", ")")):
            break
        words.append(word)
    while words and words[-1].rstrip(",") in _CONNECTIVES:
        words.pop()
    span = " ".join(words).rstrip(",")
    if not span:
        return ()
    whole = state_name(span)
    if whole:
        return (whole,)
    parts = [p for p in re.split(r",\s*|\s+and\s+", span) if p]
    names = [state_name(p) for p in parts]
    if len(parts) > 1 and all(names):
        return tuple(n for n in names if n)
    return ()


class RecommendationSplitter:
    """`RecommendationSplitter().split(paragraphs)`: recommendation items as paragraphs.

    >>> [p.number for p in RecommendationSplitter().split(doc.paragraphs)][-3:]
    ['136.57', '136.58', '137']
    """

    def split(self, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
        """Every paragraph, each followed by its recommendation items; dialogue speakers set."""
        out: list[Paragraph] = []
        for para in paragraphs:
            starts = _item_starts(para.text, para.number)
            if starts:
                out.extend(_itemised(para, starts))
            elif any("dialogue" in s.casefold() for s in para.section_path):
                out.append(para.model_copy(update={"speakers": speakers(para.text)}))
            else:
                out.append(para)
        return tuple(out)


def _itemised(para: Paragraph, starts: list[tuple[str, int]]) -> list[Paragraph]:
    """The paragraph with its opening sentence only, then its items; a footnote goes with
    the item that carries its mark."""
    lead_in = para.text[: starts[0][1]].strip()
    position = position_of(lead_in)
    items: list[Paragraph] = []
    taken: set[str] = set()
    bounds = [*starts, ("", len(para.text))]
    for (number, begin), (_, end) in itertools.pairwise(bounds):
        marked = re.sub(r"^\S+\s+", "", para.text[begin:end].strip(), count=1)
        marked = " ".join(marked.split()).removesuffix(";").rstrip()
        notes = tuple(f for f in para.footnotes if _carries(marked, f.mark))
        taken |= {f.mark for f in notes}
        text = MARKER.sub("", marked)
        items.append(
            Paragraph(
                doc_id=para.doc_id,
                number=number,
                text=text,
                section_path=para.section_path,
                footnotes=notes,
                references=find_references(text),
                role="recommendation",
                recommended_by=recommending_states(text),
                position=position,
            )
        )
    head = para.model_copy(
        update={
            "text": lead_in,
            "subparagraphs": (),
            "footnotes": tuple(f for f in para.footnotes if f.mark not in taken),
            "references": find_references(lead_in),
        }
    )
    return [head, *items]


def _carries(text: str, mark: str) -> bool:
    """Does the text carry this footnote's (superscript) mark? Asterisk notes stay put."""
    sup = "\u00b9\u00b2\u00b3\u2070-\u2079"
    return not mark.startswith("*") and bool(
        re.search(rf"(?<![{sup}]){re.escape(mark)}(?![{sup}])", text)
    )


def _item_starts(text: str, number: str) -> list[tuple[str, int]]:
    """Where items N.1, N.2, ... of paragraph N start, consecutively; [] when there are none."""
    starts: list[tuple[str, int]] = []
    pos = 0
    while True:
        k = len(starts) + 1
        rx = re.compile(rf"(?:^|(?<=\s)){re.escape(number)}\.{k}\.?(?=\s+[A-Z\u201c\"(])", re.M)
        m = rx.search(text, pos)
        if not m:
            return starts
        starts.append((f"{number}.{k}", m.start()))
        pos = m.end()
