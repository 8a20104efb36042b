"""The cue-pattern helpers match exactly what they promise (the trie alternation, loose apostrophes)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from listener.detectors._feeling_words import alternation
from listener.detectors._validation_cues import loose

WORDS = st.lists(st.text(alphabet="abc-", min_size=1, max_size=6), min_size=1, max_size=12)


@given(WORDS, st.text(alphabet="abc- ", max_size=7))
def test_trie_alternation_matches_exactly_the_words(words, probe):
    pattern = re.compile(f"(?:{alternation(words)})")
    spelled = {w.replace("-", " ") for w in words} | set(words)
    accepted = {probe} & {v for w in words for v in _hyphen_variants(w)}
    assert bool(pattern.fullmatch(probe)) == bool(accepted)
    assert all(pattern.fullmatch(w) for w in spelled)


def _hyphen_variants(word: str) -> set[str]:
    """A hyphen in a listed word also matches a space."""
    variants = {""}
    for char in word:
        options = ("-", " ") if char == "-" else (char,)
        variants = {v + o for v in variants for o in options}
    return variants


def test_longer_words_are_preferred():
    pattern = re.compile(f"(?:{alternation(['sad', 'sadness'])})")
    assert pattern.match("sadness").group(0) == "sadness"


def test_loose_makes_apostrophes_inside_words_optional_only():
    pattern = re.compile(loose(r"(?:that's|it's) (?:hard)(?![\w'-])"))
    assert pattern.match("thats hard") and pattern.match("that's hard")
    assert pattern.match("its hard?") is not None
