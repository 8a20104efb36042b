"""The report card's data model: what a learner sees at the end of a session, ready to render."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from listener.scoring import Polarity, Skill

_CONFIG = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

REPORT_VERSION = 1
"""Format version of exported report cards (JSON)."""

SKILL_LABELS: dict[Skill, str] = {
    Skill.PARAPHRASE: "Paraphrasing",
    Skill.CLARIFYING: "Clarifying questions",
    Skill.VALIDATION: "Validation",
    Skill.NON_INTERRUPTION: "Letting them finish",
}
"""How each skill is named to a learner."""


class SkillSummary(BaseModel):
    """One skill over the session."""

    model_config = _CONFIG

    skill: Skill
    label: str
    """The skill's name for a learner."""
    score: int | None
    """Mean over the counted replies, 0-100; None when no reply was counted."""
    shown_in: int
    """How many counted replies showed the skill."""


class Badge(BaseModel):
    """One skill's verdict on one reply."""

    model_config = _CONFIG

    skill: Skill
    score: int
    """0-100."""
    shown: bool
    """The reply showed the skill."""
    roadblocks: tuple[str, ...] = ()
    """Codes of counted roadblock findings for this skill in the reply."""

    @property
    def mark(self) -> str:
        """✓ shown, ✗ roadblock, · neither."""
        return "✗" if self.roadblocks else ("✓" if self.shown else "·")


class TurnRow(BaseModel):
    """One reply in the per-turn table."""

    model_config = _CONFIG

    number: int
    """1-based, as shown."""
    speaker: str
    """What the speaker said before the reply."""
    reply: str
    badges: tuple[Badge, ...]
    overall: int
    """0-100."""
    reaction: str
    """How the speaker took the reply (a ReactionKind value)."""
    counted: bool
    """False for a reply replaced by a retry, or one the scorer could not read (not English)."""
    note: str = ""
    """Why not counted, or "retry of turn N"."""


class BestReply(BaseModel):
    """The counted reply with the highest overall score."""

    model_config = _CONFIG

    number: int
    reply: str
    overall: int
    landed: tuple[str, ...]
    """What worked, from the reply's strength findings (each quotes the reply)."""


class Roadblock(BaseModel):
    """The roadblock found in the most counted replies."""

    model_config = _CONFIG

    code: str
    name: str
    skill: Skill
    count: int
    """Counted replies it was found in."""
    of: int
    """Counted replies in all."""
    example_number: int
    """Turn number of the first example."""
    example_quote: str
    example_reply: str
    message: str
    suggestion: str


class Annotation(BaseModel):
    """A finding's evidence in a reply."""

    model_config = _CONFIG

    code: str
    name: str
    skill: Skill
    polarity: Polarity
    quote: str
    message: str
    start: int | None = None
    """Character span in the reply; None for evidence outside the text (timing)."""
    end: int | None = None
    counted: bool = True
    """False for preview rules and replies that were not counted."""


class TranscriptEntry(BaseModel):
    """One line of the annotated transcript."""

    model_config = _CONFIG

    who: Literal["speaker", "listener"]
    name: str
    """The speaker's name, or "You"."""
    text: str
    number: int
    """The turn it belongs to."""
    note: str = ""
    """"retry", "interrupted" and the like."""
    annotations: tuple[Annotation, ...] = ()


class ReportCard(BaseModel):
    """Everything the end-of-session report shows; render with `to_markdown`, `to_text` or `to_json`."""

    model_config = _CONFIG

    version: int = REPORT_VERSION
    session_id: str
    scenario_id: str
    scenario_title: str
    speaker_name: str
    learner: str = ""
    drill: str = ""
    mode: str = "coach"
    started_at: datetime
    finished_at: datetime | None
    skills: tuple[SkillSummary, ...]
    overall: int | None
    """Mean of the skill scores, 0-100."""
    counted: int
    """Replies counted in the scores."""
    turns: tuple[TurnRow, ...]
    best_reply: BestReply | None
    top_roadblock: Roadblock | None
    next_steps: tuple[str, ...]
    """Two concrete steps, grounded in this session's replies."""
    has_deeper_concern: bool | None
    """Whether the scenario hides a deeper concern; None when the scenario file is unknown."""
    disclosed: bool
    """The speaker revealed their deeper concern."""
    transcript: tuple[TranscriptEntry, ...]
