"""Which sentences of a reply are questions, and of what kind (open, closed, checking, advice).

A sentence is a question when it ends with "?" or has a question's form without one ("how did you
find out", "tell me more", "I wonder what..."); a "?" on an exclamation of disbelief ("over TEXT??",
"£300 for ten minutes? That's robbery"), a rhetorical question or a tag on a silver lining does not
make one. Open versus closed follows MITI 4.2.1 (one specific fact or yes/no is closed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, NamedTuple

from listener.detectors._exclamations import DISBELIEF, ECHO_WHAT, GUESS, GUESSED_OTHER, JUDGED_AFTER, OUTRAGE
from listener.detectors._question_forms import (
    AUX_START,
    CLOSED_WH,
    ELLIPTICAL_OPEN,
    EXCLAIM,
    LEAD,
    OFFER_ASKED,
    OPEN_REQUEST,
    QUESTION_STARTS,
    TELL_ME,
    WH,
    WH_NO_MARK,
    advice_question,
    checks,
    first_words,
    fragment,
    imperative_question,
    options_offered,
)
from listener.detectors._rhetorical import rhetorical
from listener.detectors._spoken_forms import EMBEDDED_REQUEST, FALSE_START, KNOW_TAGS, embedded_cued, ruler
from listener.detectors._text import Sentence, sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

Kind = Literal["open", "closed", "check", "advice", "why"]

_ASKS = re.compile(r"ask|wonder|curious")
_WORD = re.compile(r"[a-z']+")
_YOU_WORDS = frozenset(("you", "u", "ya"))
"""First words of a chat check with its "are" left out ("you doing alright yourself")."""


def _chat_check(first: str, text: str) -> bool:
    """True for a chat check with its "are" left out ("you doing alright yourself"), whose first word
    would otherwise mark a statement."""
    return first in _YOU_WORDS and OFFER_ASKED.match(text) is not None


_EMOJI_FIRST = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+\s*")
"""Emoji before a question's first word: read past, as a lead-in is."""


def _first_word(body: str) -> str:
    m = _WORD.match(body)
    return m.group(0) if m else ""


def _collapsed(word: str) -> str:
    """`word` with a run of its last letter cut to one ("hmmm" -> "hm", "ahh" -> "ah")."""
    return word.rstrip(word[-1]) + word[-1]


_LEAD_WORDS = first_words(LEAD)
"""The words lead-ins start with ("" for the empty lead-in: every lead-in starts with a word)."""
_MAY_ASK = QUESTION_STARTS | (_LEAD_WORDS or frozenset())
_LEAD_COLLAPSED = frozenset(_collapsed(w) for w in _LEAD_WORDS or () if w)


_LEADS_AS_WRITTEN = (_LEAD_WORDS or frozenset()) - {""} | _LEAD_COLLAPSED
"""The words of `_may_lead` that need no collapsing."""
_MAY_ASK_AS_WRITTEN = _MAY_ASK | _LEAD_COLLAPSED
"""The words of `_may_ask` that need no collapsing (a word with no repeated last letter is its own
collapsed form)."""


def _may_lead(word: str) -> bool:
    """False when no lead-in can start with `word` (then `LEAD` matches nothing before it): the
    lead-ins' first words, read past a repeated last letter ("hmmm")."""
    return (
        _LEAD_WORDS is None
        or word in _LEADS_AS_WRITTEN
        or (word[-1:] == word[-2:-1] and _collapsed(word) in _LEAD_COLLAPSED)
    )


def _may_ask(word: str) -> bool:
    """False when a sentence starting with `word` is a statement unless it ends with "?": `word`
    neither starts a question nor a lead-in (lead-ins such as "hmm+" repeat their last letter)."""
    return (
        _LEAD_WORDS is None
        or word in _MAY_ASK_AS_WRITTEN
        or (word[-1:] == word[-2:-1] and _collapsed(word) in _LEAD_COLLAPSED)
    )


_DASHES = ("-", "–", "—", "…")
"""How a turn carried over from the one before may open ("- how did...")."""
_CLAUSE_START = re.compile(r"(?:[,;:]|\s[-–—]+|—|-{2,})\s*")
"""What ends a clause inside a sentence (a comma, a dash, a restart "--"): the next one starts after it."""


