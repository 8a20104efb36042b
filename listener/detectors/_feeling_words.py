"""Word lists as regexes: feelings, hardships, feeling idioms and the small words between them.

`alternation` turns a word list into a trie regex, so long lists stay fast to scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from listener.detectors._lexicon import FEELING_WORDS, HARDSHIP_WORDS, split_words

_Trie = dict[str, "_Trie"]
"""A letter trie: each letter maps to the rest; the key "" marks the end of a word."""


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (a hyphen also matches a space), factored as a trie.

    A trie ("frustrat(?:ed|ing)") lets the regex engine try one letter at a time instead of every
    word in turn, which keeps scanning long replies fast; longer words are still preferred.
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [
            ("[- ]" if char == "-" else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


MORE_FEELINGS = split_words(
    """
    fuming seething buzzing sore stung rattled shaken bummed frazzled wiped fried spent hollow antsy wary
    disoriented disorientated unsettled apprehensive desperate nervy self-conscious overloaded burdened
    ambivalent indecisive unfulfilled alienated disconnected struggling reeling suffering drowning
    panicking dreading missing shy sheepish flustered bewildered baffled lost heartsore wounded
    """
)
"""Feeling words beyond the shared lexicon (chat and British usage: "fuming", "gutted", "bummed")."""
MORE_HARDSHIPS = split_words(
    """
    tense awkward disorienting disorientating nerve-wracking agonising agonizing gut-wrenching
    soul-destroying hellish grim bleak daunting unnerving disconcerting aggravating irritating sucky crappy
    lousy disturbing saddening tragic horrid unpleasant uncomfortable struggle ordeal stressful
    tiring nerve-racking relentless gruelling grueling punishing pain appalling shocking disgraceful
    shabby outrageous diabolical scandalous shameful unacceptable despicable callous heartless betrayal
    unfortunate harrowing wretched
    """
)
"""Words that appraise a situation as hard, beyond the shared lexicon."""
FEELING_WORDS_ALL = FEELING_WORDS | MORE_FEELINGS
HARDSHIP_WORDS_ALL = HARDSHIP_WORDS | MORE_HARDSHIPS
EVALUATIVE = FEELING_WORDS_ALL | HARDSHIP_WORDS_ALL
"""Every word that names a feeling or appraises a situation as hard."""
IDIOMS = (
    r"over the moon|on edge|at the end of your (?:rope|tether)|at your wits'? end|on cloud nine"
    r"|beside yourself|in pieces|all over the place|going back and forth|up in the air|running on empty"
    r"|at breaking point"
    r"|in a (?:bad|dark|tough|hard|difficult|rough|low) place|walking on eggshells|out of your depth|in limbo"
    r"|on top of the world|a (?:nervous )?wreck|stretched (?:so )?thin|pulled in (?:two|different|every|all)"
    r" directions?|under (?:a lot of |so much |such )?pressure|left out|let down|fed up|worn out|burn(?:ed|t)"
    r" out|stressed out|freaked out|shut out|torn apart|falling apart|hanging by a thread|out of control"
    r"|at a loss|on your own|in the dark|between a rock and a hard place|on the fence|second[- ]guessing"
)
"""Idioms that name a state of feeling ("you must be over the moon", "you're running on empty")."""
FEEL = alternation(FEELING_WORDS_ALL)
HARD = alternation(HARDSHIP_WORDS_ALL)
_GAP_WORDS = (
    "so really very quite a bit little pretty kind sort of incredibly extremely totally completely deeply"
    " rather super understandably also still just both somewhat feeling like truly such genuinely"
    " absolutely more than ever and or definitely certainly clearly obviously undoubtedly especially"
    " actually literally honestly lowkey legit utterly thoroughly terribly awfully most bloody properly"
    " beyond"
)
GAP = r"(?:(?:" + alternation(_GAP_WORDS.split()) + r"|a\s+lot)\s+){0,4}"
SORRY_INTENSIFIED = (
    r"(?:(?:so|really|very|truly|deeply|terribly|incredibly|genuinely|sincerely|extremely|awfully) )*sorry"
)
"""A "sorry" with any number of intensifiers before it ("so so sorry", "truly sorry", "terribly sorry")."""
