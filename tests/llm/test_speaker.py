"""The improvising speaker over a real local server: token streaming, the end marker, drops, fallbacks."""

from __future__ import annotations

import pytest

from listener.llm.errors import LLMMalformedError, LLMUnavailableError, StreamBrokenError
from listener.llm.prompts import END_MARKER
from listener.llm.speaker import OpenAISpeaker, SpeakerRequest, Utterance
from listener.scenario import ReactionKind
from listener.scenarios import find_scenario
from tests.llm.fake_openai import Reply, error, streamed


@pytest.fixture
def scenario():
    return find_scenario("passed-over")


async def _collect(stream):
    pieces = [piece async for piece in stream]
    return pieces


async def test_a_line_streams_token_by_token(server, settings, policy, scenario):
    server.push(streamed("I just ", "keep ", "replaying ", "it."))
    speaker = OpenAISpeaker(settings, policy=policy)
    stream = speaker.stream(SpeakerRequest(scenario))
    pieces = await _collect(stream)
    await speaker.aclose()
    assert "".join(pieces) == "I just keep replaying it."
    assert len(pieces) >= 3, "arrived in one lump, not streamed"
    assert stream.text == "I just keep replaying it." and not stream.ended
    assert server.requests[0]["json"]["stream"] is True


async def test_the_end_marker_split_across_chunks_ends_the_conversation_and_is_not_shown(
    server, settings, policy, scenario
):
    server.push(streamed("Thanks. I feel ", "better. [[", "END", "]] ignored"))
    speaker = OpenAISpeaker(settings, policy=policy)
    stream = speaker.stream(SpeakerRequest(scenario, next_turn=None))
    pieces = await _collect(stream)
    await speaker.aclose()
    assert "".join(pieces) == "Thanks. I feel better."
    assert stream.ended
    assert "[" not in "".join(pieces)


async def test_a_name_prefix_the_model_adds_is_dropped(server, settings, policy, scenario):
    server.push(streamed("Ma", "ya: It was ", "announced."))
    speaker = OpenAISpeaker(settings, policy=policy)
    assert "".join(await _collect(speaker.stream(SpeakerRequest(scenario)))) == "It was announced."
    await speaker.aclose()


async def test_a_stream_that_drops_halfway_raises_with_the_partial_text(server, settings, policy, scenario):
    server.push(streamed("It was ", "announced ", "at the ", "all-hands.", drop_after=2))
    speaker = OpenAISpeaker(settings, policy=policy)
    shown: list[str] = []
    with pytest.raises(StreamBrokenError, match="broke off halfway") as caught:
        async for piece in speaker.stream(SpeakerRequest(scenario)):
            shown.append(piece)
    await speaker.aclose()
    assert "".join(shown) == "It was announced"
    assert caught.value.partial == "It was announced", "the error should carry exactly what was shown"
    assert len(server.requests) == 1, "a broken stream must not be retried (the text was already shown)"


async def test_a_stream_that_stalls_gives_up_after_the_timeout(server, settings, policy, scenario):
    llm = settings.llm.model_copy(update={"timeout": 0.3})
    server.push(streamed("It was ", "announced.", stall_after=1))
    speaker = OpenAISpeaker(settings.model_copy(update={"llm": llm}), policy=policy)
    with pytest.raises(StreamBrokenError, match="stalled") as caught:
        await _collect(speaker.stream(SpeakerRequest(scenario)))
    await speaker.aclose()
    assert caught.value.partial == "It was"


async def test_opening_the_stream_is_retried_after_a_rate_limit(
    server, settings, policy, scenario, fake_time
):
    server.push(error(429, "slow down", {"Retry-After": "2"}), streamed("Okay."))
    speaker = OpenAISpeaker(settings, policy=policy)
    assert "".join(await _collect(speaker.stream(SpeakerRequest(scenario)))) == "Okay."
    await speaker.aclose()
    assert fake_time.sleeps == [2.0]


async def test_when_retries_are_spent_the_caller_gets_a_typed_error_to_fall_back_on(
    server, settings, policy, scenario
):
    server.push(*(error(500, "down") for _ in range(4)))
    speaker = OpenAISpeaker(settings, policy=policy)
    with pytest.raises(LLMUnavailableError, match="server error"):
        await _collect(speaker.stream(SpeakerRequest(scenario)))
    await speaker.aclose()


async def test_an_empty_answer_is_malformed(server, settings, policy, scenario):
    server.push(streamed("", "  "))
    speaker = OpenAISpeaker(settings, policy=policy)
    with pytest.raises(LLMMalformedError, match="empty"):
        await _collect(speaker.stream(SpeakerRequest(scenario)))
    await speaker.aclose()


async def test_the_prompt_holds_the_persona_and_the_conversation(server, settings, policy, scenario):
    server.push(streamed("Yes."))
    history = (Utterance("speaker", "Can I vent for a minute?"), Utterance("listener", "Of course, go on."))
    request = SpeakerRequest(scenario, history=history, next_turn=1, reaction=ReactionKind.FELT_HEARD)
    speaker = OpenAISpeaker(settings, policy=policy)
    await _collect(speaker.stream(request))
    await speaker.aclose()
    messages = server.requests[0]["json"]["messages"]
    system = messages[0]["content"]
    assert messages[0]["role"] == "system"
    assert "You are Maya" in system and "never an assistant" in system
    assert "part 2 is what you bring up next" in system
    assert END_MARKER in system
    assert messages[1:] == [
        {"role": "assistant", "content": "Can I vent for a minute?"},
        {"role": "user", "content": "Of course, go on."},
    ]


async def test_the_deeper_concern_is_held_back_until_the_engine_allows_it(server, settings, policy, scenario):
    server.push(streamed("Hm."), streamed("Can I tell you the real thing?"))
    speaker = OpenAISpeaker(settings, policy=policy)
    await _collect(speaker.stream(SpeakerRequest(scenario, may_reveal=False)))
    await _collect(speaker.stream(SpeakerRequest(scenario, may_reveal=True)))
    await speaker.aclose()
    guarded, open_ = (r["json"]["messages"][0]["content"] for r in server.requests)
    assert "thinking about leaving" in guarded and "Do not say it" in guarded
    assert "trust them enough to say what is really going on, in this reply" in open_


async def test_a_malformed_event_in_the_stream_is_a_broken_stream(server, settings, policy, scenario):
    server.push(Reply(stream=None, body="data: {not json\n\n", headers={"Content-Type": "text/event-stream"}))
    speaker = OpenAISpeaker(settings, policy=policy)
    with pytest.raises(StreamBrokenError):
        await _collect(speaker.stream(SpeakerRequest(scenario)))
    await speaker.aclose()
