"""Sentence breaks in run-on text: a reply dictated or texted with no full stops ("so sorry hun have you
asked to speak to the consultant they have to tell you") holds several sentences with nothing between
them. The rules read a sentence from its start ("have you...?" asks, "when my son was..." tells the
listener's story), so a long stretch with no stop gets a break (a newline in place of the space, which
keeps every offset) before the words that open a sentence of their own: a question's auxiliary and its
subject, a question word and its verb, and the listener's own story ("i spent...", "when my son was...")."""

from __future__ import annotations

import re

from listener.detectors._lexicon import split_words

_LONG_STRETCH = re.compile(r"[^.,;:!?\n…—–]{50,}")
"""A stretch of 50 characters or more with no punctuation at all (a written sentence that long mostly
holds a comma): the only place breaks are looked for."""

_PUNCTUATED = re.compile(r"[.,;:!?…]")
"""Any punctuation: a reply that has some marks its sentences itself, well enough."""

_BINDING = sorted(
    split_words(
        """
        what how why when where who which if whether what's whats know wonder wondering ask asked tell see
        remember think sure idea exactly about out that and but or so because cos cause bc the a to of in on
        at as not just than is are
        """
    )
)
_NOT_BEFORE = "".join(rf"(?<!\b{re.escape(word)})" for word in _BINDING)
"""The word before a break may not bind what follows to it ("I know what you mean", "ask if you can",
"and have you...", "the things that are..."): after these, no break."""

_OPENER = re.compile(
    r"(?<=[a-z0-9')]) (?="
    # A question's auxiliary and subject: "have you asked", "would he be able to", "is there a nurse".
    r"(?:(?:have|did|do|are|were|would|could|can|will) (?:you|u)(?! (?:think|reckon)\b)"
    r"|(?:did|does|would|could|will) (?:he|she|they)"
    r"|(?:is|was|are) there (?:a|an|any|anyone|anybody|anything|someone|somebody|something|much|more))\b"
    # A question word and its verb: "what was it that", "how does it feel", "what happened next".
    r"|(?:what|how|why) (?:did|does|do|was|were|happened|would)\b"
    r"|how (?:long|much|many|often) (?:is|was|are|were|has|have|had|did|do|does|will)\b"
    # The listener's own story in the past: "...trust me i spent 3 months on one", "...ive done it twice".
    r"|(?:i (?:had|spent|stopped|did|was|went|lost|got|took|used to|learned|learnt|tried|gave|cried|ended)"
    r"|ive (?:done|had|been|got)|my (?:son|daughter|mum|mom|dad|nan|gran|husband|wife|partner|ex|boss|sister"
    r"|brother) (?:said|was|did|had|used to))\b"
    # The listener's story from its time: "...what you mean when my son was in the nicu".
    r"|(?:when|after|back when) (?:i|my \w+|we) (?:was|were|had|did|went|lost|got|spent|felt|\w+ed)\b"
    r")"
)
"""Where a new sentence starts in run-on text (the space before it)."""

_ASKING = re.compile(r"(?<![\w'])(?:what|how|why|which|where|who|when)(?![\w'])")
"""A question word a few words before an opener: the question it opens has already begun."""
_STORY_START = re.compile(r"(?:when|after|back when) ")
"""The opener of a story, which a question word before it does not hold back ("...what you mean when my
son was...")."""


def split_run_ons(text: str) -> str:
    """`text` with a newline in place of the space before each sentence opener inside a long stretch
    with no punctuation; same length, so every offset still points at the same character."""
    if _PUNCTUATED.search(text) or not _LONG_STRETCH.search(text):
        return text
    chars = list(text)
    for stretch in _LONG_STRETCH.finditer(text):
        for m in _OPENER.finditer(text, stretch.start(), stretch.end()):
            at = m.start()
            if at - stretch.start() < 12 or not _free_before(text, at):
                continue  # the stretch's first words, or bound to the word before
            if _ASKING.search(text, max(stretch.start(), at - 30), at) and not _STORY_START.match(
                text, at + 1
            ):
                continue  # "what kind of things did you...": the question started a few words back
            chars[at] = "\n"
    return "".join(chars)


_FREE = re.compile(_NOT_BEFORE + r"$")
"""Matches at the end of a window when its last word binds nothing."""


def _free_before(text: str, at: int) -> bool:
    """True when the word just before position `at` does not bind what follows to it."""
    return _FREE.search(text, max(0, at - 12), at) is not None
