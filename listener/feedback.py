"""Coaching after a reply: one thing that landed (quoting it), one next step, and a rewrite."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from listener.coach_rewrite import rewrite_for_turn
from listener.detectors._lexicon import FEELING_WORDS, split_words
from listener.detectors._overlap import speaker_words

# At the top, not in `build_feedback`: an import from `listener.scoring` inside a function asks it for
# `__path__` on every call, and its module `__getattr__` answers with an exception.
from listener.scoring import WEIGHTS, Feedback, Skill

if TYPE_CHECKING:
    from listener.scenario import Turn
    from listener.scoring import Finding, TurnContext

UNSUPPORTED = (
    "This reply doesn't look like English. The scorer only reads English, so it made no judgement "
    "rather than guess."
)
_NOUNS = split_words(
    "fear anger grief shame guilt worry stress pain hurt panic dread despair sorrow pressure jealousy"
    " heartbreak regret remorse anguish exhaustion loneliness sadness anxiety frustration embarrassment"
    " disappointment helplessness hopelessness"
)


_FEELING_LEAD = split_words(
    "feel feeling felt am i'm im was been get getting got so really very too quite pretty become"
)


_TURN_REWRITES: dict[int, tuple[Turn, str]] = {}
"""`rewrite_for_turn` of the turns met lately, by identity (a turn is a frozen model, scored against
many replies; the turn is kept with its rewrite, so its id cannot be reused while it is here)."""
_TURN_REWRITES_KEPT = 64


def _rewrite_of(turn: Turn) -> str:
    """`rewrite_for_turn(turn)`, worked out once per turn."""
    hit = _TURN_REWRITES.get(id(turn))
    if hit is not None and hit[0] is turn:
        return hit[1]
    if len(_TURN_REWRITES) >= _TURN_REWRITES_KEPT:
        _TURN_REWRITES.clear()
    rewrite = rewrite_for_turn(turn)
    _TURN_REWRITES[id(turn)] = (turn, rewrite)
    return rewrite


def rewrite_for_speaker(said: Sequence[str]) -> str:
    """A reflection built from a feeling word the speaker used (`said`: their words), or empty."""
    for i, word in enumerate(said):
        if word in FEELING_WORDS and _FEELING_LEAD & set(said[max(0, i - 3) : i]):
            if word in _NOUNS:
                return f"It sounds like there's a lot of {word} in this. What's been the hardest part?"
            return f"It sounds like you're feeling {word}. What's been the hardest part of it?"
    return ""


@functools.lru_cache(maxsize=64)
def _speaker_rewrite(speaker: str) -> str:
    """`rewrite_for_speaker` of the speaker's words, worked out once per speaker (a speaker's turn is
    scored against many replies; nothing of the reply is kept)."""
    return rewrite_for_speaker(speaker_words(speaker))


_TIE_ORDER = {Skill.PARAPHRASE: 0, Skill.VALIDATION: 1, Skill.CLARIFYING: 2, Skill.NON_INTERRUPTION: 3}
"""Ties between strengths go to reflecting and validating: they are what makes a speaker feel heard."""


def build_feedback(ctx: TurnContext, findings: tuple[Finding, ...], supported: bool) -> Feedback:
    """One thing that landed, one next step and a rewrite, all grounded in the findings."""
    if not supported:
        return Feedback(next_step=UNSUPPORTED)
    counted = [f for f in findings if not f.preview]
    order = _TIE_ORDER
    strengths = sorted(
        (f for f in counted if f.polarity == "strength"), key=lambda f: (-WEIGHTS[f.code], order[f.skill])
    )
    roadblocks = sorted((f for f in counted if f.polarity == "roadblock"), key=lambda f: WEIGHTS[f.code])
    shown = {f.skill for f in strengths}
    if roadblocks:
        next_step = roadblocks[0].suggestion
    elif Skill.PARAPHRASE not in shown and Skill.VALIDATION not in shown:
        next_step = "Reflect what you heard before anything else: name their feeling in your own words."
    elif Skill.CLARIFYING not in shown:
        next_step = "Follow your reflection with one open question about what they said."
    else:
        next_step = strengths[-1].suggestion
    rewrite = _rewrite_of(ctx.turn) if ctx.turn is not None else _speaker_rewrite(ctx.speaker)
    return Feedback(landed=strengths[0].message if strengths else "", next_step=next_step, rewrite=rewrite)
