"""Spoken fillers left out ("Um, you're..." reads as "you're..."), with a map back to the reply.

Transcribed talk and relaxed typing open sentences with fillers and discourse markers ("um,", "uh,",
"mm-hmm.", "okay,", "yeah, you know,") and drop "you know," or "like," into them. The rules read a
sentence from its first word ("you're ..." is a restatement, "what ..." a question), so the scorer
reads the reply with these left out, and maps every span back to the reply. A filler is left out only
when it stands apart (a comma or a full stop after it) and more of the reply follows: "Okay." on its
own, "oh no" and "you know what you need" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from listener.detectors._lexicon import split_words
from listener.detectors._text_map import replaced

_OPENERS = (
    r"(?:u+m+|u+h+|u+hm+|e+r+m*|a+h+|o+h+|m+h*m+|m+-?hm+|mhm+|uh-huh|h+m+|okay|ok|yeah|yea|yep|well|right"
    r"|like|so+ yeah|you know|i mean)"
)
"""What may open a sentence before its first real word (not "so", which opens a restatement)."""
_FILLER = r"(?P<filler>" + _OPENERS + r"(?:,|\.(?= )|…)[ \t]*)(?=\S)"
"""A filler with a comma or a full stop after it (and the spaces after that), before more text."""
_AT_START = re.compile(r"[ \t]*" + _FILLER, re.IGNORECASE)
"""A filler that opens the reply."""
_AFTER_MARK = re.compile(r"[.!?…,;]\s[ \t]*" + _FILLER, re.IGNORECASE)
"""A filler that opens a sentence or a clause (after a mark and a space); the pattern starts with a
mark, so `re` skips from mark to mark."""
_WORDS = split_words(
    "um umm uh uhh uhm erm er ah ahh oh mm mmm mhm mm-hmm hm hmm uh-huh okay ok yeah yea yep well right"
    " like know mean"
)
"""The words one of which a reply must hold, with a comma or a full stop after it, for a filler to be
looked for ("you know" ends with "know")."""


def without_fillers(text: str, words: list[str]) -> tuple[str, list[int]] | None:
    """`text` with its fillers (`_FILLER`, and the spaces after them) left out, and for each
    position of the result (and its end) the position in `text` it comes from; None when `text` has
    none. `words`: its lower-case words (`_language.english_words`), to rule out most replies
    without running the pattern."""
    if _WORDS.isdisjoint(words):
        return None
    present = _WORDS.intersection(words)
    lowered = text.lower()
    if not any(word + "," in lowered or word + ". " in lowered for word in present):
        return None  # a filler has a mark after it: "okay," not "okay with it"
    first = _AT_START.match(text)
    found = (first, *_AFTER_MARK.finditer(text)) if first else _AFTER_MARK.finditer(text)
    return replaced(text, _apart(m.span("filler") for m in found))


def _apart(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Each span that starts after the one before ends, as an edit that leaves it out."""
    done = 0
    for start, end in spans:
        if start >= done:
            yield start, end, ""
            done = end
