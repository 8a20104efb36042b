"""Run a big alternation of phrases only where its alternatives can start: by the word they begin with.

`re` tries every alternative of `(?<![\\w'])(?:that's hard|i'm sorry|no wonder|...)` at every word of
the text. `WordDispatch` works out, once, the first word every match of each alternative begins with
(from the parsed alternative: "that's", "thats", "i'm", "no"), splits the text into words with one
cheap scan, and at each word runs only the alternatives that can begin with it, in their own order,
compiled into one pattern per set of alternatives. The matches, and which alternative wins at a
place, are those of the whole alternation: an alternative left out cannot match there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, repeat, tee
from typing import Any

from listener.detectors._fastscan import C, _apart, _charset, _parser

_WORDISH = re.compile(r"[\w']")
"""A character that continues a word (the alternations begin with the look-behind `(?<![\\w'])`)."""
_UNKNOWN = (None, None)
"""A stand-in element: what follows cannot be spelled out."""


class WordDispatch:
    """`finditer` for an alternation of phrases, each alternative tried only at the words it can
    begin with; the same matches as the whole pattern `compile(alternatives)`."""

    def __init__(self, alternatives: Sequence[str], compile: Callable[[Sequence[str]], str]) -> None:
        """Keep the alternatives; the table of words is worked out on first use.

        `compile` makes the pattern of some of the alternatives, in the order given (it adds the
        look-behind and whatever else they share): the whole pattern is `compile(alternatives)`.
        """
        self.alternatives = tuple(alternatives)
        """The alternatives, in the order the whole pattern tries them."""
        self.compile = compile
        """Makes the pattern source of a run of alternatives."""
        self.pattern = re.compile(compile(self.alternatives))
        """The whole pattern."""

    @functools.cached_property
    def table(self) -> dict[str, re.Pattern[str]] | None:
        """For each word a match can begin with, the pattern of the alternatives that can begin with
        it (None: some alternative's first word is unknown; then the whole pattern is scanned)."""
        by_word: dict[str, list[int]] = {}
        for index, alternative in enumerate(self.alternatives):
            source = self.compile([alternative])
            words = first_words(list(_parser.parse(source).data))
            if words is None:
                return None
            for word in words:
                by_word.setdefault(word, []).append(index)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        table = {}
        for word, indices in by_word.items():
            key = tuple(indices)
            if key not in compiled:
                compiled[key] = re.compile(self.compile([self.alternatives[i] for i in key]))
            table[word] = compiled[key]
        return table

    @functools.cached_property
    def words(self) -> re.Pattern[str]:
        """Splits a text into the words and single other characters the table is keyed by."""
        others = sorted({word for word in self.table or () if not _word_char(word[0])})
        return re.compile("[\\w']+" + (f"|[{re.escape(''.join(others))}]" if others else ""))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives, in order (the same spans)."""
        table = self.table
        if table is None:
            return self.pattern.finditer(text)
        # Lazily, all in C: a rule that needs only the first match leaves the rest of the text unsplit.
        words, places = tee(self.words.finditer(text))
        patterns, tried = tee(map(table.get, map(_GROUP, words)))
        starts = compress(map(_START, places), tried)
        return _apart(filter(None, map(_MATCH, filter(None, patterns), repeat(text), starts)))


_GROUP = re.Match.group
_START = re.Match.start
_MATCH = re.Pattern.match


def _word_char(char: str) -> bool:
    return bool(_WORDISH.match(char))


def first_words(items: list[tuple[Any, Any]], prefix: str = "") -> set[str] | None:
    """Every first word a match of `items` can begin with: letters, digits and apostrophes up to the
    first other character, or that other character alone when the match begins with it.

    None: unknown (the first word is not spelled out by literals up to a character that ends it).
    """
    if not items:
        return None  # the pattern ends inside the word: the text's word may go on
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        char = chr(av)
        if _word_char(char):
            return first_words(rest, prefix + char)
        return {prefix or char}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return first_words(rest, prefix)  # zero width: ignoring a condition only widens the set
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            return None  # inline flags
        return first_words(list(av[-1].data) + rest, prefix)
    if op is C.BRANCH:
        return _union(first_words(list(alt.data) + rest, prefix) for alt in av[1])
    if op is C.IN:
        if prefix and all(o is C.CATEGORY and a is C.CATEGORY_SPACE for o, a in av):
            return {prefix}  # a space ends the word
        chars = _charset(av)
        if chars is None:
            return None
        return _union(first_words([(C.LITERAL, ord(char)), *rest], prefix) for char in chars)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, item = av
        once = first_words(list(item.data) + (rest if high == 1 else [_UNKNOWN]), prefix)
        return once if low else _union([first_words(rest, prefix), once])
    return None


def _union(sets: Any) -> set[str] | None:
    found: set[str] = set()
    for got in sets:
        if got is None:
            return None
        found |= got
    return found
