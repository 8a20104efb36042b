"""Hand-built records for store and report tests: scores made directly, not by the scorer's rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from listener.records import SessionRecord, SpeakerLine, TurnRecord
from listener.scoring import Evidence, Feedback, Finding, ScoreResult, Skill, SkillScore, Span, Timing

START = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
"""A fixed start time, so dates in output are predictable."""


def finding(
    reply: str,
    quote: str,
    *,
    code: str = "V201",
    name: str = "feeling-minimised",
    skill: Skill = Skill.VALIDATION,
    polarity: str = "roadblock",
    suggestion: str = "Name the feeling before anything else.",
) -> Finding:
    """A finding whose evidence is `quote`, located in `reply`."""
    start = reply.index(quote)
    return Finding(
        code=code,
        name=name,
        skill=skill,
        polarity=polarity,  # type: ignore[arg-type]
        message=f"You wrote “{quote}”.",
        suggestion=suggestion,
        evidence=(Evidence(reply_spans=(Span(start=start, end=start + len(quote)),), quote=quote),),
    )


def score(
    reply: str,
    scores: Mapping[Skill, float],
    findings: Sequence[Finding] = (),
    *,
    next_step: str = "",
    rewrite: str = "",
    language_supported: bool = True,
) -> ScoreResult:
    """A ScoreResult with these per-skill scores (0-1); unnamed skills score 0.5."""
    skills = {
        skill: SkillScore(
            skill=skill,
            score=scores.get(skill, 0.5),
            shown=any(f.skill == skill and f.polarity == "strength" for f in findings),
            findings=tuple(f.code for f in findings if f.skill == skill),
        )
        for skill in Skill
    }
    overall = sum(s.score for s in skills.values()) / len(skills)
    return ScoreResult(
        reply=reply,
        skills=skills,
        findings=tuple(findings),
        feedback=Feedback(next_step=next_step, rewrite=rewrite),
        overall=overall,
        language_supported=language_supported,
        timing_known=True,
    )


def turn(
    index: int,
    reply: str,
    scores: Mapping[Skill, float] | None = None,
    findings: Sequence[Finding] = (),
    *,
    speaker: str = "I just keep replaying it.",
    turn_index: int | None = None,
    reaction: str = "default",
    reaction_line: str = "",
    retry_of: int | None = None,
    **score_options: object,
) -> TurnRecord:
    """A completed turn; the speaker said `speaker` and reacted with `reaction_line`."""
    return TurnRecord(
        index=index,
        turn_index=index if turn_index is None else turn_index,
        speaker_lines=(SpeakerLine(text=speaker),),
        reply=reply,
        timing=Timing(speaker_finished=True, beats_heard=1, beats_total=1),
        score=score(reply, scores or {}, findings, **score_options),  # type: ignore[arg-type]
        reaction=reaction,
        reaction_lines=(SpeakerLine(text=reaction_line, source="reaction"),) if reaction_line else (),
        retry_of=retry_of,
        at=START + timedelta(minutes=1 + index),
    )


def session(
    session_id: str = "3f2a9c1e-0000-4000-8000-000000000001",
    turns: Sequence[TurnRecord] = (),
    *,
    started_at: datetime = START,
    finished: bool = False,
    scenario_id: str = "passed-over",
    **fields: object,
) -> SessionRecord:
    """A session record of `passed-over` with these turns."""
    return SessionRecord(
        id=session_id,
        scenario_id=scenario_id,
        scenario_title="Passed over",
        started_at=started_at,
        finished_at=started_at + timedelta(minutes=10) if finished else None,
        turns=tuple(turns),
        **fields,  # type: ignore[arg-type]
    )
