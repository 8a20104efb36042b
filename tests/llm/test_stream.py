"""A streamed line, however it is chunked: the end marker never shows, and nothing else is lost."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from listener.llm.errors import StreamBrokenError
from listener.llm.prompts import END_MARKER
from listener.llm.speaker import FakeSpeaker, OpenAISpeaker, SpeakerRequest
from listener.llm.stream import SpeakerStream
from listener.scenarios import find_scenario
from tests.llm.fake_openai import streamed

LINE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


async def _pieces(chunks: list[str], name: str = "") -> tuple[str, SpeakerStream]:
    async def source():
        for chunk in chunks:
            yield chunk

    stream = SpeakerStream(source(), name=name)
    return "".join([piece async for piece in stream]), stream


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


@given(LINE.filter(lambda t: t.strip() and "[[" not in t), st.lists(st.integers(0, 200), max_size=8))
def test_any_chunking_of_a_line_with_the_marker_shows_the_line_and_ends(text, cuts):
    shown, stream = asyncio.run(_pieces(_split(text + " " + END_MARKER + " after", cuts)))
    assert shown == text.rstrip()
    assert stream.ended


@given(LINE.filter(lambda t: t.strip() and "[" not in t), st.lists(st.integers(0, 200), max_size=8))
def test_any_chunking_of_a_plain_line_shows_all_of_it(text, cuts):
    shown, stream = asyncio.run(_pieces(_split(text, cuts)))
    assert shown == text.rstrip()
    assert not stream.ended


async def test_a_lone_bracket_that_is_not_the_marker_is_shown():
    shown, stream = await _pieces(["see [[this", "]] and [", "x]"])
    assert shown == "see [[this]] and [x]"
    assert not stream.ended


async def test_literal_markup_is_passed_through_untouched():
    text = "[bold red]x[/] \x1b[31mred\x1b[0m $(rm -rf)"
    shown, _ = await _pieces([text])
    assert shown == text


async def test_the_fake_speaker_breaks_like_a_dropped_connection():
    scenario = find_scenario("passed-over")
    fake = FakeSpeaker(["It was announced at the all-hands."], chunk_size=5, fail_after=2)
    shown: list[str] = []
    with pytest.raises(StreamBrokenError) as caught:
        async for piece in fake.stream(SpeakerRequest(scenario)):
            shown.append(piece)
    assert caught.value.partial == "".join(shown) == "It was ann".rstrip()
    assert fake.requests[0].scenario.id == "passed-over"


async def test_interrupting_a_stream_that_is_still_talking_returns_at_once(server, settings, policy):
    """The listener sends a reply mid-stream: cancelling the worker must not hang on the socket."""
    server.push(streamed("It was ", "announced ", "and then", stall_after=2))
    speaker = OpenAISpeaker(settings, policy=policy)
    stream = speaker.stream(SpeakerRequest(find_scenario("passed-over")))
    first_piece = asyncio.Event()

    async def consume() -> None:
        async for _ in stream:
            first_piece.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first_piece.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 2)
    assert stream.text.startswith("It was")
    await asyncio.wait_for(speaker.aclose(), 2)
