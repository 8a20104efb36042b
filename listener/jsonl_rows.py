"""The JSONL rows `listener score` and `listener eval` read: pydantic models, lenient where sets differ."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool


def _speaker_text(value: Any) -> Any:
    """What the speaker said, as text: null or absent is nothing said; a list of turns (the
    conversation so far, oldest first, as text or as objects with "text" or "content") gives its
    last turn, the one the reply answers (the whole history joined would also hold the listener's
    earlier words, which a reply may echo without restating anything); anything else is left to
    validation."""
    if value is None:
        return ""
    if isinstance(value, list):
        turns = [_turn_text(turn) for turn in value]
        if all(isinstance(turn, str) for turn in turns):
            said = [turn for turn in turns if turn.strip()]
            return said[-1] if said else ""
    return value


def _turn_text(turn: Any) -> Any:
    """The text of one turn: a string, or an object's "text" / "content" (None if neither)."""
    if isinstance(turn, dict):
        return next((turn[key] for key in ("text", "content") if isinstance(turn.get(key), str)), None)
    return turn


SpeakerText = Annotated[str, BeforeValidator(_speaker_text)]
"""Text, null, or a list of turns (the last one is read)."""


def _label(value: Any) -> Any:
    """A label as true, false or null; 1 and 0 (as many data sets write them) mean true and false."""
    if type(value) is int and value in (0, 1):
        return bool(value)
    return value


Label = Annotated[StrictBool | None, BeforeValidator(_label)]
"""true, false (or 1, 0), or null for unlabelled."""


class ReplyRow(BaseModel):
    """One line of `listener score --jsonl`: `{"speaker": ..., "reply": ...}`."""

    model_config = ConfigDict(extra="ignore")

    reply: str
    """The listener's reply."""
    speaker: SpeakerText = ""
    """What the speaker said before it."""


class LabelledRow(BaseModel):
    """One line of `listener eval`: `{"context": ..., "reply": ..., "labels": {signal: true|false|null}}`."""

    model_config = ConfigDict(extra="ignore")

    reply: str
    """The listener's reply."""
    context: SpeakerText = ""
    """What the speaker said before it."""
    labels: dict[str, Label]
    """Each signal's label; null (or a signal left out) is unlabelled."""


def problems_of(error: Any) -> str:
    """A pydantic `ValidationError` as one line: `field: message; ...`."""
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in error.errors())
