"""A statement that names a feeling about something the speaker said ("losing a job like that is
frightening", "eight weeks off with no money sounds so lonely"): a reflection of feeling with no "you"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import EVALUATIVE, FEELING_WORDS_ALL
from listener.detectors._lexicon import POSITIVE_FEELINGS, split_words
from listener.detectors._overlap import echoes, plain_shared
from listener.detectors._reflection import (
    EMPATHY_LEAD,
    GENERIC,
    about_listener,
    candidates_in_order,
)
from listener.detectors._text import SECOND_PERSON, masked

if TYPE_CHECKING:
    from listener.scoring import TurnContext


def situation_feeling(ctx: TurnContext) -> tuple[int, int, str] | None:
    """A statement that names a feeling or hardship about something the speaker said
    ("losing a job like that is frightening")."""
    text = masked(ctx)
    for sentence_start, end in candidates_in_order(ctx):
        sentence = text[sentence_start:end]
        # The word list first: most sentences name no hardship, and it is the cheapest test. A frame
        # ends at a word boundary, so the words after it are the sentence's last words.
        word = _hardship_named(sentence)
        if word is None:
            continue
        frame = EMPATHY_LEAD.match(sentence)
        start = sentence_start + frame.end() if frame else sentence_start
        body = sentence[frame.end() :] if frame else sentence
        word = _hardship_named(body) if frame else word
        if word is None or about_listener(body) or GENERIC.match(body):
            continue
        if _THIRD_PARTY.match(body) and not SECOND_PERSON.search(body):
            continue  # "the dog's probably just lonely": someone else's feeling, not theirs
        if word not in FEELING_WORDS_ALL and "must" not in body:
            continue  # "losing your wallet is such a pain" appraises the event (validation only)
        if plain_shared(ctx, start, end) and not echoes(ctx, sentence_start, end):
            return (start, end, word)
    return None


_TOKEN = re.compile(r"[a-z'-]+")
_THIRD_PARTY = re.compile(
    r"(?:(?:honestly|maybe|perhaps|well|oh|look|i think|i bet|i guess|i reckon),? )*"
    r"(?:he|she|they|the (?!\w+ing\b)[a-z]+|(?:his|her|their) [a-z]+)(?:'s|'re| is| are| was| were)\b"
)
"""A sentence about a third party's state ("she's just a lonely old woman", "the dog's probably just
lonely"): the feeling it names is theirs, not the speaker's."""
_OTHER_SENSE = split_words(
    "small down low lost empty sick stuck spent fried missing burned burnt hollow worn wiped"
)
"""Feeling words whose other sense is the usual one in a statement about something ("keep the party
small", "the card is lost"): they name a feeling after "feel" or "you're", not on their own."""
_HARDSHIP = frozenset(w for w in EVALUATIVE if w not in POSITIVE_FEELINGS and w not in _OTHER_SENSE)
"""Feeling and hardship words except the positive feelings and those with a usual other sense."""


_NEGATORS = split_words("not no never nobody nothing none neither nor without")


def _hardship_named(body: str) -> str | None:
    """The first feeling or hardship word of `body` that is not a positive feeling, nor negated by
    one of the two words before it ("nobody was hurt", "it wasn't scary" name no hardship)."""
    found: list[str] = _TOKEN.findall(body)
    if _HARDSHIP.isdisjoint(found):  # the usual answer, without a Python loop
        return None
    for i, word in enumerate(found):
        if word in _HARDSHIP and not any(
            w in _NEGATORS or w.endswith("n't") for w in found[max(0, i - 2) : i]
        ):
            return word
    return None
