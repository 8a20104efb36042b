"""Snapshots of the key screens at 80x24 (refresh with --snapshot-update after a textual bump)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from listener.screens.practice import PracticeScreen
from listener.screens.report import ReportScreen
from tests.tui.conftest import RecordedScorer, SteppedClock, make_app, send, transcript_text, wait_until

SIZE = (80, 24)
SCORES = RecordedScorer(Path(__file__).parent / "snapshot_scores.json")
"""Recorded verdicts: these snapshots show the screens, not the scorer's current weights."""


def _no_blink(app):
    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False


async def _converse(pilot, clock, replies):
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))
    session = app.screen.session
    for reply in replies:
        while not (session.can_reply and not session.speaking):
            clock.advance(5.0)
            await pilot.pause()
        await send(pilot, reply)
        await wait_until(pilot, lambda: session.records)
    clock.advance(5.0)
    await pilot.pause()
    _no_blink(app)


def test_picker(snap_compare, tmp_path):
    """You should see the title, a filter box with "Filter scenarios…", and a bordered list of
    scenarios, each with its title, relationship, difficulty dots and a one-line summary."""
    app = make_app(tmp_path)

    async def loaded(pilot):
        await wait_until(pilot, lambda: app.picker.library is not None)
        _no_blink(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=loaded)


def test_conversation_with_feedback(snap_compare, tmp_path):
    """You should see Maya's three opening lines, your reply on the right, her reaction, and below
    the transcript four skill badges (✓ Paraphrase, Clarify, Validate, Let finish) with one line
    of coaching, above the empty reply box and the footer keys."""
    clock = SteppedClock()
    app = make_app(tmp_path, speed=1.0, clock=clock, scenario_id="passed-over", scorer=SCORES)

    async def one_reply(pilot):
        await _converse(pilot, clock, ["That sounds so unfair after two years. How did you find out?"])
        await wait_until(pilot, lambda: "Nobody said a word" in transcript_text(app.screen))

    assert snap_compare(app, terminal_size=SIZE, run_before=one_reply)


def test_report_card(snap_compare, tmp_path):
    """You should see "Report card  Passed over" with the overall score, four score bars, the best
    reply, the most frequent roadblock (advice), two next steps and the top of the turn table."""
    clock = SteppedClock()
    app = make_app(tmp_path, speed=1.0, clock=clock, scenario_id="passed-over", scorer=SCORES)

    async def finished(pilot):
        replies = [
            "That sounds so unfair after two years. How did you find out?",
            "You should talk to HR about it.",
            "Just ask her for a meeting tomorrow.",
            "It sounds like you're doubting yourself. What do you imagine they see?",
        ]
        await _converse(pilot, clock, replies)
        while not app.screen.session.ended:
            clock.advance(5.0)
            await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ReportScreen))

    assert snap_compare(app, terminal_size=SIZE, run_before=finished)


def test_help(snap_compare, tmp_path):
    """You should see the help over the picker: a table of keys (Enter sends, Ctrl+J new line,
    Ctrl+O details, Ctrl+R retry, Esc leave...)."""
    app = make_app(tmp_path)

    async def help_open(pilot):
        await wait_until(pilot, lambda: app.picker.library is not None)
        await pilot.press("f1")
        await pilot.pause()
        _no_blink(app)

    assert snap_compare(app, terminal_size=SIZE, run_before=help_open)
