"""`listener drill`: the learner gives an alias, practises each scenario in order, and sees the end."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from listener.config import FeedbackMode, Settings
from listener.drill import Drill
from listener.drill_app import DrillApp
from listener.screens.practice import PracticeScreen
from listener.screens.timed_practice import TimedPracticeScreen
from listener.store import MemoryStore


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTENER_CONFIG", str(tmp_path / "no-config.toml"))


async def until(pilot: Any, predicate: Callable[[], object], timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {predicate}"
        await pilot.pause(0.02)


def screen_name(app: DrillApp) -> str:
    """The active screen's kind ("PracticeScreen" for the timed conversation too)."""
    return "PracticeScreen" if isinstance(app.screen, PracticeScreen) else type(app.screen).__name__


def make(tmp_path: Path, **drill: Any) -> tuple[DrillApp, MemoryStore]:
    fields: dict[str, Any] = {"name": "Week 1", "scenarios": ("passed-over", "got-in"), **drill}
    store = MemoryStore()
    app = DrillApp(Settings(data_dir=tmp_path, speed=100), Drill(**fields), store=store)
    return app, store


async def test_the_alias_is_required_and_recorded_with_the_drill_name(tmp_path):
    app, store = make(tmp_path, mode=FeedbackMode.EXAM)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: screen_name(app) == "AliasScreen")
        await pilot.press("enter")
        await pilot.pause()
        assert screen_name(app) == "AliasScreen"
        assert "Please type a name or an alias" in str(app.screen.query_one("#alias-error").render())
        await pilot.press(*"  Sam  Lee ", "enter")
        await until(pilot, lambda: screen_name(app) == "PracticeScreen")
        (record,) = store.list_sessions()
        assert (record.learner, record.drill, record.scenario_id, record.mode) == (
            "Sam Lee",
            "Week 1",
            "passed-over",
            "exam",
        )


async def test_the_drill_runs_each_scenario_in_order_then_ends(tmp_path):
    app, store = make(tmp_path)
    app.learner = "Ana"
    async with app.run_test(size=(80, 24)) as pilot:
        for scenario_id in ("passed-over", "got-in"):
            await until(pilot, lambda: screen_name(app) == "PracticeScreen")
            assert app.screen.session.scenario.id == scenario_id
            await until(pilot, lambda: app.screen.session.can_reply and not app.screen.session.speaking)
            await pilot.press(*"That sounds like a lot.", "enter")
            await until(pilot, lambda: len(app.screen.session.records) == 1)
            app.screen.action_report()
            await until(pilot, lambda: screen_name(app) == "ReportScreen")
            await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "DrillDoneScreen")
        assert "Well done, Ana" in str(app.screen.query_one("#drill-done-message").render())
    records = sorted(store.list_sessions(), key=lambda r: r.started_at)
    assert [(r.scenario_id, r.learner, len(r.turns)) for r in records] == [
        ("passed-over", "Ana", 1),
        ("got-in", "Ana", 1),
    ]
    assert all(r.finished_at is not None for r in records)


async def test_when_the_reply_time_runs_out_the_draft_is_sent(tmp_path):
    app, store = make(tmp_path, reply_time_limit=3)
    app.learner = "Kim"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: screen_name(app) == "PracticeScreen")
        assert isinstance(app.screen, TimedPracticeScreen)
        session = app.screen.session
        await until(pilot, lambda: session.can_reply and not session.speaking)
        assert "left for this reply" in str(app.screen.query_one("#reply-timer").render())
        await pilot.press(*"So, Daniel")  # and no Enter
        await until(pilot, lambda: len(session.records) == 1)
        assert session.records[0].reply == "So, Daniel"
        assert store.list_sessions()[0].turns[0].reply == "So, Daniel"


async def test_with_nothing_typed_the_timer_says_time_is_up_and_waits(tmp_path):
    app, _ = make(tmp_path, reply_time_limit=0.3)
    app.learner = "Kim"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: screen_name(app) == "PracticeScreen")
        timer = app.screen.query_one("#reply-timer")
        await until(pilot, lambda: "Time's up" in str(timer.render()))
        assert timer.has_class("-late")
        assert app.screen.session.records == ()


async def test_a_scenario_file_broken_during_the_drill_is_reported_not_a_crash(tmp_path):
    from listener.scenarios import BUNDLED_DIR

    folder = tmp_path / "mine"
    folder.mkdir()
    source = (BUNDLED_DIR / "got-in.yaml").read_text(encoding="utf-8")
    (folder / "copy.yaml").write_text(source.replace("id: got-in", "id: my-copy"), encoding="utf-8")
    settings = Settings(data_dir=tmp_path, speed=100, scenario_dirs=[folder])
    app = DrillApp(settings, Drill(name="Week 1", scenarios=("passed-over", "my-copy")), store=MemoryStore())
    app.learner = "Ana"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: screen_name(app) == "PracticeScreen")
        await until(pilot, lambda: app.screen.session.can_reply and not app.screen.session.speaking)
        await pilot.press(*"That sounds like a lot.", "enter")
        await until(pilot, lambda: len(app.screen.session.records) == 1)
        (folder / "copy.yaml").write_text("id: my-copy\n", encoding="utf-8")
        app.screen.action_report()
        await until(pilot, lambda: screen_name(app) == "ReportScreen")
        await pilot.press("enter")
        await until(pilot, lambda: bool(app._notifications))
        message = str(next(iter(app._notifications)).message)
        assert "This scenario's file has changed" in message and "required key is missing" in message
        assert app.is_running
