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
from collections.abc import Iterable, Iterator
from itertools import repeat, takewhile
from typing import Any

_parser: Any = importlib.import_module("re._parser")
"""CPython's own regex parser (3.11+), which also holds the opcode constants; not typed, so `Any`."""
C = _parser

_DEPTH = 3
"""How many leading characters the beginnings hold (fewer when the pattern can stop being literal)."""
_MAX_BEGINNINGS = 400
"""Above this many beginnings the gate would cost more than it saves: use plain `finditer`."""


def _heads(items: list[tuple[Any, Any]], prefix: str, depth: int = _DEPTH) -> set[str] | None:
    """Every literal beginning (up to `depth` characters) a match of `items` can have after `prefix`.

    A beginning shorter than `depth` means the next element is not a known literal. None: unknown.
    """
    if len(prefix) >= depth or not items:
        return {prefix}
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        return _heads(rest, prefix + chr(av), depth)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _heads(rest, prefix, depth)  # zero width: ignoring a condition only widens the set
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        inner = av[-1] if op is C.SUBPATTERN else av
        if op is C.SUBPATTERN and (av[1] or av[2]):
            return None  # inline flags
        return _heads(list(inner.data) + rest, prefix, depth)
    if op is C.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            got = _heads(list(alternative.data) + rest, prefix, depth)
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
            got = _heads(rest, prefix + char, depth)
            if got is None:
                return None
            found |= got
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, item = av
        options: set[str] = set()
        if low == 0:
            skipped = _heads(rest, prefix, depth)
            if skipped is None:
                return None
            options |= skipped
        # Once through the item, then the rest (exact when at most once); else stop after one pass.
        once = _heads(list(item.data) + (rest if high == 1 else []), prefix, depth)
        if once is None:
            return None
        return options | once
    return {prefix}  # any other element: the beginning ends here


def beginnings(pattern: re.Pattern[str], depth: int = _DEPTH) -> set[str] | None:
    """Every literal beginning (up to `depth` characters) a match of `pattern` can have, worked out
    from the parsed pattern; a beginning shorter than `depth` means what follows is not a known
    literal. None: unknown."""
    return _heads(list(_parser.parse(pattern.pattern, pattern.flags).data), "", depth)


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


