"""Documents to LlamaIndex nodes: one node per paragraph or plan row, windows for long ones.

Each node's embedded text carries its document context (symbol, country, year, body,
section), so that "the State party" is findable as Tajikistan. Does not embed or store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from llama_index.core.schema import MetadataMode, TextNode

from rightsdesk.domain import Document, Paragraph, PlanRow

WINDOW_WORDS = 150  # all-MiniLM-L6-v2 reads 256 word pieces; the context header takes ~40
WINDOW_OVERLAP = 30
KEYWORD_FIELDS = ("doc_id", "number", "country", "kind", "role")
LIST_SEPARATOR = "; "


def node_id(doc_id: str, number: str, window: int = 0) -> str:
    """Deterministic node id: `doc_id::number`, windows after the first get `#wN`."""
    base = f"{doc_id}::{number}"
    return base if window == 0 else f"{base}#w{window}"


def unit_key(node_id_: str) -> str:
    """The paragraph a node belongs to: window suffix removed."""
    return node_id_.split("#", 1)[0]


def doc_of(node_id_: str) -> str:
    """The document a node belongs to (in Chroma its `doc_id` metadata is LlamaIndex's own)."""
    return node_id_.split("::", 1)[0]


def context_header(doc: Document, section: tuple[str, ...] = ()) -> str:
    """One line naming the document, so the embedded text says whose 'State party' it is."""
    parts = [doc.short_name, doc.country]
    if doc.year:
        parts.append(str(doc.year))
    parts.append(doc.body)
    head = " | ".join(p for p in parts if p)
    if section:
        head += " | " + " > ".join(section)
    return head


def windows(text: str, size: int = WINDOW_WORDS, overlap: int = WINDOW_OVERLAP) -> list[str]:
    """Split a long text into overlapping word windows; a short text is one window."""
    words = text.split()
    if len(words) <= size:
        return [text]
    out, start = [], 0
    while start < len(words):
        out.append(" ".join(words[start : start + size]))
        if start + size >= len(words):
            break
        start += size - overlap
    return out


def _base_metadata(doc: Document, number: str, role: str, tags: Iterable[str]) -> dict[str, object]:
    meta: dict[str, object] = {
        "doc_id": doc.id,
        "number": number,
        "symbol": doc.symbol or "",
        "country": doc.country,
        "kind": doc.kind,
        "body": doc.body,
        "year": doc.year or 0,
        "role": role,
        "reference": doc.reference(number),
    }
    for tag in tags:
        meta[f"tag_{tag}"] = True
    return meta


def _unit_nodes(
    doc: Document, number: str, text: str, meta: dict[str, object], header: str
) -> Iterator[TextNode]:
    for i, chunk in enumerate(windows(text)):
        embed_text = f"{header}\n{chunk}"
        node = TextNode(
            id_=node_id(doc.id, number, i),
            text=chunk,
            metadata={**meta, "window": i, "header": header},
            excluded_embed_metadata_keys=[k for k in meta if k != "header"] + ["window"],
            excluded_llm_metadata_keys=[*meta, "window", "header"],
            metadata_template="{value}",
            text_template="{metadata_str}\n{content}",
        )
        node.metadata["text_hash"] = hashlib.sha256(embed_text.encode()).hexdigest()[:16]
        node.excluded_embed_metadata_keys.append("text_hash")
        node.excluded_llm_metadata_keys.append("text_hash")
        yield node


def paragraph_nodes(doc: Document, para: Paragraph) -> Iterator[TextNode]:
    """Nodes of one paragraph."""
    meta = _base_metadata(doc, para.number, para.role, para.tags)
    meta["section"] = " > ".join(para.section_path)
    # UPR structure; Chroma metadata holds scalars only, so lists are joined (see `upr_fields`)
    meta["recommended_by"] = LIST_SEPARATOR.join(para.recommended_by)
    meta["position"] = para.position or ""
    meta["speakers"] = LIST_SEPARATOR.join(para.speakers)
    yield from _unit_nodes(
        doc, para.number, para.text, meta, context_header(doc, para.section_path)
    )


def upr_fields(metadata: dict[str, object]) -> dict[str, object]:
    """The UPR fields of a paragraph back from its node's metadata (inverse of `paragraph_nodes`)."""

    def items(key: str) -> tuple[str, ...]:
        value = str(metadata.get(key) or "")
        return tuple(value.split(LIST_SEPARATOR)) if value else ()

    return {
        "recommended_by": items("recommended_by"),
        "position": str(metadata.get("position") or "") or None,
        "speakers": items("speakers"),
    }


def row_nodes(doc: Document, row: PlanRow) -> Iterator[TextNode]:
    """Nodes of one plan row."""
    meta = _base_metadata(doc, row.number, "plan_row", row.tags)
    meta["section"] = ""
    yield from _unit_nodes(doc, row.number, row.text, meta, context_header(doc))


def document_nodes(doc: Document) -> list[TextNode]:
    """Every node of a document, in document order."""
    nodes: list[TextNode] = []
    for para in doc.paragraphs:
        nodes.extend(paragraph_nodes(doc, para))
    for row in doc.rows:
        nodes.extend(row_nodes(doc, row))
    return nodes


def embed_text(node: TextNode) -> str:
    """The exact text the embedding model sees for a node."""
    return node.get_content(metadata_mode=MetadataMode.EMBED)
