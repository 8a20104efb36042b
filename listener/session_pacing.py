"""The engine's pacing: the speaker's lines wait in a queue and are said when due on the injected clock."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from datetime import datetime

from listener.clock import Clock, pause_before
from listener.session_events import (
    ConversationEnded,
    Event,
    ListenerTurn,
    SpeakerCued,
    SpeakerSaid,
    SpeakerTyping,
)
from listener.session_state import Pending, Plan, TurnState
from listener.session_story import Story


class SpeakerPacing:
    """The delivery layer `Session` is built on: queued lines, said one by one as events.

    It keeps no state of its own: `Session.__init__` sets every attribute declared here.
    """

    speed: float
    _clock: Clock
    _story: Story
    _queue: deque[Pending]
    _head_due: float | None
    _last_text: str | None
    _outbox: list[Event]
    _turn: TurnState
    _ended: bool
    _finished_at: datetime | None
    _wake: asyncio.Event | None
    _cue: SpeakerCued | None

    @property
    def speaking(self) -> bool:
        """True while the speaker has lines still to say (or an external speaker is cued)."""
        return bool(self._queue) or self._cue is not None

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

    # -- for the layers above -------------------------------------------------------------------

    def _queue_turn(self, position: int | None) -> None:
        """Queue the beats of the turn at `position`, or the ending lines when it is None."""
        if position is None:
            self._turn = TurnState()
            self._queue.extend(self._story.ending())
        else:
            pending = self._story.beats(position)
            self._turn = TurnState(position=position, total=len(pending))
            self._queue.extend(pending)

    def _follow(self, plan: Plan, now: float) -> None:
        """Play the script after a reply: its reaction, then the next turn or the closing lines."""
        self._queue.extend(plan.reaction)
        self._queue_turn(plan.following)
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
                self._outbox.append(ConversationEnded(guarded=self._story.guarded))
        self._wakeup()

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

    def _wakeup(self) -> None:
        if self._wake is not None:
            self._wake.set()
