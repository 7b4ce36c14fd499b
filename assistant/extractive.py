"""Extractive answers: the most relevant sentences, quoted verbatim, grouped by document.

Every quote is a contiguous piece of the paragraph it cites; nothing else is asserted
beyond a heading line per document. Does not retrieve or decide to abstain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.corpus import UnitView
from assistant.i18n import name, text
from assistant.labels import doc_label, short_title
from assistant.text import sentences, terms
from rightsdesk.domain import Citation, Paragraph, PlanRow

MAX_QUOTE_CHARS = 600


@dataclass(frozen=True)
class Evidence:
    """One unit chosen for the answer, and why."""

    view: UnitView
    score: float
    reason: str = "retrieved"  # "retrieved" | "lookup" | "link" | "pair" | "coverage"
    sub: str | None = None  # a sub-paragraph asked for explicitly


def _overlap(sentence: str, query_terms: set[str]) -> float:
    st = set(terms(sentence))
    return len(st & query_terms) / (len(query_terms) or 1)


def best_quote(
    view: UnitView, query_terms: set[str], whole: bool = False
) -> tuple[str, str | None]:
    """The quote to show for a unit: the best sentence(s), or the whole (short) unit."""
    unit = view.unit
    if isinstance(unit, PlanRow):
        return _row_quote(unit, query_terms)
    sents = sentences(unit.text)
    if whole or len(unit.text) <= 350 or not sents:
        return unit.text.strip(), None
    scored = [(_overlap(s, query_terms), -i, label, s) for i, (label, s) in enumerate(sents)]
    best = max(scored)
    _, neg_i, label, sent = best
    i = -neg_i
    if best[0] == 0:  # nothing matches: the operative first sentence says what the paragraph is
        label, sent = sents[0]
        i = 0
    quote = sent
    if label is None and i + 1 < len(sents) and len(quote) < 200 and sents[i + 1][0] is None:
        nxt = sents[i + 1][1]
        joined = unit.text[unit.text.find(sent) : unit.text.find(nxt) + len(nxt)]
        if joined and len(joined) <= MAX_QUOTE_CHARS and "\n" not in joined:
            quote = joined
    return quote, label  # whole sentences: never cut mid-sentence


def _quote(ev: Evidence, query_terms: set[str]) -> tuple[str, str | None]:
    """The quote for one piece of evidence (a requested sub-paragraph, or the best part)."""
    unit = ev.view.unit
    if ev.sub and not isinstance(unit, PlanRow):
        match = [s for s in unit.subparagraphs if s.label == ev.sub]
        if match:
            return match[0].text, ev.sub
    if ev.reason == "coverage" and not isinstance(unit, PlanRow):
        return sentences(unit.text)[0][1], None
    return best_quote(ev.view, query_terms, whole=ev.reason == "lookup")


def lead_in(view: UnitView, sub: str | None) -> str | None:
    """The words that introduce a sub-paragraph ("The Committee recommends that the State party:"),
    so that a quoted (b) is never read without what it completes."""
    unit = view.unit
    if sub is None or isinstance(unit, PlanRow) or not unit.subparagraphs:
        return None
    first = unit.text.split("\n", 1)[0].strip()
    return first if first and not first.startswith(f"({sub})") else None


def _row_quote(row: PlanRow, query_terms: set[str]) -> tuple[str, str | None]:
    """The activity of a plan row that matches best (activities are quoted as printed)."""
    if not row.activities:
        return row.summary, None
    scored = [(_overlap(a, query_terms), -i, a) for i, a in enumerate(row.activities)]
    return max(scored)[2], None


def compose(
    evidence: Sequence[Evidence], query_terms: set[str], lead: str = "", lang: str = "en"
) -> tuple[str, list[Citation]]:
    """Markdown answer and its citations, grouped by document in first-seen order; the frame in
    the language, the quotes and references as the documents print them."""
    groups: dict[str, list[Evidence]] = {}
    for ev in evidence:
        groups.setdefault(ev.view.doc.id, []).append(ev)
    lines: list[str] = [lead] if lead else []
    citations: list[Citation] = []
    for items in groups.values():
        doc = items[0].view.doc
        if lang == "en":
            lines.append(f"\n{doc_label(doc, bold=True)}")  # the full title: the source panel
        else:
            year = f", {doc.year}" if doc.year else ""
            heading = text(
                "answer.document",
                lang,
                name=doc.short_name,
                country=name(doc.country, lang),
                year=year,
                title=short_title(doc),
            )
            lines.append(f"\n{heading}")
        for ev in sorted(items, key=lambda e: number_key(e.view.unit.number)):
            quote, sub = _quote(ev, query_terms)
            ref = ev.view.reference(sub)
            prefix = (
                _row_prefix(ev.view, lang)
                if isinstance(ev.view.unit, PlanRow)
                else _recommendation_prefix(ev.view.unit, lang)
            )
            intro = lead_in(ev.view, sub)
            shown = f"{intro} \u2026 {quote}" if intro else quote
            lines.append(f"- [{len(citations) + 1}] {prefix}\u201c{shown}\u201d ({ref})")
            citations.append(cite(ev.view, quote, sub))
    return "\n".join(lines).strip(), citations


def cite(view: UnitView, quote: str, sub: str | None = None) -> Citation:
    """The citation of a quote from a unit (the JSON contract's fields)."""
    doc = view.doc
    return Citation(
        doc_id=doc.id,
        symbol=doc.symbol,
        title=doc.title,
        paragraph=view.unit.number,
        subparagraph=sub,
        quote=quote,
        reference=view.reference(sub),
        lead_in=lead_in(view, sub),
    )


def _row_prefix(view: UnitView, lang: str = "en") -> str:
    row = view.unit
    assert isinstance(row, PlanRow)
    agencies = ", ".join(a.abbreviation for a in row.agencies)
    recs = ", ".join(row.recommendations)
    bits = [text("answer.row", lang, summary=row.summary, recs=recs)]
    if row.period:
        bits.append(text("answer.row.period", lang, period=row.period))
    if agencies:
        bits.append(text("answer.row.agencies", lang, agencies=agencies))
    return "; ".join(bits) + ": "


def _recommendation_prefix(unit: Paragraph, lang: str = "en") -> str:
    """A UPR recommendation's position and recommending States, before its quote."""
    bits = []
    if unit.position:
        bits.append(text(f"answer.position.{unit.position}", lang))
    if unit.recommended_by:
        states = ", ".join(name(s, lang) for s in unit.recommended_by)
        bits.append(text("answer.recommended_by", lang, states=states))
    return f"{'; '.join(bits)}: " if bits else ""


def number_key(number: str) -> tuple[int, ...]:
    """'133.12' after '133.2'; numbers that are not numbers last."""
    parts = number.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else (10**6,)