class Question(NamedTuple):
    """A question sentence and its kind (a named tuple: a frozen dataclass costs about three times as
    much to make, through `object.__setattr__`)."""

    sentence: Sentence
    kind: Kind
    body_start: int
    """Where the question proper starts, after lead-ins like "so," or "can I ask"."""
    declarative: bool = False
    """True when only the "?" makes it a question ("You should see a doctor?")."""


_DROPPED_IT = re.compile(r"is the (?:best|only|same|right|wrong|problem|worst|most|first|last|normal)\b")
"""A statement whose "it" an English learner left out ("Is the best way."), read when there is no "?"."""


def _kind_of(body: str, first: str, marked: bool, asked: bool) -> Kind | None:
    """The kind of question `body` (lead-ins removed; `first` its first word) is, or None; `asked`
    when a lead-in asks."""
    if (advice_question(body, first) or imperative_question(body, first)) and (
        marked or not body.startswith(("maybe", "perhaps"))
    ):
        return "advice"
    if body.startswith("why don't we") and not OPEN_REQUEST.match(body):
        return "closed"  # a joint plan proposed ("why don't we meet next week?"): yes or no
    if body.startswith("why") and not body.startswith("why do you think") and not OPEN_REQUEST.match(body):
        return "why" if marked or asked or WH_NO_MARK.match(body) else None
    if OPEN_REQUEST.match(body):
        frame = TELL_ME.match(body)
        rest = body[frame.end() :] if frame else ""
        if body.startswith(_WONDER_IF):
            # Without "?" a guess at what goes on in them ("I wonder if part of you is more worried...")
            # asks nothing (the own set: 7 of 8 such sentences); "I wonder if we could..." still asks.
            return None if not marked and _INNER_GUESS.match(body) else "closed"
        if frame and (CLOSED_WH.match(rest) or rest.startswith(("if ", "whether "))):
            return "closed"
        return "open"
    if WH.match(body) and (marked or asked or WH_NO_MARK.match(body)):
        if not marked and not asked and EXCLAIM.match(body):  # "I wonder how you coped." asks
            return None
        return "closed" if CLOSED_WH.match(body) or options_offered(body) else "open"
    inverted = AUX_START.match(body) and (
        marked or not (body.startswith(("do your ", "do ur ")) or _DROPPED_IT.match(body))
    )
    if inverted or OFFER_ASKED.match(body) or (asked and body.startswith(("if ", "whether "))):
        return "closed"  # "do your best." without "?" tells, it does not ask
    return None


def _classify(text: str, marked: bool, after: str) -> tuple[Kind | None, int, bool]:
    """The kind of question sentence `text` (stripped) is (None for a statement), where its body
    starts, and whether only its "?" makes it one. `marked`: `text` ends with "?"; `after` is the
    text of the reply's next sentence."""
    word = _WORD.match(text)
    lead = LEAD.match(text) if word is None or _may_lead(word.group()) else None
    offset = lead.end() if lead else 0
    if "-" in text or "—" in text or "–" in text or "…" in text:
        offset = _past_false_starts(text, offset)
    body = text[offset:]
    if offset:
        word = _WORD.match(body)
    first = word.group() if word else ""
    if not marked:
        return _statement(text, body, first, offset)
    if not body or rhetorical(body, first) or body.endswith(KNOW_TAGS):
        return None, offset, False
    ends = text.endswith(("??", "?!", "!?"))
    if (ends or (marked and _goes_on(after))) and DISBELIEF.match(body.rstrip("!")):
        return None, offset, False  # "Are you serious?? That's so unfair." asks nothing
    asked = bool(offset and _ASKS.search(text, 0, offset))
    kind = _kind_of(body, first, marked, asked)
    if kind == "closed" and marked and _HAVE_YOU_DONE.match(body) and _REASON_AFTER.match(after):
        kind = "advice"  # "Have you rung the council? They've got a duty to help you."
    if kind is None and marked:
        kind, start = _later_clause(body, asked)
        offset += start
    if kind is None and marked and ELLIPTICAL_OPEN.match(body):
        kind = "open"
    if kind is None and embedded_cued(body):
        kind, start = _embedded(body)
        offset += start
    if kind == "open" and ruler(text):
        kind = "closed"  # "on a scale of 1 to 10, how ready are you?" asks for one number
    if kind != "advice" and (marked or body.startswith(("if i", "correct me"))) and checks(text):
        return (None if body.startswith("at least") else "check"), offset, False
    if kind is not None or not marked:
        return kind, offset, False
    if (
        DISBELIEF.match(body)
        or ECHO_WHAT.match(body)
        or (fragment(body) and (ends or _goes_on(after)))
        or (ends and (OUTRAGE.match(body) or GUESS.match(body)))
        or JUDGED_AFTER.match(after)
        or (body.endswith(_REBUTTAL_ENDS) and body.count(" ") >= 4)
        or (not offset and _SUGGESTED.match(body))
        or GUESSED_OTHER.match(body)
    ):
        return None, offset, False
    return "closed", offset, True


