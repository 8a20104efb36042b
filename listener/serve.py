"""`listener serve`: the practice app in browsers, one app process per tab, with no asset from the internet.

textual-serve runs a small aiohttp server; every browser tab that connects gets its own process running
`python -m listener ...`, so learners never share a session. Its page template links a web font from
Google's servers; here the page is served from a patched copy of that template that loads the font
textual-serve ships in its own static folder, so a room with no internet works.
"""

from __future__ import annotations

import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import web
from textual_serve.server import Server

TEMPLATE = Path(textual_serve.__file__).resolve().parent / "templates" / "app_index.html"
"""textual-serve's page template, patched by `offline_template`."""

_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"'](?:https?:)?//[^>]*>", re.IGNORECASE | re.DOTALL)
_REMOTE_ATTR = re.compile(r"\b(?:src|href)\s*=\s*[\"'](?:https?:)?//", re.IGNORECASE)
_FONT_FACE = """
    <style>
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf") format("truetype");
        font-weight: 100 700;
        font-style: normal;
      }
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf") format("truetype");
        font-weight: 100 700;
        font-style: italic;
      }
    </style>
"""


def offline_template(source: str | None = None) -> str:
    """textual-serve's page template with every remote stylesheet link replaced by the local font.

    Raises:
        RuntimeError: the template still names a remote asset after patching (a new textual-serve
            release changed it); better to refuse to start than to leak requests to a CDN.
    """
    text = TEMPLATE.read_text(encoding="utf-8") if source is None else source
    text = _REMOTE_LINK.sub("", text)
    text = text.replace("</head>", _FONT_FACE + "  </head>", 1)
    if _REMOTE_ATTR.search(text):
        raise RuntimeError(f"{TEMPLATE} names an asset on the internet that listener cannot replace")
    return text


def app_command(arguments: Sequence[str]) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, `-m listener`, arguments."""
    return shlex.join([sys.executable, "-m", "listener", *arguments])


class ListenerServer(Server):
    """textual-serve's server with an offline page whose URLs follow the address the browser used.

    textual-serve writes absolute URLs from its `--host`, which breaks when a facilitator binds
    0.0.0.0 and learners type the machine's LAN address; here URLs are built from the request.
    """

    def __init__(
        self, command: str, host: str = "127.0.0.1", port: int = 8000, title: str = "listener"
    ) -> None:
        # The static files stay textual-serve's own: xterm.css, textual.js and the Roboto Mono font.
        super().__init__(command, host=host, port=port, title=title)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        aiohttp_jinja2.setup(app, loader=jinja2.DictLoader({"app_index.html": offline_template()}))
        return app

    async def on_startup(self, app: web.Application) -> None:
        self.console.print(f"listener: serving practice sessions on {self.public_url}", highlight=False)
        self.console.print("Each browser tab gets its own session. Press Ctrl+C to stop.", highlight=False)

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page for one browser tab."""
        base = f"{request.scheme}://{request.host}"
        ws_scheme = "wss" if request.scheme == "https" else "ws"
        try:
            font_size = max(8, min(40, int(request.query.get("fontsize", "16"))))
        except ValueError:
            font_size = 16
        return {
            "font_size": font_size,
            "app_websocket_url": f"{ws_scheme}://{request.host}{request.app.router['websocket'].url_for()}",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
        }
