"""The improvising speaker in the practice screen, with a scripted `FakeSpeaker`: lines stream in
literally, the listener can interrupt, and failures fall back to the script without losing anything."""

from __future__ import annotations

from textual.worker import WorkerState

from listener.app import ListenerApp
from listener.config import LLMSettings, Settings
from listener.llm.speaker import FakeSpeaker
from listener.scenario import ReactionKind
from listener.screens.confirm_quit import ConfirmQuitModal
from listener.store import MemoryStore
from listener.widgets.live_line import CUT_OFF
from listener.widgets.llm_verdict import LLMVerdict
from tests.llm.speaker_app import (
    first_reply,
    improvising_app,
    live_lines,
    notes,
    saved_turns,
    scripted_reaction,
    send,
    transcript_text,
    wait_until,
    watch_stream,
)
from tests.tui.conftest import open_practice

LINE = "It was announced at the all-hands. I had to sit there and clap."


async def test_an_improvised_line_streams_in_and_the_next_reply_answers_it(tmp_path):
    speaker = FakeSpeaker([LINE], chunk_size=8, delay=0.1)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        assert "improvising speaker (test-model @ 127.0.0.1:9)" in str(screen.query_one(LLMVerdict).render())
        states = await watch_stream(pilot, screen, LINE)
        assert len(states) >= 4, f"the line arrived in one piece: {states}"
        assert all(LINE.startswith(state) for state in states)
        request = speaker.requests[0]
        assert request.next_turn == 1 and not request.may_reveal
        assert (
            request.history[-1].role == "listener"
            and request.history[-1].text == screen.session.records[0].reply
        )
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        assert not screen.query_one("#typing").display
        assert transcript_text(screen).count("I had to sit there and clap.") == 1, "shown once, not repeated"
        await send(pilot, "Clapping for him after all that must have felt humiliating.")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)
        session_id = screen.session.id
    answered = saved_turns(tmp_path, session_id)[1]
    assert [(line.text, line.source) for line in answered.speaker_lines] == [(LINE, "llm")]
    assert answered.timing.speaker_finished and answered.turn_index == 1


async def test_replying_mid_stream_interrupts_and_keeps_the_words_shown(tmp_path):
    speaker = FakeSpeaker([LINE], chunk_size=6, delay=0.3)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        await wait_until(pilot, lambda: live_lines(screen) and live_lines(screen)[0].text)
        await send(pilot, "Wait, what did your manager say?")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)
        line = live_lines(screen)[0]
        shown = line.text
        await pilot.pause(0.7)  # two more chunks' worth: none may arrive
        assert line.text == shown and shown and LINE.startswith(shown) and shown != LINE
        assert str(line.render()).endswith(CUT_OFF)
        record = screen.session.records[1]
        assert [(li.text, li.source) for li in record.speaker_lines] == [(shown, "llm")]
        assert not record.timing.speaker_finished and record.reaction == ReactionKind.INTERRUPTED
        assert "You (interrupted)" in transcript_text(screen)
        assert len(speaker.requests) == 2, "the speaker reacts to being cut off"
        session_id = screen.session.id
    assert saved_turns(tmp_path, session_id)[1].speaker_lines[0].text == shown


async def test_a_line_that_breaks_off_is_one_line_of_error_then_the_script_goes_on(tmp_path):
    speaker = FakeSpeaker([LINE], chunk_size=8, fail_after=3)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        session = screen.session
        expected = scripted_reaction(session.scenario, session.records[0])
        next_beat = session.scenario.turns[1].beats[0].text
        await wait_until(pilot, lambda: next_beat in transcript_text(screen))
        assert notes(screen) == [
            "LLM speaker: the speaker's line broke off halfway (fake); the script goes on for this turn."
        ]
        shown = LINE[:24].rstrip()  # three chunks of 8; a trailing space waits for what follows
        assert live_lines(screen)[0].text == shown and live_lines(screen)[0].cut_off
        text = transcript_text(screen)
        assert all(line in text for line in expected)
        assert text.index(shown) < text.index(expected[0]) < text.index(next_beat)
        assert session.improvise, "one failure does not end improvising"
        session_id = session.id
    kept = saved_turns(tmp_path, session_id)[0].reaction_lines
    assert [(li.text, li.source) for li in kept] == [(shown, "llm")] + [(t, "reaction") for t in expected]


