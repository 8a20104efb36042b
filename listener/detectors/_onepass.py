"""One Aho-Corasick pass over the masked reply finds where every gated `Scanner` may match.

Each `Scanner` gate is a regex that `re` enters at every place one of the gate's first characters
occurs, once per pattern: about ten gates a reply, most of the cost of the whole-reply scans. One
automaton over all their beginnings (`pyahocorasick`, in C) reads the reply once and hands each
scanner the places its own gate would have found, in the same order; the full pattern then runs only
there, as before, so the matches are the same.

The acknowledgements' `HeadDispatch` joins the same pass (one automaton read instead of two): its
beginnings are words of the automaton too, and each place where one starts comes with the pattern of
the alternatives that can begin there, as its own automaton would have given it.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

from listener.detectors._fastscan import Scanner, matches_at
from listener.detectors._headdispatch import HeadDispatch
from listener.detectors._text import masked

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_INDEX: dict[Scanner, int] = {}
"""The scanners asked for so far, each with its place in a reply's list of places."""
_JOINING = threading.Lock()
"""Held while a scanner joins or the automaton is built: two threads must not give two scanners one
index, nor list `_INDEX` while it grows."""
_DISPATCH: list[HeadDispatch] = []
"""The head dispatch that joined the pass (the first one asked whose beginnings are known; another
one keeps its own automaton)."""
_BUILT: dict[tuple[int, int], _Pass] = {}
"""The automaton over the beginnings of the scanners of `_INDEX` and of `_DISPATCH`, by their
numbers (a scanner or dispatch that joins makes it to be built again)."""


class _Pass:
    """An automaton over the gates' beginnings (and a head dispatch's); each beginning knows which scanners
    begin with it (and which of the dispatch's patterns)."""

    def __init__(self, scanners: list[Scanner], dispatch: HeadDispatch | None = None) -> None:
        owners: dict[str, list[int]] = {}
        for index, scanner in enumerate(scanners):
            for head in scanner.heads:
                owners.setdefault(head, []).append(index)
        dispatched = (dispatch.heads if dispatch is not None else None) or {}
        self.automaton: Any = ahocorasick.Automaton()
        """Finds every beginning; its value: how far back from its end it starts, its scanners, and
        the dispatch's pattern for the place (None: not a beginning of the dispatch)."""
        for head in owners.keys() | dispatched.keys():
            pattern = dispatched[head][1] if head in dispatched else None
            self.automaton.add_word(head, (len(head) - 1, tuple(owners.get(head, ())), pattern))
        self.automaton.make_automaton()
        self.count = len(scanners)
        """How many scanners the automaton serves."""
        self.dispatch = dispatch if dispatched else None
        """The head dispatch the automaton serves too, if any."""
        self.unordered = frozenset(i for i, s in enumerate(scanners) if len(set(map(len, s.heads))) > 1)
        """The scanners whose beginnings differ in length: the automaton reports a place when its
        beginning ends, so their places are sorted afterwards."""

    def places(self, text: str) -> _Places:
        """Each scanner's places in `text`, in order: where one of its beginnings starts (a scanner
        with none has no list: most have none in a short reply)."""
        found: defaultdict[int, list[int]] = defaultdict(list)
        heads = []
        for end, (back, indices, pattern) in self.automaton.iter(text):
            for index in indices:
                found[index].append(end - back)
            if pattern is not None:
                heads.append((end - back, pattern))
        unordered = self.unordered
        for index, starts in found.items():
            if index in unordered and len(starts) > 1:
                starts.sort()
        return _Places(self.count, found, self.dispatch, heads)


