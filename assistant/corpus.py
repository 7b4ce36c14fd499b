"""The ingested documents: look up units, their neighbours, partners and links.

Read-only, one per index version. It holds every document's identity from the start, and a
document's units once a question first needs them (read from its source, the version's files),
so start-up does not grow with the number of paragraphs; term counts come precomputed. Does
not search text (see `retrieval`).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from rightsdesk.domain import Document, DocumentInfo, Paragraph, PlanRow, UnitRef, lead_text
from rightsdesk.words import TermCounts, unit_terms

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
        return unit_terms(self.unit.text, self.unit.tags)

    def reference(self, sub: str | None = None) -> str:
        return self.doc.reference(self.unit.number, sub)


def _units(doc: Document) -> tuple[Unit, ...]:
    return (*doc.paragraphs, *doc.rows)


class DocumentSource(Protocol):
    """Where a corpus reads its documents from (`vectorstore.shelf.DocumentShelf`, or a list)."""

    def catalog(self) -> Sequence[DocumentInfo]: ...

    def load(self, doc_id: str) -> Document: ...

    def lead(self, doc_id: str) -> str: ...

    def term_counts(self) -> TermCounts: ...


class InMemory:
    """Documents already in memory as a source (tests, and an index rebuilt from the store)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._docs = {d.id: d for d in documents}

    def catalog(self) -> list[DocumentInfo]:
        return [d.info for d in self._docs.values()]

    def load(self, doc_id: str) -> Document:
        return self._docs[doc_id]

    def lead(self, doc_id: str) -> str:
        return lead_text(self._docs[doc_id])

    def term_counts(self) -> TermCounts:
        return TermCounts.count((u.text, u.tags) for d in self._docs.values() for u in _units(d))


@dataclass(frozen=True)
class _Loaded:
    """A document's units, once read: by number, and their numbers in document order."""

    doc: Document
    views: dict[str, UnitView]
    order: list[str]


