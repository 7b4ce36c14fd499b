"""Load soak: concurrent conversations through gradio_client against the running app on 127.0.0.1.

`python -m evals.soak [--users 20] [--turns 15] [--server [--apps N]]` starts the app on a free
port over the configured index (with `--server`, over a copy served by a real `chroma run`;
with `--apps N`, N separate app processes against that one server, users spread over them),
runs every
user's conversation in its own thread, checks that every answer belongs to its own question
and that follow-ups stay in their own conversation's country, and prints the figures.
`--chroma-path DIR --data-dir DIR` serves an existing index instead, e.g. the 1000x one that
`rightsdesk bench --sizes 1000 --modes server --keep W` leaves (`W/server-1000` and the apps'
local files `W/index-1000-server`). Bounded: a fixed number of questions and a deadline.
Does not tune anything.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path
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


def run(urls: list[str], users: int, turns: int, deadline_s: float) -> dict[str, Any]:
    """Every user's conversation in its own thread (user n on app n mod len(urls))."""
    from gradio_client import Client

    latencies: list[float] = []
    problems: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline_s

    def user(n: int) -> None:
        country, doc_id, first = CONVERSATIONS[n % len(CONVERSATIONS)]
        client = Client(urls[n % len(urls)], verbose=False)
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
    parser.add_argument(
        "--apps", type=int, default=1, help="app processes against the server (with --server)"
    )
    parser.add_argument(
        "--chroma-path",
        type=Path,
        help="serve this existing Chroma folder (implies --server; nothing is ingested)",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="the apps' data folder (their local keyword files)"
    )
    args = parser.parse_args()
    args.server = args.server or args.chroma_path is not None
    if args.apps > 1 and not args.server:
        parser.error("--apps needs --server: app processes share one Chroma server")
    configure_offline()
    settings = Settings()
    server = None
    tmp = Path(tempfile.mkdtemp(prefix="rightsdesk-soak-"))
    data_dir = args.data_dir or tmp / "app-cache"
    if args.server:
        server = ChromaServer(args.chroma_path or tmp / "chroma").start()
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            CHROMA_HOST="127.0.0.1",
            CHROMA_PORT=server.port,
            RIGHTSDESK_DATA_DIR=data_dir,
        )
        if args.chroma_path is None:
            from rightsdesk.app import build_ingestor
            from rightsdesk.settings import BUNDLED_CORPUS

            build_ingestor(settings).ingest([BUNDLED_CORPUS])
    if args.apps > 1:
        assert server is not None
        procs, urls, started = _start_apps(args.apps, server.port, data_dir)
        demo = None
    else:
        port = free_port()
        t = time.perf_counter()
        demo = launch(settings, "127.0.0.1", port, block=False)
        procs, urls, started = [], [f"http://127.0.0.1:{port}/"], time.perf_counter() - t
    try:
        figures = run(urls, args.users, args.turns, args.deadline)
        figures["store"] = "chroma server" if server else "embedded"
        figures["apps"] = len(urls)
        figures["apps_ready_s"] = round(started, 1)
        figures["apps_peak_rss_mib"] = [_peak_rss_mib(p.pid) for p in procs] or [_peak_rss_mib()]
        if args.chroma_path:
            figures["chroma_path"] = str(args.chroma_path)
        print(json.dumps(figures, indent=2))
    finally:
        if demo is not None:
            demo.close()
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)
        if server:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)  # never a --chroma-path or --data-dir given


def _peak_rss_mib(pid: int | str = "self") -> int:
    """A process's peak resident memory (VmHWM), in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(ln for ln in status.splitlines() if ln.startswith("VmHWM"))
    return round(int(line.split()[1]) / 1024)


def _start_apps(n: int, chroma_port: int, data_dir: Any) -> tuple[list[Any], list[str], float]:
    """`rightsdesk serve` n times against one Chroma server (sharing one local keyword cache);
    returns the processes, their URLs and the seconds until all answered a question (the page
    answers HTTP before the index has loaded)."""
    import os
    import subprocess
    import sys
    import urllib.request

    from vectorstore.server import free_port

    env = os.environ | {
        "CHROMA_HOST": "127.0.0.1",
        "CHROMA_PORT": str(chroma_port),
        "RIGHTSDESK_DATA_DIR": str(data_dir),
        "HF_HUB_OFFLINE": "1",
    }
    env.pop("RIGHTSDESK_AUTH", None)
    t0 = time.perf_counter()
    procs, urls = [], []
    for _ in range(n):
        port = free_port()
        cmd = [sys.executable, "-m", "rightsdesk", "serve", "--port", str(port)]
        procs.append(subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL))
        urls.append(f"http://127.0.0.1:{port}/")
    give_up = time.monotonic() + 300
    for url, proc in zip(urls, procs, strict=True):
        while True:
            if proc.poll() is not None or time.monotonic() > give_up:
                for p in procs:
                    p.terminate()
                raise RuntimeError(f"app at {url} did not start (exit code {proc.returncode})")
            try:
                urllib.request.urlopen(url, timeout=2).close()
                if _answering(url):
                    break
            except OSError:
                pass
            time.sleep(0.5)
    return procs, urls, time.perf_counter() - t0


def _answering(url: str) -> bool:
    """The app at `url` has loaded its index (a question is not told it is still loading)."""
    from gradio_client import Client

    from rightsdesk.errors import IndexLoading

    result = Client(url, verbose=False).predict("Roma children", [], api_name="/ask")
    return bool(result.get("error") != str(IndexLoading()))


if __name__ == "__main__":
    main()