class _Places(NamedTuple):
    """The places one reply's pass found."""

    served: int
    """How many scanners the pass served (the first this-many of `_INDEX`)."""
    found: dict[int, list[int]]
    """Each served scanner's places, by its index; a scanner with none is left out."""
    dispatch: HeadDispatch | None
    """The head dispatch the pass served too, if any."""
    heads: list[tuple[int, re.Pattern[str]]]
    """Where the dispatch's beginnings start, each with its pattern (not in order)."""


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
    places = _reply_places(ctx, text)
    starts = places.found.get(index)
    if starts:
        # A scanner of the pass is not rare and has a gate: `scanner.finditer(text, until, starts)`.
        return matches_at(scanner.pattern, text, starts, until)
    # No place: nothing to match (most scanners in a short reply), unless it joined after this pass.
    return iter(()) if index < places.served else scanner.finditer(text, until)


def gate_places(ctx: TurnContext, scanner: Scanner) -> list[int]:
    """Where `scanner`'s gate finds a place in the masked reply, in order, taken from the reply's one
    pass: every match of the pattern in any part of the reply (a sentence) starts at one of them. For a
    pattern matched sentence by sentence (`^` and `$` at the sentence's ends), tried only at these
    places inside the sentence. The scanner must have a gate and not be rare."""
    text = masked(ctx)
    index = _INDEX.get(scanner)
    if index is None:
        with _JOINING:
            _INDEX.setdefault(scanner, len(_INDEX))
        return _own_gate_places(scanner, text)
    places = _reply_places(ctx, text)
    if index >= places.served:
        return _own_gate_places(scanner, text)  # it joined after this reply's pass
    return places.found.get(index, _NO_PLACES)


def search_in(ctx: TurnContext, scanner: Scanner, body: str, start: int) -> re.Match[str] | None:
    """`scanner.pattern.search(body)`, for `body` the part of the masked reply that starts at `start` (a
    sentence): the pattern is tried only at the places of the reply's one pass that lie in `body`, in
    order, so the first match is the leftmost one (`^`, `$` and look-behinds still see `body` only)."""
    places = gate_places(ctx, scanner)
    if not places:
        return None
    first = bisect_left(places, start)
    last = bisect_left(places, start + len(body), first)
    match = scanner.pattern.match
    for place in places[first:last]:
        found = match(body, place - start)
        if found:
            return found
    return None


_NO_PLACES: list[int] = []
"""The places of a scanner with none in the reply (shared: callers only read it)."""


def _own_gate_places(scanner: Scanner, text: str) -> list[int]:
    """The places `scanner`'s own gate finds in `text` (before it joins the pass)."""
    gate = scanner.gate
    assert gate is not None, "gate_places needs a scanner with a gate"
    return [m.start() for m in gate.finditer(text)]


def dispatch_reply(ctx: TurnContext, dispatch: HeadDispatch) -> Iterator[re.Match[str]]:
    """`dispatch.finditer(masked(ctx))`, with the places of its beginnings taken from the reply's one
    pass. The first dispatch asked (whose beginnings are known) joins the pass from the next reply on."""
    text = masked(ctx)
    if not _DISPATCH or _DISPATCH[0] is not dispatch:
        if not _DISPATCH and dispatch.heads is not None:
            with _JOINING:
                if not _DISPATCH:
                    _DISPATCH.append(dispatch)
        return dispatch.finditer(text)
    places = _reply_places(ctx, text)
    if places.dispatch is not dispatch:
        return dispatch.finditer(text)  # it joined after this reply's pass
    return dispatch.matches(text, places.heads)


def _reply_places(ctx: TurnContext, text: str) -> _Places:
    """The reply's one pass: every served scanner's places and the dispatch's, found once per reply."""
    places = ctx.cache.get("gate places")
    if not isinstance(places, _Places):
        key = (len(_INDEX), len(_DISPATCH))
        automaton = _BUILT.get(key)
        if automaton is None:
            with _JOINING:
                automaton = _Pass(list(_INDEX), _DISPATCH[0] if _DISPATCH else None)
            _BUILT.clear()
            _BUILT[key] = automaton
        places = ctx.cache["gate places"] = automaton.places(text)
    return places
