"""Improvise mode: after each reply the engine waits for an external speaker's line (an LLM), keeps
the pacing, the timing of replies, the disclosure ladder and the ending, and falls back to the script."""

from __future__ import annotations

import pytest

from listener.clock import FIRST_LINE_PAUSE, pause_before
from listener.scenario import ReactionKind
from listener.session import DEEPER, SpeakerNotCuedError
from listener.session_events import (
    ConversationEnded,
    ListenerTurn,
    ReplyScored,
    SpeakerCued,
    SpeakerSaid,
)
from tests.session.conftest import drain, new_session, run_until_listener_turn


def said(events):
    return [(e.line.text, e.line.source) for e in events if isinstance(e, SpeakerSaid)]


def cue_of(events) -> SpeakerCued:
    cues = [e for e in events if isinstance(e, SpeakerCued)]
    assert len(cues) == 1, events
    return cues[0]


def improvised(scenario, clock, **options):
    saved = []
    session = new_session(scenario, clock, improvise=True, on_turn_completed=saved.append, **options)
    return session, saved


def answer(session, clock, reply):
    """Reply at the listener's turn; return the events from the reply on."""
    run_until_listener_turn(session, clock)
    session.reply(reply)
    return session.poll()


def test_a_reply_cues_the_speaker_instead_of_playing_the_script(scenario, clock):
    session, saved = improvised(scenario, clock)
    events = answer(session, clock, "PARA you were passed over")
    assert [type(e) for e in events] == [ReplyScored, SpeakerCued]
    cue = events[1]
    assert (cue.answered, cue.turn_index, cue.story_turn) == (0, 1, 1)
    assert cue.kind is ReactionKind.FELT_HEARD and not cue.may_reveal and not cue.revealed
    assert cue.due == pytest.approx(clock.now() + FIRST_LINE_PAUSE)
    assert saved[0].reaction_lines == (), "nothing was said in reaction yet"
    clock.advance(60)
    assert said(session.poll()) == [], "the script must not speak while the LLM is cued"
    assert session.speaking and session.can_reply and session.seconds_until_next() is None


def test_a_streamed_line_is_said_at_once_and_the_next_reply_answers_it(scenario, clock):
    session, saved = improvised(scenario, clock)
    cue = cue_of(answer(session, clock, "PARA you were passed over"))
    clock.advance(3.0)  # the line streamed in meanwhile
    session.stream_progress("It was announced")
    session.supply_lines(["It was announced at the all-hands, in front of everyone."])
    events = session.poll()
    assert said(events) == [("It was announced at the all-hands, in front of everyone.", "llm")]
    assert events[-1] == ListenerTurn(turn_index=cue.turn_index)
    record = session.reply("OPENQ how was that")
    assert record.turn_index == 1 and record.timing.speaker_finished
    assert record.speaker_lines[0].text.startswith("It was announced at the all-hands")
    assert record.speaker_lines[0].source == "llm"
    assert [r.index for r in saved] == [0, 1]


def test_supplied_lines_keep_the_beat_pacing(scenario, clock):
    session, _ = improvised(scenario, clock)
    cue = cue_of(answer(session, clock, "PARA you were passed over"))
    lines = ["It was announced at the all-hands.", "I had to clap."]
    session.supply_lines(lines)
    assert said(session.poll()) == [], "not before the cue's pause"
    clock.time = cue.due
    assert said(session.poll()) == [(lines[0], "llm")]
    clock.advance(pause_before(lines[0], None, 1.0) - 0.01)
    assert said(session.poll()) == []
    clock.advance(0.01)
    events = session.poll()
    assert said(events) == [(lines[1], "llm")] and isinstance(events[-1], ListenerTurn)


def test_a_reply_mid_stream_interrupts_it_like_a_scripted_beat(scenario, clock):
    session, _ = improvised(scenario, clock)
    answer(session, clock, "PARA you were passed over")
    session.stream_progress("It was announced at")
    trust = session.trust
    record = session.reply("PARA so it was announced")
    events = session.poll()
    assert said(events)[0] == ("It was announced at", "llm"), "what was shown was said"
    assert [line.text for line in record.speaker_lines] == ["It was announced at"]
    assert not record.timing.speaker_finished
    assert (record.timing.beats_heard, record.timing.beats_total) == (0, 1)
    assert record.reaction == ReactionKind.INTERRUPTED
    assert session.trust == trust - 1, "an interruption costs trust, as during scripted beats"
    assert isinstance(events[-1], SpeakerCued), "and the speaker reacts to being cut off"
    assert events[-1].kind is ReactionKind.INTERRUPTED


def test_a_reply_before_any_text_is_an_interruption_with_nothing_heard(scenario, clock):
    session, _ = improvised(scenario, clock)
    answer(session, clock, "PARA you were passed over")
    session.note_typing()
    record = session.reply("OPENQ and then")
    assert record.speaker_lines == () and not record.timing.speaker_finished
    assert record.timing.typed_while_speaking
    assert record.reaction == ReactionKind.INTERRUPTED
    assert said(session.poll()) == []


