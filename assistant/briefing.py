"""A trainer's briefing: every relevant paragraph on a theme, per country and document.

Usage: `Briefer(corpus, parser, selector).build("sale of children", ["Tajikistan"])`. Uses the
assistant's own retrieval and selection (`EvidenceSelector`), so a briefing and a chat answer
agree on what is relevant; sorts by document and role. Does not render (see `present`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.corpus import Corpus, UnitView
from assistant.extractive import number_key
from assistant.retrieval import Filters
from assistant.selector import EvidenceSelector
from assistant.understand import QueryParser


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


class Briefer:
    """Builds briefings from the same retrieval and selection as the chat."""

    def __init__(
        self,
        corpus: Corpus,
        parser: QueryParser,
        selector: EvidenceSelector,
        per_country: int | None = None,
    ) -> None:
        self.corpus = corpus
        self.parser = parser
        self.selector = selector
        self.per_country = per_country or selector.config.theme_units  # sized as a theme
        self.keep = selector.config.theme_keep

    def build(self, theme: str, countries: Sequence[str]) -> Briefing:
        """Retrieve the theme per country and sort the paragraphs by document and role."""
        corpus = self.corpus
        query = self.parser.parse(theme)
        embedding = self.selector.embed_model.get_query_embedding(query.dense_text)
        groups: dict[str, BriefingGroup] = {}
        seen: set[str] = set()
        for country in countries or corpus.countries:
            units, dense, _ = self.selector.search(query, Filters(countries=(country,)), embedding)
            chosen = self.selector.choose(query, units, dense, self.per_country, self.keep)
            for ev in chosen:
                views = [ev.view, *corpus.linked(ev.view)]
                partner = corpus.partner(ev.view)
                if partner is not None:
                    views.append(partner)
                for v in views:
                    if v.key in seen:
                        continue
                    seen.add(v.key)
                    g = groups.setdefault(
                        v.doc.id,
                        BriefingGroup(v.doc.id, v.doc.title, v.doc.country, v.doc.short_name),
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
