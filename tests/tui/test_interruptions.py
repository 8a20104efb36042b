"""Replies mid-turn, retries, literal text, and leaving a session: what a learner notices."""

from __future__ import annotations

from listener.screens.confirm_quit import ConfirmQuitModal
from listener.screens.practice import PracticeScreen
from listener.widgets.feedback_panel import FeedbackPanel
from listener.widgets.transcript import Transcript
from tests.tui.conftest import SteppedClock, make_app, open_practice, send, transcript_text, wait_until


async def _first_line(pilot, clock):
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
    screen = app.screen
    await wait_until(pilot, lambda: clock.sleepers > 0)  # the engine is in the pause before its first line
    clock.advance(1.0)
    await wait_until(pilot, lambda: "Can I vent" in transcript_text(screen))
    return screen


async def test_replying_while_the_speaker_is_still_talking_is_an_interruption(tmp_path):
    clock = SteppedClock()
    app = make_app(tmp_path, speed=1.0, clock=clock, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _first_line(pilot, clock)
        assert screen.query_one("#typing").display
        await send(pilot, "Of course, go ahead.")
        await wait_until(pilot, lambda: screen.session.records)
        record = screen.session.records[0]
        assert not record.timing.speaker_finished and record.reaction == "interrupted"
        assert "You (interrupted)" in transcript_text(screen)
        assert "Daniel! He's been there a year" not in transcript_text(screen)
        clock.advance(5.0)
        await wait_until(pilot, lambda: "Sorry, can I finish?" in transcript_text(screen))
        assert "✗ Let finish" in str(screen.query_one(FeedbackPanel).query_one("#badges").render())


async def test_the_last_reply_can_be_retried_once_and_the_difference_is_shown(tmp_path):
    app = make_app(tmp_path, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
        screen = app.screen
        session = screen.session
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        await send(pilot, "You should talk to HR.")
        await wait_until(pilot, lambda: session.can_retry)
        await pilot.press("ctrl+r")
        assert screen.retrying
        await send(pilot, "That sounds so unfair after two years on the migration. How did you find out?")
        await wait_until(pilot, lambda: len(session.records) == 2)
        coaching = str(screen.query_one(FeedbackPanel).query_one("#coaching").render())
        first, retry = session.records
        assert retry.retry_of == first.index
        before, after = round(first.score.overall * 100), round(retry.score.overall * 100)
        assert f"overall {before} → {after}" in coaching and after > before
        assert "You, retrying" in transcript_text(screen)
        await pilot.press("ctrl+r")
        assert not screen.retrying
        assert any("once" in str(n.message) for n in app._notifications)


async def test_markup_and_escape_sequences_in_a_reply_are_shown_as_typed(tmp_path):
    clock = SteppedClock()
    app = make_app(tmp_path, speed=1.0, clock=clock, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _first_line(pilot, clock)
        await send(pilot, "[bold red]x[/] and \x1b[31mred\x1b[0m")
        await wait_until(pilot, lambda: screen.session.records)
        reply = screen.query_one(Transcript).query(".-reply").last()
        content = reply.render()
        assert "[bold red]x[/] and \\x1b[31mred\\x1b[0m" in str(content)
        assert "\x1b" not in str(content)
        assert not any("red" in str(span.style) for span in content.spans)
        assert screen.session.records[0].reply == "[bold red]x[/] and \x1b[31mred\x1b[0m"


async def test_escape_asks_before_leaving_and_the_session_can_be_resumed(tmp_path):
    app = make_app(tmp_path, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
        session = app.screen.session
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        await send(pilot, "That sounds really unfair. How did you find out?")
        await wait_until(pilot, lambda: session.records)
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmQuitModal)
        await pilot.press("n")
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("escape", "y")
        await wait_until(pilot, lambda: app.screen is app.picker)
        resumed = await open_practice(pilot, "resume")
        assert resumed.session.id == session.id
        assert "How did you find out?" in transcript_text(resumed)
        await wait_until(pilot, lambda: "all-hands. I had to sit there" in transcript_text(resumed))


async def test_ctrl_q_mid_session_asks_first(tmp_path):
    app = make_app(tmp_path, scenario_id="passed-over")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmQuitModal)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)
