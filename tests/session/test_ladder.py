"""The disclosure ladder: good listening earns trust and the speaker reveals their deeper concern."""

from __future__ import annotations

import pytest

from listener.session import SessionOverError
from listener.session_events import ConversationEnded, SpeakerSaid
from tests.session.conftest import drain, new_session, run_until_listener_turn


def play(session, clock, replies):
    """Answer each turn in order; return every event."""
    events = []
    for reply in replies:
        events += run_until_listener_turn(session, clock)
        session.reply(reply)
    return events + drain(session, clock)


def test_three_replies_that_land_reveal_the_deeper_concern_as_an_extra_turn(scenario, clock):
    session = new_session(scenario, clock)
    events = play(session, clock, ["PARA a", "OPENQ b", "VALID c", "PARA deeper", "PARA d"])
    records = session.records
    assert [r.turn_index for r in records] == [0, 1, 2, -1, 3]
    disclosed = [e.line for e in events if isinstance(e, SpeakerSaid) and e.line.source == "disclosure"]
    assert [line.text for line in disclosed] == [b.text for b in scenario.deeper_concern.beats]
    assert session.record.disclosed
    closing = [e.line.text for e in events if isinstance(e, SpeakerSaid) and e.line.source == "closing"]
    assert closing == [b.text for b in scenario.closing]
    assert events[-1] == ConversationEnded(guarded=False)
    # The saved transcript ends as the conversation did: the last record keeps the closing lines.
    saved = [line.text for line in records[-1].reaction_lines if line.source == "closing"]
    assert saved == closing


def test_a_roadblock_costs_trust_so_the_speaker_stays_guarded(scenario, clock):
    session = new_session(scenario, clock)
    events = play(session, clock, ["PARA a", "OPENQ b", "ADVICE c", "VALID d"])
    assert session.trust == 2
    assert [r.turn_index for r in session.records] == [0, 1, 2, 3]
    closing = [e.line.text for e in events if isinstance(e, SpeakerSaid) and e.line.source == "closing"]
    assert closing == [b.text for b in scenario.deeper_concern.guarded]
    assert events[-1] == ConversationEnded(guarded=True)
    assert [line.text for line in session.records[-1].reaction_lines if line.source == "closing"] == closing
    assert not session.record.disclosed


def test_trust_never_drops_below_zero(scenario, clock):
    session = new_session(scenario, clock)
    play(session, clock, ["JUDGE a", "MIN b", "PARA c", "PARA d"])
    assert session.trust == 2


def test_no_reply_is_taken_once_the_speaker_has_closed(scenario, clock):
    session = new_session(scenario, clock)
    play(session, clock, ["hm"] * 4)
    assert not session.can_reply and session.ended
    with pytest.raises(SessionOverError):
        session.reply("one more thing")


def test_a_blank_reply_is_refused_and_changes_nothing(scenario, clock):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    with pytest.raises(ValueError):
        session.reply("   \n")
    assert session.records == () and session.can_reply


def test_finish_returns_the_record_once_and_tells_the_callback(scenario, clock):
    finished = []
    session = new_session(scenario, clock, on_finished=finished.append)
    play(session, clock, ["PARA a"] * 2)
    record = session.finish()
    assert session.finish() == record
    assert finished == [record] and record.finished_at is not None and len(record.turns) == 2
    assert not session.can_reply
