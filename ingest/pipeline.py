"""Files in, a new index version out: discover, hash, parse, annotate, link, embed, commit.

Unchanged files cost a hash each and nothing more. A file that fails is reported by name
with its reason; what it contributed before stays in the index. Does not know how a
format is read or a paragraph found (see `readers`, `paragraphs`, `plan`).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from ingest import classify, links
from ingest.manifest import MANIFEST_NAME, SIDECAR_SUFFIX, load_manifest, load_sidecar
from ingest.parse import SUPPORTED_SUFFIXES, parse_file, parser_version
from rightsdesk.domain import Document
from rightsdesk.errors import IngestError
from vectorstore.nodes import document_nodes, embed_text
from vectorstore.store import ChromaStore, FileEntry, IndexState

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class FileError(BaseModel):
    """A file that could not be ingested, and why."""

    file: str
    reason: str


class IngestReport(BaseModel):
    """What an ingest did; printed as the summary and as `--json`."""

    files_seen: int = 0
    files_parsed: list[str] = []
    files_unchanged: int = 0
    documents: int = 0
    paragraphs: int = 0
    plan_rows: int = 0
    nodes: int = 0
    nodes_embedded: int = 0
    nodes_reused: int = 0
    errors: list[FileError] = []
    skipped: list[FileError] = []  # not failures: another copy of a document already read
    changed: bool = False
    version: int = 0
    parse_s: float = 0.0
    embed_s: float = 0.0
    total_s: float = 0.0


DATA_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".jsonl"})  # a folder's data, not documents


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[FileError], list[FileError]]:
    """Files to ingest under the given paths (folders recursively), in a stable order; the
    unsupported files (errors); the data files beside the documents (skipped, named)."""
    found: list[Path] = []
    errors: list[FileError] = []
    skipped: list[FileError] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if not p.is_file() or p.name.startswith(".") or p.name == MANIFEST_NAME:
                    continue
                if p.name.endswith(SIDECAR_SUFFIX) or p.name.lower() == "readme.md":
                    continue
                if p.suffix.lower() in DATA_SUFFIXES:
                    skipped.append(FileError(file=str(p), reason="a data file, not a document"))
                    continue
                if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                    errors.append(
                        FileError(
                            file=str(p), reason=f"unsupported file type {p.suffix or '(none)'}"
                        )
                    )
                    continue
                found.append(p)
        elif path.is_file():
            found.append(path)
        else:
            errors.append(FileError(file=str(path), reason="no such file or folder"))
    return found, errors, skipped


def file_hash(path: Path) -> str:
    """Hash of the file's bytes, its sidecar, its manifest entry and the parser version."""
    h = hashlib.sha256(parser_version().encode())
    h.update(path.read_bytes())
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if side.is_file():
        h.update(side.read_bytes())
    manifest = path.parent / MANIFEST_NAME
    if manifest.is_file():
        entry = load_manifest(path.parent).entry(path.name)
        h.update(entry.model_dump_json().encode() if entry else b"-")
    return h.hexdigest()


