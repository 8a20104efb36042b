"""The engine's replies: each reply or retry is timed, scored, recorded and answered by the speaker."""

from __future__ import annotations

from typing import Protocol

from listener.reaction import reaction_beats
from listener.records import SpeakerLine, TurnRecord
from listener.scenario import ReactionKind, Turn
from listener.scoring import ScoreResult, Timing
from listener.session_events import Event, ReplyScored, RetryComparison, RetryScored
from listener.session_improvise import ImprovisingSpeaker
from listener.session_state import Pending, Plan


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


def _require_text(text: str) -> None:
    if not text.strip():
        raise ValueError("an empty reply")


class ReplyHandling(ImprovisingSpeaker):
    """The listener's layer of `Session`: replies and retries, scored and kept as turn records."""

    _scorer: Scorer | None
    _retryable: int | None

    @property
    def can_reply(self) -> bool:
        """True while there is a turn to answer (the speaker may still be talking)."""
        return self._turn.position is not None and self._finished_at is None

    @property
    def can_retry(self) -> bool:
        """True when the last reply may be retried (once, before the next reply)."""
        return self._retryable is not None and self._finished_at is None

    def reply(self, text: str, now: float | None = None) -> TurnRecord:
        """Take the listener's reply, whenever it comes, score it and schedule the speaker's reaction.

        Lines of the previous reaction still being typed are said at once; the rest of the current
        turn's beats are dropped (the reply interrupted them), and so is the rest of a line an
        external speaker is still saying (what was shown of it counts as heard, not finished).

        Raises:
            ValueError: the reply is blank.
            SessionOverError: there is no turn left to answer.
        """
        _require_text(text)
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
        story = self._story
        turn = story.turn(position)
        result, kind = scored = self._score(text, said, turn, timing)
        story.answered(kind, result, position)
        beats = reaction_beats(turn, kind)
        lines = [SpeakerLine(text=b.text, source="reaction") for b in beats]
        improvising = self.improvise
        following = story.next_position(position)
        # The last reply's record also keeps the speaker's closing (or guarded) lines, so the saved
        # transcript ends as the conversation did.
        ending = [p.line for p in story.ending()] if following is None else []
        kept = () if improvising else (*lines, *ending)
        record = self._new_record(text, said, position, timing, scored, reaction_lines=kept)
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
        _require_text(text)
        if self._retryable is None or self.finished:
            raise RetryNotAllowedError("only the last reply can be retried, once")
        original = self._records[self._retryable]
        heard = list(original.speaker_lines)
        timing = Timing(speaker_finished=True, beats_heard=len(heard), beats_total=len(heard))
        scored = self._score(text, heard, self._story.turn(original.turn_index), timing)
        record = self._new_record(text, heard, original.turn_index, timing, scored, retry_of=original.index)
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

    def _score(
        self, text: str, heard: list[SpeakerLine], turn: Turn, timing: Timing
    ) -> tuple[ScoreResult, ReactionKind]:
        if self._scorer is None:
            self._scorer = _default_scorer()
        speaker = " ".join(line.text for line in heard)
        result = self._scorer(text, speaker, turn=turn, timing=timing)
        return result, self._story.reaction(result, timing)

    def _new_record(
        self,
        text: str,
        said: list[SpeakerLine],
        position: int,
        timing: Timing,
        scored: tuple[ScoreResult, ReactionKind],
        *,
        reaction_lines: tuple[SpeakerLine, ...] = (),
        retry_of: int | None = None,
    ) -> TurnRecord:
        result, kind = scored
        return TurnRecord(
            index=len(self._records),
            turn_index=position,
            speaker_lines=tuple(said),
            reply=text,
            timing=timing,
            score=result,
            reaction=kind.value,
            reaction_lines=reaction_lines,
            retry_of=retry_of,
        )

    def _complete(self, record: TurnRecord, event: Event) -> None:
        self._records.append(record)
        self._outbox.append(event)
        if self._on_turn_completed is not None:
            self._on_turn_completed(record)
        self._wakeup()