_PHRASE_DEPTH = 24
"""How far `_required` spells out a literal phrase."""
_MAX_PHRASES = 64
"""Above this many phrases the check that one occurs costs more than it saves."""


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Literal phrases (three characters or more) one of which every match of `items` contains.

    Each alternative of an alternation gives its own phrases; in a sequence, the element where
    the spelled-out beginnings are longest is taken. None: no such phrases.
    """
    if len(items) == 1 and items[0][0] in (C.BRANCH, C.SUBPATTERN):
        op, av = items[0]
        if op is C.SUBPATTERN:
            return None if av[1] or av[2] else _required(list(av[-1].data))
        found: set[str] = set()
        for alternative in av[1]:
            got = _required(list(alternative.data))
            if got is None:
                return None
            found |= got
        return found if len(found) <= _MAX_PHRASES else None
    best: set[str] | None = None
    for index in range(len(items)):
        phrases = _heads(items[index:], "", _PHRASE_DEPTH)
        if not phrases or len(phrases) > _MAX_PHRASES or min(map(len, phrases)) < 3:
            continue
        if best is None or min(map(len, phrases)) > min(map(len, best)):
            best = phrases
    return best


def prefix_trie(prefixes: set[str]) -> str:
    """A pattern that matches where one of `prefixes` begins, shaped as a trie (`(?:th(?:at|is)|you)`
    for "that", "this", "you"): `re` reads each character once instead of trying every prefix in
    turn (a flat alternation fails prefix by prefix: AFFIRMATION's gate cost a third more). Empty
    when a prefix is empty (any place will do)."""
    if "" in prefixes:
        return ""
    by_first: dict[str, set[str]] = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    parts = [re.escape(first) + prefix_trie(rests) for first, rests in sorted(by_first.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class Scanner:
    """`finditer` for one compiled pattern, through a literal gate when one can be built."""

    def __init__(self, pattern: re.Pattern[str], *, rare: bool = False, depth: int = _DEPTH) -> None:
        """Keep `pattern`; its gate is worked out on first use, so importing the scorer stays quick.

        `rare`: the pattern's phrases seldom occur (topic changes, say); then a reply that holds
        none of the literal phrases every match must contain is not scanned at all.
        `depth`: how many leading characters the gate checks. Deeper, the gate finds fewer places
        where the full pattern is tried but is itself dearer; 6 pays for patterns whose beginnings
        are common words ("you", "tha") followed by rarer ones ("you're so", "that took").
        """
        self.pattern = pattern
        """The full pattern."""
        self.rare = rare
        """Whether to check first that one of the pattern's literal phrases occurs."""
        self.depth = depth
        """How many leading characters the gate's beginnings hold."""

    @functools.cached_property
    def phrases(self) -> tuple[str, ...] | None:
        """Literal phrases one of which every match contains (None: not rare, or none found)."""
        pattern = self.pattern
        if not self.rare or pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        found = _required(list(_parser.parse(pattern.pattern, pattern.flags).data))
        if not found:
            return None
        # A phrase that holds another one adds nothing to the check ("anyways" holds "anyway").
        return tuple(sorted(p for p in found if not any(q != p and q in p for q in found)))

    @functools.cached_property
    def gate(self) -> re.Pattern[str] | None:
        """Matches one character wherever a match of the pattern may start (None: plain `finditer`)."""
        heads = self._gate_heads
        if not heads or "" in heads or len(heads) > _MAX_BEGINNINGS:
            return None
        by_first: dict[str, set[str]] = {}
        for head in heads:
            by_first.setdefault(head[0], set()).add(head[1:])
        parts = []
        for first, tails in sorted(by_first.items()):
            ahead = prefix_trie(tails)
            parts.append(re.escape(first) + (f"(?={ahead})" if ahead else ""))
        return re.compile("|".join(parts))

    @functools.cached_property
    def _gate_heads(self) -> set[str]:
        """The literal beginnings of the pattern's matches (empty: unknown, or flags `_heads` ignores)."""
        pattern = self.pattern
        if pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return set()
        return beginnings(pattern, self.depth) or set()

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """The beginnings the gate looks for, none that extends another ("you" and "you're": "you"),
        so that each place the gate finds begins exactly one of them. Empty when there is no gate."""
        if self.gate is None:
            return frozenset()
        heads = self._gate_heads
        return frozenset(h for h in heads if not any(h[:i] in heads for i in range(1, len(h))))

    def finditer(
        self, text: str, until: int | None = None, starts: Iterable[int] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives, in order (the same spans and groups);
        with `until`, only those that start at or before it, and the scan stops there.
        `starts`: the places the gate would find in `text`, in order, when they are already known
        (`_onepass.scan_reply`); the gate is not run then."""
        phrases = self.phrases
        if phrases is not None and not any(map(text.__contains__, phrases)):
            return iter(())
        if self.gate is None:
            found = self.pattern.finditer(text)
            return found if until is None else takewhile(lambda m: m.start() <= until, found)
        if isinstance(starts, list):
            return matches_at(self.pattern, text, starts, until)
        return _apart(self._tried(text, until, starts))

    def _tried(
        self, text: str, until: int | None = None, starts: Iterable[int] | None = None
    ) -> Iterator[re.Match[str]]:
        """The full pattern's match at every place the gate finds (up to `until`), in order (it may
        overlap an earlier one): `map` and `filter` run the loop in C, no Python step per gate hit."""
        if starts is None:
            gate = self.gate
            assert gate is not None
            starts = map(_START, gate.finditer(text))
        if until is not None:
            starts = takewhile(until.__ge__, starts)
        return filter(None, map(self.pattern.match, repeat(text), starts))

    def search(self, text: str) -> re.Match[str] | None:
        """What `self.pattern.search(text)` finds: the first match, or None."""
        phrases = self.phrases
        if phrases is not None and not any(map(text.__contains__, phrases)):
            return None
        if self.gate is None:
            return self.pattern.search(text)
        return next(self._tried(text), None)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], until: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` at the gate's places `starts` (in order, not empty), as
    `Scanner.finditer` gives them (up to `until`). One place (half the scans of a reply) needs no
    generator to keep matches apart: its match, if any, is the only one."""
    if len(starts) == 1:
        start = starts[0]
        found = pattern.match(text, start) if until is None or start <= until else None
        return iter((found,) if found else ())
    places: Iterable[int] = starts if until is None else takewhile(until.__ge__, starts)
    return _apart(filter(None, map(pattern.match, repeat(text), places)))


_START = re.Match.start
"""`Match.start` as a function of the match (for `map`)."""


def _apart(found: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches of `found` (in order of position) that start after the previous one kept ended,
    as `finditer` skips what an earlier match took (an empty match still moves one place on)."""
    end = 0
    for m in found:
        start = m.start()
        if start >= end:
            yield m
            end = max(m.end(), start + 1)
