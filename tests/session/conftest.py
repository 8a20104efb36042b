"""Engine test fixtures: a fake clock, the bundled scenario, a scorer whose signals a test picks."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from listener.clock import FakeClock
from listener.scenario import Scenario, Turn
from listener.scenarios import BUNDLED_DIR
from listener.scoring import ScoreResult, Signals, Skill, SkillScore, Timing
from listener.session import Session

SIGNAL_WORDS = {
    "PARA": "paraphrase",
    "VALID": "validation",
    "OPENQ": "open_question",
    "ADVICE": "advice",
    "SELF": "self_focus",
    "MIN": "invalidation",
    "JUDGE": "judging",
}
"""Words a test puts in a reply to make the fake scorer raise a signal."""


def signal_scorer(
    reply: str, speaker: str = "", *, turn: Turn | None = None, timing: Timing | None = None
) -> ScoreResult:
    """Score by keyword, so engine tests choose each reply's signals; the score is the count of strengths."""
    on = {name: True for word, name in SIGNAL_WORDS.items() if word in reply.split()}
    if on.get("open_question"):
        on["question"] = True
    if on.get("judging"):
        on["invalidation"] = True
    strengths = sum(bool(on.get(n)) for n in ("paraphrase", "validation", "open_question")) / 3
    skills = {skill: SkillScore(skill=skill, score=strengths, shown=strengths > 0) for skill in Skill}
    return ScoreResult(
        reply=reply,
        speaker=speaker,
        timing_known=timing is not None,
        skills=skills,
        signals=Signals(**on),
        overall=strengths,
    )


@pytest.fixture
def raw_scenario() -> dict[str, Any]:
    """The passed-over scenario as a plain dict, to make variants of."""
    return yaml.safe_load((BUNDLED_DIR / "passed-over.yaml").read_text())


@pytest.fixture
def scenario(raw_scenario: dict[str, Any]) -> Scenario:
    return Scenario.model_validate(raw_scenario)


def variant(raw: dict[str, Any], **changes: Any) -> Scenario:
    """A copy of a scenario dict with top-level or persona changes (persona__needs=...)."""
    data = copy.deepcopy(raw)
    for key, value in changes.items():
        if key.startswith("persona__"):
            data["persona"][key.removeprefix("persona__")] = value
        else:
            data[key] = value
    return Scenario.model_validate(data)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def new_session(scenario: Scenario, clock: FakeClock, **options: Any) -> Session:
    return Session(scenario, clock=clock, scorer=signal_scorer, **options)


def run_until_listener_turn(session: Session, clock: FakeClock, limit: float = 60.0) -> list[Any]:
    """Advance the fake clock line by line until the speaker has finished the turn; return the events."""
    from listener.session_events import ListenerTurn

    events: list[Any] = []
    waited = 0.0
    while waited <= limit:
        events += session.poll()
        if any(isinstance(e, ListenerTurn) for e in events):
            return events
        delay = session.seconds_until_next()
        if delay is None:
            return events
        clock.advance(delay)
        waited += delay
    raise AssertionError("the speaker never finished")


def drain(session: Session, clock: FakeClock) -> list[Any]:
    """Let every scheduled line play out."""
    events: list[Any] = session.poll()
    while (delay := session.seconds_until_next()) is not None:
        clock.advance(delay)
        events += session.poll()
    return events
