"""Makes the scorer's result models from values it already knows valid, without a validation pass.

A reply makes about nine result models (an `Evidence` with its `Span`, and a `Finding`, per finding;
a `Feedback`; the `ScoreResult`). pydantic-core's validator copies each value it is given into a new
dict, tuple or set, checks it and then builds the instance: most of the cost of a model. The values
the scorer hands over are already of the field's type (positions are non-negative ints, texts are
`str`, the evidence is a tuple of `Evidence`...), so the instance is made here directly: the same
class, the same field values in the same order, the same set of fields given, no extra and no private
values, which is what the validator makes from them (`tests/scoring/test_result_models.py` compares
the two, field by field and as JSON). Anything else still goes through the validator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel

from listener.score_model import Evidence, Feedback, Finding, ScoreResult, Span

_M = TypeVar("_M", bound=BaseModel)

_NEW = object.__new__
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__
"""The slots a `BaseModel` instance keeps its state in, set as pydantic-core sets them."""


def _made(cls: type[_M], values: dict[str, object], given: set[str]) -> _M:
    """An instance of `cls` holding `values` (every field, in field order), `given` as its set of
    fields given (a new set for each instance), and no extra or private values."""
    model: _M = _NEW(cls)
    _SET_DICT(model, values)
    _SET_FIELDS_SET(model, given)
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


def reply_evidence(start: int, end: int, quote: str, detail: dict[str, str]) -> Evidence:
    """`Evidence(reply_spans=(Span(start=start, end=end),), quote=quote, detail=detail)` for
    `start`, `end` >= 0 (`detail` is kept, not copied: pass a dict of your own)."""
    span = _made(Span, {"start": start, "end": end}, {"start", "end"})
    return _made(
        Evidence,
        {"reply_spans": (span,), "speaker_spans": (), "quote": quote, "detail": detail},
        {"reply_spans", "quote", "detail"},
    )


def finding(values: dict[str, object]) -> Finding:
    """`Finding(**values)`: `values` holds every field, in field order (the evidence not empty)."""
    return _made(Finding, values, set(values))


def feedback(values: dict[str, object]) -> Feedback:
    """`Feedback(**values)`: `values` holds every field, in field order."""
    return _made(Feedback, values, set(values))


_SCORE_RESULT: Callable[[dict[str, object]], ScoreResult] = ScoreResult.__pydantic_validator__.validate_python


def score_result(values: dict[str, object]) -> ScoreResult:
    """`ScoreResult(**values)`: `values` holds every field, in field order, `skills` a dict of the
    caller's own. A reply or speaker that is a subclass of `str` goes through the validator, which
    makes a plain `str` of it."""
    if type(values["reply"]) is not str or type(values["speaker"]) is not str:
        return _SCORE_RESULT(values)
    return _made(ScoreResult, values, set(values))
