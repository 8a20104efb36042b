"""How a reply landed with the speaker: the reaction kind, and what it does to their trust."""

from __future__ import annotations

from listener.scenario import Beat, Need, ReactionKind, Turn
from listener.scoring import Signals, Timing

ROADBLOCKS = frozenset(
    {
        ReactionKind.INTERRUPTED,
        ReactionKind.JUDGED,
        ReactionKind.MINIMISED,
        ReactionKind.SELF_FOCUS,
        ReactionKind.ADVICE_TOO_EARLY,
    }
)
"""Reactions that cost a trust point on the disclosure ladder."""

OPENINGS = frozenset({ReactionKind.FELT_HEARD, ReactionKind.GOOD_QUESTION})
"""Reactions that earn a trust point."""


def classify(signals: Signals, timing: Timing, need: Need, felt_heard_before: bool) -> ReactionKind:
    """The reaction kind for a reply, first match wins.

    The order is: interrupted > judged > minimised > self-focus > advice-too-early > good-question >
    felt-heard > default. Advice counts as too early only when the speaker needs mostly to be heard,
    or has not yet felt heard (neither earlier in the session nor by this very reply).

    Args:
        signals: The scorer's flat coding of the reply.
        timing: When the reply came; only `speaker_finished` matters here.
        need: What the speaker needs from the listener.
        felt_heard_before: True when an earlier reply already made the speaker feel heard.
    """
    heard_now = signals.paraphrase or signals.validation
    if not timing.speaker_finished:
        return ReactionKind.INTERRUPTED
    if signals.judging:
        return ReactionKind.JUDGED
    if signals.invalidation:
        return ReactionKind.MINIMISED
    if signals.self_focus:
        return ReactionKind.SELF_FOCUS
    if signals.advice and (need is Need.TO_BE_HEARD or not (felt_heard_before or heard_now)):
        return ReactionKind.ADVICE_TOO_EARLY
    if signals.open_question:
        return ReactionKind.GOOD_QUESTION
    if heard_now:
        return ReactionKind.FELT_HEARD
    return ReactionKind.DEFAULT


def trust_delta(kind: ReactionKind) -> int:
    """+1 for a reply that opened the speaker up, -1 for a roadblock, 0 otherwise."""
    if kind in OPENINGS:
        return 1
    return -1 if kind in ROADBLOCKS else 0


def reaction_beats(turn: Turn, kind: ReactionKind) -> tuple[Beat, ...]:
    """What the speaker says for this reaction: the turn's own line, else its default, else nothing."""
    return turn.reactions.get(kind) or turn.reactions.get(ReactionKind.DEFAULT) or ()
