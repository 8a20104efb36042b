"""The JSONL rows `listener score` and `listener eval` read: pydantic models, lenient where sets differ."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool


def _speaker_text(value: Any) -> Any:
    """What the speaker said, as text: null or absent is nothing said, and a list of turns (the
    conversation so far, oldest first) is read as one text; anything else is left to validation."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(turn, str) for turn in value):
        return " ".join(turn for turn in value if turn.strip())
    return value


SpeakerText = Annotated[str, BeforeValidator(_speaker_text)]
"""Text, null, or a list of turns (joined)."""


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
