"""An appraisal that carries the speaker's event in a clause of its own ("That's so unfair, getting
mocked in front of everyone for asking", "Being let go after eight years would hurt anyone"): the
event is told again in the listener's words, so it is a restatement as well as validation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._feeling_words import EVALUATIVE
from listener.detectors._lexicon import POSITIVE_FEELINGS
from listener.detectors._overlap import echoes, plain_shared
from listener.detectors._text import LETTER_WORD, SECOND_PERSON, masked

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_NOT_GERUNDS = (
    "nothing|something|anything|everything|morning|evening|thing|things|during|king|ring|sing|bring"
    "|spring|string|ceiling|wedding|feeling|feelings|darling|sibling|nothing's|something's"
)
"""Words in -ing that are no gerund ("nothing", "morning", "feeling")."""
_GERUND = r"(?!(?:" + _NOT_GERUNDS + r")\b)[a-z]+ing\b"
"""An -ing word that can open a clause telling an event ("being laughed at", "having to fight")."""
_APPRAISAL_FIRST = re.compile(
    r"(?:(?:ugh|oh|oh no|aw+|god|omg|honestly|yeah|wow|man|mate|jeez|oof|ah|ok|okay|so),? )*"
    r"(?:that|it|this)(?:'s| is| was| would| must| sounds|'d| has| had)\b(?P<appraisal>[^,;:.!?]{0,60}?)"
    r"(?:\s*(?:,|—|–| - )\s*|(?<!\bbe)(?<!\bbeen)(?<!\bkeep)(?<!\bstop)(?<!\bstart)\s+)"
    r"(?P<event>" + _GERUND + r"[^.!?]*)"
)
"""'That's so unfair, getting mocked in front of everyone': the appraisal, then the event (dictated or
typed fast, with no comma: "that's really scary being handed all that with no training")."""
_EVENT_FIRST = re.compile(
    r"(?P<event>(?:not )?" + _GERUND + r"[^.!?]*?)(?:\s+(?:would|must|is|was|sounds)|\s*(?:,|—|–| - )\s*"
    r"that(?:'s| is| must| would|'d)?|(?=\s+(?:hurts|stings|sucks|makes (?:\w+ )?sense)\b))\b"
    r"(?P<appraisal>[^.!?]*)"
)
"""'Being let go with no explanation would hurt anyone', 'being misgendered by your own dad hurts': the
event, then the appraisal."""
_FRAGMENT = re.compile(
    r"(?P<event>(?:not )?" + _GERUND + r"(?:(?! (?:is|was|are|were|helps?|works?|will|would|should|might|must"
    r"|can help|could|does|did|makes?)\b)[^.!?])*)[.!…]+$"
)
"""A sentence that is only an event, with no verb of its own ("Paying the girls out of your savings
every week."), appraised by the next sentence (`_NEXT_APPRAISAL`)."""
_NEXT_APPRAISAL = re.compile(
    r"\s*(?:(?:oh|god|honestly|and),? )?(?:that|it)(?:'s| is| must| would|'d| sounds)\b"
    r"(?P<appraisal>[^,;:.!?]{0,60})"
)
"""The next sentence appraising a fragment: "That's frightening.", "That must be so lonely"."""
_APPRAISING = re.compile(r"\b(?:anyone|anybody|a lot|so much|stings|hurts|sucks|sense)\b")
"""Words that appraise without being a feeling or hardship word ("would put anyone on edge")."""
_HARD = EVALUATIVE - POSITIVE_FEELINGS
"""Feeling and hardship words, without the good feelings ("such a blessing" is no hardship)."""
_ABOUT_LISTENER = re.compile(r"\b(?:me|us|i|i've|i'm)\b")
"""The listener in the appraisal ("it has been so hard for me")."""
_EVENT_WORDS = 4
"""The event clause needs this many words (the -ing word with them): "losing your wallet is such a
pain" only names the event, "finding out from the photos" tells it."""


_FORMS = (_APPRAISAL_FIRST, _EVENT_FIRST)
"""The two shapes, tried in turn: "that's so unfair, being...", "being ... would hurt anyone"."""


def appraised_event(ctx: TurnContext, start: int, body: str) -> bool:
    """True when the sentence `body` (at `start` in the masked reply) appraises an event of the
    speaker's told again in a clause of its own (one of `_FORMS`)."""
    for form in _FORMS:
        match = form.match(body)
        if match and _appraises(match.group("appraisal")) and _tells_event(ctx, start, match):
            return True
    fragment = _FRAGMENT.match(body)
    if fragment is None:
        return False
    after = _NEXT_APPRAISAL.match(masked(ctx), start + len(body))
    return after is not None and _appraises(after.group("appraisal")) and _tells_event(ctx, start, fragment)


def _tells_event(ctx: TurnContext, start: int, match: re.Match[str]) -> bool:
    """True when the event clause of `match` tells an event of theirs again: four or more words, not
    a hardship word run on from the appraisal ("that sounds really frustrating"; after a comma it is a
    gerund: "..., dreading everyone looking at you"), not their words handed back, and about "you" or
    sharing an idea with them."""
    event = match.group("event")
    words = LETTER_WORD.findall(event)
    if len(words) < _EVENT_WORDS or (words[0] in _HARD and _joined(match)):
        return False
    event_start, event_end = start + match.start("event"), start + match.end("event")
    if echoes(ctx, event_start, event_end):
        return False  # "crying in the shower is the worst" hands their words back
    return bool(SECOND_PERSON.search(event) or plain_shared(ctx, event_start, event_end))


def _joined(match: re.Match[str]) -> bool:
    """True when only spaces stand between the appraisal and the event of `match`."""
    if "appraisal" not in match.re.groupindex or match.start("event") < match.end("appraisal"):
        return False  # the event comes first
    return not match.string[match.end("appraisal") : match.start("event")].strip()


def _appraises(text: str) -> bool:
    """True when `text` holds a feeling or hardship word or another appraising word."""
    if _ABOUT_LISTENER.search(text):
        return False  # "has been so hard for me" appraises the listener's own time
    return bool(_APPRAISING.search(text)) or not _HARD.isdisjoint(LETTER_WORD.findall(text))
