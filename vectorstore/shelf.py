"""The documents of an index version as files: a catalog read at start-up, each document on demand.

A start-up reads the catalog (every document's identity, no units) and the term counts, and
memory-maps the documents' file; a document is parsed when a question first needs it. So
start-up time and memory follow the number of documents, not of paragraphs. Written by
`SnapshotFiles` beside the keyword index; does not cache parsed documents (the corpus does).

Usage: `DocumentShelf.write(folder, docs)`, then `DocumentShelf(folder).load("crc-opsc-tjk-co-1")`.
"""

from __future__ import annotations

import mmap
from collections.abc import Sequence
from pathlib import Path

from pydantic import TypeAdapter

from rightsdesk.domain import Document, DocumentInfo, Record, lead_text
from rightsdesk.words import TermCounts

DOCUMENTS = "documents.jsonl"
CATALOG = "catalog.json"
TERMS = "terms.json"


class ShelfEntry(Record):
    """One document in the catalog: its identity and where its JSON lies in the documents' file."""

    info: DocumentInfo
    start: int
    end: int
    lead: str  # the first paragraph's text, which scoping reads to date a document


_CATALOG = TypeAdapter(list[ShelfEntry])


class DocumentShelf:
    """Documents read one at a time from a version's files (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._entries = {
            e.info.id: e for e in _CATALOG.validate_json((folder / CATALOG).read_bytes())
        }
        self._terms = TermCounts.model_validate_json((folder / TERMS).read_bytes())
        with open(folder / DOCUMENTS, "rb") as f:
            size = f.seek(0, 2)
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else None

    @staticmethod
    def write(folder: Path, documents: Sequence[Document]) -> None:
        """Write the documents (sorted by id), their catalog and their term counts into `folder`."""
        entries = []
        offset = 0
        with open(folder / DOCUMENTS, "wb") as f:
            for doc in sorted(documents, key=lambda d: d.id):
                data = doc.model_dump_json().encode() + b"\n"
                f.write(data)
                end = offset + len(data) - 1
                entries.append(
                    ShelfEntry(info=doc.info, start=offset, end=end, lead=lead_text(doc))
                )
                offset += len(data)
        (folder / CATALOG).write_bytes(_CATALOG.dump_json(entries))
        units = [(p.text, p.tags) for d in documents for p in d.paragraphs]
        units += [(r.text, r.tags) for d in documents for r in d.rows]
        (folder / TERMS).write_text(TermCounts.count(units).model_dump_json())

    def catalog(self) -> list[DocumentInfo]:
        """Every document's identity, in id order."""
        return [e.info for e in self._entries.values()]

    def load(self, doc_id: str) -> Document:
        """One document with its units (KeyError when the version has no such document)."""
        entry = self._entries[doc_id]
        assert self._map is not None  # a catalog entry implies a non-empty file
        return Document.model_validate_json(self._map[entry.start : entry.end])

    def lead(self, doc_id: str) -> str:
        """The text of a document's first paragraph, from the catalog."""
        return self._entries[doc_id].lead

    def term_counts(self) -> TermCounts:
        """In how many units each term occurs."""
        return self._terms