_HAVE_YOU_DONE = re.compile(
    r"(?:have|had) (?:you|u) (?:already |ever |yet )?(?:checked|spoken|talked|rung|called|phoned"
    r"|contacted|gone|been|asked|looked|reported|applied|emailed|written|registered|reached out|told"
    r"|got in touch|had|seen|booked|filed|put in)\b"
)
"""A question about a step the speaker may have taken ("have you spoken to the helpline?")."""
_WONDER_IF = ("i wonder if", "i wonder whether", "i wondered if", "i wondered whether")
_INNER_GUESS = re.compile(
    r"i wonder(?:ed)? (?:if|whether) (?:(?:some |a )?part of you|what (?:really )?|some of them"
    r"|there(?:'s| is) (?:actually |maybe )?(?:a |some )?part of you)"
)
"""A tentative guess at what goes on in them, said as "I wonder if...": a reflection, not a question."""
_SUGGESTED = re.compile(r"(?:you|u) (?:could|might want to|may want to)\b")
"""A suggestion said as a statement with "?" ("You could always write to your MP?"): it proposes, it
does not ask (ten of the own set's twelve such rows; "Maybe you can ask him?" is asked)."""
_REASON_AFTER = re.compile(
    r"\s*(?:they|it|that|those|some of them|most of them|there(?:'s| is| are))(?:'ll|'ve|'re)?"
    r" (?:(?:really|usually|often|actually|sometimes) )?(?:can|could|will|would|should|might|may|have got|got"
    r"|offer|do|does|help|helps|(?:are )?(?:really |very )?(?:good|great|helpful)"
    r"|(?:are )?(?:supposed|meant|obliged|required) to|have to|must|deal|sort|handle|know|specialise"
    r"|specialize)\b"
    # A reason of another shape: "could be your iron", "ours is very good", "you're entitled to one",
    # "sometimes banks can claw some back", "like screen-reader software".
    r"|\s*(?:(?:it|that) )?(?:could|might|may) (?:well )?be\b|\s*(?:ours|mine) (?:is|was|were)\b"
    r"|\s*you(?:'re| are) entitled\b|\s*sometimes (?:\w+ ){1,2}(?:can|will|do)\b|\s*like [a-z]"
)
"""The next sentence giving the step's reason ("They can help you build the case"): with it the
question proposes the step (blind batches 13, 18, 19, 23, 24 and 41 code it as advice)."""


def _statement(text: str, body: str, first: str, offset: int) -> tuple[Kind | None, int, bool]:
    """`_classify` for a sentence without "?" (`body` after its lead-ins, from `offset`; `first` its
    first word). Most such sentences ask nothing: the tests that can only turn a question into no
    question (rhetorical, a "you know" tag, disbelief) run only once a question is found."""
    if first not in QUESTION_STARTS and not _chat_check(first, body):
        # A statement's first word: only a request in a later clause can ask.
        kind, start = _embedded(body) if embedded_cued(body) else (None, 0)
        return kind, offset + start, False
    if not body:
        return None, offset, False
    asked = bool(offset and _ASKS.search(text, 0, offset))
    kind = _kind_of(body, first, False, asked)
    if kind is None and embedded_cued(body):
        kind, start = _embedded(body)
        offset += start
    if kind == "open" and ruler(text):
        kind = "closed"  # "on a scale of 1 to 10, how ready are you" asks for one number
    if kind != "advice" and body.startswith(("if i", "correct me")) and checks(text):
        kind = None if body.startswith("at least") else "check"
    if kind is None or (
        rhetorical(body, first)
        or body.endswith(KNOW_TAGS)
        or (text.endswith(("??", "?!", "!?")) and DISBELIEF.match(body.rstrip("!")))
    ):
        return None, offset, False
    return kind, offset, False


