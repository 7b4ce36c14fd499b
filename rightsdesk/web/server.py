"""Start the web app: serve the Blocks with a queue while the assistant loads in the
background (a question asked meanwhile is told the index is still loading).

Binds to 127.0.0.1 unless told otherwise; asks for a login when RIGHTSDESK_AUTH is set
(users and roles: see `access`).
Does not define any page (see `ui`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.middleware import Middleware
from starlette.requests import HTTPConnection

from rightsdesk.errors import RightsDeskError
from rightsdesk.settings import Settings
from rightsdesk.web.access import Access

if TYPE_CHECKING:
    from assistant.service import Assistant

MAX_UPLOAD = "50mb"  # an uploaded document; UN reports are a few megabytes


def launch(  # type: ignore[no-untyped-def]
    settings: Settings,
    host: str,
    port: int,
    block: bool = True,
    wait: bool = True,
    build: Callable[[Settings], Assistant] | None = None,
):
    """Launch the app, the assistant loading meanwhile; returns the running Blocks when
    `block` is False, once the assistant has loaded unless `wait` is False (then it may still
    be loading). `build` stands in for `build_assistant` (see `start_assistant`)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from rightsdesk.app import start_assistant
    from rightsdesk.web.ui import THEME, assets, build_app

    access = Access.parse(settings.auth)  # a malformed setting fails before the model loads
    assistant = start_assistant(settings, build)
    demo = build_app(assistant, settings)
    css, head = assets()
    demo.queue(default_concurrency_limit=4, max_size=256)
    demo.launch(
        app_kwargs={"openapi_url": None, "middleware": [Middleware(LoginRequired)]},
        server_name=host,
        server_port=port,
        auth=access.logins() or None,
        max_file_size=MAX_UPLOAD,
        prevent_thread_lock=not block,
        share=False,
        show_error=False,
        theme=THEME,
        css=css,
        head=head,
        ssr_mode=False,
        quiet=not block,
    )
    if wait:
        try:
            assistant.wait()
        except RightsDeskError:
            demo.close()
            raise
    return demo


# What a browser needs to show the login page; everything else needs the login cookie.
# Gradio protects its own data routes, but a few (FastAPI's schema, queue reset and
# cancel, run pages) answer without a login; this closes them all by default.
PUBLIC_PATHS = {
    "/",
    "/login",
    "/login/",
    "/logout",
    "/config",
    "/config/",
    "/favicon.ico",
    "/theme.css",
    "/robots.txt",
    "/manifest.json",
    "/gradio_api/theme.css",
    "/gradio_api/login_check",
    "/gradio_api/login_check/",
    "/gradio_api/startup-events",  # gradio checks it is up before serving
}
PUBLIC_PREFIXES = ("/assets/", "/static/", "/svelte/")


class LoginRequired:
    """ASGI middleware refusing every non-public route to a client without a login cookie."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or self._allowed(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        body = json.dumps({"detail": "Not authenticated: log in first."}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _allowed(scope: dict[str, Any]) -> bool:
        app = scope.get("app")
        if not getattr(app, "auth", None):
            return True
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            return True
        cookies = HTTPConnection(scope).cookies
        cid = getattr(app, "cookie_id", "")
        tokens = getattr(app, "tokens", {})
        return any(
            cookies.get(name) in tokens
            for name in (f"access-token-{cid}", f"access-token-unsecure-{cid}")
        )


def run(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """`rightsdesk serve`: serve until interrupted."""
    launch(settings, host, port, block=True)
