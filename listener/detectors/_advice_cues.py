"""The words an advice pattern cannot match without, found in a sentence in one pass.

`_advice._statement_advice` runs a pattern only when the sentence holds one of the words every match
of it holds. Those checks were chains of `in` tests, about 90 a sentence; one Aho-Corasick automaton
(`pyahocorasick`, in C) over all the words now reads the sentence once and reports which groups of
words it holds, as bits of one number (`cues(body) & DIRECTIVE_CUE`). A word is in a group exactly when
the chain tested it, so the answers are the chains' answers (`tests/scoring/test_cue_gates.py`).
"""

from __future__ import annotations

import functools
from operator import itemgetter, or_
from typing import Any

import ahocorasick

(
    DIRECTIVE_CUE,
    FIRST_PERSON_CUE,
    IT_CUE,
    APPRAISED_CUE,
    IMPERSONAL_CUE,
    MODAL_CUE,
    TRY_CUE,
    MAYBE_CUE,
    WISH_CUE,
    LIKE_CUE,
    TO_CUE,
    GERUND_CUE,
    HELP_CUE,
    WHAT_I_CUE,
    IF_YOU_CUE,
    WAY_CUE,
) = (1 << i for i in range(16))
"""One bit per group of words (`cues(body) & MODAL_CUE`: `body` holds "could", "can", ...)."""

_WORDS: dict[int, tuple[str, ...]] = {
    DIRECTIVE_CUE: (
        "should", "shud", "shld", "ought", "need to", "have to", "gotta", "must", "better", "wan",
        "wish to", "like to", "d best",
    ),
    # A tip from experience holds "helped me", "helps me", "worked for", "what i found" or "thing(s)
    # you", not just "help", "work" or "thing"; "if i were", "me through" and "hope you", not every
    # "if i", "through" or "hop".
    FIRST_PERSON_CUE: (
        "sugg", "recomm", "advi", "encourag", "if i were", "if i was", "tip", "idea", "option",
        "me through", "helped me", "helps me", "worked for", "worked well", "worked best", "worked wonders",
        "what i f", "what i have", "what i 've", "what i'd", "what i would", "thing you", "things you",
        "careful", "cautious", "wary", "hope you", "hope that you", "hoping you", "hoping that you",
        "refer",
        "ask you to", "ask u to", "'d not", "'d really not", "'d honestly not", "'d definitely not",
        "would not", "would really not", "would honestly not", "would definitely not", "want to",
    ),
    IT_CUE: ("it",),
    # "it" is in nearly every other sentence, so the impersonal forms with "it" ("it might help
    # to...", "it's worth...", "it's a good time to...") also need their appraisal word.
    APPRAISED_CUE: (
        "help", "good", "worth", "best", "great", "time to", "import", "wise", "better", "nice", "useful",
        "benefic", "essential", "vital", "crucial",
    ),
    # Each word as the pattern spells it around the word, so that common words that only hold it
    # ("everything", "always", "I'm here", "what you said") do not send a sentence to the pattern:
    # " thing" ("the best thing", "one thing"), "something", " way", "here's", "hurt to", "best bet".
    IMPERSONAL_CUE: (
        " thing", "something", " way", "option", "strateg", "step", "hurt to", "what you need",
        "what you should", "what you could", "what you might", "what you really", "what you probably",
        "what you definitely", "what you honestly", "a good", "worth", "there", "place to", "idea",
        "time to", "trick", "key", "secret", "best bet", "safest bet", "best move", "safest move", "route",
        "people f", "people have", "people say", "folks", "let's", "let us", "one day at", "better",
        "here's", "here is", "one to", "matter of", "case of",
    ),
    MODAL_CUE: ("could", "can", "might", "may", "cud", "cn"),
    TRY_CUE: ("try",),
    MAYBE_CUE: ("maybe", "perhaps", "possibly"),
    WISH_CUE: ("wish", "u to "),  # the "you to" of "want you to"
    LIKE_CUE: ("like",),
    TO_CUE: (" to ",),
    GERUND_CUE: ("ing ",),
    HELP_CUE: ("help",),
    WHAT_I_CUE: ("what i ",),
    IF_YOU_CUE: ("if you",),
    WAY_CUE: (" way", "outlet", "option", "idea", "place", " tool", "distraction", "resource"),
}  # fmt: skip
"""Each group's words: a sentence holds the group when it holds one of them (as a substring)."""
_BITS = itemgetter(1)


def _automaton() -> Any:
    """Finds every word of every group; its value: the bits of the groups the word belongs to."""
    bits: dict[str, int] = {}
    for group, words in _WORDS.items():
        for word in words:
            bits[word] = bits.get(word, 0) | group
    automaton = ahocorasick.Automaton()
    for word, value in bits.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


_FIND = _automaton().iter
"""Reports each word where it ends, with its bits (about 1.4 words a sentence)."""


def cues(body: str) -> int:
    """The groups of words `body` holds, as bits (`cues(body) & MODAL_CUE`: it holds "could", "can", ...)."""
    return functools.reduce(or_, map(_BITS, _FIND(body)), 0)


def impersonal(found: int) -> bool:
    """True when a sentence with the groups `found` may hold an `IMPERSONAL` match (`_advice_patterns`):
    it holds a word of that group, or "it" with an appraisal word."""
    return bool(found & IMPERSONAL_CUE or (found & IT_CUE and found & APPRAISED_CUE))
