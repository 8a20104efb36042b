"""Advice and solutions in a reply: "you should...", "maybe try...", imperatives, recommended help.

Statement forms only; advice asked as a question ("have you tried...?") is classified in
`_questions`. Each pattern class below is named after the MITI 4.2.1 / Gordon form it codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from listener.detectors._advice_cues import (
    DIRECTIVE_CUE,
    FIRST_PERSON_CUE,
    GERUND_CUE,
    HELP_CUE,
    IF_YOU_CUE,
    LIKE_CUE,
    MAYBE_CUE,
    MODAL_CUE,
    TO_CUE,
    TRY_CUE,
    WAY_CUE,
    WHAT_I_CUE,
    WISH_CUE,
    cues,
    impersonal,
)
from listener.detectors._advice_forms import (
    CLAUSE_BREAK,
    IMPERATIVE_LEAD,
    IMPERATIVE_STARTS,
    imperative_verb,
    you_option,
)
from listener.detectors._advice_patterns import (
    DIRECTIVE,
    FIRST_PERSON,
    FUTURE_START,
    GOOD_WAY,
    HELPS,
    IF_YOU_HELPS,
    IMPERSONAL,
    LOOKING_BACK,
    MAYBE,
    MAYBE_YOU,
    NOT_DIRECTIVE,
    NOT_GERUND,
    NOT_RESOURCE,
    NOT_SUGGESTED,
    OWN_NEED,
    OWN_TIP,
    RESOURCE_HELPS,
    SOUNDS_LIKE_NEED,
    SOUNDS_LIKE_STEP,
    TRY,
    WISH_YOU,
)
from listener.detectors._cues import Hit
from listener.detectors._fastscan import Scanner
from listener.detectors._feeling_words import IDIOMS
from listener.detectors._question_forms import first_words
from listener.detectors._questions import questions
from listener.detectors._text import all_in_order, disclaimed_before, in_order, masked, sentences
from listener.detectors._want_to import you_want_to

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_WORD = re.compile(r"[a-z']+")
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s[-–—]|$")
_MUST_GUESS = re.compile(
    r" (?:really |so |still |just |secretly )?(?:miss|hate|dread|resent|wish|regret|love|think|wonder|worry"
    r"|feel|want)\b| be (?:"
    + IDIOMS
    + r"|on your knees|in bits|out of your mind|climbing the walls|run ragged)"
)
"""After "you must": a verb of feeling or thought, or a state named by an idiom, so "must" guesses at their
inner state ("you must miss her", "you must be on your knees"), a reflection rather than an obligation."""

_FIRST_PERSON_SCAN = Scanner(FIRST_PERSON, depth=8)
_IMPERSONAL_SCAN = Scanner(IMPERSONAL, depth=8)
"""`FIRST_PERSON` and `IMPERSONAL` begin with a look-behind, so `search` tries them at every position
of the sentence; through a gate they are tried only where one of their beginnings occurs (eight
characters: "it might", "the best"), with the same first match."""

_IF_I_COULD = re.compile(r" if i (?:had|could|was|were able|knew|lived|didn't|wasn't)\b")
"""After "I'd + verb": the listener's own condition ("I'd lend it you if I had it"), an offer out of reach."""
_PERMISSION = re.compile(r"\bif (?:you|u) (?:need|want|like|feel like)(?: it| to)?\W*$")
"""Ending a clause of "take the afternoon": what they need decides, so it is permission, not advice."""

_OWN_ACTION = re.compile(
    r"(?:(?:ok|okay|right|so|and),? )?(?:i'll|i will|i'm going to|i'm gonna|let me|we'll|we will)\b"
)
"""A sentence about what the listener will do: its later clauses share that subject."""
_OWN_ACTION_WORDS = first_words(_OWN_ACTION)
"""The words an `_OWN_ACTION` match starts with, worked out from the pattern (None: unknown)."""

