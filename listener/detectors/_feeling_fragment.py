"""A feeling named in a sentence with no subject ("Scared?", "Angry and guilty at the same time.",
"Relieved it went smoothly, but stung that she didn't mind."): the listener's word for what the speaker
feels, said as a fragment. Blind labellers code it as a reflection of feeling when the word is the
listener's own; a lone echo of the speaker's word ("Betrayed?" after "I feel betrayed") restates nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import FEELING_WORDS_ALL, HARDSHIP_WORDS_ALL
from listener.detectors._lexicon import split_words
from listener.detectors._overlap import speaker_concepts
from listener.detectors._text import LETTER_WORD, concept, sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_FRAGMENT = re.compile(
    r"(?:(?:feeling|a bit|a little|kind of|kinda|sort of|so|really|pretty|quite|just|still|both) )*"
    r"(?P<word>[a-z]+)(?P<after>[^.!?\n]*)"
)
"""A sentence's first word after a softener ("feeling a bit lost"), and the rest of the sentence."""
_NOT_A_FRAGMENT = re.compile(
    r"\s+(?:for|of|with) (?:you|u|ya|them|her|him|yourself)\b"
    r"|\s+(?:is|are|was|were|makes?|can|does|doesn't|isn't|never|always|too|me|my|the|your|his|her|their"
    r"|him|them)\b"
    r"|\s+to\b"
)
"""What shows the feeling word is not a fragment about the speaker: sympathy or praise ("gutted for
you", "proud of you"), a subject ("panic is normal"), a verb with an object ("lost him?", "upset the
kids"), an infinitive ("scared to drive?")."""
_PREDICATE = re.compile(
    r"(?<![\w'])(?:is|are|was|were|makes?|can|could|does|do|sits?|seems?|has|have)(?![\w'])"
)
"""A verb that makes the feeling word a subject ("feeling ashamed about money is so common", "grief and
relief side by side is normal"): a statement about feelings in general, not a fragment about theirs."""
_NOT_THEIRS = split_words("glad pleased grateful thankful mad scary creepy nasty shitty crappy") | (
    HARDSHIP_WORDS_ALL - FEELING_WORDS_ALL
)
"""Words that open a fragment of the listener's own ("Glad it's the weekend") or appraise their situation
("Scary.", "Heartbreaking.": so is every word ending in -ing), which is validation, not a reflection
of what they feel."""
_MORE_AFTER = re.compile(
    r"[,\s]*(?:and|or|but|rather than|yet|then)\b|\s+(?:about|that|after|because|when|it|she|he|they)\b"
)
"""A fragment that goes on ("angry and guilty", "relieved it went smoothly, but stung that...")."""
_ENDS = re.compile(r"[\s,]*(?:then|huh|eh|right|maybe|perhaps|much|at all|at the same time|both at once)?\W*")
"""A fragment that stops at the word ("Scared?", "Torn, then?")."""


def feeling_fragment(ctx: TurnContext) -> tuple[int, int, str] | None:
    """The first sentence that names the speaker's feeling with no subject, and the feeling."""
    for sentence in sentences(ctx):
        m = _FRAGMENT.match(sentence.text)
        if m is None:
            continue
        word, after = m.group("word"), m.group("after")
        if word not in FEELING_WORDS_ALL or word in _NOT_THEIRS or word.endswith("ing"):
            continue
        if _NOT_A_FRAGMENT.match(after) or _PREDICATE.search(after):
            continue
        if not _MORE_AFTER.match(after) and not _ENDS.fullmatch(after):
            continue
        if concept(word) in speaker_concepts(ctx) and not _second_feeling(after):
            continue  # "Betrayed?" after "I feel betrayed" hands their word back
        return (sentence.start, sentence.end, word)
    return None


def _second_feeling(after: str) -> bool:
    """True when the fragment names a second feeling ("proud and furious at the same time", "tired
    rather than angry"): putting two of their feelings side by side reflects, even in their words."""
    return any(w in FEELING_WORDS_ALL for w in LETTER_WORD.findall(after))
