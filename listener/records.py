"""What a practice session leaves behind: completed turns and the session around them.

These models are the one format shared by the conversation engine, the sessions database, exports
and the facilitator's results files. Bump `RECORD_VERSION` when a change is not backward compatible.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from listener.scoring import ScoreResult, Timing

RECORD_VERSION = 1
"""Format version written into every session record and results file."""

_CONFIG = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class SpeakerLine(BaseModel):
    """A line the speaker said, in the order said."""

    model_config = _CONFIG

    text: str
    """The line, exactly as delivered."""
    source: Literal["script", "reaction", "disclosure", "closing", "llm"] = "script"
    """Where the line came from."""


class TurnRecord(BaseModel):
    """One completed exchange: what the speaker said, the reply, its timing and its score."""

    model_config = _CONFIG

    index: int = Field(ge=0)
    """0-based position in the session."""
    turn_index: int = Field(ge=-1)
    """Index of the scenario turn (-1 for the deeper-concern turn)."""
    speaker_lines: tuple[SpeakerLine, ...]
    """What the speaker said before the reply (the beats heard)."""
    reply: str
    """The learner's reply, exactly as sent."""
    timing: Timing
    """When the reply came."""
    score: ScoreResult
    """The scorer's verdict."""
    reaction: str = "default"
    """The reaction kind the speaker responded with (see `ReactionKind`)."""
    reaction_lines: tuple[SpeakerLine, ...] = ()
    """What the speaker said in response."""
    retry_of: int | None = None
    """When this is a retry, the index of the replaced turn record."""
    llm_judgement: dict[str, object] | None = None
    """The LLM judge's verdict, when the judge was on (marked as the LLM's)."""
    at: datetime = Field(default_factory=utc_now)
    """When the turn completed."""


class SessionRecord(BaseModel):
    """A practice session: which scenario, who, and the turns completed so far."""

    model_config = _CONFIG

    version: int = RECORD_VERSION
    """Format version."""
    id: str
    """Unique session id."""
    scenario_id: str
    """The scenario practised."""
    scenario_title: str = ""
    """Its title, kept so reports read well even if the scenario file changes."""
    mode: str = "coach"
    """coach or exam."""
    learner: str = ""
    """Name or alias, when given (drills)."""
    drill: str = ""
    """Drill name, when run as part of a drill."""
    started_at: datetime = Field(default_factory=utc_now)
    """When the session started."""
    finished_at: datetime | None = None
    """When it ended; None while unfinished."""
    turns: tuple[TurnRecord, ...] = ()
    """Completed turns, in order."""
    disclosed: bool = False
    """True when the speaker revealed their deeper concern."""