_WE_OFFER = re.compile(r"\bwe (?:could|can|might|may|will|'ll) $")
"""Just before "maybe + verb": the listener offering to do it together ("we could maybe talk about
other ways"), an offer rather than advice."""


def _directive_cued(body: str) -> bool:
    """A word every `DIRECTIVE` match holds occurs in `body`."""
    return bool(cues(body) & DIRECTIVE_CUE)


def _first_person_cued(body: str) -> bool:
    """A word every `FIRST_PERSON` match holds occurs in `body`."""
    return bool(cues(body) & FIRST_PERSON_CUE)


def _impersonal_cued(body: str) -> bool:
    """A word every `IMPERSONAL` match holds occurs in `body`."""
    return impersonal(cues(body))


def _modal_cued(body: str) -> bool:
    """A word every "you could..." option (`you_option`) holds occurs in `body`."""
    return bool(cues(body) & MODAL_CUE)


_WISH_CUES = ("wish", "u to ")
"""Literals one of which every `WISH_YOU` match holds ("wish", the "you to" of "want you to");
`_advice_cues.WISH_CUE` stands for them."""


def _statement_advice(body: str) -> re.Match[str] | None:
    """The first advice pattern in sentence `body` (lower case), if any. Each pattern runs only when
    `body` holds one of the words every match of it holds (`_advice_cues`)."""
    found_cues = cues(body)
    if not found_cues:
        return None  # every pattern below needs a cue word (about half of all sentences hold none)
    if found_cues & DIRECTIVE_CUE:
        for m in DIRECTIVE.finditer(body):
            if NOT_DIRECTIVE.match(body, m.end()) or OWN_NEED.search(body, 0, m.start()):
                continue
            if m.group(0).endswith("must") and (
                body.startswith(" have ", m.end()) or _MUST_GUESS.match(body, m.end())
            ):
                continue  # "you must have friends who...", "you must miss her": a guess, not an obligation
            future = any(w in m.group(0) for w in ("'ll", "will", "going", "gonna"))
            if not future or FUTURE_START.search(body, 0, m.start()):
                return m
    if found_cues & LIKE_CUE and found_cues & (TO_CUE | DIRECTIVE_CUE):  # "need to", "should"
        for pattern in (SOUNDS_LIKE_NEED, SOUNDS_LIKE_STEP):
            for m in pattern.finditer(body):
                if imperative_verb(body, m, "verb", bare=False):
                    return m
    found = _looking_ahead(body, _FIRST_PERSON_SCAN.search) if found_cues & FIRST_PERSON_CUE else None
    if found is None and impersonal(found_cues):
        found = _looking_ahead(body, _IMPERSONAL_SCAN.search)
    if found is None and found_cues & TRY_CUE:
        found = _looking_ahead(body, TRY.search)
    if found is not None:
        return found
    if found_cues & MAYBE_CUE:
        for m in MAYBE.finditer(body):
            if imperative_verb(body, m, "verb", bare=False) and not _WE_OFFER.search(
                body, max(0, m.start() - 16), m.start()
            ):
                return m
        for m in MAYBE_YOU.finditer(body):
            verb = m.group("verb")
            if verb not in NOT_SUGGESTED and not verb.endswith("ed"):
                return m
    if found_cues & WISH_CUE:  # `_WISH_CUES`
        for m in WISH_YOU.finditer(body):
            if imperative_verb(body, m, "verb", bare=False):
                return m
    found = you_option(body) if found_cues & MODAL_CUE else None
    if found and found.groupdict().get("gerund") not in NOT_GERUND:
        return found
    return _helped(body, found_cues)


def _looking_ahead(body: str, search: Callable[[str], re.Match[str] | None]) -> re.Match[str] | None:
    """The first match of a pattern in `body` (`search`: its `search`), unless it is "if I were you"
    looking back ("I'd have done the same")."""
    found = search(body)
    if found and found.lastgroup == "hypothetical" and LOOKING_BACK.search(body):
        return None
    return found


