"""Shared fixtures: offline settings in tmp folders, one ingested bundled corpus per session.

No test needs the network or a key: OPENAI_* are unset and the data folder is a tmp path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from rightsdesk.settings import BUNDLED_CORPUS, Settings, configure_offline

configure_offline()

_KEYS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "CHROMA_HOST",
    "CHROMA_PORT",
    "RIGHTSDESK_AUTH",
    "RIGHTSDESK_EMBED_MODEL",
)


@pytest.fixture(autouse=True)
def _offline_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test: no key, no server, data in its own tmp folder, no .env from the checkout."""
    for key in _KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RIGHTSDESK_DATA_DIR", str(tmp_path / "index"))
    monkeypatch.chdir(tmp_path)


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test, ignoring any `.env` file."""
    return Settings(_env_file=None, RIGHTSDESK_DATA_DIR=data_dir, **overrides)  # type: ignore[call-arg]


@contextmanager
def llm_assistant(data_dir: Path, **overrides: object) -> Iterator[tuple[Any, Any]]:
    """An assistant in LLM mode over `data_dir`, talking to a scripted OpenAI-compatible server
    started on 127.0.0.1 for the duration: `(assistant, fake)`; `overrides` are settings."""
    from rightsdesk.app import build_assistant
    from tests.fake_openai import FakeOpenAI

    with FakeOpenAI() as fake:
        settings = make_settings(
            data_dir,
            **{
                "OPENAI_BASE_URL": fake.url,
                "OPENAI_API_KEY": "test",
                "RIGHTSDESK_LLM_MODEL": "fake-model",
                "RIGHTSDESK_LLM_TIMEOUT": 1,
                **overrides,
            },
        )
        yield build_assistant(settings), fake


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings with an empty index folder."""
    return make_settings(tmp_path / "index")


@pytest.fixture(scope="session")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the bundled corpus (tests may not touch the project's own)."""
    dest = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(BUNDLED_CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def indexed_dir(tmp_path_factory: pytest.TempPathFactory, corpus_copy: Path) -> Path:
    """An index of the bundled corpus, built once per test session (read-only for tests)."""
    from rightsdesk.app import build_ingestor

    data_dir = tmp_path_factory.mktemp("indexed") / "index"
    report = build_ingestor(make_settings(data_dir)).ingest([corpus_copy])
    assert not report.errors, report.errors
    return data_dir


@pytest.fixture
def indexed_settings(indexed_dir: Path, tmp_path: Path) -> Settings:
    """Settings pointing at a private copy of the session's index (safe to modify)."""
    copy = tmp_path / "indexed"
    shutil.copytree(indexed_dir, copy)
    return make_settings(copy)


@pytest.fixture(scope="session")
def assistant_session(indexed_dir: Path) -> Iterator[object]:
    """One extractive assistant over the session index (do not modify its index)."""
    from rightsdesk.app import build_assistant

    yield build_assistant(make_settings(indexed_dir))


def env_without_keys() -> dict[str, str]:
    """The environment for subprocesses started by tests."""
    env = {k: v for k, v in os.environ.items() if k not in _KEYS}
    env["HF_HUB_OFFLINE"] = "1"
    return env


def rd(
    data_dir: Path,
    *args: str,
    timeout: float = 600,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI against an index folder, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "rightsdesk", *args],
        capture_output=True,
        text=True,
        env=env_without_keys() | {"RIGHTSDESK_DATA_DIR": str(data_dir)},
        timeout=timeout,
        preexec_fn=preexec_fn,
    )
