"""Whether an anchored alternation matches, with its alternatives that scan the whole text tried only
when the text holds a phrase they need.

A question form such as `RHETORICAL` (`^(?:who knows|what's the point|...|[^?]* though,? isn't it\\b
|(?:[^?]* )?who wouldn't\\b|...)`) is matched against every question sentence that starts with one of
its words. The alternatives that begin with a literal fail at once on most sentences; those that
begin with `[^?]*` read to the end of the sentence and back, at each match: about nine tenths of the
pattern's cost, for a phrase ("though", "blame", "who wouldn't") most sentences do not hold.
`GatedAlternatives` splits such alternatives off, works out from each parsed alternative the literal
phrases one of which all of its matches contain (`_fastscan._required`, or the part those phrases
share: " blame "), and tries them only on a text that holds one. The answer is the one
`pattern.match(text)` gives: an alternative is left untried only where it cannot match.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from listener.detectors._dispatch import first_words
from listener.detectors._fastscan import _parser, _required

_MAX_CUES = 4
"""An alternative that would need more phrase tests than this stays in the main pattern (each `in`
test costs about as much as a failed try of a short alternative)."""


def alternatives(source: str) -> list[str] | None:
    """The top-level alternatives of a pattern source shaped `^(?:A|B|...)`, in order (None for any
    other shape): `"^(?:" + "|".join(alternatives) + ")"` is the source again."""
    if not source.startswith("^(?:"):
        return None
    found, start, depth, i = [], 4, 1, 4
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # the escaped character is skipped below
        elif char == "[":
            i = _class_end(source, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                found.append(source[start:i])
                return found if i == len(source) - 1 else None
        elif char == "|" and depth == 1:
            found.append(source[start:i])
            start = i + 1
        i += 1
    return None


def _class_end(source: str, i: int) -> int:
    """Where the character class opened at `source[i]` closes (a "]" first in it is a member)."""
    i += 2 if source.startswith("[^", i) else 1
    if source.startswith("]", i):
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def cues(phrases: set[str]) -> tuple[str, ...] | None:
    """Few literal tests one of which every text holding one of `phrases` passes: the longest part
    (three characters or more) all of them share, else the phrases that hold no other one; None
    when that is more than `_MAX_CUES` tests."""
    shortest = min(phrases, key=len)
    for size in range(len(shortest), 2, -1):
        for at in range(len(shortest) - size + 1):
            part = shortest[at : at + size]
            if all(part in phrase for phrase in phrases):
                return (part,)
    kept = tuple(sorted(p for p in phrases if not any(q != p and q in p for q in phrases)))
    return kept if len(kept) <= _MAX_CUES else None


class _Split(NamedTuple):
    """An alternation split in two."""

    main: re.Pattern[str] | None
    """The alternatives tried on every text, in their order (None: there are none)."""
    gated: re.Pattern[str]
    """The alternatives tried only on a text that holds one of `cues`, in their order."""
    cues: tuple[str, ...]
    """Literal phrases: a match of `gated` holds one of them."""


class GatedAlternatives:
    """`pattern.match(text) is not None` for an alternation `^(?:A|B|...)`, with its alternatives that
    can begin anywhere tried only on a text that holds a phrase they need (see the module)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Keep `pattern`; it is split on first use, so importing the scorer stays quick."""
        self.pattern = pattern
        """The whole pattern."""

    @functools.cached_property
    def split(self) -> _Split | None:
        """The pattern split in two; None when it has no gated part (or is not of that shape)."""
        parts = alternatives(self.pattern.pattern)
        flags = self.pattern.flags
        if parts is None or flags & (re.IGNORECASE | re.VERBOSE):
            return None
        main: list[str] = []
        gated: list[str] = []
        found: set[str] = set()
        for part in parts:
            parsed = list(_parser.parse(part, flags).data)
            phrases = _required(parsed) if first_words(parsed) is None else None
            tests = cues(phrases) if phrases else None
            if tests is None:
                main.append(part)
            else:
                gated.append(part)
                found.update(tests)
        if not gated:
            return None
        return _Split(_anchored(main, flags) if main else None, _anchored(gated, flags), tuple(sorted(found)))

    def match(self, text: str) -> bool:
        """True when `self.pattern.match(text)` finds a match."""
        split = self.split
        if split is None:
            return self.pattern.match(text) is not None
        if split.main is not None and split.main.match(text) is not None:
            return True
        return any(map(text.__contains__, split.cues)) and split.gated.match(text) is not None


def _anchored(parts: list[str], flags: int) -> re.Pattern[str]:
    """The anchored alternation of `parts`, in their order."""
    return re.compile("^(?:" + "|".join(parts) + ")", flags)
