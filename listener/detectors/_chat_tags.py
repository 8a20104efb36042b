"""Chat tags left out at the end of a clause ("that's the worst ngl" reads as "that's the worst").

Texting closes a clause with a tag that only sets its tone: "ngl", "fr", "tbh", "lol", "lmao",
"istg", "imo". Rules that read a phrase up to the end of its clause ("... is so normal.", "that's
the worst!") would miss it with the tag there, so the scorer reads the reply with the tags left out
and maps every span back to the reply. A tag is left out only after a word and before a mark, an
emoji or the end of the reply: "fr" inside a sentence ("fr the first time") stays.
"""

from __future__ import annotations

import re

from listener.detectors._lexicon import split_words
from listener.detectors._text_map import replaced

TAGS = split_words("ngl fr tbh tbf lol lmao lmfao istg imo imho fam")
"""Tags that close a clause in chat."""
_ELONGATED = ("lol", "lmao", "lmfao")
"""Tags typed with their last letter repeated any number of times ("lolll", "lmaooo")."""
_TAG = re.compile(
    r"(?<=[a-z0-9'])(?P<tag>(?: (?:"
    + "|".join(tag + "+" if tag in _ELONGATED else tag for tag in sorted(TAGS))
    + r"))+)(?=[ \t]*(?:[.!?,;:…)]|$|\n|[^\x00-\u2fff]))",
    re.IGNORECASE,
)
"""One or more tags after a word, before a mark, the end, a new line or an emoji."""


def without_chat_tags(text: str, words: list[str]) -> tuple[str, list[int]] | None:
    """`text` with its closing chat tags (and the space before each) left out, and for each position
    of the result (and its end) the position in `text` it comes from; None when `text` has none.
    `words`: its lower-case words (`_language.english_words`), to rule out most replies at once."""
    if TAGS.isdisjoint(words):
        lowered = text.lower()
        if not any(map(lowered.__contains__, _ELONGATED)):
            return None  # a test per elongated tag on the reply, not a Python step per word
    return replaced(text, ((m.start("tag"), m.end("tag"), "") for m in _TAG.finditer(text)))
