"""The conversation engine: paces the speaker's lines, takes replies at any moment, scores and reacts.

No UI code. A front end drives a `Session` in one of two ways, and both see the same ordered events:

- pull: call `poll()` whenever it likes (a timer, a test, a web request) and sleep until
  `seconds_until_next()`; or
- push: `async for event in session.events()` in a worker, which sleeps on the injected clock and
  wakes at once when `reply()`, `retry()` or `finish()` is called.

Input methods (`reply`, `note_typing`, `retry`, `finish`) are synchronous and may be called at any
time; what they cause comes out of the event stream in order.

With `improvise=True` an external speaker (an LLM) says the speaker's lines after each reply
instead of the script; see `listener.session_improvise` for that hook.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Protocol

from listener.clock import Clock, MonotonicClock, pause_before
from listener.reaction import OPENINGS, classify, reaction_beats, trust_delta
from listener.records import SessionRecord, SpeakerLine, TurnRecord, utc_now
from listener.scenario import Beat, ReactionKind, Scenario, Turn
from listener.scoring import ScoreResult, Timing
from listener.session_events import (
    ConversationEnded,
    Event,
    ListenerTurn,
    ReplyScored,
    RetryComparison,
    RetryScored,
    SpeakerCued,
    SpeakerSaid,
    SpeakerTyping,
)
from listener.session_improvise import ImprovisingSpeaker, SpeakerNotCuedError
from listener.session_state import DEEPER, Ladder, Pending, Plan, TurnState

__all__ = ["DEEPER", "RetryNotAllowedError", "Scorer", "Session", "SessionOverError", "SpeakerNotCuedError"]


class Scorer(Protocol):
    """The signature of `listener.scoring.score_reply`."""

    def __call__(
        self, reply: str, speaker: str = "", *, turn: Turn | None = None, timing: Timing | None = None
    ) -> ScoreResult: ...


class SessionOverError(RuntimeError):
    """A reply came when the speaker has no turn left to answer."""


class RetryNotAllowedError(RuntimeError):
    """A retry when there is no reply to retry (none yet, already retried, or a newer reply came)."""


def _default_scorer() -> Scorer:
    from listener.scoring import score_reply  # type: ignore[attr-defined,unused-ignore]

    return score_reply  # type: ignore[no-any-return,unused-ignore]


class Session(ImprovisingSpeaker):
    """One practice conversation over one scenario."""

    def __init__(
        self,
        scenario: Scenario,
        *,
        clock: Clock | None = None,
        speed: float = 1.0,
        mode: str = "coach",
        scorer: Scorer | None = None,
        on_turn_completed: Callable[[TurnRecord], None] | None = None,
        on_finished: Callable[[SessionRecord], None] | None = None,
        session_id: str | None = None,
        started_at: datetime | None = None,
        learner: str = "",
        drill: str = "",
        improvise: bool = False,
        _begin: bool = True,
    ) -> None:
        """Start the conversation: the first turn's beats are scheduled from now.

        Args:
            scenario: The scenario to play.
            clock: Time source; tests pass a `FakeClock`.
            speed: Pacing multiplier (2 is twice as fast).
            mode: "coach" or "exam", recorded in the session record.
            scorer: Scores a reply; `listener.scoring.score_reply` by default.
            on_turn_completed: Called with each `TurnRecord` the moment it completes (save it here).
            on_finished: Called once with the final `SessionRecord` when `finish()` is called.
            session_id: The id to record (a fresh one by default).
            started_at: When the session started (now by default).
            learner: The learner's name or alias, recorded for the facilitator (drills).
            drill: The drill's name, when the session is part of one.
            improvise: After each reply, wait for an external speaker's lines (`SpeakerCued`)
                instead of playing the script.
        """
        self.scenario = scenario
        self.speed = speed
        self.mode = mode
        self.id = session_id or uuid.uuid4().hex[:12]
        self.started_at = started_at or utc_now()
        self.learner = learner
        """Name or alias, when given (drills)."""
        self.drill = drill
        """Drill name, when run as part of a drill."""
        self.improvise = improvise
        """True while each reply cues an external speaker; set it False to go back to the script."""
        self._clock: Clock = clock or MonotonicClock()
        self._scorer = scorer
        self._on_turn_completed = on_turn_completed
        self._on_finished = on_finished
        self._queue: deque[Pending] = deque()
        self._head_due: float | None = None
        self._last_text: str | None = None
        self._outbox: list[Event] = []
        self._turn = TurnState()
        self._ladder = Ladder()
        self._records: list[TurnRecord] = []
        self._retryable: int | None = None
        self._ended = False
        self._finished_at: datetime | None = None
        self._wake: asyncio.Event | None = None
        self._cue: SpeakerCued | None = None
        self._plan: Plan | None = None
        if _begin:
            self._begin_turn(0)
            self._schedule_head(self._clock.now())

    @classmethod
    def resume(cls, scenario: Scenario, record: SessionRecord, **options: object) -> Session:
        """Rebuild a session from its saved record and continue at the next turn.

        Trust, disclosure and the "felt heard" state are replayed from the saved turns. The next
        turn's beats are scheduled from now; the saved turns are in `records` for the front end
        to show.

        Raises:
            ValueError: the record is finished, or belongs to another scenario.
        """
        if record.finished_at is not None:
            raise ValueError(f"session {record.id} is already finished")
        if record.scenario_id != scenario.id:
            raise ValueError(
                f"session {record.id} is for scenario '{record.scenario_id}', not '{scenario.id}'"
            )
        session = cls(
            scenario,
            session_id=record.id,
            started_at=record.started_at,
            mode=record.mode,
            learner=record.learner,
            drill=record.drill,
            _begin=False,
            **options,  # type: ignore[arg-type]
        )
        position: int | None = 0
        for done in record.turns:
            if done.retry_of is not None:
                continue
            try:
                kind = ReactionKind(done.reaction)
            except ValueError:
                kind = ReactionKind.DEFAULT
            session._update_ladder(kind, done.score, done.turn_index)
            position = session._next_position(done.turn_index)
        session._records = list(record.turns)
        if position is None:
            session._turn = TurnState()
            session._queue.extend(session._ending_lines())
        else:
            session._begin_turn(position)
        session._schedule_head(session._clock.now())
        return session

    # -- state -------------------------------------------------------------------------------

    @property
    def records(self) -> tuple[TurnRecord, ...]:
        """Every completed turn so far, retries included."""
        return tuple(self._records)

    @property
    def record(self) -> SessionRecord:
        """The session as it stands, in the shared record format."""
        return SessionRecord(
            id=self.id,
            scenario_id=self.scenario.id,
            scenario_title=self.scenario.title,
            mode=self.mode,
            learner=self.learner,
            drill=self.drill,
            started_at=self.started_at,
            finished_at=self._finished_at,
            turns=tuple(self._records),
            disclosed=self._ladder.revealed,
        )

    @property
    def trust(self) -> int:
        """Trust points on the disclosure ladder."""
        return self._ladder.trust

    @property
    def speaking(self) -> bool:
        """True while the speaker has lines still to say (or an external speaker is cued)."""
        return bool(self._queue) or self._cue is not None

    @property
    def can_reply(self) -> bool:
        """True while there is a turn to answer (the speaker may still be talking)."""
        return self._turn.position is not None and self._finished_at is None

    @property
    def can_retry(self) -> bool:
        """True when the last reply may be retried (once, before the next reply)."""
        return self._retryable is not None and self._finished_at is None

    @property
    def ended(self) -> bool:
        """True once the speaker has said their closing lines."""
        return self._ended

    @property
    def finished(self) -> bool:
        """True once `finish()` was called."""
        return self._finished_at is not None

    def seconds_until_next(self, now: float | None = None) -> float | None:
        """Seconds until the next speaker line is due (0 if overdue), or None if none is scheduled."""
        if self._head_due is None:
            return None
        return max(0.0, self._head_due - (self._clock.now() if now is None else now))

    # -- driving -----------------------------------------------------------------------------

    def poll(self, now: float | None = None) -> list[Event]:
        """Deliver every line due by `now` and return all events since the last call, in order."""
        self._deliver_due(self._clock.now() if now is None else now)
        events, self._outbox = self._outbox, []
        return events

    async def events(self) -> AsyncIterator[Event]:
        """Every event as it happens, sleeping on the clock between lines, until `finish()`."""
        self._wake = wake = asyncio.Event()
        while True:
            wake.clear()
            for event in self.poll():
                yield event
            if self.finished and not self._outbox:
                return
            delay = self.seconds_until_next()
            waiters: list[asyncio.Future[object]] = [asyncio.ensure_future(wake.wait())]
            if delay is not None:
                waiters.append(asyncio.ensure_future(self._clock.sleep(delay)))
            try:
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    def note_typing(self, now: float | None = None) -> None:
        """The listener is typing: remembered if the speaker is still talking."""
        self._deliver_due(self._clock.now() if now is None else now)
        if self.speaking and self._turn.position is not None:
            self._turn.typed_while_speaking = True

    def reply(self, text: str, now: float | None = None) -> TurnRecord:
        """Take the listener's reply, whenever it comes, score it and schedule the speaker's reaction.

        Lines of the previous reaction still being typed are said at once; the rest of the current
        turn's beats are dropped (the reply interrupted them), and so is the rest of a line an
        external speaker is still saying (what was shown of it counts as heard, not finished).

        Raises:
            ValueError: the reply is blank.
            SessionOverError: there is no turn left to answer.
        """
        if not text.strip():
            raise ValueError("an empty reply")
        if not self.can_reply:
            raise SessionOverError("the conversation is over")
        now = self._clock.now() if now is None else now
        self._deliver_due(now)
        while self._queue and self._queue[0].beat_of is None:
            self._deliver(now)
        self._queue.clear()
        self._take_partial()
        position = self._turn.position
        assert position is not None  # can_reply checked it
        heard = self._turn.heard
        timing = Timing(
            speaker_finished=len(heard) == self._turn.total,
            typed_while_speaking=self._turn.typed_while_speaking,
            beats_heard=len(heard),
            beats_total=self._turn.total,
        )
        said = [*heard, self._turn.partial] if self._turn.partial is not None else heard
        turn = self._turn_model(position)
        result, kind = self._score(text, said, turn, timing)
        self._update_ladder(kind, result, position)
        beats = reaction_beats(turn, kind)
        lines = [SpeakerLine(text=b.text, source="reaction") for b in beats]
        improvising = self.improvise
        following = self._next_position(position)
        # The last reply's record also keeps the speaker's closing (or guarded) lines, so the saved
        # transcript ends as the conversation did.
        ending = [p.line for p in self._ending_lines()] if following is None else []
        record = TurnRecord(
            index=len(self._records),
            turn_index=position,
            speaker_lines=tuple(said),
            reply=text,
            timing=timing,
            score=result,
            reaction=kind.value,
            reaction_lines=() if improvising else (*lines, *ending),
        )
        self._complete(record, ReplyScored(record=record, kind=kind))
        self._retryable = record.index
        self._last_text = None
        reaction = (Pending(line, beat.pause) for line, beat in zip(lines, beats, strict=True))
        plan = Plan(reaction=tuple(reaction), following=following)
        if improvising:
            self._cue_speaker(record, kind, plan, now)
        else:
            self._follow(plan, now)
        return record

    def retry(self, text: str) -> RetryComparison:
        """Score a new version of the last reply; the conversation itself does not change.

        The retry is judged as a considered reply to what the speaker had said (no interruption).

        Raises:
            ValueError: the reply is blank.
            RetryNotAllowedError: nothing to retry.
        """
        if not text.strip():
            raise ValueError("an empty reply")
        if self._retryable is None or self.finished:
            raise RetryNotAllowedError("only the last reply can be retried, once")
        original = self._records[self._retryable]
        heard = list(original.speaker_lines)
        timing = Timing(speaker_finished=True, beats_heard=len(heard), beats_total=len(heard))
        result, kind = self._score(text, heard, self._turn_model(original.turn_index), timing)
        record = TurnRecord(
            index=len(self._records),
            turn_index=original.turn_index,
            speaker_lines=original.speaker_lines,
            reply=text,
            timing=timing,
            score=result,
            reaction=kind.value,
            retry_of=original.index,
        )
        comparison = RetryComparison(original=original, retry=record)
        self._retryable = None
        self._complete(record, RetryScored(comparison=comparison))
        return comparison

    def attach_judgement(self, index: int, judgement: dict[str, object]) -> TurnRecord:
        """Add the LLM judge's verdict to a completed turn; it goes to `on_turn_completed` again.

        Going through the engine keeps one up-to-date record per turn, so a verdict and lines the
        speaker added later (improvise mode) never overwrite each other when saved.
        """
        return self._amend(index, llm_judgement=judgement)

    def finish(self) -> SessionRecord:
        """End the session (at any point) and return its final record; later calls return it again."""
        if self._finished_at is None:
            self._finished_at = utc_now()
            self._queue.clear()
            self._head_due = None
            self._resolve()
            self._turn = TurnState()
            if self._on_finished is not None:
                self._on_finished(self.record)
            self._wakeup()
        return self.record

    # -- internals ---------------------------------------------------------------------------

    def _turn_model(self, position: int) -> Turn:
        if position == DEEPER and self.scenario.deeper_concern is not None:
            return self.scenario.deeper_concern
        return self.scenario.turns[position]

    def _score(
        self, text: str, heard: list[SpeakerLine], turn: Turn, timing: Timing
    ) -> tuple[ScoreResult, ReactionKind]:
        if self._scorer is None:
            self._scorer = _default_scorer()
        speaker = " ".join(line.text for line in heard)
        result = self._scorer(text, speaker, turn=turn, timing=timing)
        kind = classify(result.signals, timing, self.scenario.persona.needs, self._ladder.felt_heard)
        return result, kind

    def _update_ladder(self, kind: ReactionKind, result: ScoreResult, position: int) -> None:
        ladder = self._ladder
        ladder.trust = max(0, ladder.trust + trust_delta(kind))
        heard_now = result.signals.paraphrase or result.signals.validation
        ladder.felt_heard = ladder.felt_heard or (kind in OPENINGS and heard_now)
        if position == DEEPER:
            ladder.revealed = True

    def _next_position(self, answered: int) -> int | None:
        deeper = self.scenario.deeper_concern
        ladder = self._ladder
        if answered == DEEPER:
            following = ladder.resume_at
        elif deeper is not None and not ladder.revealed and ladder.trust >= deeper.trust_needed:
            ladder.resume_at = answered + 1
            return DEEPER
        else:
            following = answered + 1
        return following if following < len(self.scenario.turns) else None

    def _begin_turn(self, position: int) -> None:
        beats = self._turn_model(position).beats
        self._turn = TurnState(position=position, total=len(beats))
        source = "disclosure" if position == DEEPER else "script"
        self._queue.extend(Pending(SpeakerLine(text=b.text, source=source), b.pause, position) for b in beats)

    def _ending_lines(self) -> list[Pending]:
        deeper = self.scenario.deeper_concern
        beats: tuple[Beat, ...] = ()
        if deeper is not None and not self._ladder.revealed and deeper.guarded:
            beats = deeper.guarded
        elif self.scenario.closing:
            beats = self.scenario.closing
        return [Pending(SpeakerLine(text=b.text, source="closing"), b.pause) for b in beats]

    def _follow(self, plan: Plan, now: float) -> None:
        """Play the script after a reply: its reaction, then the next turn or the closing lines."""
        self._queue.extend(plan.reaction)
        if plan.following is None:
            self._turn = TurnState()
            self._queue.extend(self._ending_lines())
        else:
            self._begin_turn(plan.following)
        self._schedule_head(now)

    def _schedule_head(self, now: float, due: float | None = None) -> None:
        if self._queue:
            head = self._queue[0]
            paced = now + pause_before(self._last_text, head.pause, self.speed)
            self._head_due = paced if due is None else due
            self._outbox.append(SpeakerTyping(due=self._head_due, source=head.line.source))
        else:
            self._head_due = None
            if self._turn.position is None and not self._ended and self._cue is None:
                self._ended = True
                self._outbox.append(ConversationEnded(guarded=self._guarded()))
        self._wakeup()

    def _guarded(self) -> bool:
        return self.scenario.deeper_concern is not None and not self._ladder.revealed

    def _deliver_due(self, now: float) -> None:
        while self._head_due is not None and self._head_due <= now:
            self._deliver(self._head_due)

    def _deliver(self, at: float) -> None:
        pending = self._queue.popleft()
        self._outbox.append(SpeakerSaid(line=pending.line, turn_index=pending.beat_of))
        self._last_text = pending.line.text
        if pending.beat_of is not None:
            self._turn.heard.append(pending.line)
            if len(self._turn.heard) == self._turn.total:
                self._outbox.append(ListenerTurn(turn_index=pending.beat_of))
        self._schedule_head(at)

    def _complete(self, record: TurnRecord, event: Event) -> None:
        self._records.append(record)
        self._outbox.append(event)
        if self._on_turn_completed is not None:
            self._on_turn_completed(record)
        self._wakeup()

    def _wakeup(self) -> None:
        if self._wake is not None:
            self._wake.set()
