"""What the conversation engine reports to a front end, in the order it happens."""

from __future__ import annotations

from dataclasses import dataclass

from listener.records import SpeakerLine, TurnRecord
from listener.scenario import ReactionKind
from listener.scoring import Skill


@dataclass(frozen=True)
class SpeakerTyping:
    """The speaker started typing their next line (show a typing indicator)."""

    due: float
    """Clock time at which the line will appear."""
    source: str
    """Where the coming line is from (script, reaction, disclosure, closing)."""


@dataclass(frozen=True)
class SpeakerSaid:
    """The speaker said a line."""

    line: SpeakerLine
    """The line, exactly as written in the scenario (or as the improvising speaker said it)."""
    turn_index: int | None
    """The scenario turn when the line is one of its beats (-1 for the deeper concern); None for
    reactions and closing lines."""


@dataclass(frozen=True)
class ListenerTurn:
    """The speaker finished their turn: it is the listener's move."""

    turn_index: int
    """The turn just finished (-1 for the deeper concern)."""


@dataclass(frozen=True)
class ReplyScored:
    """A reply was scored; the turn is complete (and was handed to `on_turn_completed`)."""

    record: TurnRecord
    """The completed turn."""
    kind: ReactionKind
    """How the reply landed; the speaker's reaction lines follow as `SpeakerSaid` events."""


@dataclass(frozen=True)
class SpeakerCued:
    """Improvise mode: the engine waits for an external speaker (an LLM) to say the next line.

    Answer with `Session.supply_lines()` (with `Session.stream_progress()` while it streams), or
    `Session.use_script()` to let the scripted reaction and turn play instead.
    """

    answered: int
    """Index of the `TurnRecord` the line responds to."""
    kind: ReactionKind
    """How that reply landed, so the line can fit it."""
    turn_index: int | None
    """The turn the line makes up (-1: the deeper concern); None when it is the closing line."""
    story_turn: int | None
    """The scenario turn the line should bring up next; None when the whole story is told."""
    may_reveal: bool
    """The ladder says the deeper concern may be told in this line."""
    revealed: bool
    """The deeper concern was already told."""
    due: float
    """Clock time before which the line should not start to appear (the usual pause)."""


@dataclass(frozen=True)
class RetryComparison:
    """A retried reply beside the original."""

    original: TurnRecord
    """The reply as first sent."""
    retry: TurnRecord
    """The new version (its `retry_of` names the original)."""

    def skill_deltas(self) -> dict[Skill, float]:
        """Change in each skill's score, retry minus original."""
        before, after = self.original.score.skills, self.retry.score.skills
        return {skill: after[skill].score - before[skill].score for skill in after if skill in before}

    @property
    def overall_delta(self) -> float:
        """Change in the overall score, retry minus original."""
        return self.retry.score.overall - self.original.score.overall


@dataclass(frozen=True)
class RetryScored:
    """A retry of the last reply was scored and saved."""

    comparison: RetryComparison
    """Both versions and their difference."""


@dataclass(frozen=True)
class ConversationEnded:
    """The speaker said their last line; call `Session.finish()` when the learner is done."""

    guarded: bool
    """True when the speaker never opened up about their deeper concern."""


Event = (
    SpeakerTyping | SpeakerSaid | ListenerTurn | ReplyScored | SpeakerCued | RetryScored | ConversationEnded
)
"""Anything the engine reports."""
