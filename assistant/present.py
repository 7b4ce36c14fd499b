"""Markdown renderings of units, documents, briefings and conversations, with full references.

Shared by the web UI and the exports; no UI library here. Does not retrieve.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.corpus import Corpus, UnitView
from assistant.extractive import number_key
from assistant.retrieval import Filters
from assistant.text import sentences
from rightsdesk.domain import Answer, Paragraph, PlanRow

if TYPE_CHECKING:
    from assistant.service import Assistant


def unit_markdown(view: UnitView, sub: str | None = None) -> str:
    """One paragraph or plan row as shown in the source panel."""
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
        lines.append(f"**{unit.number}.** {intro if unit.subparagraphs else unit.text}")
        for s in unit.subparagraphs:
            mark = "**" if s.label == sub else ""
            lines.append(f"- {mark}({s.label}) {s.text}{mark}")
        for f in unit.footnotes:
            lines.append(f"\n<sub>{f.mark} {f.text}</sub>")
    else:
        lines += [
            "",
            f"**Row {unit.number}.** {unit.summary} (recommendations {', '.join(unit.recommendations)})",
        ]
        lines += [f"- {a}" for a in unit.activities]
        lines.append(f"\n**Period:** {unit.period or '—'}")
        agencies = "; ".join(
            f"{a.abbreviation} ({a.name})" if a.name else a.abbreviation for a in unit.agencies
        )
        lines.append(f"**Implementing agencies:** {agencies or '—'}")
        lines.append(f"**Expected results:** {unit.results or '—'}")
    return "\n".join(lines)


def source_markdown(corpus: Corpus, view: UnitView, sub: str | None = None) -> str:
    """The source panel: the unit, its neighbours, and its plan links."""
    parts = [unit_markdown(view, sub)]
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


@dataclass
class BriefingGroup:
    """What one document says on the theme."""

    doc_id: str
    title: str
    country: str
    reference: str
    concerns: list[UnitView] = field(default_factory=list)
    recommendations: list[UnitView] = field(default_factory=list)
    other: list[UnitView] = field(default_factory=list)
    plan: list[UnitView] = field(default_factory=list)


@dataclass
class Briefing:
    """Every relevant paragraph for a theme, grouped by country and document."""

    theme: str
    countries: list[str]
    groups: list[BriefingGroup]


def build_briefing(
    assistant: object, theme: str, countries: Sequence[str], per_country: int = 12
) -> Briefing:
    """Retrieve the theme per country and sort the paragraphs by document and role."""
    from assistant.service import Assistant

    assert isinstance(assistant, Assistant)
    with assistant.reading():  # one index version throughout, even if a document is added
        return _briefing(assistant, theme, countries, per_country)


def _briefing(
    assistant: Assistant, theme: str, countries: Sequence[str], per_country: int
) -> Briefing:
    corpus = assistant.corpus
    query = assistant.parser.parse(theme)
    groups: dict[str, BriefingGroup] = {}
    seen: set[str] = set()
    for country in countries or corpus.countries:
        filters = Filters(countries=(country,))
        embedding = assistant.embed_model.get_query_embedding(query.dense_text)
        units = assistant.retriever.search(query.keyword_text, filters, embedding)
        for ev in assistant.choose(query, units)[:per_country]:
            views = [ev.view, *corpus.linked(ev.view)]
            partner = corpus.partner(ev.view)
            if partner is not None:
                views.append(partner)
            for v in views:
                if v.key in seen:
                    continue
                seen.add(v.key)
                g = groups.setdefault(
                    v.doc.id, BriefingGroup(v.doc.id, v.doc.title, v.doc.country, v.doc.short_name)
                )
                bucket = {
                    "concern": g.concerns,
                    "recommendation": g.recommendations,
                    "plan_row": g.plan,
                }.get(v.role, g.other)
                bucket.append(v)
    ordered = sorted(groups.values(), key=lambda g: (g.country, g.reference))
    for g in ordered:
        for bucket in (g.concerns, g.recommendations, g.other, g.plan):
            bucket.sort(key=lambda v: number_key(v.unit.number))
    return Briefing(theme, list(countries), ordered)


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


def conversation_markdown(turns: Sequence[Answer]) -> str:
    """A conversation with every answer's references listed under it."""
    lines = ["# Rights Desk conversation", ""]
    for ans in turns:
        lines += [f"## Q: {ans.question}", "", ans.answer, ""]
        for notice in (*ans.notices, *([ans.notice] if ans.notice else [])):
            lines += [f"> {notice}", ""]
        if ans.citations:
            lines.append("**References**")
            lines += [
                f"- {c.reference or c.doc_id + ' ' + c.paragraph}: {c.title}" for c in ans.citations
            ]
            lines.append("")
    return "\n".join(lines)