class Corpus:
    """Every document of the index: `Corpus(docs).view("crc-opsc-tjk-co-1", "24")`.

    `docs` holds every document's identity (no units); `document(id)` and the unit lookups
    read a document's units on first use and keep them.
    """

    def __init__(self, source: DocumentSource | Sequence[Document]) -> None:
        self._source: DocumentSource = InMemory(source) if isinstance(source, Sequence) else source
        self.docs: dict[str, DocumentInfo] = {d.id: d for d in self._source.catalog()}
        self._position = {doc_id: i for i, doc_id in enumerate(self.docs)}
        self._loaded: dict[str, _Loaded] = {}
        self._lock = threading.Lock()
        self._by_country: dict[str, list[DocumentInfo]] = {}
        self._by_symbol: dict[str, DocumentInfo] = {}
        for d in self.docs.values():
            self._by_country.setdefault(d.country, []).append(d)
            if d.symbol:
                self._by_symbol.setdefault(d.symbol.upper(), d)
        self.countries = sorted(c for c in self._by_country if c)
        counts = self._source.term_counts()
        self._units_count = counts.units
        n = max(counts.units, 1)
        self._idf = {t: math.log(1 + n / c) for t, c in counts.df.items()}
        self._idf_unknown = math.log(1 + n)

    def lead(self, doc_id: str) -> str:
        """The text of a document's first paragraph ("" without one), without reading its units."""
        return self._source.lead(doc_id)

    @cached_property
    def recommending_states(self) -> tuple[str, ...]:
        """Every State that made a recommendation in the UPR reports, sorted (their units are
        read on first use: the first question that could name one)."""
        return tuple(
            sorted(
                {
                    s
                    for d in self.docs.values()
                    if d.kind == "upr_report"
                    for p in self.document(d.id).paragraphs
                    for s in p.recommended_by
                }
            )
        )

    def document(self, doc_id: str) -> Document:
        """A document with its units (KeyError for an id the index does not hold)."""
        return self._load(doc_id).doc

    def _load(self, doc_id: str) -> _Loaded:
        loaded = self._loaded.get(doc_id)
        if loaded is None:
            with self._lock:  # questions run in threads; each document is read once
                loaded = self._loaded.get(doc_id)
                if loaded is None:
                    if doc_id not in self.docs:
                        raise KeyError(doc_id)
                    doc = self._source.load(doc_id)
                    units = _units(doc)
                    views = {u.number: UnitView(doc, u) for u in units}
                    order = [u.number for u in units]
                    loaded = self._loaded[doc_id] = _Loaded(doc, views, order)
        return loaded

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stem over all units (rare words weigh more)."""
        return self._idf.get(term, self._idf_unknown)

    def knows(self, term: str) -> bool:
        """True when some unit of the index has the stem."""
        return term in self._idf

    def match(
        self,
        view: UnitView,
        topic: Iterable[str],
        same: Mapping[str, Sequence[frozenset[str]]] | None = None,
    ) -> float:
        """IDF-weighted share of the topic stems that a unit contains (1.0 with no topic). With
        `same`, a stem also counts as contained when all the stems of one of the phrases it
        stands for are ("kids" when the unit says "children")."""
        topic = set(topic)
        if not topic:
            return 1.0
        total = sum(self.idf(t) for t in topic)
        have = topic & view.terms
        if same:
            have |= {t for t in topic - have if any(alt <= view.terms for alt in same.get(t, ()))}
        return sum(self.idf(t) for t in have) / total

    def __len__(self) -> int:
        return self._units_count

    def view(self, doc_id: str, number: str) -> UnitView | None:
        """The unit `number` of document `doc_id`, if it exists."""
        if doc_id not in self.docs:
            return None
        return self._load(doc_id).views.get(number)

    def by_key(self, key: str) -> UnitView | None:
        """The unit named `doc_id::number`."""
        doc_id, _, number = key.partition("::")
        return self.view(doc_id, number)

    def units(self, doc_id: str) -> list[UnitView]:
        """Units of a document in order."""
        if doc_id not in self.docs:
            return []
        loaded = self._load(doc_id)
        return [loaded.views[n] for n in loaded.order]

    def all_documents(self) -> list[Document]:
        """Every document with its units (reads them all: for evaluations and exports)."""
        return [self.document(i) for i in self.docs]

    def neighbours(self, view: UnitView) -> tuple[UnitView | None, UnitView | None]:
        """The units before and after, within the same document."""
        loaded = self._load(view.doc.id)
        numbers = loaded.order
        i = numbers.index(view.unit.number)
        prev = loaded.views[numbers[i - 1]] if i > 0 else None
        nxt = loaded.views[numbers[i + 1]] if i + 1 < len(numbers) else None
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
    ) -> list[DocumentInfo]:
        """Documents matching every given constraint (all documents when none is given), in
        the order of `docs`."""
        cs, ks = set(countries), set(kinds)
        if cs:  # from the country index: a question's countries, not every document
            found = [d for c in cs for d in self._by_country.get(c, [])]
            docs = sorted(found, key=lambda d: self._position[d.id]) if len(cs) > 1 else found
        else:
            docs = list(self.docs.values())
        return [d for d in docs if not ks or d.kind in ks]

    def scoped(
        self, doc_ids: Iterable[str] = (), countries: Iterable[str] = ()
    ) -> list[DocumentInfo]:
        """The documents a question is about: those it names, else those of its countries
        (all documents when it names neither)."""
        return [self.docs[i] for i in doc_ids] or self.documents_for(countries)

    def by_symbol(self, symbol: str) -> DocumentInfo | None:
        """The document with this UN symbol (case-insensitive)."""
        return self._by_symbol.get(symbol.upper())

    @cached_property
    def _coverage(self) -> str:
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

    def coverage(self) -> str:
        """One sentence saying what the corpus covers, for abstentions."""
        return self._coverage
