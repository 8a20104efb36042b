"""The scenario's path through a conversation: which turn comes next, how a reply lands, the ladder."""

from __future__ import annotations

from collections.abc import Iterable

from listener.reaction import OPENINGS, classify, trust_delta
from listener.records import SpeakerLine, TurnRecord
from listener.scenario import Beat, ReactionKind, Scenario, Turn
from listener.scoring import ScoreResult, Timing
from listener.session_state import DEEPER, Ladder, Pending


class Story:
    """One scenario as it unfolds for one listener: the disclosure ladder decides what comes next.

    Pure bookkeeping, no clock and no events: the engine asks it for lines and tells it how each
    reply landed.
    """

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        """The scenario being played."""
        self.ladder = Ladder()
        """Trust, disclosure and whether the speaker felt heard."""

    @property
    def guarded(self) -> bool:
        """True while the scenario has a deeper concern the speaker has not told."""
        return self.scenario.deeper_concern is not None and not self.ladder.revealed

    def turn(self, position: int) -> Turn:
        """The scenario turn at `position` (`DEEPER` for the deeper concern)."""
        if position == DEEPER and self.scenario.deeper_concern is not None:
            return self.scenario.deeper_concern
        return self.scenario.turns[position]

    def beats(self, position: int) -> list[Pending]:
        """The turn's beats, waiting to be said as lines of that turn."""
        source = "disclosure" if position == DEEPER else "script"
        beats = self.turn(position).beats
        return [Pending(SpeakerLine(text=b.text, source=source), b.pause, position) for b in beats]

    def ending(self) -> list[Pending]:
        """The last lines: the guarded line if the speaker never opened up, else the closing."""
        deeper = self.scenario.deeper_concern
        beats: tuple[Beat, ...] = ()
        if deeper is not None and not self.ladder.revealed and deeper.guarded:
            beats = deeper.guarded
        elif self.scenario.closing:
            beats = self.scenario.closing
        return [Pending(SpeakerLine(text=b.text, source="closing"), b.pause) for b in beats]

    def reaction(self, result: ScoreResult, timing: Timing) -> ReactionKind:
        """How a scored reply lands with this speaker, given what earlier replies did."""
        return classify(result.signals, timing, self.scenario.persona.needs, self.ladder.felt_heard)

    def answered(self, kind: ReactionKind, result: ScoreResult, position: int) -> None:
        """Move the ladder for a reply to the turn at `position` that landed as `kind`."""
        ladder = self.ladder
        ladder.trust = max(0, ladder.trust + trust_delta(kind))
        heard_now = result.signals.paraphrase or result.signals.validation
        ladder.felt_heard = ladder.felt_heard or (kind in OPENINGS and heard_now)
        if position == DEEPER:
            ladder.revealed = True

    def next_position(self, answered: int) -> int | None:
        """The turn after the one answered (the deeper concern once trust allows); None at the end."""
        deeper = self.scenario.deeper_concern
        ladder = self.ladder
        if answered == DEEPER:
            following = ladder.resume_at
        elif deeper is not None and not ladder.revealed and ladder.trust >= deeper.trust_needed:
            ladder.resume_at = answered + 1
            return DEEPER
        else:
            following = answered + 1
        return following if following < len(self.scenario.turns) else None

    def story_turn(self, following: int | None) -> int | None:
        """The scripted turn the story goes on with after `following`; None when all is told."""
        story = self.ladder.resume_at if following == DEEPER else following
        if story is not None and story >= len(self.scenario.turns):
            return None
        return story

    def replay(self, turns: Iterable[TurnRecord]) -> int | None:
        """Move the ladder through saved turns (retries left out); the position to continue at."""
        position: int | None = 0
        for done in turns:
            if done.retry_of is not None:
                continue
            try:
                kind = ReactionKind(done.reaction)
            except ValueError:
                kind = ReactionKind.DEFAULT
            self.answered(kind, done.score, done.turn_index)
            position = self.next_position(done.turn_index)
        return position
