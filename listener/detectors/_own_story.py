"""Whose story a sentence tells: the listener's own ("My boss did that to me once") or the speaker's.

An acknowledgement inside the listener's own story ("it was awful") appraises the listener's experience,
not the speaker's, so `_acknowledgements` leaves it out; an empathy frame ("I understand", "I'm so
sorry") is first person without being a story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import SORRY_INTENSIFIED
from listener.detectors._text import SECOND_PERSON, sentence_at, sentence_before
from listener.detectors._validation_cues import loose

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_ME = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|im|(?<!with )(?<!at )(?<!about )me|my|mine|myself|we|our)(?![\w'])"
)
"""The listener in a sentence of their own story; not "I'd" (a stance: "I'd want answers too") nor "me"
as the one the speaker is angry with ("it's fair to be angry with me")."""
_I_WOULD = re.compile(r"(?<![\w'])i'd(?![\w'])")
""""I'd" in a sentence before an appraisal: the listener's habit ("then I'd go in and pretend")."""
_EMPATHY_FRAME = re.compile(
    loose(
        r"(?<![\w'])(?:i (?:can |could |totally |completely |really |do )?(?:understand|see|know|think"
        r"|imagine|bet|guess|hope|believe|get|hear|agree|feel for|can tell)|i'm "
        + SORRY_INTENSIFIED
        + r"|(?:my|our) (?:deepest |sincere |heartfelt )?(?:condolences|sympathies)|my heart (?:goes|breaks)"
        r"|my (?:friend|dear|love|darling|man|dude|brother|sister|girl)(?=\s*(?:[.!?,]|$)))"
        r"(?![\w'])"
    )
)
"""Empathy frames ("I understand, that must be exhausting"): first person, but not the listener's story."""


def after_own_story(ctx: TurnContext, position: int, own_story: dict[int, bool]) -> bool:
    """True when the sentence before the one at `position` is about the listener (first person, "I'd"
    too, and no "you")."""
    before = sentence_before(ctx, position)
    if before is None:
        return False
    return in_own_story(ctx, before.start, own_story) or (
        _I_WOULD.search(before.text) is not None and not SECOND_PERSON.search(before.text)
    )


def in_own_story(ctx: TurnContext, position: int, own_story: dict[int, bool]) -> bool:
    """True when `position` lies in a sentence about the listener (first person, no "you"); each
    sentence is judged once, when a match first falls in it."""
    sentence = sentence_at(ctx, position)
    if sentence is None:
        return False
    if sentence.start not in own_story:
        body = sentence.text
        own_story[sentence.start] = bool(
            _ME.search(_EMPATHY_FRAME.sub("", body))
        ) and not SECOND_PERSON.search(body)
    return own_story[sentence.start]
