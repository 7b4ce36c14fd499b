"""The benchmark's scale steps and report: the previous path skipped above 100x with its reason
shown, and 1000x in the table and the plot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

RESULTS = Path(__file__).parent.parent / "bench" / "results" / "bench.json"


def _scale_row(factor: int, mode: str, old: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "factor": factor,
        "mode": mode,
        "units": 265 * factor,
        "write_s": 1.0,
        "load_s": 0.5,
        "cold_start_s": 4.0,
        "cold_start_parts_s": {"import_s": 2.0, "index_load_s": 0.8},
        "peak_rss_mib": 450.0,
        "query_ms": {"p50": 30.0, "p95": 120.0},
    }
    if old:
        row |= {
            "old_cold_start_s": 20.0,
            "old_cold_start_parts_s": {"index_load_s": 15.0},
            "old_peak_rss_mib": 1500.0,
        }
    else:
        from evals.bench_scale import OLD_PATH_SKIPPED

        row["old_cold_start_skipped"] = OLD_PATH_SKIPPED
    return row


def test_scale_skips_the_previous_path_above_100x(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import evals.bench as bench
    import evals.bench_scale as scale
    import rightsdesk.app as app

    rebuilt: list[Path] = []

    def rebuild(data_dir: Path, scratch: Path, **env: str) -> tuple[float, dict[str, float]]:
        rebuilt.append(data_dir)
        return 20.0, {"index_load_s": 15.0, "peak_rss_mib": 1500.0}

    monkeypatch.setattr(scale, "_build", lambda settings, source, factor: (265 * factor, 1.0))
    monkeypatch.setattr(bench, "cold_start", lambda d, **e: (4.0, {"peak_rss_mib": 400.0}))
    monkeypatch.setattr(bench, "cold_start_rebuild", rebuild)
    monkeypatch.setattr(bench, "_query_stats", lambda a, q: {"p50": 1.0, "p95": 2.0})
    monkeypatch.setattr(app, "build_assistant", lambda settings: object())
    rows = scale.measure_scale(tmp_path, None, [], lambda m: None, [100, 1000], ["embedded"])
    assert [r["factor"] for r in rows] == [100, 1000]
    assert "old_cold_start_s" in rows[0] and "old_cold_start_skipped" not in rows[0]
    assert "old_cold_start_s" not in rows[1] and "100x" in rows[1]["old_cold_start_skipped"]
    assert len(rebuilt) == 1


def test_table_and_plot_show_1000x(tmp_path: Path) -> None:
    from evals.bench import _plot, table

    result = json.loads(RESULTS.read_text())
    result["scale"] = [
        _scale_row(10, "server", True),
        _scale_row(100, "server", True),
        _scale_row(1000, "server", False),
    ]
    shown = table(result)
    assert "query p50 / p95 at 1000x (265000 units, server)" in shown
    assert "p95 < 300 ms at 1000x" in shown and "< 15 s, < 4 GiB at 1000x" in shown
    assert "not run above 100x" in shown
    _plot(result, tmp_path / "latency.png")
    assert (tmp_path / "latency.png").stat().st_size > 10_000


def test_previous_code_is_the_code_before_the_speed_work(tmp_path: Path) -> None:
    """The ingest ratio is to the code before issue 15, run from this clone's history: the
    extracted copy has that code's ingest and lacks the ONNX backend that came after it."""
    from evals.bench import previous_code

    old = previous_code(tmp_path)
    if old is None:  # a clone without history: the bench says so instead of a ratio
        pytest.skip("this clone has no git history")
    assert (old / "ingest" / "pipeline.py").is_file()
    assert (old / "data" / "corpus").is_dir()
    assert not (old / "vectorstore" / "onnx_embedding.py").exists()
    here = Path(__file__).parent.parent / "vectorstore" / "onnx_embedding.py"
    assert here.is_file()
