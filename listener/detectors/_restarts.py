"""Spoken false starts left out ("I- I mean", "you-you know", "the- the plan"), with a map back.

Transcribed talk breaks words off and starts again: "you-you know that", "I- most people I see",
"that-that-that was hard". The rules read a sentence from its first word, so "I- I mean, nine years
is a long time" would open with the listener's "I". A word with a dash straight after it (no space
before the dash) is left out when the same word follows it, or when a space and another word follow
it: the speaker broke it off. Compounds ("well-known", "check-in") have no space after the dash and
another word after them, so they stay. The scan jumps from dash to dash; most replies have none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from listener.detectors._text_map import replaced

_DASH = re.compile(r"--?|—|–")
"""A dash: where a false start may end (it starts with a literal, so the scan jumps from dash to
dash; a look-behind for the word before it would make `re` try every position)."""
_WORD_END = re.compile(r"[A-Za-z']")
"""A character of the word before a dash (its last one, straight before the dash)."""
_WORD_BEFORE = re.compile(r"(?<![\w'])[A-Za-z']+(?=--?|—|–)")
"""The word a dash ends, matched from where `_word_start` finds it begins."""
_SPACE_THEN_WORD = re.compile(r"\s+(?=[A-Za-z])")
"""Spaces and another word after the dash: the speaker broke the word off and went on."""
_LONGEST_WORD = 30
"""How far back the broken-off word is looked for."""
_LONGEST_PHRASE = 40
"""How far back a phrase broken off with a long dash is looked for."""
_ABANDONED_WORDS = 3
"""The most words a phrase broken off with a long dash holds, its last word included."""
_CLAUSE_START = re.compile(r"[.!?,;:]\s*(?!.*[.!?,;:])", re.DOTALL)
"""The last mark before a phrase, and the spaces after it: where the phrase's clause starts."""


def without_restarts(text: str, words: list[str]) -> tuple[str, list[int]] | None:
    """`text` with its false starts (a broken-off word, its dash and the spaces after it) left out,
    and for each position of the result (and its end) the position in `text` it comes from; None
    when `text` has none. `words` is unused: a dash is the cheap test."""
    del words
    if "-" not in text and "—" not in text and "–" not in text:
        return None
    edits = list(_restarts(text))
    return replaced(text, edits) if edits else None


def _dashes(text: str) -> Iterator[re.Match[str]]:
    """The dashes of `text` straight after a word, in order. Most texts hold only "-", which
    `str.find` finds many times faster than `re` (whose scan tries every position)."""
    if "—" in text or "–" in text:
        yield from (m for m in _DASH.finditer(text) if _WORD_END.match(text, m.start() - 1))
        return
    at = text.find("-", 1)
    while at > 0:
        if _WORD_END.match(text, at - 1):
            dash = _DASH.match(text, at)
            if dash is not None:
                yield dash
                at = dash.end() - 1
        at = text.find("-", at + 1)


def _restarts(text: str) -> Iterator[tuple[int, int, str]]:
    """Each false start as an edit that leaves it out: "you-" before "you", "I- " before "most"."""
    done = 0
    for dash in _dashes(text):
        if dash.start() <= done:
            continue
        word = _WORD_BEFORE.match(
            text, _word_start(text, dash.start(), max(done, dash.start() - _LONGEST_WORD))
        )
        if word is None:
            continue
        again = text[dash.end() : dash.end() + len(word.group()) + 1].lower()
        same = again.startswith(word.group().lower()) and not again[len(word.group()) :].strip("'").isalnum()
        start = word.start()
        if same:
            end = dash.end()
        else:
            gap = _SPACE_THEN_WORD.match(text, dash.end())
            if gap is None:
                continue  # a compound ("well-known") or a spaced dash
            end = gap.end()
            if dash.group() != "-":
                start = _abandoned_from(text, max(done, start - _LONGEST_PHRASE), start)
        yield start, end, ""
        done = end


def _word_start(text: str, end: int, earliest: int) -> int:
    """Where the word that ends at `end` starts (looking back no further than `earliest`)."""
    start = end
    while start > earliest and _WORD_END.match(text, start - 1):
        start -= 1
    return start


def _abandoned_from(text: str, earliest: int, word: int) -> int:
    """Where a phrase broken off with a long dash begins: the start of its clause when the clause
    holds at most `_ABANDONED_WORDS` words up to the dash ("Is it-- why'd you stop?"), else the word
    before the dash."""
    clause = _CLAUSE_START.search(text, earliest, word)
    start = clause.end() if clause else (0 if earliest == 0 else word)
    return start if len(text[start:word].split()) < _ABANDONED_WORDS else word
