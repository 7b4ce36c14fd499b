"""A real OpenAI-compatible HTTP server on 127.0.0.1 with scripted replies, for the LLM tests.

Each request to /v1/chat/completions takes the next scripted behaviour: a good (streamed)
answer, a timeout, an HTTP error (optionally with Retry-After), a malformed or truncated
stream. Every request body is recorded. Sleeps are capped; the server stops at teardown.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted behaviour."""

    kind: str  # "text" | "sleep" | "status" | "malformed" | "truncated"
    text: str = ""
    seconds: float = 0.0
    status: int = 200
    retry_after: str | None = None


@dataclass
class Script:
    """The queue of replies and the log of requests."""

    replies: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    # requests for a hypothetical passage to search with (prompts/hyde.txt) have their own
    # queue and log, so the scripts of the answer and follow-up calls are not shifted
    passages: deque[Reply] = field(default_factory=deque)
    passage_requests: list[dict[str, Any]] = field(default_factory=list)

    def push(self, *replies: Reply) -> None:
        self.replies.extend(replies)


HYDE_MARK = "only used to search the real documents"  # a phrase of prompts/hyde.txt


def _chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


def make_handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            last = str((body.get("messages") or [{}])[-1].get("content", ""))
            if HYDE_MARK in last:
                script.passage_requests.append(body)
                reply = (
                    script.passages.popleft()
                    if script.passages
                    else Reply("text", "NOT_IN_DOCUMENTS")
                )
            else:
                script.requests.append(body)
                reply = (
                    script.replies.popleft()
                    if script.replies
                    else Reply("text", "NOT_IN_DOCUMENTS")
                )
            if reply.kind == "sleep":
                time.sleep(min(reply.seconds, 10.0))
                reply = Reply("text", "Too late [1].")
            if reply.kind == "status":
                headers = {"Retry-After": reply.retry_after} if reply.retry_after else {}
                self._json(
                    reply.status,
                    {"error": {"message": "scripted failure", "type": "server_error"}},
                    headers,
                )
                return
            if not body.get("stream"):
                self._json(
                    200,
                    {
                        "id": "c1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": "fake",
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": reply.text},
                                "finish_reason": "stop",
                            }
                        ],
                    },
                )
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            if reply.kind == "malformed":
                self.wfile.write(_chunk({"role": "assistant", "content": "The Committee "}))
                self.wfile.write(b"data: {this is not json\n\n")
                self.wfile.flush()
                return
            words = reply.text.split(" ")
            self.wfile.write(_chunk({"role": "assistant", "content": ""}))
            for i, word in enumerate(words):
                if reply.kind == "truncated" and i == len(words) // 2:
                    self.wfile.flush()
                    self.connection.close()  # cut mid-stream, no [DONE]
                    return
                self.wfile.write(_chunk({"content": word + (" " if i < len(words) - 1 else "")}))
                self.wfile.flush()
            self.wfile.write(_chunk({}, "stop"))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

        def _json(
            self, status: int, obj: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class FakeOpenAI:
    """`with FakeOpenAI() as fake: fake.url; fake.script.push(Reply("text", "..."))`."""

    def __init__(self) -> None:
        self.script = Script()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self.script))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
