"""A cheap check that a reply is English: the scorer's rules only make sense for English."""

from __future__ import annotations

import re

from listener.detectors._lexicon import (
    ACTION_VERBS,
    ENGLISH_FUNCTION_WORDS,
    FEELING_WORDS,
    HARDSHIP_WORDS,
    OTHER_FUNCTION_WORDS,
    STOPWORDS,
    split_words,
)

_LETTERS = re.compile(r"[^\W\d_]+")
"""Runs of letters (word characters that are not digits or "_")."""
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
"""Runs of Latin-script letters."""
_LATIN_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-z]+)?")
_CHAT = split_words(
    "lol lmao omg wow yay ugh hmm haha hahaha congrats congratulations thanks thx pls plz dude mate babe"
    " sorry awesome cool amazing brilliant sucks damn hell gosh jeez yikes oof ouch aww ooh nope yep yup nah"
    " seriously totally literally honestly definitely absolutely wait sure love hate miss"
    " make makes sense total fair enough"
)
_ENGLISH = (
    ENGLISH_FUNCTION_WORDS
    | STOPWORDS
    | FEELING_WORDS
    | HARDSHIP_WORDS
    | ACTION_VERBS
    | _CHAT
    | {"die", "son", "con", "for", "me", "no", "a", "in", "so", "u", "ur", "r"}
)
"""Words that mark a reply as English: function words, feelings, actions, chat words."""
_FOREIGN = OTHER_FUNCTION_WORDS - _ENGLISH
_INVERTED = re.compile(r"[¿¡]")
"""Spanish opening marks: English never uses them."""


def english_words(text: str) -> list[str] | None:
    """The lower-case Latin-script words of `text` (its first 2,000 characters) when it looks
    English, else None (the scorer then reads no rule; it reads the words again for chat spellings).

    Not English: text mostly in another script, or that reads as another Latin-script language; a
    reply of three or more words with no English word at all ("Pole sana. Unajisikiaje?"). Text with
    no letters at all (emoji, punctuation) counts as English: there is nothing to judge, and the
    scorer will simply find nothing.
    """
    sample = text[:2000]
    if sample.isascii():
        # An ASCII text with no letter has no tokens, and is judged English below.
        low = sample.lower()
    else:
        letters = _count(_LETTERS, sample)
        if not letters:
            return []
        if _count(_LATIN, sample) < letters / 2 or _INVERTED.search(sample):
            return None
        low = sample.lower().replace("’", "'")
    tokens: list[str] = _LATIN_WORD.findall(low)
    if not _FOREIGN.isdisjoint(tokens):  # most English replies have no foreign word: not counted
        foreign = sum(map(_FOREIGN.__contains__, tokens))
        # Then an English count at least as high is above 0 as well.
        if foreign >= 2:
            return tokens if foreign <= sum(map(_ENGLISH.__contains__, tokens)) else None
    return tokens if len(tokens) < 3 or not _ENGLISH.isdisjoint(tokens) else None


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the runs of characters `runs` finds hold."""
    return sum(map(len, runs.findall(text)))
