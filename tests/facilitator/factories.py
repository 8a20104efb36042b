"""Build realistic `SessionRecord`s for the facilitator tests without running the scorer."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from listener.records import SessionRecord, SpeakerLine, TurnRecord
from listener.scoring import Evidence, Finding, ScoreResult, Skill, SkillScore, Timing

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

ROADBLOCKS = {
    "N201": ("advice-before-understanding", Skill.NON_INTERRUPTION, "You jumped to advice: {q}."),
    "V301": ("feeling-minimised", Skill.VALIDATION, "You minimised the feeling: {q}."),
}


def score(reply: str, values: dict[Skill, float] | float, roadblocks: tuple[str, ...] = ()) -> ScoreResult:
    """A ScoreResult with these skill scores and roadblock findings quoting the reply."""
    if isinstance(values, float | int):
        values = dict.fromkeys(Skill, float(values))
    findings = tuple(
        Finding(
            code=code,
            name=ROADBLOCKS[code][0],
            skill=ROADBLOCKS[code][1],
            polarity="roadblock",
            message=ROADBLOCKS[code][2].format(q=reply[:20]),
            suggestion="Try reflecting first.",
            evidence=(Evidence(quote=reply[:20]),),
        )
        for code in roadblocks
    )
    return ScoreResult(
        reply=reply,
        skills={skill: SkillScore(skill=skill, score=v, shown=v > 0.5) for skill, v in values.items()},
        findings=findings,
        overall=sum(values.values()) / len(values),
    )


def turn(
    index: int,
    reply: str,
    overall: float,
    *,
    line: str = "",
    turn_index: int | None = None,
    roadblocks: tuple[str, ...] = (),
    retry_of: int | None = None,
) -> TurnRecord:
    """One completed exchange."""
    return TurnRecord(
        index=index,
        turn_index=index if turn_index is None else turn_index,
        speaker_lines=(SpeakerLine(text=line or f"Speaker line {index}."),),
        reply=reply,
        timing=Timing(beats_heard=1, beats_total=1),
        score=score(reply, overall, roadblocks),
        retry_of=retry_of,
        at=START + timedelta(minutes=index),
    )


def session(
    learner: str,
    turns: list[TurnRecord],
    *,
    scenario: str = "passed-over",
    title: str = "Passed over",
    day: int = 0,
    drill: str = "Week 1",
) -> SessionRecord:
    """A finished session for this learner."""
    return SessionRecord(
        id=uuid.uuid4().hex,
        scenario_id=scenario,
        scenario_title=title,
        learner=learner,
        drill=drill,
        started_at=START + timedelta(days=day),
        finished_at=START + timedelta(days=day, minutes=30),
        turns=tuple(turns),
    )
