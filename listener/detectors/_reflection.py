"""Where a reply restates the speaker's situation: stems, statements about "you", shared ideas."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._advice import advice
from listener.detectors._lexicon import FEELING_WORDS, HARDSHIP_WORDS, POSITIVE_FEELINGS
from listener.detectors._overlap import cue_hits, parrots, shared_concepts
from listener.detectors._questions import questions
from listener.detectors._text import concept, content_concepts, masked, sentences
from listener.detectors._validation_cues import AFFIRMATION, DISMISSING, JUDGING, MINIMISING, REASSURANCE

if TYPE_CHECKING:
    from listener.scoring import TurnContext

STEM = re.compile(
    r"(?<![\w'])(?:(?:it |that |this )?(?:sounds|sounded|seems|seemed|looks|feels) (?:like|as if|as though"
    r"|that)|so (?:you|your|it's|it was|they|he|she|basically|the|this|that's)|what i(?:'m| am)? hear(?:ing)?"
    r"|i(?:'m| am)? hear(?:ing)? (?:that|you)|if i(?:'m| am)? (?:understand|understood|hearing|getting"
    r"|get)\w*"
    r"|(?:you're|you are|you were) (?:saying|telling me|describing)|what you(?:'re| are) (?:saying"
    r"|describing|telling me)|in other words|you mean|i get the (?:sense|feeling|impression)|i sense|i gather"
    r"|it appears|from what you(?:'ve| have)? (?:said|told me|described|shared|written)|let me see if i"
    r"|correct me if|to sum up|it's like you|you seem (?:to|like)|part of you|on (?:the )?one hand"
    r"|you(?:'re| are) (?:torn|caught) between|you(?:'ve| have) been (?:dealing|going through|struggling"
    r"|trying|working|having|carrying|juggling|putting up)|you (?:feel|felt) (?:like|that|as if|as though)"
    r"|you(?:'re| are) (?:worried|afraid|scared|concerned) (?:that|about))(?![\w'])"
)
"""Reflective stems: "it sounds like", "so you're saying", "what I'm hearing is", "part of you"."""

SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|your|you're|you've|yourself|you'd|ur|u)(?![\w'])")
_LEADS = (
    r"^(?:(?:so|and|but|yeah|yes|oh|wow|well|ok|okay|hmm|right|ah|and now|now|ugh|god|gosh|man)[,.!\s]+)*"
)
_YOU_STATEMENT = re.compile(
    _LEADS + r"(?:your\b|you(?!'ll| will| can| could| should| might| may| need| have to| would|'d| know"
    r"| too| guys| are welcome|'re welcome| are right|'re right| are correct| got this| can do| deserve"
    r"| go\b| are not alone|'re not alone| are going to|'re going to|'re gonna)(?:'re|'ve|\b))"
)
_FIRST_PERSON = re.compile(_LEADS + r"(?:i|i'm|i've|i'd|im|my|me|we|we're|our|mine)\b")
_EVALUATIVE = FEELING_WORDS | HARDSHIP_WORDS
_EVALUATIVE_CONCEPTS = frozenset(concept(w) for w in _EVALUATIVE)


_ME = re.compile(r"(?<![\w'])(?:i|i'm|i've|i'd|im|me|my|mine|myself)(?![\w'])")
_ROADBLOCKS = (MINIMISING, DISMISSING, JUDGING)


def _about_me(body: str) -> bool:
    """True when the sentence talks about the listener and not about "you"."""
    return bool(_ME.search(body)) and not SECOND_PERSON.search(body)


def _supportive(body: str) -> bool:
    """True for an affirmation or a prediction: about "you", but not a restatement."""
    return bool(AFFIRMATION.search(body) or REASSURANCE.search(body))


def candidates(ctx: TurnContext) -> list[tuple[int, int]]:
    """Sentence spans that could restate the speaker: statements and closed or checking questions
    that are not advice, roadblocks or copies of the speaker's words."""
    skip = {q.sentence.start for q in questions(ctx) if q.kind in ("open", "why", "advice")}
    advised = [a[0] for a in advice(ctx)]
    return [
        (s.start, s.end)
        for s in sentences(ctx)
        if s.start not in skip
        and not any(s.start <= a < s.end for a in advised)
        and not parrots(ctx, s.start, s.end)
        and "welcome" not in s.text
        and not any(p.search(s.text) for p in _ROADBLOCKS)
    ]


def _turn_points(ctx: TurnContext, start: int, end: int) -> int:
    if ctx.turn is None:
        return 0
    return sum(1 for k in ctx.turn.key_points if cue_hits(ctx, k.cues, start, end))


def content_reflection(ctx: TurnContext) -> tuple[int, int, list[str]] | None:
    """The first sentence that restates the speaker's situation, and the ideas it shares with them.

    A sentence counts when it has a reflective stem followed by "you" or a shared idea; or is a
    statement about "you" (not advice, affirmation or a prediction); or shares two ideas with the
    speaker without being about the listener. Copied (parroted) sentences never count.
    """
    hit = ctx.cache.get("content_reflection")
    if hit is not None:
        return hit if isinstance(hit, tuple) else None
    text = masked(ctx)
    found: tuple[int, int, list[str]] | None = None
    checked = any(q.kind == "check" for q in questions(ctx))
    for start, end in candidates(ctx):
        body = text[start:end]
        shared = list(shared_concepts(ctx, start, end))
        stem = STEM.search(body)
        if stem:
            rest = body[stem.end() :]
            ok = bool(SECOND_PERSON.search(body) or shared)
            ok = ok or (not ctx.speaker.strip() and bool(content_concepts(rest)))
        elif (
            _FIRST_PERSON.match(body)
            or _about_me(body)
            or AFFIRMATION.search(body)
            or REASSURANCE.search(body)
        ):
            ok = False
        else:
            about_you = bool(_YOU_STATEMENT.match(body)) and len(body.split()) >= 3
            plain = [c for c in shared if c not in _EVALUATIVE_CONCEPTS]
            ok = about_you or len(plain) >= 2 or _turn_points(ctx, start, end) >= 2
            ok = ok or (checked and bool(SECOND_PERSON.search(body)) and len(body.split()) >= 4)
        if ok:
            found = (start, end, shared)
            break
    ctx.cache["content_reflection"] = found if found else False
    return found


def situation_feeling(ctx: TurnContext) -> tuple[int, int, str] | None:
    """A statement that names a feeling or hardship about something the speaker said
    ("losing a job like that is frightening")."""
    text = masked(ctx)
    for start, end in candidates(ctx):
        body = text[start:end]
        if _FIRST_PERSON.match(body) or _about_me(body):
            continue
        shared = [c for c in shared_concepts(ctx, start, end) if c not in _EVALUATIVE_CONCEPTS]
        if not shared:
            continue
        for word in re.findall(r"[a-z'-]+", body):
            if word in _EVALUATIVE and word not in POSITIVE_FEELINGS:
                return (start, end, word)
    return None
