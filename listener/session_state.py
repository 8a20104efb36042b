"""The conversation engine's working state: lines waiting to be said, the turn in progress, the ladder."""

from __future__ import annotations

from dataclasses import dataclass, field

from listener.records import SpeakerLine

DEEPER = -1
"""Turn index of the deeper-concern turn in records."""


@dataclass
class Pending:
    """A speaker line waiting to be said."""

    line: SpeakerLine
    """The line."""
    pause: float | None
    """Its own pause from the scenario file, if it has one."""
    beat_of: int | None = None
    """The turn position when this line is one of the current turn's beats."""


@dataclass
class Ladder:
    """The disclosure ladder: how much the speaker trusts the listener."""

    trust: int = 0
    """Trust points earned so far."""
    revealed: bool = False
    """True once the deeper concern was told (and answered)."""
    felt_heard: bool = False
    """True once a reply made the speaker feel heard."""
    resume_at: int = 0
    """The scripted turn to continue with after the deeper concern."""


@dataclass
class TurnState:
    """The speaker's turn in progress: what the listener has heard of it so far."""

    position: int | None = None
    """The scenario turn (-1 for the deeper concern); None when there is no turn left to answer."""
    heard: list[SpeakerLine] = field(default_factory=list)
    """Lines said in full."""
    total: int = 0
    """Lines in the turn."""
    typed_while_speaking: bool = False
    """The listener started typing before the speaker had finished."""
    partial: SpeakerLine | None = None
    """A line an external speaker is still saying: as much as has been shown."""


@dataclass(frozen=True)
class Plan:
    """What the script says after a reply: the reaction lines, then the next turn."""

    reaction: tuple[Pending, ...]
    """The scripted reaction to the reply."""
    following: int | None
    """The next turn's position; None when the story is told (the closing lines come instead)."""
