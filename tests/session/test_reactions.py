"""The speaker reacts to how each reply landed, in a fixed order of precedence."""

from __future__ import annotations

import pytest

from listener.reaction import classify
from listener.scenario import Need, ReactionKind
from listener.scoring import Signals, Timing
from listener.session_events import ReplyScored, SpeakerSaid
from tests.session.conftest import drain, new_session, run_until_listener_turn, variant

FINISHED = Timing(speaker_finished=True, beats_heard=3, beats_total=3)


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("JUDGE you should have pushed", "judged"),
        ("MIN at least you have a job", "minimised"),
        ("SELF that happened to me too", "self-focus"),
        ("ADVICE talk to HR", "advice-too-early"),
        ("OPENQ how did you find out?", "good-question"),
        ("PARA it went to someone newer", "felt-heard"),
        ("VALID that sounds awful", "felt-heard"),
        ("hmm", "default"),
    ],
)
def test_each_kind_of_reply_gets_its_scripted_reaction(scenario, clock, reply, kind):
    session = new_session(scenario, clock)
    run_until_listener_turn(session, clock)
    record = session.reply(reply)
    lines = [e.line for e in drain(session, clock) if isinstance(e, SpeakerSaid)]
    assert record.reaction == kind
    expected = scenario.turns[0].reactions[ReactionKind(kind)][0].text
    assert lines[0].text == expected and lines[0].source == "reaction"
    assert [line.text for line in record.reaction_lines] == [expected]


@pytest.mark.parametrize(
    ("signals", "timing", "kind"),
    [
        (Signals(judging=True, invalidation=True), Timing(speaker_finished=False), "interrupted"),
        (Signals(judging=True, invalidation=True, self_focus=True), FINISHED, "judged"),
        (Signals(invalidation=True, self_focus=True, advice=True), FINISHED, "minimised"),
        (Signals(self_focus=True, advice=True, open_question=True), FINISHED, "self-focus"),
        (Signals(advice=True, open_question=True, paraphrase=True), FINISHED, "advice-too-early"),
        (Signals(open_question=True, paraphrase=True), FINISHED, "good-question"),
    ],
)
def test_the_first_matching_kind_wins(signals, timing, kind):
    assert classify(signals, timing, Need.TO_BE_HEARD, felt_heard_before=False) == kind


def test_advice_is_welcome_once_a_help_seeking_speaker_feels_heard():
    advice = Signals(advice=True)
    assert classify(advice, FINISHED, Need.HELP_ONCE_HEARD, False) == "advice-too-early"
    assert classify(advice, FINISHED, Need.HELP_ONCE_HEARD, True) == "default"
    assert (
        classify(Signals(advice=True, validation=True), FINISHED, Need.HELP_ONCE_HEARD, False) == "felt-heard"
    )
    assert classify(advice, FINISHED, Need.TO_BE_HEARD, True) == "advice-too-early"


def test_a_help_seeking_speaker_takes_advice_after_a_reply_made_them_feel_heard(raw_scenario, clock):
    session = new_session(variant(raw_scenario, persona__needs="help-once-heard"), clock)
    run_until_listener_turn(session, clock)
    assert session.reply("ADVICE talk to HR").reaction == "advice-too-early"
    run_until_listener_turn(session, clock)
    assert session.reply("VALID that sounds humiliating").reaction == "felt-heard"
    run_until_listener_turn(session, clock)
    assert session.reply("ADVICE talk to HR").reaction == "default"


def test_a_reaction_missing_from_the_turn_falls_back_to_its_default(raw_scenario, clock):
    del raw_scenario["turns"][0]["reactions"]["self-focus"]
    session = new_session(variant(raw_scenario), clock)
    run_until_listener_turn(session, clock)
    record = session.reply("SELF me too")
    assert record.reaction == "self-focus"
    assert record.reaction_lines[0].text == raw_scenario["turns"][0]["reactions"]["default"][0]


def test_the_turn_is_handed_over_the_moment_it_is_scored(scenario, clock):
    saved = []
    session = new_session(scenario, clock, on_turn_completed=saved.append)
    run_until_listener_turn(session, clock)
    record = session.reply("PARA it went to Daniel")
    assert saved == [record]
    assert isinstance(session.poll()[0], ReplyScored)
    assert record.score.timing_known and record.turn_index == 0
