"""Faster `finditer` for the scorer's big phrase alternations, with exactly the same matches.

`re` tries a pattern that starts with a look-behind (`(?<![\\w'])(?:that's|sounds like|...)`) at every
position of the text. `Scanner` works out, once, the short literal beginnings every match must start
with, finds the places where one of them occurs with a cheap literal-first pattern, and runs the
full pattern (`Pattern.match` at that position; look-behinds still see the text before it) only there.
A pattern whose beginnings cannot be worked out is scanned with plain `finditer`.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from typing import Any

_parser: Any = importlib.import_module("re._parser")
"""CPython's own regex parser (3.11+), which also holds the opcode constants; not typed, so `Any`."""
C = _parser

_DEPTH = 3
"""How many leading characters the beginnings hold (fewer when the pattern can stop being literal)."""
_MAX_BEGINNINGS = 400
"""Above this many beginnings the gate would cost more than it saves: use plain `finditer`."""


def _heads(items: list[tuple[Any, Any]], prefix: str) -> set[str] | None:
    """Every literal beginning (up to `_DEPTH` characters) a match of `items` can have after `prefix`.

    A beginning shorter than `_DEPTH` means the next element is not a known literal. None: unknown.
    """
    if len(prefix) >= _DEPTH or not items:
        return {prefix}
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        return _heads(rest, prefix + chr(av))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _heads(rest, prefix)  # zero width: ignoring a condition only widens the set
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        inner = av[-1] if op is C.SUBPATTERN else av
        if op is C.SUBPATTERN and (av[1] or av[2]):
            return None  # inline flags
        return _heads(list(inner.data) + rest, prefix)
    if op is C.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            got = _heads(list(alternative.data) + rest, prefix)
            if got is None:
                return None
            found |= got
        return found
    if op is C.IN:
        chars = _charset(av)
        if chars is None:
            return {prefix}
        found = set()
        for char in chars:
            got = _heads(rest, prefix + char)
            if got is None:
                return None
            found |= got
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, item = av
        options: set[str] = set()
        if low == 0:
            skipped = _heads(rest, prefix)
            if skipped is None:
                return None
            options |= skipped
        # Once through the item, then the rest (exact when at most once); else stop after one pass.
        once = _heads(list(item.data) + (rest if high == 1 else []), prefix)
        if once is None:
            return None
        return options | once
    return {prefix}  # any other element: the beginning ends here


def _charset(av: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a small positive character class, or None."""
    chars: list[str] = []
    for op, value in av:
        if op is C.LITERAL:
            chars.append(chr(value))
        elif op is C.RANGE and value[1] - value[0] < 30:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars if len(chars) <= 30 else None


class Scanner:
    """`finditer` for one compiled pattern, through a literal gate when one can be built."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Keep `pattern`; its gate is worked out on first use, so importing the scorer stays quick."""
        self.pattern = pattern
        """The full pattern."""

    @functools.cached_property
    def gate(self) -> re.Pattern[str] | None:
        """Matches one character wherever a match of the pattern may start (None: plain `finditer`)."""
        pattern = self.pattern
        if pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        heads = _heads(list(_parser.parse(pattern.pattern, pattern.flags).data), "")
        if not heads or "" in heads or len(heads) > _MAX_BEGINNINGS:
            return None
        by_first: dict[str, set[str]] = {}
        for head in heads:
            by_first.setdefault(head[0], set()).add(head[1:])
        parts = []
        for first, tails in sorted(by_first.items()):
            ahead = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
            parts.append(re.escape(first) + ("" if "" in tails else f"(?={ahead})"))
        return re.compile("|".join(parts))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives, in order."""
        gate = self.gate
        if gate is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        end = 0
        for g in gate.finditer(text):
            start = g.start()
            if start < end:
                continue
            m = match(text, start)
            if m is not None:
                yield m
                end = max(m.end(), start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """What `self.pattern.search(text)` finds: the first match, or None."""
        return next(self.finditer(text), None)
