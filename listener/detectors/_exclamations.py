"""Sentences with a "?" that ask nothing: disbelief ("Seriously?!"), outrage ("thats so mean??"), an echo
with "what" ("He did WHAT??") and a "?" statement the listener answers at once with a judgement ("He
shouted at you over one typo? That's not okay.")."""

from __future__ import annotations

import re

DISBELIEF = re.compile(
    r"^(?:seriously|really|for real|no way|are you (?:serious|kidding)(?: me)?|you're (?:kidding|joking)"
    r"|what|wow|omg|wtf|huh|no)\W*$"
)
"""One-word disbelief with a "?" ("Seriously?!", "Really?"): nothing is asked."""
OUTRAGE = re.compile(
    r"^(?:that'?s|thats|that is|this is|it'?s|its|he'?s|she'?s|they'?re|theyre|hes|shes) (?:so|such|literally"
    r"|actually|really|lowkey|honestly|absolutely|totally|genuinely|beyond|way too)\b"
)
"""A statement of outrage with an intensifier and "??" or "?!" ("thats so mean??", "he's literally
insane?!"): an exclamation, as "over TEXT??" is; nothing is asked."""
_GUESS_OPENING = (
    r"^(?:(?:to be honest|not going to lie|i don't know|honestly|i mean|like|lol|omg|but|and|so|or|well),? )*"
    r"(?:maybe|perhaps|probably) "
)
GUESS = re.compile(_GUESS_OPENING)
"""A hopeful guess said with "??" ("maybe they thought u were busy??", "tbh maybe it's for ur bday??"):
reassurance, nothing asked (two blind labellers); a suggestion with "maybe" is read as advice first."""
GUESSED_OTHER = re.compile(
    _GUESS_OPENING
    + r"(?:he|she|they|it(?! (?:would|might|could|may|will)\b)|that|this|there|his|her|their|the)\b"
)
"""A guess about someone else or the event, said with "?" ("Maybe she's just shy?"): it explains, it does
not ask (ten of the own set's thirteen such sentences); "maybe it would help to...?" is not one."""
JUDGED_AFTER = re.compile(
    r"\s*(?:(?:wow|honestly|seriously|god|jeez|ugh)[,.!]* )?(?:(?:that|this|it)(?:'s| is| was) (?:just |so "
    r"|absolutely |completely |totally |really |genuinely |honestly |literally |actually |frankly )?"
    r"(?:not (?:ok|okay|fair|right|normal|on|acceptable)|awful"
    r"|insane|crazy|ridiculous|outrageous|unacceptable|disgusting|horrible|terrible|wrong|unfair|out of order"
    r"|shocking|appalling|cruel|brutal|unbelievable|madness)|i (?:can't|cannot|can not|don't) believe"
    r"|unbelievable|ridiculous|outrageous|disgusting|insane|unreal)\b"
)
"""A judgement that follows a "?" statement ("He shouted at you for one mistake? That is not ok."): the
"?" carried the listener's outrage, and they answered it themselves."""
ECHO_WHAT = re.compile(
    r"^(?:\w+ )?(?:he|she|they|you|it|your \w+|his \w+|her \w+|their \w+) (?:did|said|does|says|is|was|wants"
    r"|wanted|thinks|thought|called you) what\W*$"
)
"""Disbelief that echoes what they said with "what" for its object ("He did WHAT??", "She said what?"):
nothing is asked."""
