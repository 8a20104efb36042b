"""The engine's hook for an improvising speaker: after each reply, an external backend may say the lines.

With `Session(..., improvise=True)`, scoring a reply no longer queues the scripted reaction and next
turn. The engine emits `SpeakerCued` and waits; the front end asks its backend (an LLM) for the line
and reports it with `stream_progress()` while it streams and `supply_lines()` when done, or calls
`use_script()` to let the script speak after all. The engine still owns everything else: the pacing
(`SpeakerCued.due`), the timing of replies (a reply while the line streams interrupts it, exactly as
during scripted beats), the disclosure ladder (`may_reveal`) and the end of the conversation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from listener.clock import pause_before
from listener.records import SpeakerLine, TurnRecord
from listener.scenario import ReactionKind
from listener.session_events import SpeakerCued, SpeakerSaid
from listener.session_pacing import SpeakerPacing
from listener.session_state import DEEPER, Pending, Plan, TurnState


class SpeakerNotCuedError(RuntimeError):
    """A line was supplied when the engine was not waiting for one (the cue was answered or the
    session finished)."""


class ImprovisingSpeaker(SpeakerPacing):
    """The external-speaker layer of `Session`, over its pacing (it shares the session's state)."""

    improvise: bool
    _records: list[TurnRecord]
    _plan: Plan | None
    _on_turn_completed: Callable[[TurnRecord], None] | None

    @property
    def cue(self) -> SpeakerCued | None:
        """What the engine is waiting for an external speaker to say, if anything."""
        return self._cue

    def stream_progress(self, text: str) -> None:
        """The cued line so far, exactly as shown: a reply now interrupts it and keeps this much.

        Raises:
            SpeakerNotCuedError: no line is awaited.
        """
        self._require_cue()
        self._turn.partial = SpeakerLine(text=text, source="llm") if text.strip() else None

    def supply_lines(self, lines: Sequence[str], *, ended: bool = False) -> None:
        """The external speaker's complete line(s), said in order with the usual pacing.

        The first is due at the cue's `due` (at once if that has passed, as when it was streamed);
        they make up the speaker's turn, which the next reply answers. When the cue was for the
        closing, or `ended` (the speaker signalled the end), they close the conversation instead.

        Raises:
            SpeakerNotCuedError: no line is awaited.
            ValueError: every line is blank.
        """
        cue = self._require_cue()
        said = [SpeakerLine(text=text, source="llm") for text in lines if text.strip()]
        if not said:
            raise ValueError("the speaker's line is empty")
        self._resolve()
        typed = self._turn.typed_while_speaking
        if ended or cue.turn_index is None:
            self._turn = TurnState()
            self._queue.extend(Pending(line, None) for line in said)
            self._amend(cue.answered, reaction_lines=tuple(said))  # nothing else will hold them
        else:
            self._turn = TurnState(position=cue.turn_index, total=len(said), typed_while_speaking=typed)
            self._queue.extend(Pending(line, None, cue.turn_index) for line in said)
        now = self._clock.now()
        self._schedule_head(now, due=max(now, cue.due))

    def use_script(self, said: str = "") -> None:
        """Fall back: the scripted reaction and next turn play as if the engine had never waited.

        Args:
            said: What the external speaker had already shown before failing; it is kept as a
                line of the reaction (said at once), ahead of the scripted lines.

        Raises:
            SpeakerNotCuedError: no line is awaited.
        """
        cue = self._require_cue()
        plan = self._plan
        assert plan is not None  # set with every cue
        self._resolve()
        now = self._clock.now()
        shown = [SpeakerLine(text=said, source="llm")] if said.strip() else []
        for line in shown:
            self._outbox.append(SpeakerSaid(line=line, turn_index=None))
            self._last_text = line.text
        lines = (*shown, *(pending.line for pending in plan.reaction))
        if lines:
            self._amend(cue.answered, reaction_lines=lines)
        typed = self._turn.typed_while_speaking
        self._follow(plan, now)
        self._turn.typed_while_speaking = typed and self._turn.position is not None

    async def sleep_until(self, when: float) -> None:
        """Wait on the session's clock until `when` (e.g. a cue's `due`)."""
        await self._clock.sleep(max(0.0, when - self._clock.now()))

    # -- for Session ------------------------------------------------------------------------

    def _cue_speaker(self, record: TurnRecord, kind: ReactionKind, plan: Plan, now: float) -> None:
        """After `record` was scored: wait for the external speaker instead of following `plan`."""
        following = plan.following
        self._turn = TurnState() if following is None else TurnState(position=following, total=1)
        self._plan = plan
        self._cue = SpeakerCued(
            answered=record.index,
            kind=kind,
            turn_index=following,
            story_turn=self._story.story_turn(following),
            may_reveal=following == DEEPER,
            revealed=self._story.ladder.revealed,
            due=now + pause_before(None, None, self.speed),
        )
        self._outbox.append(self._cue)
        self._schedule_head(now)

    def _take_partial(self) -> None:
        """A reply came while the cued line was on its way: what was shown of it was heard."""
        if self._cue is None:
            return
        partial = self._turn.partial
        if partial is not None:
            self._outbox.append(SpeakerSaid(line=partial, turn_index=self._turn.position))
            self._last_text = partial.text
        self._resolve()

    def _resolve(self) -> None:
        self._cue = None
        self._plan = None

    def _require_cue(self) -> SpeakerCued:
        if self._cue is None:
            raise SpeakerNotCuedError("the engine is not waiting for a speaker line")
        return self._cue

    def _amend(self, index: int, **update: Any) -> TurnRecord:
        """Replace a completed turn with an updated copy, and hand it to `on_turn_completed` again."""
        record = self._records[index].model_copy(update=update)
        self._records[index] = record
        if self._on_turn_completed is not None:
            self._on_turn_completed(record)
        return record