_REBUTTAL_ENDS = (" though?", " tho?", " though??", " tho??", " though?!", " tho?!")
"""How a statement said with "?" to contradict ends ("We went to the coast in June though?"): it asks
nothing; a short one still asks ("u ok tho?")."""


def _later_clause(body: str, asked: bool) -> tuple[Kind | None, int]:
    """The kind of the question in a later clause of "?" sentence `body` and where it starts: the last
    clause first ("So the gym is hard, and what makes Mondays different?"), then the others from the
    left ("..., and what might that look like, say?"); (None, 0) when none is a question."""
    starts = [m.end() for m in _CLAUSE_START.finditer(body)]
    for end in starts[-1:] + starts[:-1]:
        clause = body[end:]
        start = end + _past_false_starts(clause, _lead_length(clause))
        rest = body[start:]
        first = _first_word(rest)
        if rhetorical(rest, first) or rest.endswith(KNOW_TAGS):
            continue  # "..., but what can you do, you know?"
        kind = _kind_of(rest, first, True, asked)
        if kind is not None:
            return kind, start
    return None, 0


def _past_false_starts(text: str, offset: int) -> int:
    """Where the question proper of `text` starts, from `offset` (after its lead-ins): after spoken
    false starts ("- how...", "wh-what", "so-so what") and the lead-ins after them. Every false start
    holds a dash or an ellipsis."""
    while (start := FALSE_START.match(text, offset)) and start.end() > offset:
        offset = start.end() + _lead_length(text[start.end() :])
    return offset


def _embedded(body: str) -> tuple[Kind | None, int]:
    """The kind of a request to tell that starts a later clause of `body` ("..., tell me what brought
    you in"), and where it starts; (None, 0) when there is none. Callers check `embedded_cued` first."""
    found = EMBEDDED_REQUEST.search(body)
    if found is None:
        return None, 0
    length = _lead_length(body[found.end() :])
    start = found.end() + length
    rest = body[start:]
    asked = _ASKS.search(body, found.end(), start) is not None
    kind = _kind_of(rest, _first_word(rest), False, asked)
    return (kind, start) if kind else (None, 0)


def _lead_length(text: str) -> int:
    """How many characters of `text` its lead-ins take ("so, ", "and ", "I'm wondering ")."""
    lead = LEAD.match(text)
    return lead.end() if lead else 0


def _goes_on(after: str) -> bool:
    """True when the reply continues with a statement after a fragment ("14 years? Wow.")."""
    rest = after.strip()
    return bool(rest) and not rest.split("\n", 1)[0].rstrip().endswith("?")


_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
"""A word of four or more capitals: shouted ("MONTHS", "WHAT"), not an acronym such as "HR" or "NHS"."""


def questions(ctx: TurnContext) -> list[Question]:
    """The reply's question sentences, in order."""
    hit = ctx.cache.get("questions")
    if isinstance(hit, list):
        return hit
    found = []
    all_sentences = sentences(ctx)
    for i, s in enumerate(all_sentences):
        text = s.text.strip()
        marked = text.endswith("?")
        if not marked:
            # A statement's first word settles it before the lead-ins are read.
            # A statement's first word settles it, unless a spoken false start comes before it
            # ("- how...", "wh-what...") or a request to tell may start a later clause.
            first = _WORD.match(text)
            if first is None:
                if not text.startswith(_DASHES):
                    continue
            elif not (
                _may_ask(first.group())
                or text.startswith("-", first.end())
                or embedded_cued(text)
                or _chat_check(first.group(), text)
            ):
                continue
        after = all_sentences[i + 1].text if marked and i + 1 < len(all_sentences) else ""
        # "🎉 how's the little one??" (every emoji the pattern reads sorts from "\u200d" on)
        emoji = _EMOJI_FIRST.match(text) if marked and text[:1] >= "\u200d" else None
        skipped = emoji.end() if emoji else 0
        kind, offset, declarative = _classify(text[skipped:], marked, after)
        offset += skipped
        if declarative and text.endswith(("??", "?!", "!?")) and _SHOUTED.search(ctx.reply, s.start, s.end):
            continue  # "for MONTHS behind your back??": outrage, as "over TEXT??" is; nothing is asked
        if kind is not None:
            found.append(Question(s, kind, s.start + offset, declarative))
    ctx.cache["questions"] = found
    return found
