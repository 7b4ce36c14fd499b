"""Markdown renderings of units, documents, briefings and conversations, with full references.

Shared by the web UI and the exports; no UI library here. Does not retrieve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.briefing import Briefing
from assistant.corpus import Corpus, UnitView
from assistant.text import sentences
from rightsdesk.domain import Answer, Paragraph, PlanRow


def highlight(text: str, quote: str | None) -> str:
    """`text` with the quoted words marked (<mark>), whatever line breaks and spaces they
    cross; unchanged when the quote is not in it."""
    words = (quote or "").split()
    if not words:
        return text
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if found is None:
        return text
    return f"{text[: found.start()]}<mark>{found.group(0)}</mark>{text[found.end() :]}"


def unit_markdown(view: UnitView, sub: str | None = None, quote: str | None = None) -> str:
    """One paragraph or plan row as shown in the source panel, the quoted words marked."""
    doc, unit = view.doc, view.unit
    lines = [
        f"### {view.reference(sub)}",
        "",
        f"**{doc.title}**",
        "",
        f"{doc.body} · {doc.country} · {doc.year or ''}",
    ]
    if isinstance(unit, Paragraph):
        if unit.recommended_by or unit.position:
            lines += [
                "",
                f"**Recommended by:** {', '.join(unit.recommended_by) or '—'} · "
                f"**Position:** {unit.position or '—'}",
            ]
        if unit.speakers:
            lines += ["", f"**Speaking:** {', '.join(unit.speakers)}"]
        if unit.section_path:
            lines += ["", f"*{' › '.join(unit.section_path)}*"]
        lines.append("")
        intro = unit.text.split("\n")[0] if unit.subparagraphs else unit.text
        lines.append(f"**{unit.number}.** {highlight(intro, quote)}")
        for s in unit.subparagraphs:
            mark = "**" if s.label == sub else ""
            lines.append(f"- {mark}({s.label}) {highlight(s.text, quote)}{mark}")
        for f in unit.footnotes:
            lines.append(f"\n<sub>{f.mark} {f.text}</sub>")
    else:
        lines += [
            "",
            f"**Row {unit.number}.** {unit.summary} (recommendations {', '.join(unit.recommendations)})",
        ]
        lines += [f"- {highlight(a, quote)}" for a in unit.activities]
        lines.append(f"\n**Period:** {unit.period or '—'}")
        agencies = "; ".join(
            f"{a.abbreviation} ({a.name})" if a.name else a.abbreviation for a in unit.agencies
        )
        lines.append(f"**Implementing agencies:** {agencies or '—'}")
        lines.append(f"**Expected results:** {unit.results or '—'}")
    return "\n".join(lines)


def source_markdown(
    corpus: Corpus, view: UnitView, sub: str | None = None, quote: str | None = None
) -> str:
    """The source panel: the unit (the quote marked), its neighbours, and its plan links."""
    parts = [unit_markdown(view, sub, quote)]
    linked = corpus.linked(view)
    if linked:
        title = (
            "Plan rows implementing this recommendation"
            if isinstance(view.unit, Paragraph)
            else "Recommendation implemented"
        )
        parts.append(f"\n#### {title}")
        for v in linked:
            parts.append(f"- **{v.reference()}**: {_first_line(v)}")
    prev, nxt = corpus.neighbours(view)
    for label, near in (("Before", prev), ("After", nxt)):
        if near is not None:
            parts.append(
                f"\n<details><summary>{label}: {near.reference()}</summary>\n\n{_first_line(near, 600)}\n</details>"
            )
    return "\n".join(parts)


def document_markdown(corpus: Corpus, doc_id: str) -> str:
    """A whole document, paragraph by paragraph, with its section headings."""
    doc = corpus.docs[doc_id]
    lines = [
        f"## {doc.title}",
        f"{doc.symbol or doc.short_name} · {doc.body} · {doc.country} · {doc.year or ''}",
        "",
    ]
    section: tuple[str, ...] = ()
    for view in corpus.units(doc_id):
        unit = view.unit
        if isinstance(unit, Paragraph) and unit.section_path != section:
            for depth, heading in enumerate(unit.section_path):
                if depth >= len(section) or section[depth] != heading:
                    lines.append(f"{'#' * min(depth + 3, 6)} {heading}")
            section = unit.section_path
        if isinstance(unit, PlanRow):
            lines.append(
                f"**Row {unit.number}.** {unit.summary} (recommendations {', '.join(unit.recommendations)}) — {unit.period}"
            )
            lines += [f"  - {a}" for a in unit.activities]
        else:
            lines.append(f"**{unit.number}.** " + unit.text.replace("\n", "  \n"))
        lines.append("")
    return "\n".join(lines)


def _first_line(view: UnitView, limit: int = 300) -> str:
    """The opening of a unit in whole sentences (at least one, never cut inside a sentence);
    " …" marks that whole sentences follow."""
    if isinstance(view.unit, PlanRow):
        return view.unit.summary
    text = " ".join(view.text.split())
    if len(text) <= limit:
        return text
    out = ""
    for _, sentence in sentences(view.text):
        if out and len(out) + len(sentence) + 1 > limit:
            return out + " …"
        out = f"{out} {sentence}".strip()
    return out


def _upr_note(view: UnitView) -> str:
    """' (supported; Estonia, Latvia)' after a UPR recommendation's reference."""
    unit = view.unit
    if not isinstance(unit, Paragraph) or not (unit.position or unit.recommended_by):
        return ""
    bits = [b for b in (unit.position, ", ".join(unit.recommended_by)) if b]
    return f" ({'; '.join(bits)})"