def test_use_script_plays_the_scripted_reaction_and_turn_and_records_the_reaction(scenario, clock):
    session, saved = improvised(scenario, clock)
    answer(session, clock, "PARA you were passed over")
    session.use_script()
    events = drain(session, clock)
    reaction = [b.text for b in scenario.turns[0].reactions[ReactionKind.FELT_HEARD]]
    beats = [b.text for b in scenario.turns[1].beats]
    assert [text for text, _ in said(events)] == reaction + beats
    assert isinstance(events[-1], ListenerTurn) and events[-1].turn_index == 1
    assert [line.text for line in saved[-1].reaction_lines] == reaction
    assert saved[-1].index == 0, "the amended turn is saved again under its own index"
    assert session.records[0].reaction_lines == saved[-1].reaction_lines


def test_use_script_keeps_what_the_broken_line_had_shown(scenario, clock):
    session, saved = improvised(scenario, clock)
    answer(session, clock, "PARA you were passed over")
    session.stream_progress("It was annou")
    session.use_script(said="It was annou")
    first = session.poll()
    assert said(first) == [("It was annou", "llm")], "shown already, so said at once"
    lines = saved[-1].reaction_lines
    assert lines[0].text == "It was annou" and lines[0].source == "llm"
    assert [line.source for line in lines[1:]] == ["reaction"] * (len(lines) - 1)


def test_the_ladder_decides_when_the_deeper_concern_may_be_told(scenario, clock):
    session, _ = improvised(scenario, clock)
    cues = [cue_of(answer(session, clock, "PARA a"))]
    for reply in ("OPENQ b", "VALID c"):
        session.supply_lines([f"line after {cues[-1].answered}"])
        cues.append(cue_of(answer(session, clock, reply)))
    assert [c.may_reveal for c in cues] == [False, False, True]
    assert cues[-1].turn_index == DEEPER and cues[-1].story_turn == 3
    session.supply_lines(["Can I tell you the real thing? I've been thinking about leaving."])
    after = cue_of(answer(session, clock, "PARA you might leave"))
    assert session.records[-1].turn_index == DEEPER and session.record.disclosed
    assert after.revealed and not after.may_reveal and after.turn_index == 3


def test_the_conversation_ends_when_the_arc_is_done(scenario, clock):
    session, saved = improvised(scenario, clock)
    for n, reply in enumerate(("PARA a", "OPENQ b", "ADVICE c")):
        cue_of(answer(session, clock, reply))
        session.supply_lines([f"line {n}"])
    last = cue_of(answer(session, clock, "VALID d"))
    assert last.turn_index is None and last.story_turn is None
    assert not session.can_reply and not session.ended, "waits for the closing line"
    session.supply_lines(["Thanks for listening."])
    events = drain(session, clock)
    assert said(events) == [("Thanks for listening.", "llm")]
    assert events[-1] == ConversationEnded(guarded=True)
    assert [line.text for line in saved[-1].reaction_lines] == ["Thanks for listening."]


def test_the_end_marker_ends_the_conversation_early(scenario, clock):
    session, saved = improvised(scenario, clock)
    answer(session, clock, "PARA a")
    session.supply_lines(["I'd rather stop here. Thanks."], ended=True)
    events = drain(session, clock)
    assert said(events) == [("I'd rather stop here. Thanks.", "llm")]
    assert isinstance(events[-1], ConversationEnded) and not session.can_reply
    assert saved[-1].reaction_lines[0].text == "I'd rather stop here. Thanks."


def test_turning_improvise_off_goes_back_to_the_script(scenario, clock):
    session, _ = improvised(scenario, clock)
    answer(session, clock, "PARA a")
    session.improvise = False
    session.use_script()
    events = answer(session, clock, "PARA b")
    assert not any(isinstance(e, SpeakerCued) for e in events)
    assert session.records[-1].reaction_lines, "the script reacted at once"


def test_supplying_without_a_cue_or_a_blank_line_is_refused(scenario, clock):
    session, _ = improvised(scenario, clock)
    with pytest.raises(SpeakerNotCuedError):
        session.supply_lines(["too early"])
    answer(session, clock, "PARA a")
    with pytest.raises(ValueError, match="empty"):
        session.supply_lines(["  "])
    session.finish()
    assert session.cue is None
    with pytest.raises(SpeakerNotCuedError):
        session.use_script()


def test_a_judgement_and_later_reaction_lines_both_stay_on_the_turn(scenario, clock):
    session, saved = improvised(scenario, clock)
    answer(session, clock, "PARA a")
    session.attach_judgement(0, {"source": "llm", "overall": 0.5})
    session.use_script()
    assert saved[-1].llm_judgement == {"source": "llm", "overall": 0.5}
    assert saved[-1].reaction_lines


async def test_a_front_end_can_improvise_a_whole_session_from_the_event_stream(scenario, clock):
    session, _ = improvised(scenario, clock)
    seen = []
    async for event in session.events():
        seen.append(event)
        if isinstance(event, ListenerTurn):
            session.reply("PARA VALID that sounds hard")
        elif isinstance(event, SpeakerCued):
            await session.sleep_until(event.due)
            session.supply_lines([f"improvised after reply {event.answered}"])
        elif isinstance(event, ConversationEnded):
            session.finish()
    scored = [e.record.turn_index for e in seen if isinstance(e, ReplyScored)]
    assert scored == [0, 1, 2, -1, 3]
    lines = said(seen)
    assert lines[: len(scenario.turns[0].beats)] == [(b.text, "script") for b in scenario.turns[0].beats]
    assert lines[-1] == ("improvised after reply 4", "llm")
    assert seen[-1] == ConversationEnded(guarded=False)
