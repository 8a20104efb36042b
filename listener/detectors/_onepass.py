"""One Aho-Corasick pass over the masked reply finds where every gated `Scanner` may match.

Each `Scanner` gate is a regex that `re` enters at every place one of the gate's first characters
occurs, once per pattern: about ten gates a reply, most of the cost of the whole-reply scans. One
automaton over all their beginnings (`pyahocorasick`, in C) reads the reply once and hands each
scanner the places its own gate would have found, in the same order; the full pattern then runs only
there, as before, so the matches are the same.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

from listener.detectors._fastscan import Scanner
from listener.detectors._text import masked

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_INDEX: dict[Scanner, int] = {}
"""The scanners asked for so far, each with its place in a reply's list of places."""
_JOINING = threading.Lock()
"""Held while a scanner joins or the automaton is built: two threads must not give two scanners one
index, nor list `_INDEX` while it grows."""
_BUILT: dict[int, _Pass] = {}
"""The automaton over the beginnings of the scanners of `_INDEX`, by their number (a scanner that
joins makes it to be built again)."""


class _Pass:
    """An automaton over the gates' beginnings; each beginning knows which scanners begin with it."""

    def __init__(self, scanners: list[Scanner]) -> None:
        owners: dict[str, list[int]] = {}
        for index, scanner in enumerate(scanners):
            for head in scanner.heads:
                owners.setdefault(head, []).append(index)
        self.automaton: Any = ahocorasick.Automaton()
        """Finds every beginning; its value: how far back from its end it starts, and its scanners."""
        for head, indices in owners.items():
            self.automaton.add_word(head, (len(head) - 1, tuple(indices)))
        self.automaton.make_automaton()
        self.count = len(scanners)
        """How many scanners the automaton serves."""
        self.unordered = frozenset(i for i, s in enumerate(scanners) if len(set(map(len, s.heads))) > 1)
        """The scanners whose beginnings differ in length: the automaton reports a place when its
        beginning ends, so their places are sorted afterwards."""

    def places(self, text: str) -> _Places:
        """Each scanner's places in `text`, in order: where one of its beginnings starts (a scanner
        with none has no list: most have none in a short reply)."""
        found: defaultdict[int, list[int]] = defaultdict(list)
        for end, (back, indices) in self.automaton.iter(text):
            for index in indices:
                found[index].append(end - back)
        unordered = self.unordered
        for index, starts in found.items():
            if index in unordered and len(starts) > 1:
                starts.sort()
        return _Places(self.count, found)


class _Places(NamedTuple):
    """The places one reply's pass found."""

    served: int
    """How many scanners the pass served (the first this-many of `_INDEX`)."""
    found: dict[int, list[int]]
    """Each served scanner's places, by its index; a scanner with none is left out."""


def scan_reply(ctx: TurnContext, scanner: Scanner, until: int | None = None) -> Iterator[re.Match[str]]:
    """`scanner.finditer(masked(ctx), until)`, with the places its gate would find taken from the
    reply's one pass. A scanner asked for the first time joins the pass from the next reply on (its
    own gate serves it until then); a rare pattern keeps its phrase check and its gate."""
    text = masked(ctx)
    index = _INDEX.get(scanner)
    if index is None:
        if not scanner.rare and scanner.gate is not None:
            with _JOINING:
                _INDEX.setdefault(scanner, len(_INDEX))
        return scanner.finditer(text, until)
    places = ctx.cache.get("gate places")
    if not isinstance(places, _Places):
        automaton = _BUILT.get(len(_INDEX))
        if automaton is None:
            with _JOINING:
                automaton = _Pass(list(_INDEX))
            _BUILT.clear()
            _BUILT[automaton.count] = automaton
        places = ctx.cache["gate places"] = automaton.places(text)
    starts = places.found.get(index)
    if starts:
        return scanner.finditer(text, until, starts)
    # No place: nothing to match (most scanners in a short reply), unless it joined after this pass.
    return iter(()) if index < places.served else scanner.finditer(text, until)
