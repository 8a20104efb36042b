"""Chat spellings written out ("u" -> "you", "thats" -> "that's"), with a map back to the reply.

People type replies the way they text. The rules read standard spellings, so `score_reply` scores the
reply with chat spellings written out and maps every span back to the reply as typed: quotes stay
literal. Only spellings with one reading are written out; "ur" and "its" are read from the next word
("ur so strong" is "you're so strong", "ur boss" is "your boss").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from listener.detectors._lexicon import FEELING_WORDS, split_words
from listener.detectors._text_map import replaced

_PLAIN: dict[str, str] = {
    "u": "you",
    "r": "are",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "theyre": "they're",
    "theyve": "they've",
    "shes": "she's",
    "hes": "he's",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "wheres": "where's",
    "whos": "who's",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "rly": "really",
    "realy": "really",
    "sry": "sorry",
    "srry": "sorry",
    "sory": "sorry",
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "tho": "though",
    "thru": "through",
    "abt": "about",
    "smth": "something",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "don't know",
    "lemme": "let me",
    "idk": "i don't know",
    "tbh": "to be honest",
    "ngl": "not going to lie",
    "imo": "in my opinion",
}
"""Chat spellings with one reading, and how they are written out."""

_STATE_AFTER = split_words(
    """
    so not a an the being doing going gonna getting still just really very too only such never always
    definitely probably clearly obviously totally literally completely in on at with out here there over
    all like no what how about because bc gotta got been also even pretty quite kind sort your ur you u
    my his her their our
    """
)
"""Words after "ur" / "its" that make it "you're" / "it's" (a degree, an article, a verb), not "your"
/ "its" before a noun ("ur boss", "its owner")."""

_DESCRIBING = FEELING_WORDS | split_words(
    """
    right welcome allowed strong brave amazing ok okay fine hard normal natural understandable true good
    great tough rough awful terrible horrible crazy insane unfair wrong ridiculous real alright
    """
)
"""Words that describe: after "ur" / "its" they are a state ("ur amazing") unless a noun follows
("ur amazing friend")."""

_WRITTEN_OUT = frozenset([*_PLAIN, "ur", "its"])
"""Every word `_SPELLING` can write out."""

_SPELLING = re.compile(
    r"(?<![\w'’.-])(?P<word>"
    + "|".join(sorted(_WRITTEN_OUT, key=len, reverse=True))
    + r")(?![\w'’]|[.-]\w)(?=(?:\s+(?P<next>[a-z']+)(?:\s+(?P<after>[a-z']+))?)?)",
    re.IGNORECASE,
)
"""A chat spelling as a whole word (not "U.S.", "e-u", "don't"), and the two words after it."""

_CLAUSE_GOES_ON = split_words(
    "and but or about that with because bc for to at of by now right today too so again over when since"
    " after like as if lol af rn"
)
"""Words after "ur sad" that go on with the clause ("ur sad about it"), where a noun would not."""


def _written_out(word: str, following: str, then: str) -> str:
    """How `word` (lower case) is written out before the words `following` and `then` (lower case,
    or empty at the end of the clause)."""
    if word == "ur":
        return "you're" if _state_follows(following, then) else "your"
    if word == "its":
        return "it's" if _state_follows(following, then) else "its"
    return _PLAIN[word]


def _state_follows(word: str, then: str) -> bool:
    """True when `word` after "ur" / "its" reads as a state or a degree ("ur so strong", "ur upset
    about it"), not as a noun or a word describing one ("ur boss", "ur happy place")."""
    if word in _STATE_AFTER or word.endswith("ly"):
        return True
    described = word in _DESCRIBING or word.endswith(("ing", "ed"))
    return described and (not then or then in _CLAUSE_GOES_ON)


def standard_spelling(text: str, words: list[str]) -> tuple[str, list[int]] | None:
    """`text` with its chat spellings written out, and for each position of the result (and its end)
    the position in `text` it comes from; None when `text` has none (the usual case: nothing to map).

    A written-out word maps each of its characters into the word it replaces (`_text_map.replaced`).
    `words`: the lower-case words of `text` (`_language.english_words`); when none is a chat spelling
    the pattern need not run.
    """
    if _WRITTEN_OUT.isdisjoint(words):
        return None
    return replaced(text, _edits(text))


def _edits(text: str) -> Iterator[tuple[int, int, str]]:
    """Each chat spelling of `text` as (start, end, written out)."""
    for m in _SPELLING.finditer(text):
        said = m.group("word")
        lowered = said.lower()
        new = _written_out(lowered, (m.group("next") or "").lower(), (m.group("after") or "").lower())
        if new != lowered:
            yield (*m.span("word"), new[0].upper() + new[1:] if said[0].isupper() else new)
