"""One file to its documents: read, route (plan table or numbered paragraphs), attach metadata.

Metadata comes from, in increasing priority: inference from the text, the folder's manifest,
a `<file>.meta.json` sidecar. Does not classify, link, embed or store.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ingest.manifest import MetaOverride, merge
from ingest.metadata import adopted_sessions, infer_metadata, slug
from ingest.paragraphs import ParagraphParser
from ingest.plan import PlanParser, is_plan
from ingest.readers import SUPPORTED_SUFFIXES, read_text
from rightsdesk.domain import Document
from rightsdesk.errors import IngestError

__all__ = ["SUPPORTED_SUFFIXES", "parse_file", "parser_version"]


@cache
def parser_version() -> str:
    """A hash of the ingest code: a changed parser re-parses unchanged files (embeddings are reused)."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def parse_file(
    path: Path, entry: MetaOverride | None = None, sidecar: MetaOverride | None = None
) -> list[Document]:
    """The documents in one file; raises IngestError naming the reason."""
    text = read_text(path)
    if not text.strip():
        raise IngestError(path, "no text could be extracted (empty document)")
    overrides = merge(entry, sidecar)
    if overrides.get("kind") == "national_plan" or is_plan(text):
        return _plan(path, text, overrides)
    inferred = infer_metadata(text, path.name).model_dump()
    if overrides.get("symbol"):  # a corrected symbol renames the document and its references
        inferred.update(id=slug(str(overrides["symbol"])), short_name=overrides["symbol"])
    meta = {**inferred, **overrides}
    body = ParagraphParser().parse(text, str(meta["id"]))
    if not body.paragraphs:
        raise IngestError(path, "no paragraphs found")
    return [
        Document(
            id=str(meta["id"]),
            symbol=meta.get("symbol"),
            title=str(meta.get("title") or path.stem),
            body=str(meta.get("body") or ""),
            country=str(meta.get("country") or ""),
            year=meta.get("year"),
            kind=meta.get("kind") or "other",
            short_name=str(
                meta.get("short_name") or meta.get("symbol") or meta.get("title") or path.stem
            ),
            source=path.name,
            numbered=body.numbered,
            sessions=adopted_sessions(text),
            paragraphs=body.paragraphs,
        )
    ]


def _plan(path: Path, text: str, overrides: dict[str, object]) -> list[Document]:
    """A plan's tables; of the overrides, country, body and year apply (one plan file gives a
    document per table, whose ids and titles come from the tables)."""
    country, body = overrides.get("country"), overrides.get("body")
    docs = PlanParser(
        country=str(country) if country else None, body=str(body) if body else None
    ).parse(text, path.name)
    if not docs or not any(d.rows for d in docs):
        raise IngestError(path, "looks like a plan of action but no table rows were found")
    if isinstance(overrides.get("year"), int):
        docs = [d.model_copy(update={"year": overrides["year"]}) for d in docs]
    return docs
