"""Documents a user adds from the web UI: preview what was detected, add with corrections, remove.

An added file is kept in the uploads folder beside the index (`settings.uploads_dir`), its
corrections in a `<file>.meta.json` sidecar, and goes through the same `Ingestor` as
`rightsdesk ingest` (same readers, structure and metadata inference); that command ingests
the folder too, so it keeps them. A bad file is refused before anything is written.
Does not render anything or decide who may upload (see `rightsdesk.web`).

Usage: `up = Uploader(folder, store, make_ingestor); p = up.preview(path);
up.add(path, MetaOverride(country="Kazakhstan"))`; `up.remove("a-hrc-28-10")`.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ingest.manifest import SIDECAR_SUFFIX, MetaOverride
from ingest.parse import parse_file
from ingest.pipeline import IngestReport
from ingest.pipeline import Progress as EmbedProgress
from rightsdesk.domain import DocKind, Document
from rightsdesk.errors import DocumentNotFound, IngestError, NotAllowed

if TYPE_CHECKING:
    from ingest.pipeline import Ingestor
    from vectorstore.store import ChromaStore, IndexState

Stage = Callable[[float, str], None]  # (share done, what is happening)
PLAN_FIELDS = frozenset({"country", "body", "year"})  # what a plan's corrections can change


class DocumentSummary(BaseModel):
    """One document's identity and counts, for the documents list and the upload preview."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    symbol: str | None
    title: str
    body: str
    country: str
    year: int | None
    kind: DocKind
    short_name: str
    source: str
    paragraphs: int  # numbered paragraphs (a UPR report's recommendation items apart)
    recommendations: int  # UPR recommendation items ("133.12")
    plan_rows: int
    uploaded: bool = False  # added from the web UI, so it may be removed

    @classmethod
    def of(cls, doc: Document, uploaded: bool = False) -> DocumentSummary:
        recs = sum("." in p.number for p in doc.paragraphs)
        return cls(
            **doc.model_dump(
                include={"id", "symbol", "title", "body", "country", "year", "kind", "short_name"}
            ),
            source=doc.source,
            paragraphs=len(doc.paragraphs) - recs,
            recommendations=recs,
            plan_rows=len(doc.rows),
            uploaded=uploaded,
        )


