"""Run a big alternation of phrases only where its alternatives can start: by their first characters.

`WordDispatch` splits the text into words and runs, at each word, the alternatives that can begin
with it; the split alone is a `re` match per word (about 230 in a long reply), and common words
("you", "what", "that", ".") send most of their alternatives to places where none matches.
`HeadDispatch` works out, once, the literal beginnings (up to eight characters: "you're s", "that so",
". sorry") of each alternative, from the parsed pattern, and finds every place one of them occurs
with one Aho-Corasick automaton (`pyahocorasick`, in C). At each place it runs only the alternatives
that can begin there, in their own order, compiled into one pattern per set of alternatives. The
matches, and which alternative wins at a place, are those of the whole alternation.

Why that holds: the beginnings are made prefix-free (a beginning that extends a shorter one is left
to it), so at most one of them starts at any place; every match of an alternative starts with one of
its beginnings, which then extends the one found there, so the alternatives kept for a place are all
that can match there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any

import ahocorasick

from listener.detectors._dispatch import WordDispatch
from listener.detectors._fastscan import _apart, beginnings

_DEPTH = 8
"""How many leading characters a beginning holds: at three, "you" and "tha" are everywhere; at eight
("you're s", "that sou") a long reply has about half as many places as words the word dispatch tries."""
_PLACE = itemgetter(0)
_MATCH = re.Pattern.match


class HeadDispatch(WordDispatch):
    """`finditer` for an alternation of phrases, each alternative tried only where one of its literal
    beginnings occurs; the same matches as the whole pattern `compile(alternatives)`. When some
    alternative's beginnings cannot be spelled out, the word dispatch serves instead."""

    def __init__(
        self, alternatives: Sequence[str], compile: Callable[[Sequence[str]], str], depth: int = _DEPTH
    ) -> None:
        """Keep the alternatives (see `WordDispatch`); the automaton is built on first use.

        `depth`: how many leading characters the beginnings hold.
        """
        super().__init__(alternatives, compile)
        self.depth = depth
        """How many leading characters the beginnings hold."""

    @functools.cached_property
    def heads(self) -> dict[str, tuple[int, re.Pattern[str]]] | None:
        """Each beginning, with how far back from its end it starts and the pattern of the
        alternatives that can begin with it. None: some alternative's beginnings are unknown, or it
        can begin anywhere."""
        starts = []
        for alternative in self.alternatives:
            found = beginnings(re.compile(self.compile([alternative])), self.depth)
            if not found or "" in found:
                return None
            starts.append(found)
        every = set().union(*starts)
        prefix_free = {h for h in every if not any(h[:i] in every for i in range(1, len(h)))}
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        heads = {}
        for head in prefix_free:
            key = tuple(i for i, found in enumerate(starts) if any(b.startswith(head) for b in found))
            if key not in compiled:
                compiled[key] = re.compile(self.compile([self.alternatives[i] for i in key]))
            heads[head] = (len(head) - 1, compiled[key])
        return heads

    @functools.cached_property
    def automaton(self) -> Any:
        """Finds every beginning of `heads`; its value: how far back from its end it starts, and the
        pattern of the alternatives that can begin with it. None when `heads` is."""
        heads = self.heads
        if heads is None:
            return None
        automaton = ahocorasick.Automaton()
        for head, value in heads.items():
            automaton.add_word(head, value)
        automaton.make_automaton()
        return automaton

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives, in order (the same spans)."""
        automaton = self.automaton
        if automaton is None:
            return super().finditer(text)
        # The automaton reports a place where its beginning ends; beginnings differ in length.
        return self.matches(text, [(end - back, pattern) for end, (back, pattern) in automaton.iter(text)])

    @staticmethod
    def matches(text: str, places: list[tuple[int, re.Pattern[str]]]) -> Iterator[re.Match[str]]:
        """The matches of `finditer` from the places where a beginning starts in `text`, each with
        the pattern of the alternatives that can begin there, in any order (`_onepass` finds them
        with the gates' places)."""
        if not places:
            return iter(())
        places.sort(key=_PLACE)
        starts, patterns = zip(*places, strict=True)
        return _apart(filter(None, map(_MATCH, patterns, repeat(text), starts)))
