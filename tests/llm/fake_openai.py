"""A real HTTP server on 127.0.0.1 that speaks enough of the chat-completions API for the tests.

It runs aiohttp in its own thread and event loop, so synchronous code (the CLI, `asyncio.run`) and
async tests can both talk to it with the unmodified `openai` client. Each request to
/v1/chat/completions takes the next scripted `Reply`; every request is recorded.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Any = None
    """JSON body (a dict) or raw text (a str)."""
    headers: dict[str, str] = field(default_factory=dict)
    stream: list[str] | None = None
    """Content pieces to send as server-sent events, one chunk each."""
    drop_after: int | None = None
    """Cut the connection after this many stream chunks."""
    stall_after: int | None = None
    """Stop sending (but keep the connection) after this many stream chunks."""
    delay: float = 0.0
    """Seconds to wait before answering."""
    chunk_delay: float = 0.0
    """Seconds to wait before each stream chunk after the first (a model generating)."""


def completion(content: str, model: str = "test-model") -> Reply:
    """A plain chat completion whose message is `content`."""
    return Reply(
        body={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    )


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    """An API error in OpenAI's shape."""
    return Reply(status=status, body={"error": {"message": message, "type": "test"}}, headers=headers or {})


def streamed(*pieces: str, **options: Any) -> Reply:
    """A streamed completion made of `pieces`."""
    return Reply(stream=list(pieces), **options)


def _chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {"content": content} if content is not None else {}
    data = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "test-model",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(data)}\n\n".encode()


class FakeOpenAI:
    """The server: script replies with `push`, read `requests`, point a client at `base_url`."""

    def __init__(self, models: tuple[str, ...] = ("test-model", "other-model")) -> None:
        self.models = models
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        """Each chat request: {"path", "headers", "json"}."""
        self.models_status = 200
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def push(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def start(self) -> FakeOpenAI:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/models", self._list_models)
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _list_models(self, request: web.Request) -> web.Response:
        if self.models_status != 200:
            return web.json_response({"error": {"message": "no"}}, status=self.models_status)
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in self.models]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append({"path": request.path, "headers": dict(request.headers), "json": body})
        reply = self.replies.popleft() if self.replies else error(599, "the test scripted no reply")
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.stream is None:
            if isinstance(reply.body, str):
                return web.Response(status=reply.status, text=reply.body, headers=reply.headers)
            return web.json_response(reply.body, status=reply.status, headers=reply.headers)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for n, piece in enumerate(reply.stream):
            if n == reply.drop_after:
                assert request.transport is not None
                request.transport.abort()  # no end of the chunked body: a dropped connection
                return response
            if n == reply.stall_after:
                await asyncio.sleep(3600)
            if n and reply.chunk_delay:
                await asyncio.sleep(reply.chunk_delay)
            await response.write(_chunk(piece))
        await response.write(_chunk(None, "stop"))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response
