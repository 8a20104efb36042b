"""The practice screen with the LLM judge on: its verdict appears beside the rule feedback, literally,
is saved with the turn, and a failure is one line while the session carries on."""

from __future__ import annotations

import json

from pydantic import SecretStr

from listener.app import ListenerApp
from listener.config import LLMSettings, Settings
from listener.store import open_store
from listener.widgets.feedback_panel import FeedbackPanel
from listener.widgets.llm_verdict import LLMVerdict
from tests.llm.conftest import FAKE_KEY
from tests.llm.fake_openai import completion, error
from tests.llm.verdicts import good_verdict
from tests.tui.conftest import open_practice, send, wait_until

REPLY = "That sounds so unfair after two years on the migration. How did you find out?"


def _app(tmp_path, server=None, *, judge=True) -> ListenerApp:
    llm = LLMSettings(
        api_key=SecretStr(FAKE_KEY),
        base_url=server.base_url if server else None,
        model="test-model",
        judge=judge,
        timeout=2,
        deadline=5,
    )
    settings = Settings(data_dir=tmp_path, speed=100, llm=llm if server else LLMSettings())
    return ListenerApp(settings, store=open_store(tmp_path / "sessions.db"))


def _text(widget) -> str:
    return str(widget.render())


async def _reply_once(pilot, screen) -> None:
    await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
    await send(pilot, REPLY)
    await wait_until(pilot, lambda: screen.session.records)


async def test_the_llm_verdict_is_shown_literally_and_saved_with_the_turn(tmp_path, server):
    verdict = good_verdict()
    verdict["rationale"] = "Warm [bold red]and[/] \x1b[31mclear"
    server.push(completion(json.dumps(verdict)))
    app = _app(tmp_path, server)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_practice(pilot)
        panel = screen.query_one(LLMVerdict)
        assert "LLM judge (test-model @ 127.0.0.1" in _text(panel)  # the mode line
        await _reply_once(pilot, screen)
        await wait_until(pilot, lambda: "its opinion" in _text(panel))
        shown = _text(panel)
        assert "[bold red]and[/]" in shown and "\\x1b[31m" in shown
        assert "Daniel" in shown  # the suggested rewrite
        assert screen.query_one(FeedbackPanel).has_class("-has-feedback"), "rule feedback must stay"
        session_id = screen.session.id
    saved = open_store(tmp_path / "sessions.db").load(session_id).turns[0]
    assert saved.llm_judgement is not None and saved.llm_judgement["source"] == "llm"
    assert saved.score.reply == REPLY


async def test_a_failing_llm_is_one_line_and_the_session_goes_on(tmp_path, server):
    server.push(error(401, "bad key"))
    app = _app(tmp_path, server)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_practice(pilot)
        panel = screen.query_one(LLMVerdict)
        await _reply_once(pilot, screen)
        await wait_until(pilot, lambda: panel.has_class("-error"))
        assert "rejected the API key" in _text(panel)
        assert FAKE_KEY not in _text(panel)
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        await send(pilot, "What happened after the meeting?")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)


async def test_offline_the_panel_stays_hidden_and_nothing_is_called(tmp_path):
    app = _app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_practice(pilot)
        await _reply_once(pilot, screen)
        await pilot.pause()
        assert not screen.query_one(LLMVerdict).display
        assert not any(w.group == "llm-judge" for w in app.workers)
