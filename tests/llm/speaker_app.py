"""Helpers for Pilot tests of the improvising speaker: an app that improvises, and what it shows."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr

from listener.app import ListenerApp
from listener.config import LLMSettings, Settings
from listener.reaction import reaction_beats
from listener.records import TurnRecord
from listener.scenario import ReactionKind, Scenario
from listener.store import open_store
from listener.widgets.live_line import LiveLine
from listener.widgets.transcript import Transcript
from tests.llm.conftest import FAKE_KEY
from tests.tui.conftest import send, transcript_text, wait_until

FIRST_REPLY = "That sounds so unfair after two years on the migration. How did you find out?"
"""A considered reply to the first turn."""


def improvising_app(tmp_path, *, base_url: str = "http://127.0.0.1:9/v1", **options: Any) -> ListenerApp:
    """The app on passed-over, improvising against `base_url` (or with `speaker=`), saving to tmp_path."""
    llm = LLMSettings(
        api_key=SecretStr(FAKE_KEY),
        base_url=base_url,
        model="test-model",
        improvise=True,
        timeout=options.pop("timeout", 2),
        deadline=options.pop("deadline", 5),
    )
    settings = Settings(data_dir=tmp_path, speed=100, llm=llm)
    return ListenerApp(
        settings, scenario_id="passed-over", store=open_store(tmp_path / "sessions.db"), **options
    )


async def first_reply(pilot: Any, reply: str = FIRST_REPLY) -> Any:
    """Wait for the practice screen and the end of the scripted first turn, reply, and wait for the score."""
    from listener.screens.practice import PracticeScreen

    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
    screen = app.screen
    await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
    await send(pilot, reply)
    await wait_until(pilot, lambda: screen.session.records)
    return screen


def live_lines(screen: Any) -> list[LiveLine]:
    """The streamed speaker lines in the transcript, oldest first."""
    return list(screen.query_one(Transcript).query(LiveLine))


async def watch_stream(pilot: Any, screen: Any, until: str, timeout: float = 10.0) -> list[str]:
    """Every distinct state of the newest streamed line until it reads `until`."""
    seen: list[str] = []

    def done() -> bool:
        lines = live_lines(screen)
        if lines and (not seen or seen[-1] != lines[-1].text):
            seen.append(lines[-1].text)
        return bool(seen) and seen[-1] == until

    await wait_until(pilot, done, timeout)
    return seen


def notes(screen: Any) -> list[str]:
    """The warning notes in the transcript."""
    return [str(n.render()) for n in screen.query_one(Transcript).query(".note.-warning")]


def scripted_reaction(scenario: Scenario, record: TurnRecord) -> list[str]:
    """What the script says in reaction to `record`."""
    turn = scenario.turns[record.turn_index]
    return [beat.text for beat in reaction_beats(turn, ReactionKind(record.reaction))]


def saved_turns(tmp_path, session_id: str) -> tuple[TurnRecord, ...]:
    """The turns in the sessions database, as a later `listener show` would read them."""
    return open_store(tmp_path / "sessions.db").load(session_id).turns


__all__ = [
    "FIRST_REPLY",
    "first_reply",
    "improvising_app",
    "live_lines",
    "notes",
    "saved_turns",
    "scripted_reaction",
    "send",
    "transcript_text",
    "wait_until",
    "watch_stream",
]
