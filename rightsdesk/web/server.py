"""Start the web app: build the assistant once, then serve the Blocks with a queue.

Binds to 127.0.0.1 unless told otherwise; asks for a login when RIGHTSDESK_AUTH is set.
Does not define any page (see `ui`).
"""

from __future__ import annotations

import os

from rightsdesk.errors import ConfigError
from rightsdesk.settings import Settings


def auth_pair(settings: Settings) -> tuple[str, str] | None:
    """(user, password) from RIGHTSDESK_AUTH, or None when unset."""
    if not settings.auth:
        return None
    user, sep, password = settings.auth.partition(":")
    if not sep or not user or not password:
        raise ConfigError("RIGHTSDESK_AUTH must be user:password (both non-empty).")
    return user, password


def launch(settings: Settings, host: str, port: int, block: bool = True):  # type: ignore[no-untyped-def]
    """Build and launch the app; returns the running Blocks when `block` is False."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from rightsdesk.app import build_assistant
    from rightsdesk.web.ui import CSS, THEME, build_app

    assistant = build_assistant(settings)
    demo = build_app(assistant, settings.llm_model, settings.max_question_chars)
    demo.queue(default_concurrency_limit=4, max_size=256)
    auth = auth_pair(settings)
    demo.launch(
        server_name=host,
        server_port=port,
        auth=[auth] if auth else None,
        prevent_thread_lock=not block,
        share=False,
        show_error=False,
        theme=THEME,
        css=CSS,
        ssr_mode=False,
        quiet=not block,
    )
    return demo


def run(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """`rightsdesk serve`: serve until interrupted."""
    launch(settings, host, port, block=True)