async def test_after_two_failures_in_a_row_the_script_plays_the_speaker(tmp_path):
    speaker = FakeSpeaker([LINE], fail_after=0)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        session = screen.session
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        await send(pilot, "How did you feel, sitting there?")
        await wait_until(pilot, lambda: len(notes(screen)) == 2)
        assert notes(screen)[1].endswith("the script plays the speaker for the rest of this conversation.")
        assert not session.improvise
        mode = str(screen.query_one(LLMVerdict).render())
        assert mode.endswith("the script plays the speaker from now on")
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        await send(pilot, "That sounds humiliating.")
        await wait_until(pilot, lambda: len(session.records) == 3)
        await wait_until(pilot, lambda: session.records[2].reaction_lines)
        assert len(speaker.requests) == 2, "no LLM call after giving up"
        assert [li.source for li in session.records[2].reaction_lines] == ["reaction"]


async def test_markup_and_escape_sequences_from_the_llm_are_shown_literally(tmp_path):
    evil = "[bold red]boom[/] \x1b[31mred\x1b[0m [link=https://x.example]click[/link] $accent"
    app = improvising_app(tmp_path, speaker=FakeSpeaker([evil], chunk_size=3))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        content = live_lines(screen)[0].render()
        assert "[bold red]boom[/] \\x1b[31mred\\x1b[0m [link=https://x.example]click[/link] $accent" in str(
            content
        )
        assert "\x1b" not in str(content)
        styles = " ".join(str(span.style) for span in content.spans)
        assert "red" not in styles and "link" not in styles
        await send(pilot, "What do you mean?")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)
        assert screen.session.records[1].speaker_lines[0].text == evil, "saved exactly as said"


async def test_quitting_mid_stream_cancels_the_line_and_exits(tmp_path):
    speaker = FakeSpeaker([LINE], chunk_size=4, delay=3600)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        await first_reply(pilot)
        await wait_until(pilot, lambda: any(w.group == "speaker" for w in app.workers))
        worker = next(w for w in app.workers if w.group == "speaker")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmQuitModal)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)
    assert worker.state is WorkerState.CANCELLED
    assert app.return_code == 0


async def test_improvise_without_an_endpoint_stays_scripted_and_says_so(tmp_path):
    settings = Settings(data_dir=tmp_path, speed=100, llm=LLMSettings(improvise=True))
    app = ListenerApp(settings, scenario_id="passed-over", store=MemoryStore())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        assert app.speaker is None and not screen.session.improvise
        assert "no OPENAI_API_KEY or OPENAI_BASE_URL" in str(screen.query_one(LLMVerdict).render())
        await wait_until(pilot, lambda: screen.session.records[0].reaction_lines)
        assert screen.session.records[0].reaction_lines[0].source == "reaction"


async def test_leaving_mid_stream_loses_no_turn_and_the_session_resumes(tmp_path):
    speaker = FakeSpeaker([LINE], chunk_size=4, delay=3600)
    app = improvising_app(tmp_path, speaker=speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        session = screen.session
        await wait_until(pilot, lambda: any(w.group == "speaker" for w in screen.workers))
        worker = next(w for w in screen.workers if w.group == "speaker")
        await pilot.press("escape", "y")
        await wait_until(pilot, lambda: app.screen is app.picker)
        await wait_until(pilot, lambda: worker.state is WorkerState.CANCELLED)
        resumed = await open_practice(pilot, "resume")
        assert resumed.session.id == session.id and resumed.session.improvise
        assert [r.reply for r in resumed.session.records] == [session.records[0].reply]
        next_beat = resumed.session.scenario.turns[1].beats[0].text
        await wait_until(pilot, lambda: next_beat in transcript_text(resumed))
