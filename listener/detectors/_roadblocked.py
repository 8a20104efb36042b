"""Whether a reply advises, turns the talk to the listener or invalidates: what a restatement in it serves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._advice import advice_in_order
from listener.detectors._questions import questions
from listener.detectors._self_focus import self_focus
from listener.detectors._text import disclaimed_before, masked, negated_before
from listener.detectors._validation_cues import (
    DISMISSING,
    JUDGING,
    MINIMISING,
    REASSURANCE,
    said_spans,
    sarcastic,
)

if TYPE_CHECKING:
    from listener.scoring import TurnContext


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


def minimised_at(ctx: TurnContext) -> tuple[int, int] | None:
    """Where the listener minimises ("at least...", "it could be worse"): V201's evidence."""
    return said_at(ctx, MINIMISING, negatable=False)


def dismissed_at(ctx: TurnContext) -> tuple[int, int] | None:
    """Where the listener dismisses the feeling ("don't worry", "calm down"): V202's evidence."""
    return said_at(ctx, DISMISSING, negatable=False)


def judged_at(ctx: TurnContext) -> tuple[int, int] | None:
    """Where the listener judges them, unless negated ("you're overreacting"): V203's evidence."""
    return said_at(ctx, JUDGING, negatable=True)


def reassured_at(ctx: TurnContext) -> tuple[int, int] | None:
    """Where the listener predicts a good outcome in place of hearing them ("you'll be fine"): V204's
    evidence."""
    return said_at(ctx, REASSURANCE, negatable=True)


_INVALIDATING = (minimised_at, dismissed_at, judged_at, reassured_at)
"""The invalidating roadblocks (V201 to V204), as the validation rules find them."""


def roadblocked(ctx: TurnContext) -> bool:
    """True when the reply gives advice (told or asked), turns the talk to the listener's own story,
    or minimises, dismisses, judges or reassures emptily: the roadblocks that set the `advice` and
    `self_focus` signals and the invalidation findings. Once per reply."""
    hit = ctx.cache.get("roadblocked")
    if isinstance(hit, bool):
        return hit
    found = (
        next(advice_in_order(ctx), None) is not None
        or any(q.kind == "advice" for q in questions(ctx))
        or self_focus(ctx) is not None
        or any(found_at(ctx) for found_at in _INVALIDATING)
    )
    ctx.cache["roadblocked"] = found
    return found
