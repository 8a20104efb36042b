"""A cheap check that a reply is English: the scorer's rules only make sense for English."""

from __future__ import annotations

import re

from listener.detectors._lexicon import ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS, STOPWORDS

_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-z]+)?")
_ENGLISH = ENGLISH_FUNCTION_WORDS | STOPWORDS | {"die", "son", "con", "for", "me", "no", "a", "in", "so"}
_FOREIGN = OTHER_FUNCTION_WORDS - _ENGLISH


def looks_english(text: str) -> bool:
    """False when `text` is mostly in another script or reads as another Latin-script language.

    Text with no letters at all (emoji, punctuation) counts as English: there is nothing to judge,
    and the scorer will simply find nothing.
    """
    sample = text[:2000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return True
    if len(_LATIN.findall(sample)) < letters / 2:
        return False
    tokens = _LATIN_WORD.findall(sample.lower().replace("’", "'"))
    english = sum(1 for t in tokens if t in _ENGLISH)
    foreign = sum(1 for t in tokens if t in _FOREIGN)
    return not (foreign >= 2 and foreign > english)
