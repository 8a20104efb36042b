"""Retrying the last reply once, and resuming a saved session at the next turn."""

from __future__ import annotations

import pytest

from listener.records import SessionRecord
from listener.scoring import Skill
from listener.session import RetryNotAllowedError, Session
from listener.session_events import RetryScored, SpeakerSaid
from tests.session.conftest import drain, new_session, run_until_listener_turn, signal_scorer


def test_a_retry_is_scored_kept_beside_the_original_and_shows_the_difference(scenario, clock):
    saved = []
    session = new_session(scenario, clock, on_turn_completed=saved.append)
    run_until_listener_turn(session, clock)
    original = session.reply("ADVICE just talk to HR")
    comparison = session.retry("PARA VALID OPENQ you were promised it and it went to Daniel. How?")
    assert comparison.original == original
    assert comparison.retry.retry_of == original.index
    assert comparison.retry.reaction == "good-question"
    assert comparison.overall_delta == pytest.approx(1.0)
    assert comparison.skill_deltas()[Skill.PARAPHRASE] == pytest.approx(1.0)
    assert saved == [original, comparison.retry]
    assert any(isinstance(e, RetryScored) for e in session.poll())


def test_a_retry_does_not_change_the_conversation(scenario, clock):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    session.reply("ADVICE talk to HR")
    session.retry("PARA VALID it went to Daniel")
    lines = [e.line.text for e in drain(session, clock) if isinstance(e, SpeakerSaid)]
    assert lines[0] == scenario.turns[0].reactions["advice-too-early"][0].text
    assert session.trust == 0


def test_only_the_last_reply_can_be_retried_and_only_once(scenario, clock):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    with pytest.raises(RetryNotAllowedError):
        session.retry("PARA too early")
    session.reply("hm")
    session.retry("PARA better")
    with pytest.raises(RetryNotAllowedError):
        session.retry("PARA again")
    run_until_listener_turn(session, clock)
    session.reply("hm")
    run_until_listener_turn(session, clock)
    session.reply("hm again")
    assert session.can_retry
    session.finish()
    with pytest.raises(RetryNotAllowedError):
        session.retry("PARA after the end")


def _resume(scenario, clock, record):
    return Session.resume(scenario, record, clock=clock, scorer=signal_scorer)


def test_a_resumed_session_continues_at_the_next_turn_with_its_trust(scenario, clock):
    first = new_session(scenario, clock)
    for reply in ["PARA a", "OPENQ b"]:
        run_until_listener_turn(first, clock)
        first.reply(reply)
    saved = SessionRecord.model_validate_json(first.record.model_dump_json())
    again = _resume(scenario, clock, saved)
    assert again.id == first.id and again.trust == 2 and len(again.records) == 2
    events = run_until_listener_turn(again, clock)
    assert [e.line.text for e in events if isinstance(e, SpeakerSaid)] == [
        b.text for b in scenario.turns[2].beats
    ]
    record = again.reply("VALID c")
    assert record.index == 2 and record.turn_index == 2
    run_until_listener_turn(again, clock)
    assert again.reply("PARA deeper").turn_index == -1


def test_resuming_after_the_deeper_concern_continues_with_the_next_scripted_turn(scenario, clock):
    first = new_session(scenario, clock)
    for reply in ["PARA a", "PARA b", "PARA c", "PARA deeper"]:
        run_until_listener_turn(first, clock)
        first.reply(reply)
    again = _resume(scenario, clock, first.record)
    run_until_listener_turn(again, clock)
    assert again.reply("PARA d").turn_index == 3
    assert again.record.disclosed


def test_a_finished_or_foreign_session_cannot_be_resumed(scenario, clock):
    session = new_session(scenario, clock)
    with pytest.raises(ValueError, match="already finished"):
        _resume(scenario, clock, session.finish())
    other = session.record.model_copy(update={"scenario_id": "other", "finished_at": None})
    with pytest.raises(ValueError, match="other"):
        _resume(scenario, clock, other)
