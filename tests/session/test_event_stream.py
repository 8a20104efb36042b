"""The async event stream drives a whole conversation the way a front end would."""

from __future__ import annotations

from listener.session_events import ConversationEnded, ListenerTurn, ReplyScored, SpeakerSaid
from tests.session.conftest import new_session


async def test_a_front_end_can_run_a_whole_session_from_the_event_stream(scenario, clock):
    session = new_session(scenario, clock)
    seen = []
    async for event in session.events():
        seen.append(event)
        if isinstance(event, ListenerTurn):
            session.reply("PARA VALID that sounds hard")
        elif isinstance(event, ConversationEnded):
            session.finish()
    scored = [e.record.turn_index for e in seen if isinstance(e, ReplyScored)]
    assert scored == [0, 1, 2, -1, 3]
    assert isinstance(seen[-1], ConversationEnded)
    lines = [e.line.text for e in seen if isinstance(e, SpeakerSaid)]
    assert lines[0] == scenario.turns[0].beats[0].text and lines[-1] == scenario.closing[0].text
    assert session.record.finished_at is not None


async def test_a_reply_sent_while_the_stream_waits_wakes_it_at_once(scenario, clock):
    session = new_session(scenario, clock)
    stream = session.events()
    first = [await anext(stream), await anext(stream)]
    assert isinstance(first[1], SpeakerSaid)
    session.reply("PARA hold on")
    between = []
    while not isinstance(event := await anext(stream), ReplyScored):
        between.append(event)
    assert event.kind == "interrupted" and event.record.timing.beats_heard == 1
    assert not any(isinstance(e, SpeakerSaid) for e in between)
    await stream.aclose()