def _helped(body: str, found_cues: int) -> re.Match[str] | None:
    """An action, resource or way recommended by its effect ("talking to someone can help");
    `found_cues`: `cues(body)`."""
    found = HELPS.match(body) if found_cues & GERUND_CUE else None
    if found and found.groupdict().get("gerund") not in NOT_GERUND:
        return found
    if found_cues & HELP_CUE:
        for m in RESOURCE_HELPS.finditer(body):
            if m.group("subject") not in NOT_RESOURCE:
                return m
    tip = OWN_TIP.search(body) if found_cues & WHAT_I_CUE else None
    if tip:
        return tip
    if found_cues & IF_YOU_CUE:
        for m in IF_YOU_HELPS.finditer(body):
            if imperative_verb(body, m, "verb", bare=False):
                return m
    if found_cues & WAY_CUE:
        for m in GOOD_WAY.finditer(body):
            if m.group("subject") not in NOT_RESOURCE:
                return m
    return None


def _imperative(body: str) -> tuple[int, int] | None:
    """An imperative suggestion ("talk to her", "I'd leave") at the start of a clause: its span. After
    the listener's own "I'll ..." the clauses go on listing what the listener will do ("I'll ring them,
    find out what you're owed and call you back")."""
    opening = _WORD.match(body)
    word = opening.group() if opening else ""
    # Under 3% of sentences are the listener's own "I'll...": their first word rules the rest out.
    own = (_OWN_ACTION_WORDS is None or word in _OWN_ACTION_WORDS) and _OWN_ACTION.match(body) is not None
    starts = [0] if own else _clause_starts(body)
    for start in starts:
        if start:
            found = _WORD.match(body, start)
            word = found.group() if found else ""
        if word not in IMPERATIVE_STARTS:
            continue
        m = IMPERATIVE_LEAD.match(body, start)
        if m and imperative_verb(body, m, "verb"):
            if (m.group("would") and _IF_I_COULD.search(body, m.end())) or _PERMISSION.search(body, m.end()):
                continue
            first = m.start("neg") if m.group("neg") else m.start("would") if m.group("would") else None
            return (m.start("verb") if first is None else first, m.end())
    return None


def _clause_starts(body: str) -> list[int]:
    """Where the clauses of sentence `body` start: its beginning, then after each `CLAUSE_BREAK`."""
    # Every `CLAUSE_BREAK` holds one of these characters; six `in` tests cost a fifth of a `re` search.
    if (
        "," not in body
        and ";" not in body
        and ":" not in body
        and "-" not in body
        and "–" not in body
        and "—" not in body
    ):
        return [0]
    return [0, *(m.end() for m in CLAUSE_BREAK.finditer(body))]


def _quote_end(body: str, end: int) -> int:
    """Where to end the quote of a suggestion found ending at `end`: its clause, up to 60 characters more."""
    stop = _CLAUSE_END.search(body, end, end + 60)
    return stop.start() if stop else min(len(body), end + 60)


def advice(ctx: TurnContext) -> list[Hit]:
    """Advice statements in the reply, one per sentence (advice asked as a question is in `_questions`)."""
    return all_in_order(ctx, "advice", _advice)


def advice_in_order(ctx: TurnContext) -> Iterator[Hit]:
    """`advice`, sentence by sentence: a rule that needs only the first, or the advice up to some
    point of the reply, leaves the rest of the sentences unread."""
    return in_order(ctx, "advice:lazy", _advice)


def _advice(ctx: TurnContext) -> Iterator[Hit]:
    text = masked(ctx)
    asked = {q.sentence.start for q in questions(ctx) if q.kind != "advice" and not q.declarative}
    for s in sentences(ctx):
        if s.start in asked:
            continue
        m = _statement_advice(s.text)
        span = m.span() if m else _imperative(s.text) or you_want_to(ctx, s.start, s.text)
        if span and not disclaimed_before(text, s.start + span[0]):
            start, end = s.start + span[0], s.start + _quote_end(s.text, span[1])
            yield (start, end, text[start:end])