class Ingestor:
    """Ingest files into the store: `Ingestor(store, model_id, load_model).ingest([path])`."""

    def __init__(
        self,
        store: ChromaStore,
        embed_model_id: str,
        load_embed_model: Callable[[], BaseEmbedding],
        progress: Progress | None = None,
    ) -> None:
        self.store = store
        self.embed_model_id = embed_model_id
        self.load_embed_model = load_embed_model
        self.progress = progress

    def ingest(self, paths: Sequence[Path], reset: bool = False) -> IngestReport:
        """Bring the index up to date with `paths`; returns what was done."""
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="ingest") as pool:
            return self._ingest(paths, reset, pool)

    def _ingest(self, paths: Sequence[Path], reset: bool, pool: ThreadPoolExecutor) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        # Chroma opens and the model loads in the background while files are hashed and
        # parsed; the embedding (onnxruntime and torch release the GIL) overlaps the rest
        opening = pool.submit(self.store.client)
        files, report.errors, report.skipped = discover(paths)
        report.files_seen = len(files) + len(report.errors) + len(report.skipped)
        state = self.store.read_state()
        if state and state.embed_model and state.embed_model != self.embed_model_id and not reset:
            self.store.require_state(self.embed_model_id)  # raises EmbeddingMismatch
        previous = {} if (reset or state is None) else dict(state.files)

        hashes: dict[str, str] = {}
        for path in files:
            try:
                hashes[str(path.resolve())] = file_hash(path)
            except (OSError, IngestError) as exc:
                report.errors.append(FileError(file=str(path), reason=_reason(exc)))
        unchanged = [k for k, h in hashes.items() if k in previous and previous[k].hash == h]
        report.files_unchanged = len(unchanged)
        if state and len(unchanged) == len(hashes) and not reset:
            report.version = state.version
            self._count(report, state)
            report.total_s = time.perf_counter() - started
            return report

        model = pool.submit(self.load_embed_model)
        t0 = time.perf_counter()
        old_docs = {d.id: d for d in self.store.documents(state)} if state and state.version else {}
        entries: dict[str, FileEntry] = {}
        new_docs: dict[str, Document] = {}
        seen_hash: dict[str, str] = {
            _content_hash(Path(k)): e.name
            for k, e in previous.items()
            if k not in hashes and Path(k).is_file()
        }
        for path in files:
            key = str(path.resolve())
            if key not in hashes:
                continue
            try:
                content = _content_hash(path)
                if content in seen_hash:
                    raise IngestError(path, f"duplicate of {seen_hash[content]}; skipped")
                seen_hash[content] = path.name
                manifest = load_manifest(path.parent)
                docs = parse_file(path, manifest.entry(path.name), load_sidecar(path))
                copies = [d for d in docs if _same_document(d, new_docs.get(d.id))]
                if copies and len(copies) == len(docs):
                    first = new_docs[copies[0].id]
                    report.skipped.append(
                        FileError(
                            file=str(path),
                            reason=f"another copy of {first.symbol} (read from {first.source}); skipped",
                        )
                    )
                    entries[key] = FileEntry(name=path.name, hash=hashes[key], doc_ids=[])
                    continue
                for doc in docs:
                    if doc.id in new_docs:
                        raise IngestError(
                            path, f"document id {doc.id} also comes from {new_docs[doc.id].source}"
                        )
            except IngestError as exc:
                report.errors.append(FileError(file=str(path), reason=exc.reason))
                if key in previous:  # keep what this file gave before: nothing is lost
                    entries[key] = previous[key]
                    new_docs.update(
                        {i: old_docs[i] for i in previous[key].doc_ids if i in old_docs}
                    )
                continue
            entries[key] = FileEntry(name=path.name, hash=hashes[key], doc_ids=[d.id for d in docs])
            new_docs.update({d.id: d for d in docs})
            report.files_parsed.append(path.name)
        for key, entry in previous.items():  # files ingested earlier from other paths stay
            if key not in entries and key not in hashes:
                entries[key] = entry
                new_docs.update(
                    {i: old_docs[i] for i in entry.doc_ids if i in old_docs and i not in new_docs}
                )
        report.parse_s = time.perf_counter() - t0
        if state and state.version and not reset and entries == previous:
            # every changed file failed: the index stays as it was, no new version is written
            report.version = state.version
            self._count(report, state)
        else:
            if opening.done():
                opening.result()  # the store cannot be opened: say so before embedding
            self._write(report, state, entries, list(new_docs.values()), reset, model.result)
        report.total_s = time.perf_counter() - started
        return report

    def remove(self, files: Sequence[Path]) -> IngestReport:
        """Take files, and every document they gave, out of the index in one new version
        (the Chroma collections and the ingest state switch together)."""
        started = time.perf_counter()
        report = IngestReport(files_seen=len(files))
        state = self.store.require_state(self.embed_model_id)
        keys = [str(p.resolve()) for p in files]
        for key in keys:
            if key not in state.files:
                raise IngestError(key, "this file is not in the index")
        gone = {i for k in keys for i in state.files[k].doc_ids}
        entries = {k: e for k, e in state.files.items() if k not in keys}
        documents = [d for d in self.store.documents(state) if d.id not in gone]
        self._write(report, state, entries, documents, False, self.load_embed_model)
        report.total_s = time.perf_counter() - started
        return report

    def _write(
        self,
        report: IngestReport,
        state: IndexState | None,
        entries: dict[str, FileEntry],
        docs: list[Document],
        reset: bool,
        embed_model: Callable[[], BaseEmbedding],
    ) -> None:
        """Annotate, link and embed the documents, then commit them as the new version."""
        t0 = time.perf_counter()
        documents = links.link_documents([classify.annotate(d) for d in docs])
        report.parse_s += time.perf_counter() - t0

        t1 = time.perf_counter()
        nodes = [n for d in documents for n in document_nodes(d)]
        reuse = (
            {}
            if reset
            else self.store.embeddings_by_hash(
                state if state and state.embed_model == self.embed_model_id else None
            )
        )
        todo = []
        for node in nodes:
            emb = reuse.get(str(node.metadata["text_hash"]))
            if emb is None:
                todo.append(node)
            else:
                node.embedding = emb
        if todo:
            self._embed(todo, embed_model())
        report.nodes_embedded, report.nodes_reused = len(todo), len(nodes) - len(todo)
        report.embed_s = time.perf_counter() - t1

        new_state = self.store.commit(state, entries, self.embed_model_id, documents, nodes)
        report.changed = True
        report.version = new_state.version
        self._count(report, new_state, documents)

    def _embed(self, nodes: list, model: BaseEmbedding) -> None:  # type: ignore[type-arg]
        batch = 64
        nodes = sorted(nodes, key=lambda n: len(embed_text(n)))  # like lengths: less padding
        for start in range(0, len(nodes), batch):
            chunk = nodes[start : start + batch]
            vectors = model.get_text_embedding_batch([embed_text(n) for n in chunk])
            for node, vec in zip(chunk, vectors, strict=True):
                node.embedding = vec
            if self.progress:
                self.progress(min(start + batch, len(nodes)), len(nodes))

    def _count(
        self, report: IngestReport, state: IndexState, docs: Sequence[Document] | None = None
    ) -> None:
        documents = list(docs) if docs is not None else self.store.documents(state)
        report.documents = len(documents)
        report.paragraphs = sum(len(d.paragraphs) for d in documents)
        report.plan_rows = sum(len(d.rows) for d in documents)
        report.nodes = state.node_count


def _same_document(doc: Document, other: Document | None) -> bool:
    """The same UN document from another file (the published PDF and a text extraction)."""
    return other is not None and bool(doc.symbol) and doc.symbol == other.symbol


def _content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reason(exc: Exception) -> str:
    if isinstance(exc, IngestError):
        return exc.reason
    return f"cannot read the file ({exc.__class__.__name__}: {getattr(exc, 'strerror', '') or exc})"
