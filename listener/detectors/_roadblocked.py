"""Whether a reply advises, turns the talk to the listener or invalidates: what a restatement in it serves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._advice import advice_in_order
from listener.detectors._questions import questions
from listener.detectors._self_focus import self_focus
from listener.detectors._text import disclaimed_before, masked, negated_before
from listener.detectors._validation_cues import DISMISSING, JUDGING, MINIMISING, said_spans, sarcastic

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_INVALIDATING = ((MINIMISING, False), (DISMISSING, False), (JUDGING, True))
"""The invalidating phrases (V201, V202, V203), each with whether a negation before it takes it back."""


def said_at(
    ctx: TurnContext, pattern: re.Pattern[str], *, negatable: bool, sincere: bool = False
) -> tuple[int, int] | None:
    """The first match of `pattern` the listener says themselves (not negated, disclaimed or reported;
    with `sincere`, not marked as sarcasm either). Once per reply and pattern: the restatement rule
    asks before the validation rules do."""
    key = (id(pattern), negatable, sincere)
    said = ctx.cache.get("said")
    if not isinstance(said, dict):
        said = ctx.cache["said"] = {}
    if key not in said:
        said[key] = _said_at(ctx, pattern, negatable, sincere)
    return said[key]  # type: ignore[no-any-return]


def _said_at(
    ctx: TurnContext, pattern: re.Pattern[str], negatable: bool, sincere: bool
) -> tuple[int, int] | None:
    text = masked(ctx)
    for start, end in said_spans(ctx, pattern):
        if negatable and negated_before(text, start):
            continue
        if sincere and sarcastic(ctx, start):
            continue
        if disclaimed_before(text, start):
            continue
        return (start, end)
    return None


def roadblocked(ctx: TurnContext) -> bool:
    """True when the reply gives advice (told or asked), turns the talk to the listener's own story,
    or minimises, dismisses or judges: the roadblocks that set the `advice`, `self_focus` and
    `invalidation` signals. Once per reply."""
    hit = ctx.cache.get("roadblocked")
    if isinstance(hit, bool):
        return hit
    found = (
        next(advice_in_order(ctx), None) is not None
        or any(q.kind == "advice" for q in questions(ctx))
        or self_focus(ctx) is not None
        or any(said_at(ctx, pattern, negatable=negatable) for pattern, negatable in _INVALIDATING)
    )
    ctx.cache["roadblocked"] = found
    return found
