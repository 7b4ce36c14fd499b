"""Typed domain records shared by every package: documents, paragraphs, plan rows, answers.

Deliberately free of I/O and of any third-party library but pydantic: ingest produces these,
vectorstore stores them, assistant reads them back, evals and the UI render them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Role = Literal["concern", "recommendation", "positive", "other"]
Position = Literal["supported", "pending", "noted"]  # a UPR recommendation's response
DocKind = Literal[
    "concluding_observations", "special_rapporteur_report", "national_plan", "upr_report", "other"
]


class Record(BaseModel):
    """Base for immutable records; unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class SubParagraph(Record):
    """One lettered sub-paragraph, e.g. (b) of paragraph 33."""

    label: str  # "a", "b", ...
    text: str  # text without the "(b)" marker


class Footnote(Record):
    """A footnote taken out of a paragraph body."""

    mark: str  # "1", "*", "¹"
    text: str


class Reference(Record):
    """A reference a paragraph makes to another paragraph or document."""

    text: str  # as written: "paragraph 4 above", "CRC/C/TKM/CO/1, para. 12"
    symbol: str | None = None  # None: the same document
    paragraph: str | None = None


class UnitRef(Record):
    """Points at one citable unit: a paragraph or a plan row."""

    doc_id: str
    number: str


class Paragraph(Record):
    """One numbered paragraph: the unit of retrieval and of citation."""

    doc_id: str
    number: str  # as printed: "24"; for unnumbered documents the block index, "1", "2", ...
    text: str  # whole paragraph, sub-paragraphs included, "(a) ..." on their own lines
    subparagraphs: tuple[SubParagraph, ...] = ()
    section_path: tuple[str, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    role: Role = "other"
    tags: tuple[str, ...] = ()
    numbered: bool = True  # False: split by blank lines, no paragraph numbers in the source
    implemented_by: tuple[UnitRef, ...] = ()  # plan rows that implement this recommendation
    recommended_by: tuple[str, ...] = ()  # UPR recommendation "88.12": the State(s) that made it
    position: Position | None = None  # UPR recommendation: the position the State reviewed took
    speakers: tuple[str, ...] = ()  # UPR interactive dialogue: the State(s) that spoke


class Agency(Record):
    """An implementing agency of a plan row."""

    abbreviation: str
    name: str | None = None  # full name from the plan's own list of abbreviations


class PlanRow(Record):
    """One row of a national plan of action table."""

    doc_id: str
    number: str
    summary: str  # "Measures to protect children of national minorities"
    recommendations: tuple[str, ...]  # recommendation (paragraph) numbers it implements
    activities: tuple[str, ...]
    period: str
    agencies: tuple[Agency, ...]
    results: str
    implements: tuple[UnitRef, ...] = ()  # paragraphs of documents in the corpus
    tags: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The row as one readable text (what is embedded and quoted)."""
        lines = [f"{self.summary} (recommendations {', '.join(self.recommendations)})"]
        lines += [f"Activity: {a}" for a in self.activities]
        if self.period:
            lines.append(f"Period: {self.period}")
        if self.agencies:
            names = [
                f"{a.abbreviation} ({a.name})" if a.name else a.abbreviation for a in self.agencies
            ]
            lines.append(f"Implementing agencies: {', '.join(names)}")
        if self.results:
            lines.append(f"Expected results: {self.results}")
        return "\n".join(lines)


class DocumentInfo(Record):
    """What identifies a document, without its units: enough to scope, filter and cite."""

    id: str  # "crc-opsc-tjk-co-1"
    symbol: str | None  # "CRC/C/OPSC/TJK/CO/1"; None for a national plan
    title: str
    body: str  # "Committee on the Rights of the Child"
    country: str
    year: int | None
    kind: DocKind
    short_name: str  # used in references: the symbol, or "National Plan of Action 2018-2022 (OPSC)"
    source: str = ""  # file name it came from
    numbered: bool = True
    implements: str | None = (
        None  # for a plan: symbol of the document whose recommendations it implements
    )
    # the sessions the document says it was adopted or considered at (often in a title footnote):
    # a committee's "sixty-eighth session" -> (68,)
    sessions: tuple[int, ...] = ()

    def reference(self, number: str, sub: str | None = None) -> str:
        """The reference as UN documents write it: 'CRC/C/OPSC/TJK/CO/1, para. 24 (b)',
        'A/HRC/19/3, rec. 88.12'."""
        unit = "row" if self.kind == "national_plan" else "para."
        if self.kind == "upr_report" and "." in number:
            unit = "rec."
        ref = f"{self.short_name}, {unit} {number}"
        return f"{ref} ({sub})" if sub else ref


class Document(DocumentInfo):
    """One document: its identity and its citable units (paragraphs or plan rows)."""

    paragraphs: tuple[Paragraph, ...] = ()
    rows: tuple[PlanRow, ...] = ()

    @property
    def info(self) -> DocumentInfo:
        """The document without its units."""
        return DocumentInfo(**self.model_dump(exclude={"paragraphs", "rows"}))


def lead_text(doc: Document) -> str:
    """The text of a document's first paragraph, "" without one (it often dates the document)."""
    return doc.paragraphs[0].text if doc.paragraphs else ""


class Hit(Record):
    """One retrieved unit with its score and where it came from."""

    doc_id: str
    number: str
    text: str
    score: float
    sources: tuple[str, ...] = ()  # "dense", "bm25", "link", "pair", "lookup"


class Citation(Record):
    """A checked citation carried by an answer (the JSON contract of `ask --json`)."""

    doc_id: str
    symbol: str | None
    title: str
    paragraph: str
    subparagraph: str | None = None
    quote: str
    reference: str = ""
    lead_in: str | None = (
        None  # the words a quoted sub-paragraph completes ("... the State party:")
    )


class Answer(Record):
    """An answer with its evidence."""

    id: str | None = None
    question: str
    standalone_query: str = ""
    answer: str
    abstained: bool
    # False when the documents do not address the question directly and the answer gives
    # the closest passages under that label
    direct: bool = True
    mode: Literal["extractive", "llm"] = "extractive"
    citations: tuple[Citation, ...] = ()
    hits: tuple[Hit, ...] = ()
    prompt: str | None = None  # LLM mode: what the model was sent
    notice: str | None = None  # e.g. "The language model failed; showing the extractive answer."
    notices: tuple[str, ...] = ()  # scope: a filter the question overrode, a country not covered
    language: str = "en"  # the question's language, which the answer's frame is written in
    timings_ms: dict[str, float] = {}
