"""The ingested documents in memory: look up units, their neighbours, partners and links.

Read-only and built once per index version; does not search text (see `retrieval`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from assistant.text import terms
from rightsdesk.domain import Document, Paragraph, PlanRow, UnitRef

Unit = Paragraph | PlanRow


@dataclass(frozen=True)
class UnitView:
    """A unit with its document, for rendering and citing."""

    doc: Document
    unit: Unit

    @property
    def ref(self) -> UnitRef:
        return UnitRef(doc_id=self.doc.id, number=self.unit.number)

    @property
    def key(self) -> str:
        return f"{self.doc.id}::{self.unit.number}"

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def role(self) -> str:
        return self.unit.role if isinstance(self.unit, Paragraph) else "plan_row"

    @property
    def tags(self) -> tuple[str, ...]:
        return self.unit.tags

    @cached_property
    def terms(self) -> frozenset[str]:
        """Content-word stems of the unit's text, and its tags as `#slug`."""
        return frozenset(terms(self.unit.text)) | {f"#{t}" for t in self.unit.tags}

    def reference(self, sub: str | None = None) -> str:
        return self.doc.reference(self.unit.number, sub)


class Corpus:
    """Every document of the index: `Corpus(docs).view("crc-opsc-tjk-co-1", "24")`."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.docs: dict[str, Document] = {d.id: d for d in documents}
        self._units: dict[str, UnitView] = {}
        self._order: dict[str, list[str]] = {}
        for doc in documents:
            units: Iterable[Unit] = (*doc.paragraphs, *doc.rows)
            keys = []
            for unit in units:
                view = UnitView(doc, unit)
                self._units[view.key] = view
                keys.append(view.key)
            self._order[doc.id] = keys
        self.countries = sorted({d.country for d in documents if d.country})
        df = Counter(t for v in self._units.values() for t in v.terms)
        n = max(len(self._units), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self._idf_unknown = math.log(1 + n)

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stem over all units (rare words weigh more)."""
        return self._idf.get(term, self._idf_unknown)

    def knows(self, term: str) -> bool:
        """True when some unit of the index has the stem."""
        return term in self._idf

    def match(self, view: UnitView, topic: Iterable[str]) -> float:
        """IDF-weighted share of the topic stems that a unit contains (1.0 with no topic)."""
        topic = set(topic)
        if not topic:
            return 1.0
        total = sum(self.idf(t) for t in topic)
        return sum(self.idf(t) for t in topic & view.terms) / total

    def __len__(self) -> int:
        return len(self._units)

    def view(self, doc_id: str, number: str) -> UnitView | None:
        """The unit `number` of document `doc_id`, if it exists."""
        return self._units.get(f"{doc_id}::{number}")

    def by_key(self, key: str) -> UnitView | None:
        """The unit named `doc_id::number`."""
        return self._units.get(key)

    def units(self, doc_id: str) -> list[UnitView]:
        """Units of a document in order."""
        return [self._units[k] for k in self._order.get(doc_id, [])]

    def neighbours(self, view: UnitView) -> tuple[UnitView | None, UnitView | None]:
        """The units before and after, within the same document."""
        keys = self._order[view.doc.id]
        i = keys.index(view.key)
        prev = self._units[keys[i - 1]] if i > 0 else None
        nxt = self._units[keys[i + 1]] if i + 1 < len(keys) else None
        return prev, nxt

    def partner(self, view: UnitView) -> UnitView | None:
        """A concern's recommendation (the next paragraph) or a recommendation's concern."""
        if not isinstance(view.unit, Paragraph):
            return None
        prev, nxt = self.neighbours(view)
        if view.role == "concern" and nxt is not None and nxt.role == "recommendation":
            return nxt
        if view.role == "recommendation" and prev is not None and prev.role == "concern":
            return prev
        return None

    def linked(self, view: UnitView) -> list[UnitView]:
        """Plan rows implementing a paragraph, or paragraphs a plan row implements."""
        refs = (
            view.unit.implemented_by if isinstance(view.unit, Paragraph) else view.unit.implements
        )
        out = [self.view(r.doc_id, r.number) for r in refs]
        return [v for v in out if v is not None]

    def documents_for(
        self, countries: Iterable[str] = (), kinds: Iterable[str] = ()
    ) -> list[Document]:
        """Documents matching every given constraint (all documents when none is given)."""
        cs, ks = set(countries), set(kinds)
        return [
            d
            for d in self.docs.values()
            if (not cs or d.country in cs) and (not ks or d.kind in ks)
        ]

    def scoped(self, doc_ids: Iterable[str] = (), countries: Iterable[str] = ()) -> list[Document]:
        """The documents a question is about: those it names, else those of its countries
        (all documents when it names neither)."""
        return [self.docs[i] for i in doc_ids] or self.documents_for(countries)

    def by_symbol(self, symbol: str) -> Document | None:
        """The document with this UN symbol (case-insensitive)."""
        s = symbol.upper()
        return next((d for d in self.docs.values() if d.symbol and d.symbol.upper() == s), None)

    def coverage(self) -> str:
        """One sentence saying what the corpus covers, for abstentions."""
        kinds = {
            "concluding_observations": "treaty-body concluding observations",
            "special_rapporteur_report": "Special Rapporteur reports",
            "national_plan": "national plans of action",
            "upr_report": "Universal Periodic Review reports",
            "other": "other documents",
        }
        present = sorted({kinds[d.kind] for d in self.docs.values()})
        return (
            f"The documents I hold cover {', '.join(self.countries)} "
            f"({'; '.join(present)}; {len(self.docs)} documents)."
        )
