"""Coaching after a reply: one thing that landed (quoting it), one next step, and a rewrite."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from listener import score_build
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
    rewrite = _rewrite_of(ctx.turn) if ctx.turn is not None else _speaker_rewrite(ctx.speaker)
    return score_build.feedback(
        {
            "landed": strengths[0].message if strengths else "",
            "next_step": _next_step(strengths, roadblocks),
            "rewrite": rewrite,
        }
    )


_REFLECT_FIRST = "Reflect what you heard before anything else: name their feeling in your own words."
_ASK_NEXT = "Follow your reflection with one open question about what they said."

_TIP_ORDER = ("P102", "P104", "V101", "Q102", "V102", "P101", "Q101", "Q103", "V103", "Q104")
"""Which strength's tip comes first when every skill is shown: naming the feeling under the facts,
then opening a closed question, then saying why the feeling makes sense, then checking."""

_TIP_FOLLOWED: dict[str, frozenset[str]] = {
    "P102": frozenset({"P101", "V102"}),  # "add the feeling underneath": a feeling was named
    "P104": frozenset({"P101", "V102"}),  # "link the point to how it felt"
    "V101": frozenset({"P101", "V102"}),  # "name the feeling too"
    "Q102": frozenset({"Q101"}),  # "open it up": an open question was asked
    "V102": frozenset({"V101"}),  # "say why it makes sense": it was acknowledged
    "P101": frozenset({"Q101", "Q102", "Q103"}),  # "follow with a light check": a question followed
    "Q101": frozenset({"Q104"}),  # "ask about what they just said"
}
"""For each strength's tip, the findings that show the reply already did what it suggests."""


def _next_step(strengths: list[Finding], roadblocks: list[Finding]) -> str:
    """The one next step: mend the worst roadblock, else add the skill that is missing, else the
    first tip (in `_TIP_ORDER`) that the reply has not already followed."""
    if roadblocks:
        return roadblocks[0].suggestion
    shown = {f.skill for f in strengths}
    if Skill.PARAPHRASE not in shown and Skill.VALIDATION not in shown:
        return _REFLECT_FIRST
    if Skill.CLARIFYING not in shown:
        return _ASK_NEXT
    found = {f.code: f for f in strengths}
    for code in _TIP_ORDER:
        if code in found and found.keys().isdisjoint(_TIP_FOLLOWED.get(code, ())):
            return found[code].suggestion
    return strengths[-1].suggestion
