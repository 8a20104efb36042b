"""A statement of what happens to the speaker, "you" as the object of their situation ("everything has
landed on you", "nobody's helping you"), told apart from a courtesy, an offer or a prediction."""

from __future__ import annotations

import re

from listener.detectors._text import LETTER_WORD

_TO_YOU = re.compile(
    r"(?<![\w'])(?:on|to|with|for|onto|over|left|leaves|leaving|helping|helps|helped|supporting"
    r"|supports|let|lets|making|makes|made|keeps|kept|taken over|takes over|took over)"
    r" (?:\w+ )?(?:you\b(?!'| (?:to|should|could|can|will|would|might|must|need)\b)|your (?:shoulders|life"
    r"|plate|back|own)\b)"
)
"""Something in their situation acting on them ("everything has landed on you", "nobody's helping
you", "the caring has taken over your life"): a restatement with "you" as the object."""
_NOT_ABOUT_THEM = re.compile(
    r"(?<![\w'])(?:up to you|nice to|good to|great to|lovely to|(?:kind|nice|sweet|good) of you|proud of you"
    r"|bless you|for you(?: too)?(?:,? (?:mate|hun|babe|love|bro|man|pal|buddy|x+))?\W*$"
    r"|with you\W*$|to you (?:too|as well)|meet you|see you|hear from you"
    r"|talk(?:ing)? to you|chat(?:ting)? with you|speak(?:ing)? (?:to|with) you|luck|pleasure|glad|thanks?"
    r"|welcome|prayers?|feel free|happy|merry|i|i'm|i've|i'd|me|my|we|we're|us|our|will|'ll|would|'d"
    r"|could|can|might|may|should|must|going to|gonna|need to|needs to|have to|has to|important|hope"
    r"|hopefully)(?![\w'])"
)
"""What makes a sentence with "you" as its object something else than their situation: a courtesy or
offer ("nice to meet you", "it's up to you", "I'm glad I could help you"), the listener in it, or a
prediction or advice ("good things will come to you", "they need to let you decide")."""


def happens_to_you(body: str) -> bool:
    """True for a statement of what happens to them: "you" as the object of the situation."""
    return (
        len(LETTER_WORD.findall(body)) >= 4
        and bool(_TO_YOU.search(body))
        and not _NOT_ABOUT_THEM.search(body)
    )
