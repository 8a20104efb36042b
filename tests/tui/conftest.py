"""Pilot test helpers: an app with a temporary data dir, a clock the test moves, and waiting helpers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from listener.app import ListenerApp
from listener.config import Settings
from listener.store import MemoryStore


class SteppedClock:
    """A clock that moves only when the test says so; the engine's sleeps wait for it."""

    def __init__(self) -> None:
        self.time = 0.0
        self.sleepers = 0
        """How many sleeps are waiting: a test moves the clock once the engine is waiting on it (a
        move made before the engine starts its pause would be counted before the pause)."""
        self._moved = asyncio.Event()

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        target = self.time + seconds
        self.sleepers += 1
        try:
            while self.time < target:
                self._moved.clear()
                await self._moved.wait()
        finally:
            self.sleepers -= 1

    def advance(self, seconds: float) -> None:
        self.time += seconds
        self._moved.set()


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read the developer's own config file."""
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "no-config.toml"))


def make_app(tmp_path: Path, *, speed: float = 100.0, mode: str = "coach", **options: Any) -> ListenerApp:
    """An app saving to a fresh memory store (or `store=`), with reports written under tmp_path."""
    settings = Settings(data_dir=tmp_path, speed=speed, mode=mode)
    options.setdefault("store", MemoryStore())
    return ListenerApp(settings, **options)


async def wait_until(pilot: Any, predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the app run until `predicate()` is true."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {predicate}")
        await pilot.pause(0.01)


async def open_practice(pilot: Any, choice: str = "passed-over") -> Any:
    """From the picker, filter to one entry (a scenario id, or "resume") and press Enter; returns the
    practice screen."""
    from textual.widgets import Input

    from listener.screens.practice import PracticeScreen

    app = pilot.app
    await wait_until(pilot, lambda: app.library is not None and app.picker.library is not None)
    app.picker.query_one("#filter", Input).value = choice
    await pilot.pause()
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
    return app.screen


async def send(pilot: Any, text: str) -> None:
    """Put text in the reply box (typing is not the point) and press Enter."""
    from listener.widgets.reply_input import ReplyInput

    pilot.app.screen.query_one(ReplyInput).text = text
    await pilot.press("enter")
    await pilot.pause()


def transcript_text(screen: Any) -> str:
    """Every message in the transcript, as plain text."""
    from listener.widgets.transcript import Transcript

    return "\n".join(str(child.render()) for child in screen.query_one(Transcript).children)


class RecordedScorer:
    """The real scorer's verdicts, recorded once in a JSON file, so snapshots do not move when the
    scorer's weights do (delete the file and refresh the snapshots to re-record)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.saved: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}

    def __call__(self, reply: str, speaker: str = "", *, turn: Any = None, timing: Any = None) -> Any:
        from listener.scoring import ScoreResult, score_reply

        key = json.dumps([reply, speaker, timing.model_dump() if timing else None])
        if key not in self.saved:
            result = score_reply(reply, speaker, turn=turn, timing=timing)
            self.saved[key] = result.model_dump(mode="json")
            self.path.write_text(json.dumps(self.saved, indent=1, sort_keys=True) + "\n")
        return ScoreResult.model_validate(self.saved[key])
