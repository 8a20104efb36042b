"""Spoken false starts left out ("I- I mean", "you-you know", "the- the plan"), with a map back.

Transcribed talk breaks words off and starts again: "you-you know that", "I- most people I see",
"that-that-that was hard". The rules read a sentence from its first word, so "I- I mean, nine years
is a long time" would open with the listener's "I". A word with a dash straight after it (no space
before the dash) is left out when the same word follows it, or when a space and another word follow
it: the speaker broke it off. Compounds ("well-known", "check-in") have no space after the dash and
another word after them, so they stay.
"""

from __future__ import annotations

import re

from listener.detectors._text_map import replaced

_RESTART = re.compile(
    r"(?<![\w'])(?P<word>[a-z']+)(?:-{1,2}|—|–)(?:(?=(?P=word)(?![\w']))|\s+(?=[a-z]))",
    re.IGNORECASE,
)
"""A broken-off word, its dash and the spaces after it: "you-" before "you", "I- " before "most"."""


def without_restarts(text: str, words: list[str]) -> tuple[str, list[int]] | None:
    """`text` with its false starts (`_RESTART`) left out, and for each position of the result (and
    its end) the position in `text` it comes from; None when `text` has none. `words` is unused: a
    dash is the cheap test."""
    del words
    if "-" not in text and "—" not in text and "–" not in text:
        return None
    return replaced(text, ((m.start(), m.end(), "") for m in _RESTART.finditer(text)))
