"""Which sentences of a reply are questions, and of what kind (open, closed, checking, advice)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from listener.detectors._text import Sentence, sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

Kind = Literal["open", "closed", "check", "advice", "why"]

_LEAD = re.compile(
    r"^(?:(?:and|so|but|well|okay|ok|oh|hmm+|also|then|now|right|alright|yeah|yes|i see|wow|gosh|sorry"
    r"|i'm curious|i am curious|just wondering|can i ask(?: you)?|may i ask|if you don't mind(?: me asking)?"
    r"|out of curiosity|i'm wondering|i was wondering|honestly|hey|hi|hello|ah|um+|uh+)[,\s]+)*"
)
_ADVICE_Q = re.compile(
    r"^(?:have you (?:tried|considered|thought about|thought of|looked into|reached out|ever thought about"
    r"|ever considered|ever tried)|why (?:don't|not|dont) (?:you|try|just|talk|ask|tell|go)|why not\b"
    r"|what if you|what about (?:trying|talking|asking|going|telling|getting|taking|looking|seeing|reaching)"
    r"|how about (?:you|trying|talking|asking|going|telling|getting|taking|looking|seeing|reaching|a|some)"
    r"|could you (?:just|maybe|perhaps|try)|can't you just|couldn't you|wouldn't it be"
    r"|don't you think (?:you|it)"
    r"|shouldn't you|would it (?:help|be possible|make sense) (?:to|if you)|do you think (?:you could"
    r"|you should"
    r"|it would help|it might help|you might)|is it possible (?:to|for you to|that you could)"
    r"|would you (?:consider|be (?:willing|open|able) to|think about)|maybe you could|perhaps you could"
    r"|are you able to (?:talk|ask|get|find|see|try)|(?:maybe|perhaps) (?:try|talk|ask|get|see|go|look|speak"
    r"|consider|write|call|reach)|(?:could|can|would) you (?:not )?(?!tell me|say|share|explain|describe"
    r"|talk me|walk me|help me|elaborate|expand|remember|see yourself|imagine)(?:just |maybe |also |still )?"
    r"(?:go|take|get|ask|talk|speak|tell|try|find|look|move|call|email|write|report|apply|see a|book|switch"
    r"|change|quit|leave|bring|raise|put|set|join|be up for|be open to|be willing)\b|[^?]*\bmaybe\?$)"
)
_CHECK = re.compile(
    r"(?:is that (?:right|correct|true|it|fair|how it (?:feels|felt)|what (?:you mean|happened))"
    r"|did i (?:get|understand) (?:that|it|you)|am i (?:understanding|hearing|getting) (?:you|that|this|it)"
    r"|do i have (?:that|it) right|if i(?:'m| am)? (?:understand|understood|heard|hear|got|understanding"
    r"|hearing)\b"
    r"|correct me if|have i got (?:that|it) right|does that (?:sound|seem) right|is that close"
    r"|(?:, |^)(?:right|yes|no)\?$)"
)
_WH = r"(?:what|how|where|when|who|which|why|whom|whose)"
_WH_NO_MARK = re.compile(
    rf"^(?:how come|in what way|{_WH}(?:'s|'re|'d)?\s+(?:is|are|was|were|do|does|did|have|has|had|can|could"
    r"|would|will|should|happened|happens|made|makes|kind|sort|part|else|long|much|many|often|about|exactly"
    r"|led|brought|helps|helped|worries|scares|bothers|went|goes|matters|stands|comes)\b)"
)
_OPEN_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?(?:tell|say|share|explain|describe|talk|walk|help me"
    r" understand|elaborate|expand)|(?:please )?tell me (?:more|about|what|how|why|a bit|a little)"
    r"|say more|walk me through|help me understand|i(?:'d| would) (?:love|like) to (?:hear|know|understand)"
    r"|i wonder (?:what|how|why|where|who)|i'm wondering (?:what|how|why)|describe|talk me through"
    r"|what's that like|what was that like)"
)
_AUX_START = re.compile(
    r"^(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|shall|may|might|am|"
    r"don't|didn't|doesn't|aren't|isn't|wasn't|weren't|haven't|hasn't|won't|wouldn't|can't|couldn't)\s+"
    r"(?:you|he|she|it|they|we|i|there|that|this|your|the|anyone|anything|someone|something|anybody"
    r"|everything|everyone|things|he's|she's|people|any|those|these|my|his|her|their)\b"
)
_RHETORICAL = re.compile(
    r"^(?:who knows|who cares|what can you do|how about that|what the|what a\b|how dare)"
)
_EXCLAIM = re.compile(r"^(?:what an?|how)\s+(?:\w+\s+){0,2}\w+\s*[!.]?$")


@dataclass(frozen=True)
class Question:
    """A question sentence and its kind."""

    sentence: Sentence
    kind: Kind
    body_start: int
    """Where the question proper starts, after lead-ins like "so," or "can I ask"."""


def _classify(s: Sentence) -> tuple[Kind | None, int]:
    """The kind of question `s` is (None for a statement) and where its body starts."""
    text = s.text.strip()
    lead = _LEAD.match(text)
    offset = lead.end() if lead else 0
    body = text[offset:]
    marked = s.is_question_marked
    if not body or _RHETORICAL.match(body):
        return None, offset
    if _ADVICE_Q.match(body) and (marked or not body.startswith(("maybe", "perhaps"))):
        return "advice", offset
    if _CHECK.search(text) and (marked or body.startswith(("if i", "correct me"))):
        return "check", offset
    if body.startswith("why") and not body.startswith("why do you think"):
        return ("why", offset) if marked or _WH_NO_MARK.match(body) else (None, offset)
    if _OPEN_REQUEST.match(body):
        return "open", offset
    if re.match(_WH, body) and (marked or _WH_NO_MARK.match(body)):
        if not marked and _EXCLAIM.match(body):
            return None, offset
        return "open", offset
    if marked or _AUX_START.match(body):
        return "closed", offset
    return None, offset


def questions(ctx: TurnContext) -> list[Question]:
    """The reply's question sentences, in order."""
    hit = ctx.cache.get("questions")
    if isinstance(hit, list):
        return hit
    found = []
    for s in sentences(ctx):
        kind, offset = _classify(s)
        if kind is not None:
            found.append(Question(s, kind, s.start + offset))
    ctx.cache["questions"] = found
    return found


def is_question(ctx: TurnContext, s: Sentence) -> bool:
    """True when sentence `s` of the reply is a question of any kind."""
    return any(q.sentence == s for q in questions(ctx))
