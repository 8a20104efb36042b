"""Drive Debian's headless Chromium over the DevTools protocol (a websocket), with no browser download."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Flags this machine needs: without the networking ones Chromium keeps dialling Google's hosts."""


def chromium_path() -> str:
    """The Chromium binary; skips the test with the reason when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Chromium is not installed: apt-get install chromium (`make test` does it as root)")
    return found


class Browser:
    """One headless Chromium process and a DevTools connection to its first page."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        # Chromium's helper processes can still write to the profile for a moment after the main
        # process exits; a leftover file there must not fail the test that used the browser.
        self._profile = tempfile.TemporaryDirectory(prefix="listener-chromium-", ignore_cleanup_errors=True)
        profile = Path(self._profile.name)
        self.process = subprocess.Popen(
            [
                chromium_path(),
                *FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.port = self._wait_for_port(profile / "DevToolsActivePort")
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._handlers: dict[str, Callable[[dict[str, Any]], Any]] = {}
        self._tasks: set[asyncio.Future[Any]] = set()

    def _wait_for_port(self, path: Path) -> int:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if path.exists() and (text := path.read_text().strip()):
                return int(text.splitlines()[0])
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            time.sleep(0.05)
        raise TimeoutError("chromium did not open its DevTools port")

    async def __aenter__(self) -> Browser:
        self._http = aiohttp.ClientSession()
        async with self._http.get(f"http://127.0.0.1:{self.port}/json/list") as response:
            targets = await response.json(content_type=None)
        page = next(t for t in targets if t["type"] == "page")
        self._ws = await self._http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._reader.cancel()
        await self._ws.close()
        await self._http.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._profile.cleanup()

    async def _read(self) -> None:
        async for message in self._ws:
            data = json.loads(message.data)
            if "id" in data:
                future = self._pending.pop(data["id"])
                if "error" in data:
                    future.set_exception(RuntimeError(f"{data['error']}"))
                else:
                    future.set_result(data.get("result", {}))
            else:
                self.events.append(data)
                handler = self._handlers.get(data["method"])
                if handler is not None:
                    self._tasks.add(task := asyncio.ensure_future(handler(data["params"])))
                    task.add_done_callback(self._tasks.discard)

    def on(self, method: str, handler: Callable[[dict[str, Any]], Any]) -> None:
        """Call the coroutine function `handler(params)` for each event `method`."""
        self._handlers[method] = handler

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call a DevTools method and return its result."""
        call_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[call_id] = future
        await self._ws.send_str(json.dumps({"id": call_id, "method": method, "params": params}))
        return await asyncio.wait_for(future, 30)

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 30.0) -> Any:
        """Poll a JavaScript expression until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"still false after {timeout}s: {expression}")
            await asyncio.sleep(0.2)

    async def goto(self, url: str) -> None:
        """Open a URL and wait for the load event."""
        await self.send("Page.enable")
        await self.send("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete'")

    async def screenshot(self, path: Path) -> None:
        """Save a PNG of the page as it is now."""
        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))

    def requested_urls(self) -> list[str]:
        """Every URL the page asked for since `Network.enable`."""
        return [
            e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"
        ]


_TERMINAL_HOOK = (
    "const t=new w(e,{ping:r});",
    "const t=new w(e,{ping:r});(window.__terminals=window.__terminals||[]).push(t);",
)


async def expose_terminals(browser: Browser) -> None:
    """Patch textual.js as it arrives so tests can read the xterm.js screen (`window.__terminals`).

    The terminal draws on a canvas, so its text is not in the DOM; xterm's buffer is what it shows.
    """

    async def patch(params: dict[str, Any]) -> None:
        body = await browser.send("Fetch.getResponseBody", requestId=params["requestId"])
        text = base64.b64decode(body["body"]).decode() if body["base64Encoded"] else body["body"]
        assert _TERMINAL_HOOK[0] in text, "textual.js changed: update the test hook"
        patched = text.replace(*_TERMINAL_HOOK)
        await browser.send(
            "Fetch.fulfillRequest",
            requestId=params["requestId"],
            responseCode=params.get("responseStatusCode", 200),
            responseHeaders=[
                h for h in params.get("responseHeaders", []) if h["name"].lower() != "content-length"
            ],
            body=base64.b64encode(patched.encode()).decode(),
        )

    browser.on("Fetch.requestPaused", patch)
    await browser.send("Fetch.enable", patterns=[{"urlPattern": "*textual.js", "requestStage": "Response"}])


SCREEN_TEXT = """(() => {
  const t = (window.__terminals || [])[0];
  if (!t) return "";
  const buffer = t.terminal.buffer.active, lines = [];
  for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i).translateToString(true));
  return lines.join("\\n");
})()"""
"""JavaScript that returns the text on the first terminal's screen."""


async def type_text(browser: Browser, text: str, enter: bool = True) -> None:
    """Type into the terminal as a learner would, then press Enter."""
    await browser.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
    await browser.send("Input.insertText", text=text)
    if enter:
        key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}
        await browser.send("Input.dispatchKeyEvent", type="keyDown", **key)
        await browser.send(
            "Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13
        )