def _whole(view: UnitView) -> str:
    """A unit's whole text on one line: a handout quotes the clause, lead-in and all."""
    return " ".join(view.text.split())


def build_briefing(assistant: object, theme: str, countries: Sequence[str]) -> Briefing:
    """The assistant's briefing on a theme (kept for the UI; see `assistant.briefing`)."""
    from assistant.service import Assistant

    assert isinstance(assistant, Assistant)
    with assistant.reading():  # one index version throughout, even if a document is added
        return assistant.briefer.build(theme, countries)


def briefing_markdown(b: Briefing) -> str:
    """The briefing as a handout: per document, concerns and recommendations side by side."""
    lines = [f"# Briefing: {b.theme}", f"Countries: {', '.join(b.countries) or 'all'}", ""]
    if not b.groups:
        lines.append("The documents do not say anything about this theme.")
    for g in b.groups:
        lines += [f"## {g.country} — {g.reference}", f"*{g.title}*", ""]
        if g.concerns or g.recommendations:
            lines += ["| Concerns | Recommendations |", "|---|---|"]
            for i in range(max(len(g.concerns), len(g.recommendations))):
                cells = []
                for bucket in (g.concerns, g.recommendations):
                    v = bucket[i] if i < len(bucket) else None
                    cells.append(
                        f"**{v.reference()}**{_upr_note(v)}: {_whole(v)}".replace("|", "/").replace(
                            "\n", " "
                        )
                        if v
                        else ""
                    )
                lines.append(f"| {cells[0]} | {cells[1]} |")
            lines.append("")
        for v in g.other:
            lines.append(f"- **{v.reference()}**{_upr_note(v)}: {_whole(v)}")
        for v in g.plan:
            row = v.unit
            assert isinstance(row, PlanRow)
            lines.append(
                f"- **{v.reference()}** ({row.period}; {', '.join(a.abbreviation for a in row.agencies)}): {'; '.join(row.activities)}"
            )
        lines.append("")
    return "\n".join(lines)


def conversation_markdown(turns: Sequence[Answer], title: str = "Rights Desk conversation") -> str:
    """A conversation with every answer's references listed under it, and the full title of
    each document cited listed once at the end."""
    lines = [f"# {title}", ""]
    documents: dict[str, str] = {}
    for ans in turns:
        lines += [f"## Q: {ans.question}", "", ans.answer, ""]
        for notice in (*ans.notices, *([ans.notice] if ans.notice else [])):
            lines += [f"> {notice}", ""]
        if ans.citations:
            lines.append("**References**")
            for i, c in enumerate(ans.citations, 1):
                ref = c.reference or f"{c.doc_id} {c.paragraph}"
                lines.append(f"- [{i}] {ref}")
                documents.setdefault(c.symbol or ref.rsplit(", ", 1)[0], c.title)
            lines.append("")
    if documents:
        lines += ["## Documents cited", ""]
        lines += [f"- **{name}**: {full}" for name, full in documents.items()]
        lines.append("")
    return "\n".join(lines)
