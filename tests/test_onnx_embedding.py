"""The ONNX backend: exported locally from the packaged weights, same vectors as torch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rightsdesk.errors import ConfigError
from tests.conftest import make_settings


def test_export_matches_torch_on_gold_questions(tmp_path: Path) -> None:
    from evals.gold import load_gold
    from vectorstore.embeddings import load_embed_model
    from vectorstore.onnx_embedding import TOLERANCE, OnnxEmbedding, onnx_path

    onnx = load_embed_model(make_settings(tmp_path / "i", RIGHTSDESK_MODEL_CACHE=tmp_path / "c"))
    assert isinstance(onnx, OnnxEmbedding)  # exported here, offline, from the package
    assert onnx_path(Path(onnx.model_name), tmp_path / "c").is_file()
    torch = load_embed_model(make_settings(tmp_path / "i", RIGHTSDESK_EMBED_BACKEND="torch"))
    texts = [g.question for g in load_gold()][:40]
    a = np.array(onnx.get_text_embedding_batch(texts))
    b = np.array(torch.get_text_embedding_batch(texts))
    assert np.abs(a - b).max() < TOLERANCE
    q = np.array(onnx.get_query_embedding(texts[0]))
    assert np.abs(q - np.array(torch.get_query_embedding(texts[0]))).max() < TOLERANCE


def test_unknown_backend_is_a_config_error(tmp_path: Path) -> None:
    from vectorstore.embeddings import load_embed_model

    with pytest.raises(ConfigError, match="RIGHTSDESK_EMBED_BACKEND"):
        load_embed_model(make_settings(tmp_path, RIGHTSDESK_EMBED_BACKEND="tensorrt"))
