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

`Session` is built in layers, one module each: `session_pacing` (the speaker's lines said on the
clock), `session_improvise` (an external speaker), `session_reply` (replies and retries, scored and
recorded) and `session_story` (the scenario's path and the disclosure ladder). This module starts,
resumes and finishes a session and says where it stands.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from collections.abc import Callable
from datetime import datetime

from listener.clock import Clock, MonotonicClock
from listener.records import SessionRecord, TurnRecord, utc_now
from listener.scenario import Scenario
from listener.session_events import Event, SpeakerCued
from listener.session_improvise import SpeakerNotCuedError
from listener.session_reply import ReplyHandling, RetryNotAllowedError, Scorer, SessionOverError
from listener.session_state import DEEPER, Pending, Plan, TurnState
from listener.session_story import Story

__all__ = ["DEEPER", "RetryNotAllowedError", "Scorer", "Session", "SessionOverError", "SpeakerNotCuedError"]


class Session(ReplyHandling):
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
        self._story = Story(scenario)
        self._records: list[TurnRecord] = []
        self._retryable: int | None = None
        self._ended = False
        self._finished_at: datetime | None = None
        self._wake: asyncio.Event | None = None
        self._cue: SpeakerCued | None = None
        self._plan: Plan | None = None
        if _begin:
            self._queue_turn(0)
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
        position = session._story.replay(record.turns)
        session._records = list(record.turns)
        session._queue_turn(position)
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
            disclosed=self._story.ladder.revealed,
        )

    @property
    def trust(self) -> int:
        """Trust points on the disclosure ladder."""
        return self._story.ladder.trust

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