class DocumentPreview(BaseModel):
    """What ingesting a file would add, before anything is written."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    documents: tuple[DocumentSummary, ...]  # one, or one per table of a plan of action
    conflicts: tuple[str, ...] = ()  # why adding it as it stands would be refused

    @property
    def main(self) -> DocumentSummary:
        return self.documents[0]

    @property
    def editable(self) -> frozenset[str]:
        """The metadata fields a correction can change for this file."""
        if self.main.kind == "national_plan":
            return PLAN_FIELDS
        return frozenset({"symbol", "title", "body", "country", "year", "kind"})


class Uploader:
    """Adds and removes the documents of one uploads folder; one change at a time."""

    def __init__(
        self,
        folder: Path,
        store: ChromaStore,
        make_ingestor: Callable[[EmbedProgress | None], Ingestor],
        on_change: Callable[[], object] | None = None,
    ) -> None:
        self.folder = folder
        self.store = store
        self.make_ingestor = make_ingestor
        self.on_change = on_change
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------

    def uploaded_ids(self) -> set[str]:
        """Ids of the indexed documents that were added here (and so may be removed)."""
        state = self.store.read_state()
        if state is None:
            return set()
        return {i for k, e in state.files.items() if self._is_upload(k) for i in e.doc_ids}

    def preview(self, path: Path, overrides: MetaOverride | None = None) -> DocumentPreview:
        """Read and parse the file as ingest would; raises IngestError naming a bad file."""
        docs, _ = self._parse(path, overrides)
        state = self.store.read_state()
        known = self.store.documents(state) if state and state.version else []
        conflicts = [*self._conflicts(docs, known), *self._same_file(path, state)]
        return DocumentPreview(
            file=path.name,
            documents=tuple(DocumentSummary.of(d) for d in docs),
            conflicts=tuple(conflicts),
        )

    # -- writing -------------------------------------------------------------------------

    def add(
        self, path: Path, overrides: MetaOverride | None = None, progress: Stage | None = None
    ) -> IngestReport:
        """Keep the file in the uploads folder and ingest it; on any failure nothing stays."""
        say = progress or (lambda share, what: None)
        with self._lock:
            say(0.02, "Reading the file")
            preview = self.preview(path, overrides)
            if preview.conflicts:
                raise IngestError(path, preview.conflicts[0])
            _, overrides = self._parse(path, overrides)
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._free_name(path.name)
            side = target.with_name(target.name + SIDECAR_SUFFIX)
            part = self.folder / f".{target.name}.part"
            try:
                if overrides is not None:
                    side_part = self.folder / f".{side.name}.part"
                    side_part.write_text(overrides.model_dump_json(exclude_none=True), "utf-8")
                    os.replace(side_part, side)
                shutil.copyfile(path, part)
                os.replace(part, target)
                embed: EmbedProgress = lambda done, total: say(  # noqa: E731
                    0.1 + 0.8 * done / max(total, 1), f"Embedding paragraphs ({done}/{total})"
                )
                report = self.make_ingestor(embed).ingest([target])
                if report.errors:
                    raise IngestError(path, report.errors[0].reason)
            except BaseException:
                state = self.store.read_state()
                if state is None or str(target.resolve()) not in state.files:
                    for leftover in (part, target, side):
                        leftover.unlink(missing_ok=True)
                raise
            say(0.92, "Loading it into the assistant")
            self._changed()
            say(1.0, "Done")
            return report

    def remove(self, doc_id: str) -> IngestReport:
        """Take an uploaded document (and the others its file gave) out of the index, the
        keyword index and the uploads folder; the bundled corpus cannot be removed."""
        with self._lock:
            state = self.store.read_state()
            found = next(
                (k for k, e in (state.files.items() if state else ()) if doc_id in e.doc_ids),
                None,
            )
            if found is None:
                raise DocumentNotFound(f"No document {doc_id!r} in the index.")
            if not self._is_upload(found):
                raise NotAllowed(
                    f"{doc_id} comes from {Path(found).name}, which was not added from the "
                    "Documents tab; only added documents can be removed here."
                )
            path = Path(found)
            moved = [
                (p, self.folder / f".trash-{p.name}")
                for p in (path, path.with_name(path.name + SIDECAR_SUFFIX))
                if p.exists()
            ]
            for src, dst in moved:
                os.replace(src, dst)
            try:
                report = self.make_ingestor(None).remove([path])
            except BaseException:
                for src, dst in moved:
                    os.replace(dst, src)
                raise
            for _, dst in moved:
                dst.unlink(missing_ok=True)
            self._changed()
            return report

    # -- helpers -------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def _is_upload(self, key: str) -> bool:
        return Path(key).parent == self.folder.resolve()

    def _free_name(self, name: str) -> Path:
        stem, suffix = os.path.splitext(name)
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "document"
        suffix = re.sub(r"[^A-Za-z0-9.]+", "", suffix).lower()
        n, candidate = 1, self.folder / f"{stem}{suffix}"
        while candidate.exists() or candidate.with_name(candidate.name + SIDECAR_SUFFIX).exists():
            n += 1
            candidate = self.folder / f"{stem}-{n}{suffix}"
        return candidate

    @staticmethod
    def _parse(
        path: Path, overrides: MetaOverride | None
    ) -> tuple[list[Document], MetaOverride | None]:
        """The file's documents with the corrections that apply to it (of a plan's, only
        country, body and year: its ids and titles come from its tables)."""
        docs = parse_file(path)
        given = overrides.model_dump(exclude_none=True) if overrides else {}
        if docs[0].kind == "national_plan" or given.get("kind") == "national_plan":
            given = {k: v for k, v in given.items() if k in PLAN_FIELDS | {"kind"}}
        if not given:
            return docs, None
        applied = MetaOverride(**given)
        return parse_file(path, None, applied), applied

    @staticmethod
    def _conflicts(docs: list[Document], known: list[Document]) -> list[str]:
        by_id = {d.id: d for d in known}
        by_symbol = {d.symbol.upper(): d for d in known if d.symbol}
        out = []
        for doc in docs:
            same = by_id.get(doc.id) or (by_symbol.get(doc.symbol.upper()) if doc.symbol else None)
            if same is not None:
                out.append(
                    f"{doc.symbol or doc.id} is already in the index (from {same.source}): "
                    "correct the symbol if this is another document, or remove that one first"
                )
        return out

    def _same_file(self, path: Path, state: IndexState | None) -> list[str]:
        if state is None:
            return []
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        for key, entry in state.files.items():
            other = Path(key)
            if other.is_file() and hashlib.sha256(other.read_bytes()).hexdigest() == digest:
                return [f"this file is already in the index as {entry.name}"]
        return []


def with_uploads(paths: list[Path], folder: Path) -> list[Path]:
    """The paths to ingest plus the uploads folder, so that an ingest (even `--reset`) keeps
    the documents added from the web UI."""
    if not folder.is_dir():
        return paths
    mine = folder.resolve()
    if any(mine == p.resolve() or mine.is_relative_to(p.resolve()) for p in paths):
        return paths
    return [*paths, folder]
