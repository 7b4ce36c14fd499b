"""Markdown renderings of units, documents, briefings and conversations, with full references.

Shared by the web UI and the exports; no UI library here. The frame (labels, headings) is in
the language asked for (`lang`), the documents' text and references as they print them. Does
not retrieve.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant.briefing import Briefing
from assistant.corpus import Corpus, UnitView
from assistant.i18n import name, text
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


def unit_markdown(
    view: UnitView, sub: str | None = None, quote: str | None = None, lang: str = "en"
) -> str:
    """One paragraph or plan row as shown in the source panel, the quoted words marked."""
    doc, unit = view.doc, view.unit
    lines = [
        f"### {view.reference(sub)}",
        "",
        f"**{doc.title}**",
        "",
        f"{name(doc.body, lang)} · {name(doc.country, lang)} · {doc.year or ''}",
    ]
    if isinstance(unit, Paragraph):
        if unit.recommended_by or unit.position:
            lines += [
                "",
                f"**{text('ui.source.recommended_by', lang)}:** "
                f"{', '.join(unit.recommended_by) or '—'} · "
                f"**{text('ui.source.position', lang)}:** {_position(unit.position, lang)}",
            ]
        if unit.speakers:
            lines += ["", f"**{text('ui.source.speaking', lang)}:** {', '.join(unit.speakers)}"]
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
            f"**{text('ui.source.row', lang)} {unit.number}.** {unit.summary} "
            f"({text('ui.source.recommendations', lang)} {', '.join(unit.recommendations)})",
        ]
        lines += [f"- {highlight(a, quote)}" for a in unit.activities]
        lines.append(f"\n**{text('ui.source.period', lang)}:** {unit.period or '—'}")
        agencies = "; ".join(
            f"{a.abbreviation} ({a.name})" if a.name else a.abbreviation for a in unit.agencies
        )
        lines.append(f"**{text('ui.source.agencies', lang)}:** {agencies or '—'}")
        lines.append(f"**{text('ui.source.results', lang)}:** {unit.results or '—'}")
    return "\n".join(lines)


def source_markdown(
    corpus: Corpus,
    view: UnitView,
    sub: str | None = None,
    quote: str | None = None,
    lang: str = "en",
) -> str:
    """The source panel: the unit (the quote marked), its neighbours, and its plan links."""
    parts = [unit_markdown(view, sub, quote, lang)]
    linked = corpus.linked(view)
    if linked:
        title = text(
            "ui.source.plan_rows" if isinstance(view.unit, Paragraph) else "ui.source.implemented",
            lang,
        )
        parts.append(f"\n#### {title}")
        for v in linked:
            parts.append(f"- **{v.reference()}**: {_first_line(v)}")
    prev, nxt = corpus.neighbours(view)
    for key, near in (("ui.source.before", prev), ("ui.source.after", nxt)):
        label = text(key, lang)
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


def _upr_note(view: UnitView, lang: str = "en") -> str:
    """' (supported; Estonia, Latvia)' after a UPR recommendation's reference."""
    unit = view.unit
    if not isinstance(unit, Paragraph) or not (unit.position or unit.recommended_by):
        return ""
    position = _position(unit.position, lang) if unit.position else ""
    bits = [b for b in (position, ", ".join(unit.recommended_by)) if b]
    return f" ({'; '.join(bits)})"


def _position(position: str | None, lang: str) -> str:
    """A UPR recommendation's position: as the report words it in English, explained in Russian."""
    if not position:
        return "—"
    return position if lang == "en" else text(f"answer.position.{position}", lang)


def _whole(view: UnitView) -> str:
    """A unit's whole text on one line: a handout quotes the clause, lead-in and all."""
    return " ".join(view.text.split())


def build_briefing(assistant: object, theme: str, countries: Sequence[str]) -> Briefing:
    """The assistant's briefing on a theme (kept for the UI; see `assistant.briefing`)."""
    from assistant.service import Assistant

    assert isinstance(assistant, Assistant)
    with assistant.reading():  # one index version throughout, even if a document is added
        return assistant.briefer.build(theme, countries)


def briefing_markdown(b: Briefing, lang: str = "en") -> str:
    """The briefing as a handout: per document, concerns and recommendations side by side."""
    countries = ", ".join(name(c, lang) for c in b.countries) or text("briefing.all", lang)
    lines = [
        f"# {text('briefing.title', lang, theme=b.theme)}",
        text("briefing.countries", lang, countries=countries),
        "",
    ]
    if not b.groups:
        lines.append(text("briefing.nothing", lang))
    head = f"| {text('briefing.concerns', lang)} | {text('briefing.recommendations', lang)} |"
    for g in b.groups:
        lines += [f"## {name(g.country, lang)} — {g.reference}", f"*{g.title}*", ""]
        if g.concerns or g.recommendations:
            lines += [head, "|---|---|"]
            for i in range(max(len(g.concerns), len(g.recommendations))):
                cells = []
                for bucket in (g.concerns, g.recommendations):
                    v = bucket[i] if i < len(bucket) else None
                    cells.append(
                        f"**{v.reference()}**{_upr_note(v, lang)}: {_whole(v)}".replace(
                            "|", "/"
                        ).replace("\n", " ")
                        if v
                        else ""
                    )
                lines.append(f"| {cells[0]} | {cells[1]} |")
            lines.append("")
        for v in g.other:
            lines.append(f"- **{v.reference()}**{_upr_note(v, lang)}: {_whole(v)}")
        for v in g.plan:
            row = v.unit
            assert isinstance(row, PlanRow)
            lines.append(
                f"- **{v.reference()}** ({row.period}; {', '.join(a.abbreviation for a in row.agencies)}): {'; '.join(row.activities)}"
            )
        lines.append("")
    return "\n".join(lines)


def conversation_language(turns: Sequence[Answer]) -> str:
    """The language most of a conversation's answers are framed in (the first one's on a tie)."""
    counts = Counter(ans.language for ans in turns)
    if not counts:
        return "en"
    top = max(counts.values())
    return next(ans.language for ans in turns if counts[ans.language] == top)


def conversation_markdown(
    turns: Sequence[Answer], title: str | None = None, lang: str | None = None
) -> str:
    """A conversation with every answer's references listed under it, and the full title of
    each document cited listed once at the end; the frame in the conversation's language (the
    answers and their quotes as they were given)."""
    lang = lang or conversation_language(turns)
    lines = [f"# {title or text('export.conversation_title', lang)}", ""]
    documents: dict[str, str] = {}
    for ans in turns:
        lines += [f"## {text('export.question', lang, question=ans.question)}", "", ans.answer, ""]
        for notice in (*ans.notices, *([ans.notice] if ans.notice else [])):
            lines += [f"> {notice}", ""]
        if ans.citations:
            lines.append(f"**{text('export.references', lang)}**")
            for i, c in enumerate(ans.citations, 1):
                ref = c.reference or f"{c.doc_id} {c.paragraph}"
                lines.append(f"- [{i}] {ref}")
                documents.setdefault(c.symbol or ref.rsplit(", ", 1)[0], c.title)
            lines.append("")
    if documents:
        lines += [f"## {text('export.documents', lang)}", ""]
        lines += [f"- **{doc}**: {full}" for doc, full in documents.items()]
        lines.append("")
    return "\n".join(lines)
