"""Whose "normal" it is: "that's totally normal" normalises the speaker's feeling, "all kids fight, it's
normal" normalises what other people do, and "it's really common" after news with no feeling in it
normalises the event (a minimising fact, not acceptance)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import EVALUATIVE
from listener.detectors._text import sentence_at, word_tokens

if TYPE_CHECKING:
    from listener.scoring import TurnContext

NORMAL = re.compile(r"(?<![\w'])(?:normal|common|usual)(?![\w'])")
"""The words that normalise something."""
_OTHERS = re.compile(
    r"(?<![\w'])(?:(?:all|most|every) (?:\w+ )?(?:kids|children|teenagers|teens|boys|girls|men|women"
    r"|parents|bosses|managers)|(?:are|is) like (?:this|that)|for (?:people|patients|families|someone)"
    r" (?:to|in)|for (?:a |an )?(?:teenagers?|teens?"
    r"|kids?|children|boys|girls|men|women|bosses|managers|(?:his|her|their) age))(?![\w'])"
)
"""Other people named as the ones who behave so ("all kids fight", "bosses are like this", "normal for
teenagers")."""
_EVENT = re.compile(
    r"(?<![\w'])(?:(?:it|this|that|these things|things like this) happens?|one in (?:\w+)|\d+ ?%"
    r"|percent|side[- ]effects?|symptoms?)(?![\w'])"
)
"""The event said to be frequent ("it happens in one in four pregnancies"): a fact, not their feeling."""
_YOU_OR_FEELING = re.compile(r"(?<![\w'])(?:you|your|you're|u|ur|feel|feels|feeling|feelings|felt)(?![\w'])")


def normalises_no_feeling(ctx: TurnContext, text: str, position: int) -> bool:
    """True when "normal"/"common" at `position` of the masked reply `text` is said of something other
    than the speaker's feeling: its sentence neither speaks to them ("you") nor names a feeling, and it
    names other people who behave so or how often the event happens."""
    sentence = sentence_at(ctx, position)
    body = text[sentence.start : sentence.end] if sentence else text
    if _YOU_OR_FEELING.search(body) or any(w in EVALUATIVE for w in word_tokens(body)):
        return False
    return _OTHERS.search(body) is not None or _EVENT.search(body) is not None
