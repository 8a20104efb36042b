"""What the LLM judge returns: per-skill scores, signals, a rationale and feedback, marked as the LLM's."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from listener.scoring import ScoreResult, Signals, Skill

_WIRE = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)
Score = Annotated[float, Field(ge=0, le=1)]


class LLMSkillScores(BaseModel):
    """One score from 0 to 1 per listening skill."""

    model_config = _WIRE

    paraphrase: Score
    """Restated the speaker's content and feelings in the listener's own words."""
    clarifying: Score
    """Asked an open question about what the speaker said."""
    validation: Score
    """Acknowledged the feeling as understandable, without minimising or judging."""
    non_interruption: Score
    """Let the speaker finish, stayed on their topic, held back advice until they felt heard."""


class LLMSignals(BaseModel):
    """A MITI-style coding of the reply (the same names as the rule scorer's signals)."""

    model_config = _WIRE

    paraphrase: bool
    question: bool
    open_question: bool
    validation: bool
    advice: bool
    self_focus: bool
    invalidation: bool
    """Minimising, dismissing, judging or empty reassurance."""
    judging: bool
    """Judging or blaming the speaker."""


class LLMFeedback(BaseModel):
    """Coaching in the same three parts as the rule scorer's."""

    model_config = _WIRE

    landed: str
    """What worked, quoting the reply; empty when nothing did."""
    next_step: str
    """One concrete thing to try next."""
    rewrite: str
    """A better version of the reply, in the learner's voice."""


class LLMVerdict(BaseModel):
    """The answer the model must give; its JSON schema goes to the server."""

    model_config = _WIRE

    skills: LLMSkillScores
    signals: LLMSignals
    rationale: str
    """Why, in one or two sentences."""
    feedback: LLMFeedback


class LLMJudgement(LLMVerdict):
    """The LLM's verdict on one reply, kept beside (never instead of) the rule scorer's."""

    source: Literal["llm"] = "llm"
    """Marks every score and word here as the LLM's, not the rules'."""
    model: str
    """The model that judged."""
    structured: str
    """How its shape was enforced: json_schema, json_object or instructions."""

    def skill_scores(self) -> dict[Skill, float]:
        """Scores by skill, keyed like `ScoreResult.skills`."""
        return {skill: float(getattr(self.skills, skill.value)) for skill in Skill}

    @property
    def overall(self) -> float:
        """Mean of the four skill scores, as the rule scorer computes its own."""
        scores = self.skill_scores()
        return sum(scores.values()) / len(scores)

    def to_signals(self, interruption: bool = False) -> Signals:
        """As a `scoring.Signals`; the interruption flag comes from timing, which only the rules see."""
        return Signals(**self.signals.model_dump(), interruption=interruption)


class JudgedReply(BaseModel):
    """A rule result with, when the judge ran, the LLM's judgement or the one-line reason it failed."""

    model_config = ConfigDict(frozen=True)

    rules: ScoreResult
    """The rule scorer's result, findings and evidence unchanged."""
    llm: LLMJudgement | None = None
    """The LLM's judgement, when it succeeded."""
    llm_error: str | None = None
    """Why the LLM judgement is missing, in one line (key masked)."""
