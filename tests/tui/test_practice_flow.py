"""A learner picks a scenario, talks it through, reads the report card and exports it."""

from __future__ import annotations

import json

from listener.app import ListenerApp
from listener.config import Settings
from listener.memory_store import MemoryStore
from listener.messages import StartScenario
from listener.scenarios import BUNDLED_DIR
from listener.screens.practice import PracticeScreen
from listener.screens.report import ReportScreen
from listener.store import open_store
from listener.widgets.feedback_panel import FeedbackPanel
from tests.tui.conftest import make_app, open_practice, send, transcript_text, wait_until

REPLIES = [
    "That sounds so unfair: you ran the migration for two years and it went to Daniel. How did you find out?",
    "Having to clap while everyone watched sounds humiliating. What was the rest of the day like?",
    "So she put you off until next week, like it's nothing to her. That would sting.",
    "It sounds like this has you doubting yourself. What do you imagine they see?",
    "So you've been thinking about leaving, and now it feels real. That's scary.",
]


async def test_a_whole_scenario_from_picker_to_exported_report(tmp_path):
    store = open_store(tmp_path / "sessions.db")
    app = make_app(tmp_path, store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_practice(pilot)
        session = screen.session
        replies = iter(REPLIES)
        while not session.ended:
            await wait_until(pilot, lambda: session.ended or (session.can_reply and not session.speaking))
            if not session.ended:
                await send(pilot, next(replies))
        answered = [t for t in session.records if t.retry_of is None]
        assert len(answered) >= 4
        assert "Thanks" in transcript_text(screen)
        badges = str(screen.query_one(FeedbackPanel).query_one("#badges").render())
        assert "Paraphrase" in badges and "Let finish" in badges
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        assert len(report.query_one("#turns").rows) == len(answered)
        assert "Paraphrase" in str(report.query_one("#skill-bars").render())
        await pilot.press("e")
        status = str(report.query_one("#export-status").render())
    exported = sorted((tmp_path / "reports").iterdir())
    assert [p.suffix for p in exported] == [".json", ".md"]
    assert str(exported[0]) in status
    assert json.loads(exported[0].read_text())["session_id"] == session.id
    saved = open_store(tmp_path / "sessions.db").load(session.id)
    assert saved.finished_at is not None and len(saved.turns) == len(answered)


async def test_exam_mode_keeps_feedback_for_the_report(tmp_path):
    app = make_app(tmp_path, mode="exam")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_practice(pilot)
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        await send(pilot, REPLIES[0])
        await wait_until(pilot, lambda: screen.session.records)
        panel = screen.query_one(FeedbackPanel)
        assert not panel.has_class("-has-feedback")
        assert "Exam mode" in str(panel.query_one("#coaching").render())
        offered = {b.binding.action for b in app.active_bindings.values()}
        assert "retry" not in offered and "details" in offered  # the footer offers no retry


async def test_an_unknown_scenario_id_says_so_and_stays_on_the_picker(tmp_path):
    app = make_app(tmp_path, scenario_id="no-such-thing")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.library is not None)
        await pilot.pause(0.05)
        assert app.screen is app.picker
        assert any("no-such-thing" in str(n.message) for n in app._notifications)


async def test_practice_id_starts_the_scenario_directly(tmp_path):
    app = make_app(tmp_path, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
        await wait_until(pilot, lambda: "Can I vent" in transcript_text(app.screen))


async def test_a_scenario_file_broken_after_the_start_is_reported_not_played(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    source = (BUNDLED_DIR / "passed-over.yaml").read_text(encoding="utf-8")
    (folder / "copy.yaml").write_text(source.replace("id: passed-over", "id: my-copy"), encoding="utf-8")
    app = ListenerApp(Settings(data_dir=tmp_path, speed=100, scenario_dirs=[folder]), store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.library is not None)
        (folder / "copy.yaml").write_text("id: my-copy\n", encoding="utf-8")
        app.post_message(StartScenario("my-copy"))
        await wait_until(pilot, lambda: bool(app._notifications))
        message = str(next(iter(app._notifications)).message)
        assert "This scenario's file has changed" in message and "required key is missing" in message
        assert app.screen is app.picker
