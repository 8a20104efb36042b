"""A hardship named in a word or two, as a sentence of its own: "Harsh.", "Grim.", "Oof, brutal.",
"Rough, that." (the dry, spoken way of saying "that's rough")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import HARD
from listener.detectors._text import sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

BARE = re.compile(
    r"(?:(?:oh|ah|aw+|ugh|oof|god|christ|jeez|man|mate|wow|well|yeah|ooh|aye)[,!.]*\s+)*"
    r"(?:so |just |really |pretty |bloody |properly |absolutely |proper |most |such an? |what an? )?"
    rf"(?:{HARD}|valid|understandable|ouch|(?:such )?(?:brilliant|great|amazing|fantastic|wonderful"
    r"|excellent|fab|lovely|incredible|best) news)"
    r"(?:,? (?:that|mate|man|that is|eh|one|stuff|news))?[\s.!]*"
)
"""A sentence that is nothing but a hardship word (or an acceptance: "Valid."), with an interjection
before it or "that", "mate" after it; a "?" ("Rough?") asks, so it is not read here."""
_LONGEST = 40
"""Longer sentences say more than an appraisal: they are left to the other patterns."""


def bare_appraisals(ctx: TurnContext, text: str) -> list[re.Match[str]]:
    """The sentences of the masked reply `text` that only appraise the hardship ("Grim.")."""
    found = []
    for s in sentences(ctx):
        if s.end - s.start <= _LONGEST:
            m = BARE.fullmatch(text, s.start, s.end)
            if m:
                found.append(m)
    return found
