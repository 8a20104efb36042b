"""The bundled scenarios played through the real scorer and engine: good listening opens people up.

These are cross-checks between the scenario texts and the scorer. When one fails after a scorer change,
either the scorer now misreads a model reply (a false positive a learner would see as contradictory
coaching) or the scenario text needs a cue; the message names the finding.
"""

from __future__ import annotations

import pytest

from listener.clock import FakeClock
from listener.scenario import Scenario, Turn
from listener.scenarios import BUNDLED_DIR, load_scenarios
from listener.scoring import score_reply
from listener.session import Session
from listener.session_events import ConversationEnded, SpeakerSaid
from tests.session.conftest import drain, run_until_listener_turn

SCENARIOS, _ = load_scenarios([BUNDLED_DIR])
LADDERS = [s for s in SCENARIOS if s.deeper_concern is not None]
TURNS = [
    (f"{s.id}-turn{n}", t)
    for s in SCENARIOS
    for n, t in enumerate([*s.turns, *([s.deeper_concern] if s.deeper_concern else [])], start=1)
]


@pytest.mark.parametrize(("name", "turn"), TURNS, ids=[name for name, _ in TURNS])
def test_each_strong_reply_paraphrases_asks_and_sets_up_no_roadblock(name: str, turn: Turn):
    speaker = " ".join(beat.text for beat in turn.beats)
    result = score_reply(turn.strong_reply, speaker, turn=turn)
    fired = [(f.code, f.name, [e.quote for e in f.evidence]) for f in result.roadblocks()]
    assert fired == [], f"the model reply for {name} is scored as a roadblock"
    assert result.signals.paraphrase, f"the model reply for {name} is not read as a paraphrase"
    assert result.signals.question, f"the model reply for {name} asks nothing"


def _play(scenario: Scenario, reply_for: dict[str, str]) -> tuple[Session, list[object]]:
    """Answer every turn: the disclosure turn with reply_for["concern"], the others with reply_for[index]."""
    clock = FakeClock()
    session = Session(scenario, clock=clock)
    events: list[object] = []
    index = 0
    while True:
        new = run_until_listener_turn(session, clock)
        events += new
        if not session.can_reply:
            break
        disclosed = any(isinstance(e, SpeakerSaid) and e.line.source == "disclosure" for e in new)
        session.reply(reply_for["concern"] if disclosed else reply_for[str(index)])
        index += 0 if disclosed else 1
    return session, events + drain(session, clock)


@pytest.mark.parametrize("scenario", LADDERS, ids=lambda s: s.id)
def test_answering_every_turn_with_its_strong_reply_earns_the_deeper_concern(scenario: Scenario):
    assert scenario.deeper_concern is not None
    replies = {str(i): turn.strong_reply for i, turn in enumerate(scenario.turns)}
    replies["concern"] = scenario.deeper_concern.strong_reply
    session, events = _play(scenario, replies)
    assert session.record.disclosed
    heard = [e.line.text for e in events if isinstance(e, SpeakerSaid) and e.line.source == "disclosure"]
    assert heard == [beat.text for beat in scenario.deeper_concern.beats]
    assert {r.reaction for r in session.records} <= {"good-question", "felt-heard"}
    assert events[-1] == ConversationEnded(guarded=False)


@pytest.mark.parametrize("scenario", LADDERS, ids=lambda s: s.id)
def test_jumping_to_advice_every_turn_keeps_the_speaker_guarded(scenario: Scenario):
    assert scenario.deeper_concern is not None
    advice = "Have you thought about making a list of your options? You should talk to someone."
    session, events = _play(scenario, {str(i): advice for i in range(len(scenario.turns))})
    assert not session.record.disclosed
    assert {r.reaction for r in session.records} == {"advice-too-early"}
    said_after = [e.line.text for e in events if isinstance(e, SpeakerSaid) and e.line.source == "reaction"]
    assert said_after[0] == scenario.turns[0].reactions["advice-too-early"][0].text
    closing = [e.line.text for e in events if isinstance(e, SpeakerSaid) and e.line.source == "closing"]
    assert closing == [beat.text for beat in scenario.deeper_concern.guarded or ()]
    assert events[-1] == ConversationEnded(guarded=True)
