"""Forms of transcribed and chat talk that decide what a question is: spoken false starts, requests
to tell inside a long sentence, ruler questions, "..., you know?" endings.

Counselling sessions written down from speech hold false starts ("wh-what", "so-so what"), turns
carried over with a dash ("- how did..."), restarts ("Is-- can you..."), and requests that start
halfway through a sentence; `_questions` reads them with these patterns (round 8 in docs/scoring.md).
"""

from __future__ import annotations

import re

SAY_MORE = r"say (?:a (?:little )?bit |a little |something |some )?more"
"""Asking for more ("say a bit more", "say something more about...")."""
SCALE = re.compile(
    r"\b(?:on|from) a scale (?:of|from)\b|\bout of (?:10|ten|5|five)\b|\b(?:what|which) number\b"
    r"|\b(?:0|1|zero|one|5|five|10|ten) (?:being|meaning) \w"
    r"|\b(?:0|1|zero|10|ten) is (?:not|no|very|completely|totally|extremely)\b"
)
"""A ruler question asks for one number ("how ready are you, on a scale from 0 to 10?", "what number
would you give it, zero being not at all?"): closed."""


def ruler(body: str) -> bool:
    """True when `body` is a ruler question (`SCALE` finds a match in it); the search runs only when
    `body` holds a word every match holds."""
    cued = (
        "scale" in body
        or "out of" in body
        or "number" in body
        or " being " in body
        or " meaning " in body
        or "0 is " in body
        or "1 is " in body
        or "zero is " in body
        or "ten is " in body
    )
    return cued and SCALE.search(body) is not None


KNOW_TAGS = tuple(
    end
    for know in ("you know", "y'know", "yknow", "ya know")
    for end in (f", {know}?", f", {know}??", f"{know} what?", f"{know} what??")
)
"""How a statement closed with "..., you know?" or the prelude "you know what?" ends: rhetorical,
nothing is asked (an ending test, cheaper than another alternative of `RHETORICAL`)."""


FALSE_START = re.compile(
    r"[-–—…]+\s*|([a-z]{1,3})-+(?=\1)|([a-z']+)-+ ?(?=\2\b)|(?:[a-z']+ ){0,2}[a-z']+(?:-{2,}|—)\s*"
)
"""A spoken false start before a word, as transcripts write it: a trailing dash carried over from the
turn before ("- how did you..."), a cut-off start ("wh-what", "ho-how"), a repeated word ("so-so
what", "would-would that..."), a word broken off for a restart ("Is-- can you...")."""
EMBEDDED_REQUEST = re.compile(
    r"\s(?=if you (?:could|would|can|'d) (?:please |just )?(?:tell|share|describe|explain)\b)"
    r"|(?:[,;:]|\s[-–—]+|—|-{2,})\s*(?=(?:(?:so|and|but|just|maybe|perhaps|now|please),? )*"
    r"(?:(?:you|u) could |(?:could|can|would) (?:you|u) )?(?:just |please )?(?:tell (?:me|us)\b"
    r"(?! about it\b)|" + SAY_MORE + r"\b|walk me through"
    r"|help me understand|i(?:'m| am)? (?:just )?wonder(?:ing)? (?:what|how|why|where|who)\b))"
    # Back to them after a story, in one dictated run: "...sat in the car for ten minutes anyway what
    # happened after she cried".
    r"|\banyway,?\s(?=(?:what|how|when|where|who|did|do|does|are|is|have|has|was|were)\b)"
    # A check or question closing a dictated run with no marks: "...and now you're kicking yourself is
    # that it", "...I'm so angry for you how are you feeling like actually".
    r"|\s(?=(?:is that (?:it|right|fair|(?:kind of |sort of )?what's (?:getting|bothering|eating)"
    r" (?:you|at you))|how are you (?:feeling|doing|holding up|coping)"
    r"|what did (?:the \w+|he|she|they|it) (?:even |actually )?say)"
    r"(?: like| now| actually| honestly| really| about it)*\s*$)"
)
"""Where a request to tell starts inside a longer spoken sentence ("a good place to start is, tell me
what brought you here", "so in terms of next steps, I'm wondering how ready you feel", "I'd be glad
to help if you could tell me what happened"), or a question after "anyway" at the end of a story."""


def embedded_cued(text: str) -> bool:
    """True when `text` holds a word every `EMBEDDED_REQUEST` match holds."""
    return (
        "tell " in text
        or "wonder" in text
        or "say " in text
        or "me through" in text
        or "help me" in text
        or "share" in text
        or "describ" in text
        or "explain" in text
        or "anyway" in text
        or "is that " in text
        or "how are you " in text
        or "what did " in text
    )
