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
BATCH_TOKENS = 512  # padded tokens per batch: 4 texts of 128 tokens, 16 of 32
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


def physical_cores() -> int:
    """Physical cores this process may run on (hyperthread siblings counted once)."""
    cpus = os.sched_getaffinity(0)
    cores = set()
    for cpu in cpus:
        topo = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
        try:
            cores.add(((topo / "physical_package_id").read_text(), (topo / "core_id").read_text()))
        except OSError:
            return max(1, len(cpus))
    return max(1, len(cores))


class OnnxEmbedding(BaseEmbedding):
    """Mean-pooled, normalised sentence embeddings from an exported BERT-like model:
    `OnnxEmbedding(model_dir, onnx_file).embed(["text"])`.

    Texts are sorted by token count and cut into batches of at most `BATCH_TOKENS` padded
    tokens (little padding), which run one per core on a single-threaded session: on 2 cores
    this is faster than one batch at a time on a session using both (measured in the bench)."""

    _session: Any = PrivateAttr()
    _tokenizer: Any = PrivateAttr()
    _workers: int = PrivateAttr()

    def __init__(
        self, model_dir: Path, onnx_file: Path, embed_batch_size: int = 64, workers: int = 0
    ) -> None:
        # embed_batch_size: texts per call from LlamaIndex, which `embed` cuts into batches
        super().__init__(model_name=str(model_dir), embed_batch_size=embed_batch_size)
        import onnxruntime
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(_max_seq_length(model_dir))
        tokenizer.no_padding()  # each batch is padded to its own longest text below
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = 1  # parallel across batches instead (see `embed`)
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer
        self._workers = workers or physical_cores()

    @classmethod
    def class_name(cls) -> str:
        return "OnnxEmbedding"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of `texts` in their order."""
        import numpy as np

        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        encs = self._tokenizer.encode_batch(list(texts))
        batches = _batches([len(e.ids) for e in encs], BATCH_TOKENS)
        out: list[np.ndarray | None] = [None] * len(texts)

        def run(idx: list[int]) -> None:
            for i, vec in zip(idx, self._run([encs[i] for i in idx]), strict=True):
                out[i] = vec

        if len(batches) == 1 or self._workers == 1:
            for idx in batches:
                run(idx)
        else:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self._workers, len(batches))) as pool:
                list(pool.map(run, batches))  # onnxruntime releases the GIL while it runs
        return np.stack(out)  # type: ignore[arg-type]

    def _run(self, encs: list[Any]) -> np.ndarray:
        """Pooled, normalised vectors of one batch of encodings (padded here)."""
        import numpy as np

        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encs):
            n = len(e.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = e.ids, e.attention_mask, e.type_ids
        (hidden,) = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )
        m = mask[:, :, None].astype(np.float32)
        pooled: np.ndarray = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return pooled

    def _get_query_embedding(self, query: str) -> list[float]:
        return [float(x) for x in self.embed([query])[0]]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return [float(x) for x in self.embed([text])[0]]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return [[float(x) for x in v] for v in self.embed(texts)]


def _batches(lengths: list[int], budget: int) -> list[list[int]]:
    """Indices grouped by like token counts, each group's padded size within `budget`."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    for i in order:  # ascending, so the text added is the group's longest
        if batches and (len(batches[-1]) + 1) * lengths[i] <= budget:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


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
