"""The corpus manifest and per-file sidecars: metadata a person wrote, which beats inference.

Does not read documents; `ingest.metadata` infers what no manifest says.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from rightsdesk.domain import DocKind
from rightsdesk.errors import IngestError

MANIFEST_NAME = "manifest.json"
SIDECAR_SUFFIX = ".meta.json"


class MetaOverride(BaseModel):
    """Document metadata given by hand; every field optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str | None = None
    symbol: str | None = None
    title: str | None = None
    body: str | None = None
    country: str | None = None
    year: int | None = None
    kind: DocKind | None = None
    short_name: str | None = None


class ManifestEntry(MetaOverride):
    """One file of a corpus folder's manifest."""

    file: str


class Manifest(BaseModel):
    """`manifest.json` of a corpus folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: list[ManifestEntry] = []

    def entry(self, file_name: str) -> MetaOverride | None:
        """The entry for a file name, without its `file` key."""
        for e in self.documents:
            if e.file == file_name:
                return MetaOverride(**e.model_dump(exclude={"file"}))
        return None


def load_manifest(folder: Path) -> Manifest:
    """The folder's manifest, or an empty one."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return Manifest()
    try:
        return Manifest.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValidationError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(path, f"invalid manifest: {exc.__class__.__name__}") from exc


def load_sidecar(path: Path) -> MetaOverride | None:
    """`<file>.meta.json` beside a document, if present."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return None
    try:
        return MetaOverride.model_validate_json(side.read_text(encoding="utf-8"))
    except (ValidationError, UnicodeDecodeError) as exc:
        raise IngestError(
            side,
            f"invalid sidecar metadata: {exc.errors()[0]['msg'] if isinstance(exc, ValidationError) else 'not UTF-8'}",
        ) from exc


def merge(*layers: MetaOverride | None) -> dict[str, object]:
    """Later layers override earlier ones, field by field (None means 'not given')."""
    out: dict[str, object] = {}
    for layer in layers:
        if layer is None:
            continue
        out.update({k: v for k, v in layer.model_dump().items() if v is not None})
    return out
