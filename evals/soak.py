"""Load soak: concurrent conversations through gradio_client against the running app on 127.0.0.1.

`python -m evals.soak [--users 20] [--turns 15] [--server]` starts the app on a free port over
the configured index (with `--server`, over a copy served by a real `chroma run`), runs every
user's conversation in its own thread, checks that every answer belongs to its own question
and that follow-ups stay in their own conversation's country, and prints the figures.
Bounded: a fixed number of questions and a deadline. Does not tune anything.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from typing import Any

from evals.metrics import percentile

CONVERSATIONS = [
    (
        "Tajikistan",
        "crc-opsc-tjk-co-1",
        "What did the committee say about Roma children in Tajikistan?",
    ),
    (
        "Turkmenistan",
        "crc-opsc-tkm-co-1",
        "What did the committee say about the helpline in Turkmenistan?",
    ),
    (
        "Kazakhstan",
        "crc-opsc-kaz-co-1",
        "What did the committee say about street children in Kazakhstan?",
    ),
]
FOLLOW_UPS = [
    "And what does it recommend?",
    "What about data collection?",
    "And about training?",
    "What about the budget?",
]


def run(url: str, users: int, turns: int, deadline_s: float) -> dict[str, Any]:
    """Every user's conversation in its own thread; returns the figures."""
    from gradio_client import Client

    latencies: list[float] = []
    problems: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline_s

    def user(n: int) -> None:
        country, doc_id, first = CONVERSATIONS[n % len(CONVERSATIONS)]
        client = Client(url, verbose=False)
        history: list[dict[str, str]] = []
        for t in range(turns):
            if time.monotonic() > stop_at:
                with lock:
                    problems.append(f"user {n}: deadline reached at turn {t}")
                return
            question = (
                first if t == 0 else FOLLOW_UPS[t % len(FOLLOW_UPS)] + f" (user {n}, turn {t})"
            )
            t0 = time.perf_counter()
            try:
                result = client.predict(question, history, api_name="/ask")
            except Exception as exc:  # a lost or timed-out request is a finding, not a crash
                with lock:
                    problems.append(f"user {n}, turn {t}: no answer ({exc.__class__.__name__})")
                continue
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                latencies.append(elapsed)
                if result.get("question") != question:
                    problems.append(f"user {n}: got the answer to another question")
                foreign = {c["doc_id"] for c in result.get("citations", [])} - {
                    doc_id,
                    "tjk-npa-2018-crc",
                    "tjk-npa-2018-opsc",
                    "tjk-npa-2018-opac",
                    "a-hrc-50-33-add-1",
                }
                if foreign:
                    problems.append(f"user {n} ({country}): cited {sorted(foreign)}")
            history += [
                {"role": "user", "content": question},
                {"role": "assistant", "content": result.get("answer", "")},
            ]

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=deadline_s + 30)
    return {
        "users": users,
        "questions": len(latencies),
        "expected": users * turns,
        "seconds": round(time.perf_counter() - t0, 1),
        "p50_ms": round(percentile(latencies, 50)),
        "p95_ms": round(percentile(latencies, 95)),
        "problems": problems,
    }


def main() -> None:
    import shutil
    import tempfile
    from pathlib import Path

    from rightsdesk.settings import Settings, configure_offline
    from rightsdesk.web.server import launch
    from vectorstore.server import ChromaServer, free_port

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=15)
    parser.add_argument("--deadline", type=float, default=600)
    parser.add_argument(
        "--server", action="store_true", help="serve the index from a real chroma run"
    )
    args = parser.parse_args()
    configure_offline()
    settings = Settings()
    server = None
    if args.server:
        from rightsdesk.app import build_ingestor
        from rightsdesk.settings import BUNDLED_CORPUS

        tmp = Path(tempfile.mkdtemp(prefix="rightsdesk-soak-"))
        server = ChromaServer(tmp / "chroma").start()
        settings = Settings(_env_file=None, CHROMA_HOST="127.0.0.1", CHROMA_PORT=server.port)  # type: ignore[call-arg]
        build_ingestor(settings).ingest([BUNDLED_CORPUS])
    port = free_port()
    demo = launch(settings, "127.0.0.1", port, block=False)
    try:
        figures = run(f"http://127.0.0.1:{port}/", args.users, args.turns, args.deadline)
        figures["store"] = "chroma server" if server else "embedded"
        print(json.dumps(figures, indent=2))
    finally:
        demo.close()
        if server:
            server.stop()
            shutil.rmtree(server.path.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
