"""The improvising speaker end to end: the practice app, the unmodified `openai` client and a real
local server streaming server-sent events (tests/llm/fake_openai.py)."""

from __future__ import annotations

from textual.worker import WorkerState

from listener.llm.retry import RetryPolicy
from listener.llm.speaker import OpenAISpeaker
from listener.scenario import ReactionKind
from tests.llm.conftest import FAKE_KEY
from tests.llm.fake_openai import error, streamed
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

PIECES = ("It was ", "announced ", "at the ", "all-hands. ", "I had to ", "sit there ", "and clap.")
LINE = "".join(PIECES)


async def test_an_llm_line_streams_token_by_token_and_is_saved_as_the_llm_s(tmp_path, server):
    server.push(streamed(*PIECES, chunk_delay=0.1))
    app = improvising_app(tmp_path, base_url=server.base_url)  # the app builds its own OpenAISpeaker
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        states = await watch_stream(pilot, screen, LINE)
        assert len(states) >= 4, f"the line did not stream: {states}"
        assert all(LINE.startswith(state) for state in states)
        assert isinstance(app.speaker, OpenAISpeaker)
        request = server.requests[0]["json"]
        assert request["stream"] is True and request["model"] == "test-model"
        assert "You are Maya" in request["messages"][0]["content"]
        assert request["messages"][-1] == {"role": "user", "content": screen.session.records[0].reply}
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        await send(pilot, "Having to clap for him sounds humiliating.")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)
        session_id = screen.session.id
    turns = saved_turns(tmp_path, session_id)
    assert [(line.text, line.source) for line in turns[1].speaker_lines] == [(LINE, "llm")]
    saved = (tmp_path / "sessions.db").read_bytes()
    assert FAKE_KEY.encode() not in saved


async def test_replying_mid_stream_interrupts_the_llm_line(tmp_path, server):
    server.push(streamed(*PIECES, stall_after=3), streamed("Sorry. ", "Go on."))
    app = improvising_app(tmp_path, base_url=server.base_url)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        shown = "It was announced at the"  # three chunks, then the server stalls mid-line
        await wait_until(pilot, lambda: live_lines(screen) and live_lines(screen)[0].text == shown)
        await send(pilot, "Hang on, announced where?")
        await wait_until(pilot, lambda: len(screen.session.records) == 2)
        record = screen.session.records[1]
        assert [(li.text, li.source) for li in record.speaker_lines] == [(shown, "llm")]
        assert record.reaction == ReactionKind.INTERRUPTED and not record.timing.speaker_finished
        await wait_until(pilot, lambda: "Sorry. Go on." in transcript_text(screen))
        assert live_lines(screen)[0].text == shown and not notes(screen)
        assert "You (interrupted)" in transcript_text(screen)


async def test_a_stream_that_drops_halfway_keeps_the_text_and_the_script_goes_on(tmp_path, server):
    server.push(streamed(*PIECES, drop_after=3))
    app = improvising_app(tmp_path, base_url=server.base_url)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        session = screen.session
        expected = scripted_reaction(session.scenario, session.records[0])
        next_beat = session.scenario.turns[1].beats[0].text
        await wait_until(pilot, lambda: next_beat in transcript_text(screen))
        [note] = notes(screen)
        assert note.startswith("LLM speaker: the speaker's line broke off halfway")
        assert note.endswith("the script goes on for this turn.") and "\n" not in note
        assert live_lines(screen)[0].text == "It was announced at the"
        text = transcript_text(screen)
        assert text.index("It was announced at the") < text.index(expected[0]) < text.index(next_beat)
        assert len(server.requests) == 1, "a line already half shown is not asked for again"
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        await send(pilot, "That sounds humiliating.")
        await wait_until(pilot, lambda: len(session.records) == 2)
        session_id = session.id
    first = saved_turns(tmp_path, session_id)[0]
    assert [li.source for li in first.reaction_lines] == ["llm"] + ["reaction"] * len(expected)


async def test_server_errors_until_the_retries_are_spent_fall_back_to_the_script(tmp_path, server, settings):
    server.push(*[error(500, "overloaded")] * 3)
    fast = RetryPolicy(deadline=5, max_attempts=3, backoff=0.01, max_backoff=0.02)
    app = improvising_app(tmp_path, base_url=server.base_url, speaker=OpenAISpeaker(settings, policy=fast))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        session = screen.session
        expected = scripted_reaction(session.scenario, session.records[0])
        await wait_until(pilot, lambda: notes(screen))
        [note] = notes(screen)
        assert "server error (500: overloaded) (gave up after 3 attempts)" in note
        assert FAKE_KEY not in note
        assert len(server.requests) == 3
        await wait_until(pilot, lambda: session.can_reply and not session.speaking)
        assert all(line in transcript_text(screen) for line in expected)
        assert not live_lines(screen), "nothing was shown from the LLM"
        assert [li.source for li in session.records[0].reaction_lines] == ["reaction"] * len(expected)


async def test_markup_and_escapes_in_the_server_s_stream_are_shown_literally(tmp_path, server):
    server.push(streamed("[bold red]I", " quit[/]", " \x1b[2J", "\x1b[31mfine"))
    app = improvising_app(tmp_path, base_url=server.base_url)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        await wait_until(pilot, lambda: screen.session.can_reply and not screen.session.speaking)
        content = live_lines(screen)[0].render()
        assert "[bold red]I quit[/] \\x1b[2J\\x1b[31mfine" in str(content)
        assert "\x1b" not in str(content)
        assert not any("red" in str(span.style) for span in content.spans)


async def test_quitting_while_the_server_stalls_mid_line_exits(tmp_path, server):
    server.push(streamed(*PIECES, stall_after=2))
    app = improvising_app(tmp_path, base_url=server.base_url, timeout=30, deadline=60)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await first_reply(pilot)
        await wait_until(pilot, lambda: live_lines(screen) and live_lines(screen)[0].text)
        worker = next(w for w in app.workers if w.group == "speaker")
        await pilot.press("ctrl+q", "y")
        await wait_until(pilot, lambda: not app.is_running)
    assert worker.state is WorkerState.CANCELLED
