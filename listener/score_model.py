"""The scorer's result model: skills, findings with their evidence, scores, signals and coaching.

`listener.scoring` re-exports every name here; import them from there.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Skill(StrEnum):
    """The four listening skills."""

    PARAPHRASE = "paraphrase"
    CLARIFYING = "clarifying"
    VALIDATION = "validation"
    NON_INTERRUPTION = "non_interruption"


SKILL_PREFIX: dict[Skill, str] = {
    Skill.PARAPHRASE: "P",
    Skill.CLARIFYING: "Q",
    Skill.VALIDATION: "V",
    Skill.NON_INTERRUPTION: "N",
}

Polarity = Literal["strength", "roadblock"]


class Timing(BaseModel):
    """When the reply came, as the conversation engine saw it."""

    model_config = _FROZEN

    speaker_finished: bool = True
    """False when the reply was sent before the speaker's last beat."""
    typed_while_speaking: bool = False
    """True when the listener started typing while the speaker was still talking."""
    beats_heard: int = 0
    """How many of the turn's beats had been delivered when the reply was sent."""
    beats_total: int = 0
    """How many beats the turn has."""


class Span(BaseModel):
    """A character range, end exclusive."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(BaseModel):
    """What a detector saw: spans in the reply (and in the speaker's words, for overlap)."""

    model_config = _FROZEN

    reply_spans: tuple[Span, ...] = ()
    speaker_spans: tuple[Span, ...] = ()
    quote: str = ""
    """The quoted text from the reply (or a description, for timing evidence)."""
    detail: dict[str, str] = Field(default_factory=dict)
    """Values to fill the message and suggestion templates (e.g. feeling)."""


class Finding(BaseModel):
    """One detector's observation about one reply."""

    model_config = _FROZEN

    code: str
    name: str
    skill: Skill
    polarity: Polarity
    message: str
    suggestion: str
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    preview: bool = False
    """Preview detectors are reported but do not count toward the score."""


class SkillScore(BaseModel):
    """One skill's score for one reply."""

    model_config = _FROZEN

    skill: Skill
    score: float = Field(ge=0, le=1)
    """0 to 1; a pure function of the findings and the weights table."""
    shown: bool
    """True when the reply showed the skill (a strength finding fired)."""
    findings: tuple[str, ...] = ()
    """Codes of the findings that moved this score."""


class Signals(BaseModel):
    """A flat MITI-style coding of the reply, for comparison with human labels."""

    model_config = _FROZEN

    paraphrase: bool = False
    question: bool = False
    open_question: bool = False
    validation: bool = False
    advice: bool = False
    self_focus: bool = False
    invalidation: bool = False
    """Minimising, dismissing, judging or empty reassurance."""
    judging: bool = False
    """Judging or blaming the speaker (a kind of invalidation)."""
    interruption: bool = False
    """The timing showed the reply cut the speaker off."""


class Feedback(BaseModel):
    """Coaching after a reply: one thing that landed, one next step with a rewrite."""

    model_config = _FROZEN

    landed: str = ""
    """What worked, quoting the reply; empty when nothing did (no canned praise)."""
    next_step: str = ""
    """One concrete thing to try next."""
    rewrite: str = ""
    """A suggested rewrite of the reply, built from the turn's key points when known."""


class ScoreResult(BaseModel):
    """Everything the scorer says about one reply."""

    model_config = _FROZEN

    reply: str
    speaker: str = ""
    language_supported: bool = True
    """False when the reply does not look like English; then no findings are made."""
    timing_known: bool = False
    """False when no timing was given: non-interruption is judged from the text alone."""
    skills: dict[Skill, SkillScore]
    findings: tuple[Finding, ...] = ()
    signals: Signals = Field(default_factory=Signals)
    feedback: Feedback = Field(default_factory=Feedback)
    overall: float = Field(ge=0, le=1)
    """Mean of the skill scores."""

    def roadblocks(self) -> tuple[Finding, ...]:
        """The counted roadblock findings."""
        return tuple(f for f in self.findings if f.polarity == "roadblock" and not f.preview)

    def strengths(self) -> tuple[Finding, ...]:
        """The counted strength findings."""
        return tuple(f for f in self.findings if f.polarity == "strength" and not f.preview)
