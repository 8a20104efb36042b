"""British "you want to..." for "you should..." ("You want to ring the council's noise team"): a step
the speaker never named, put to them as what they want."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._lexicon import ACTION_VERBS, split_words
from listener.detectors._overlap import plain_shared, speaker_concepts
from listener.detectors._text import concept

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_YOU_WANT_TO = re.compile(
    r"(?:(?:so|and|mate|love|honestly|right|well|oh),? )*(?:you|u)(?:'d| would)? "
    r"(?:really |definitely |probably |just )?(?:want|wanna) to (?P<verb>[a-z]+)"
    r"(?= (?:the|a|an|your|ur|them|him|her|some|one|it|that|this|those|all|everything|every|any|round|over|up"
    r"|down|in|on|to)\b)"
)
"""A sentence that opens with "you want to" and a verb with its object or particle after it."""
_WISHED = split_words(
    "talk tell say see know hear go leave quit stop give keep be feel make do change have find"
)
"""Verbs that usually tell what the speaker wants for themselves ("you want to leave it all behind",
"you want to tell him how you feel", "you want to make this happen"): a reflection of a wish, whoever
named it."""
_HELD_BACK = re.compile(r"\b(?:but|and yet|yet|only|except|for me)\b")
"""What turns the step into a wish held back ("...but you're scared") or a request of the listener's
("you just want to open your mouth for me")."""


_OBJECT_END = re.compile(
    r"\b(?:along|before|after|and|to|for|with|in|on|at|so|by|from|about|because|then|until)\b|[,;:]"
)
"""Where the step's object ends ("get a shelter up | along that wall")."""


def you_want_to(ctx: TurnContext, start: int, body: str) -> tuple[int, int] | None:
    """The span of "you want to + a step" in sentence `body` (at `start` in the masked reply), when the
    speaker named neither the act nor what it is done to, and nothing after it turns it into their wish
    held back ("...but you're scared")."""
    found = _YOU_WANT_TO.match(body)
    if found is None or _HELD_BACK.search(body, found.end()):
        return None
    verb = found.group("verb")
    if verb not in ACTION_VERBS or verb in _WISHED or concept(verb) in speaker_concepts(ctx):
        return None
    stop = _OBJECT_END.search(body, found.end() + 1)
    if plain_shared(ctx, start + found.end(), start + (stop.start() if stop else len(body))):
        return None  # "you want to get your deposit back": what they said they want
    return found.span()
