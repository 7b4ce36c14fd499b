"""The ONNX backend: exported locally from the packaged weights, same vectors as torch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rightsdesk.errors import ConfigError
from rightsdesk.settings import BUNDLED_CORPUS
from tests.conftest import make_settings


def corpus_passages(n: int = 40) -> list[str]:
    """Passages of the bundled corpus, short to over the model's 256 tokens (so some are cut)."""
    blocks = [
        b.strip()
        for path in sorted(BUNDLED_CORPUS.glob("*.txt"))
        for b in path.read_text(encoding="utf-8").split("\n\n")
        if b.strip()
    ]
    blocks.sort(key=len)
    step = max(1, len(blocks) // n)
    return [*blocks[::step][: n - 1], "\n".join(blocks[-3:])]


def test_export_matches_torch_on_gold_questions(tmp_path: Path) -> None:
    from evals.gold import load_gold
    from vectorstore.embeddings import load_embed_model
    from vectorstore.onnx_embedding import TOLERANCE, OnnxEmbedding, onnx_path

    onnx = load_embed_model(make_settings(tmp_path / "i", RIGHTSDESK_MODEL_CACHE=tmp_path / "c"))
    assert isinstance(onnx, OnnxEmbedding)  # exported here, offline, from the package
    assert onnx_path(Path(onnx.model_name), tmp_path / "c").is_file()
    torch = load_embed_model(make_settings(tmp_path / "i", RIGHTSDESK_EMBED_BACKEND="torch"))
    texts = [g.question for g in load_gold()][:40] + corpus_passages()
    a = np.array(onnx.get_text_embedding_batch(texts))
    b = np.array(torch.get_text_embedding_batch(texts))
    assert np.abs(a - b).max() < TOLERANCE
    q = np.array(onnx.get_query_embedding(texts[0]))
    assert np.abs(q - np.array(torch.get_query_embedding(texts[0]))).max() < TOLERANCE


def test_unknown_backend_is_a_config_error(tmp_path: Path) -> None:
    from vectorstore.embeddings import load_embed_model

    with pytest.raises(ConfigError, match="RIGHTSDESK_EMBED_BACKEND"):
        load_embed_model(make_settings(tmp_path, RIGHTSDESK_EMBED_BACKEND="tensorrt"))


@pytest.mark.parametrize(
    ("lengths", "budget", "expected"),
    [
        ([], 512, []),
        ([7], 512, [[0]]),
        ([128, 128, 128, 128, 128], 512, [[0, 1, 2, 3], [4]]),
        ([300, 20, 600, 20, 40], 100, [[1, 3], [4], [0], [2]]),  # too long: a batch alone
        ([5] * 10, 20, [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]),
    ],
)
def test_batches_group_like_lengths_within_the_budget(
    lengths: list[int], budget: int, expected: list[list[int]]
) -> None:
    from vectorstore.onnx_embedding import _batches

    assert _batches(lengths, budget) == expected


def test_batches_run_in_parallel_give_each_text_its_own_vector() -> None:
    """Sorted, cut into batches and run on several threads: the same vectors, in the
    texts' order, as each text embedded alone."""
    from rightsdesk.app import embed_model
    from vectorstore.onnx_embedding import OnnxEmbedding, onnx_path

    settings = make_settings(Path("unused"))
    onnx = embed_model(settings)
    assert isinstance(onnx, OnnxEmbedding)
    exported = onnx_path(Path(onnx.model_name), settings.model_cache_dir)
    texts = [*corpus_passages()[::-1], "Roma children", "x"]
    alone = np.stack([onnx.embed([t])[0] for t in texts])
    for workers in (1, 2, 3):
        model = OnnxEmbedding(Path(onnx.model_name), exported, workers=workers)
        assert np.abs(model.embed(texts) - alone).max() < 1e-5
    assert onnx.embed([]).shape[0] == 0
