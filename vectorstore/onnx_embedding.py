"""The local sentence-transformers model run by onnxruntime, exported here from its weights.

The export runs once per model folder (torch is imported then, and only then), is checked
against the torch model on probe texts and kept in the model cache; later processes load
onnxruntime and the fast tokenizer alone, so a start-up does not import torch. Vectors agree
with the torch model's within `TOLERANCE`, so an index built with one backend is queried
with the other. Does not download anything, quantise, or handle non-BERT pooling.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)
TOLERANCE = 1e-4  # largest coordinate difference accepted between the two backends
PROBES = [
    "What did the committee say about Roma children in Tajikistan?",
    "CRC/C/OPSC/TJK/CO/1 | Tajikistan | 2010 | CRC\nThe Committee recommends that the State "
    "party strengthen its efforts to prevent the sale of children, child prostitution and "
    "child pornography, in particular among Roma children. " * 6,
    "x",
]


class ExportFailed(RuntimeError):
    """The ONNX export could not be made or does not match the torch model."""


def onnx_path(model_dir: Path, cache_dir: Path) -> Path:
    """Where the export of `model_dir` lives (named by the weights' path, size and time)."""
    weights = model_dir / "model.safetensors"
    st = weights.stat()
    key = f"{weights.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir / "onnx" / f"{model_dir.name}-{digest}.onnx"


def _max_seq_length(model_dir: Path) -> int:
    cfg = model_dir / "sentence_bert_config.json"
    return int(json.loads(cfg.read_text()).get("max_seq_length", 256)) if cfg.is_file() else 256


def export(model_dir: Path, dest: Path) -> Path:
    """Export the transformer of `model_dir` to ONNX at `dest` and check it against torch."""
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModel, AutoTokenizer

    class _Hidden(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    model = AutoModel.from_pretrained(str(model_dir)).eval()
    enc = AutoTokenizer.from_pretrained(str(model_dir))(
        ["a short text", "a somewhat longer text"], padding=True, return_tensors="pt"
    )
    names = ["input_ids", "attention_mask", "token_type_ids"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".onnx", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with torch.no_grad():
            torch.onnx.export(
                _Hidden(model),
                tuple(enc[n] for n in names),
                str(tmp),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        reference = SentenceTransformer(str(model_dir), device="cpu").encode(
            PROBES, normalize_embeddings=True
        )
        got = OnnxEmbedding(model_dir, tmp).embed(PROBES)
        diff = float(abs(got - reference).max())
        if diff > TOLERANCE:
            raise ExportFailed(f"the ONNX export differs from the torch model by {diff:.1e}")
        tmp.chmod(0o644)
        os.replace(tmp, dest)
        log.info("Exported %s to %s (max difference %.1e)", model_dir, dest, diff)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


class OnnxEmbedding(BaseEmbedding):
    """Mean-pooled, normalised sentence embeddings from an exported BERT-like model:
    `OnnxEmbedding(model_dir, onnx_file).embed(["text"])`."""

    _session: Any = PrivateAttr()
    _tokenizer: Any = PrivateAttr()

    def __init__(self, model_dir: Path, onnx_file: Path, embed_batch_size: int = 32) -> None:
        super().__init__(model_name=str(model_dir), embed_batch_size=embed_batch_size)
        import onnxruntime
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(_max_seq_length(model_dir))
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer

    @classmethod
    def class_name(cls) -> str:
        return "OnnxEmbedding"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of `texts` in their order, batched by length (less padding)."""
        import numpy as np

        out = np.zeros((len(texts), 0), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        parts: dict[int, np.ndarray] = {}
        for start in range(0, len(order), self.embed_batch_size):
            idx = order[start : start + self.embed_batch_size]
            encs = self._tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            types = np.array([e.type_ids for e in encs], dtype=np.int64)
            (hidden,) = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            for i, vec in zip(idx, pooled, strict=True):
                parts[i] = vec
        if parts:
            out = np.stack([parts[i] for i in range(len(texts))])
        return out

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in self.embed([query])[0]]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return [float(x) for x in self.embed([text])[0]]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in v] for v in self.embed(texts)]


def load_onnx(model_dir: Path, cache_dir: Path) -> OnnxEmbedding | None:
    """The ONNX model for `model_dir`, exported first when needed; None when it cannot be
    (the caller keeps the torch model)."""
    path = onnx_path(model_dir, cache_dir)
    try:
        if not path.is_file():
            export(model_dir, path)
        return OnnxEmbedding(model_dir, path)
    except Exception:  # export or runtime failure: the torch backend still works
        log.warning("ONNX backend unavailable for %s; using torch", model_dir, exc_info=True)
        return None
