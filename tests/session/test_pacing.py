"""The speaker's lines arrive one by one, paced by length and speed, and replies are timed."""

from __future__ import annotations

import pytest

from listener.clock import FIRST_LINE_PAUSE, pause_before
from listener.session_events import ListenerTurn, ReplyScored, SpeakerSaid, SpeakerTyping
from tests.session.conftest import drain, new_session, run_until_listener_turn, variant


def said(events):
    return [e.line.text for e in events if isinstance(e, SpeakerSaid)]


def test_nothing_is_said_before_the_first_pause_then_one_line_at_a_time(scenario, clock):
    session = new_session(scenario, clock)
    first = session.poll()
    assert [type(e) for e in first] == [SpeakerTyping]
    assert first[0].due == pytest.approx(FIRST_LINE_PAUSE)
    clock.advance(FIRST_LINE_PAUSE - 0.01)
    assert said(session.poll()) == []
    clock.advance(0.01)
    assert said(session.poll()) == ["Can I vent for a minute?"]
    gap = pause_before("Can I vent for a minute?", None, 1.0)
    clock.advance(gap)
    assert said(session.poll()) == [scenario.turns[0].beats[1].text]


def test_the_listener_turn_comes_after_the_last_beat(scenario, clock):
    session = new_session(scenario, clock)
    events = run_until_listener_turn(session, clock)
    assert said(events) == [b.text for b in scenario.turns[0].beats]
    assert isinstance(events[-1], ListenerTurn) and events[-1].turn_index == 0
    assert session.seconds_until_next() is None


def test_speed_two_halves_every_pause(scenario, clock):
    slow = new_session(scenario, clock)
    run_until_listener_turn(slow, clock)
    slow_time = clock.now()
    clock.time = 0.0
    fast = new_session(scenario, clock, speed=2.0)
    run_until_listener_turn(fast, clock)
    assert clock.now() == pytest.approx(slow_time / 2)


def test_a_beats_own_pause_wins_over_the_derived_one(raw_scenario, clock):
    raw_scenario["turns"][0]["beats"][1] = {"text": "They gave it to Daniel.", "pause": 7.5}
    session = new_session(variant(raw_scenario), clock)
    clock.advance(FIRST_LINE_PAUSE)
    session.poll()
    clock.advance(7.4)
    assert said(session.poll()) == []
    clock.advance(0.1)
    assert said(session.poll()) == ["They gave it to Daniel."]


def test_a_reply_after_the_last_beat_is_timed_as_letting_them_finish(scenario, clock):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    record = session.reply("PARA that sounds unfair")
    assert record.timing.speaker_finished
    assert (record.timing.beats_heard, record.timing.beats_total) == (3, 3)
    assert [line.text for line in record.speaker_lines] == [b.text for b in scenario.turns[0].beats]


def test_a_reply_mid_turn_is_an_interruption_and_drops_the_unsaid_beats(scenario, clock):
    session = new_session(scenario, clock)
    clock.advance(FIRST_LINE_PAUSE)
    session.poll()
    record = session.reply("PARA that sounds unfair")
    assert not record.timing.speaker_finished
    assert (record.timing.beats_heard, record.timing.beats_total) == (1, 3)
    assert record.reaction == "interrupted"
    later = drain(session, clock)
    assert said(later)[0] == scenario.turns[0].reactions["interrupted"][0].text
    assert scenario.turns[0].beats[1].text not in said(later)
    assert said(later)[1:] == [b.text for b in scenario.turns[1].beats]


def test_typing_while_the_speaker_talks_is_recorded_but_typing_after_is_not(scenario, clock):
    session = new_session(scenario, clock)
    clock.advance(FIRST_LINE_PAUSE)
    session.note_typing()
    run_until_listener_turn(session, clock)
    assert session.reply("PARA okay").timing.typed_while_speaking
    run_until_listener_turn(session, clock)
    session.note_typing()
    assert not session.reply("PARA okay").timing.typed_while_speaking


def test_a_reply_during_the_speakers_reaction_lets_it_finish_then_interrupts_the_next_turn(scenario, clock):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    session.reply("PARA it went to Daniel")
    session.poll()
    events_before = session.poll()
    assert said(events_before) == []
    record = session.reply("OPENQ what happened next?")
    events = session.poll()
    reaction = scenario.turns[0].reactions["felt-heard"][0].text
    kinds = [type(e) for e in events]
    assert said(events)[0] == reaction
    assert kinds.index(SpeakerSaid) < kinds.index(ReplyScored)
    assert record.turn_index == 1 and record.timing.beats_heard == 0
    assert record.reaction == "interrupted"
