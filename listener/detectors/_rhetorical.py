"""Questions that expect no answer: "Isn't it obvious?", "What were you thinking?!", a lament ("why does
everything break at once?"), an appraisal with a tag ("exams are the worst, aren't they?")."""

from __future__ import annotations

import re

from listener.detectors._feeling_words import HARD
from listener.detectors._gated_alternatives import GatedAlternatives
from listener.detectors._lexicon import split_words

RHETORICAL = re.compile(
    r"^(?:who knows|who cares|what can you do|how about that"
    r"|what the(?=\W*$| (?:hell|heck|fuck|fck|f|eff|actual|absolute|bloody|devil|dickens|frick|shit|crap)\b)"
    r"|what a\b|how dare|isn't it obvious"
    r"|what were you thinking|who does that|who would (?:do|say) (?:that|such)|what's the point|what did"
    r" (?:you|they|he|she) expect|what else is new|why me\b|you know what i mean"
    r"|[^?]* though,? (?:isn't (?:it|she|he)|aren't they|doesn't (?:she|he))\b"
    # A lament or disbelief at a third party: "why does everything break at once?", "is he serious?".
    r"|at least (?:he|she|they|you|it|that|there|we|your)\b|have you heard the one about"
    r"|[^?]* (?:and|but) (?:honestly|tbh|to be honest|truthfully)\?+$"
    r"|why (?:does|do|did|must|has|have) (?:everything|it always|this always|these things|bad things"
    r"|things like this|stuff like this|this stuff)\b|(?:is|are) (?:he|she|they) (?:serious|for real"
    r"|kidding|joking|having a laugh)\b"
    # Defending oneself: "what was I supposed to do?", "what else could I have said?".
    r"|what (?:else )?(?:was|am|were) i (?:supposed|meant|expected) to (?:do|say)\b"
    r"|what else (?:could|should|would|was) i (?:have )?(?:do|done|say|said)\b"
    # A playful rebuke: "Don't you dare say 'small'".
    r"|don't you dare\b"
    # Doubting what they said, as a retort: "Is it though?", "Was it, though?".
    r"|(?:is|was|are|were|does|did) (?:it|he|she|they|that),? (?:though|tho)\W*$"
    # A sceptic's tag: "Everyone's a bit ADHD these days though, right?", "Aren't we all ... though?".
    r"|[^?]*\b(?:though|tho),? right\W*$|(?:aren't|don't|isn't|doesn't) (?:we|everyone|everybody|all of us)\b"
    r"[^?]*\b(?:though|tho)\W*$"
    r"|who (?:does|do|did) (?:he|she|they) think (?:he|she|they)(?:'s| is| are| was| were)\b"
    # A sulking tag after giving in: "Fine, you pick. Happy?", "Satisfied now?".
    r"|(?:are you |you )?(?:happy|satisfied)(?: now)?\?*$"
    r"|(?:[^?]*,? )?(?:can|could) you (?:really )?blame (?:him|her|them|me|anyone)\b"
    r"|(?:[^?]* )?who wouldn't\b|how could (?:anyone|anybody|someone|people) (?:do|say|treat)\b|what's not to"
    r" (?:love|like)\b|(?:do )?you think i (?:enjoy|like|love|want(?:ed)?|chose|asked for|planned)\b"
    r"|(?=[^?]*,? (?:isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|don't|didn't|is|are|was)"
    rf" (?:it|they|that|he|she|we)\??$)[^?]*\b(?:{HARD}|the worst|so unfair|no fun|ridiculous|insane"
    r"|a nightmare)\b[^?]*?,? (?:isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|don't|didn't|is|are"
    r"|was) (?:it|they|that|he|she|we)\??$)"
)
"""Questions that expect no answer ("Isn't it obvious?", "What were you thinking?!", "Who wouldn't
be?", an appraisal with a tag: "exams are the worst, aren't they?", the listener defending themself:
"What was I supposed to do?")."""
_RHETORICAL_MATCH = GatedAlternatives(RHETORICAL)
_RHETORICAL_WORDS = split_words("who what what's how isn't why you happy satisfied are don't is at")
"""The first words of `RHETORICAL`'s alternatives that start the question."""
_FRANKLY = tuple(f"{w}{m}" for w in ("honestly", "tbh", "to be honest", "truthfully") for m in ("?", "??"))
"""How a sentence that only leads into a frank remark ends ("I stayed with him and honestly?")."""
_TAG_ENDS = tuple(f" {w}{mark}" for w in ("it", "they", "that", "he", "she", "we") for mark in ("", "?"))
"""How an appraisal with a tag ends ("..., isn't it?")."""


def rhetorical(body: str, first: str) -> bool:
    """True when `body` (whose first word is `first`) is a rhetorical question (`RHETORICAL`).

    The pattern runs only on a body that starts with one of its first words, holds "though" or
    "who wouldn't" (its alternatives that start anywhere), ends with a tag or starts "do you think i"
    (not every "do ..." question: the pattern scans the whole body)."""
    if (
        first in _RHETORICAL_WORDS
        or "though" in body
        or "who wouldn't" in body
        or "blame" in body
        or "heard the one" in body
        or body.endswith(_FRANKLY)
        or body.endswith(_TAG_ENDS)
        or (first == "do" and body.startswith("do you think i "))
    ):
        return _RHETORICAL_MATCH.match(body)
    return False
