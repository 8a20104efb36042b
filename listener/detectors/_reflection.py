"""Where a reply restates the speaker's situation: stems, statements about "you", shared ideas."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from listener.detectors._advice import advice_in_order
from listener.detectors._appraised_event import appraised_event
from listener.detectors._fastscan import Scanner
from listener.detectors._happens_to_you import happens_to_you
from listener.detectors._onepass import search_in
from listener.detectors._overlap import (
    cue_found,
    cues_in_reply,
    echoes,
    parroted_runs,
    plain_shared,
    shared_concepts,
    speaker_concepts,
)
from listener.detectors._questions import questions
from listener.detectors._reflective_stems import GENERIC_REST, STEM, STEM_CLAUSE, UNDERSTOOD_HOW
from listener.detectors._self_focus import grievance
from listener.detectors._text import (
    LETTER_WORD,
    SECOND_PERSON,
    all_in_order,
    content_concepts,
    in_order,
    masked,
    sentences,
)
from listener.detectors._validation_cues import (
    AFFIRMATION,
    DISMISSING,
    JUDGING,
    MINIMISING,
    REASSURANCE,
    found_in,
    sarcastic,
    spans_in_order,
)

if TYPE_CHECKING:
    from listener.scenario import KeyPoint
    from listener.scoring import TurnContext


_LEADS = (
    r"^(?:(?:i understand|i hear you|i get it|and now|right|i see|oh no|yeah|well|okay|gosh|and|but|yes"
    r"|wow|hmm|now|ugh|god|man|aw+|so|oh|ok|ah"
    # Hedges and spoken fillers before a plain reflection ("Sometimes you forget where you are",
    # "Mm, maybe you're not as sure as you were", "At the same time, you don't want to lose them").
    r"|sometimes|maybe|perhaps|really|clearly|obviously|of course|still|yet|at the same time|right now"
    r"|mm+|mhm|um+|uh+"
    r")[\s,.!]+(?:-+\s+)?)*+"
)
"""Interjections and discourse markers before a statement ("so,", "oh no,", "i see -")."""
_YOU_STATEMENT = re.compile(
    _LEADS + r"(?:your\b(?! (?:[\w'-]+ ){1,3}?(?:should|will|'ll|would|could|might|may|can|ought|needs? to"
    r"|has to|have to|had better|comes first|must (?!be\b|have been\b|feel\b))\b)"
    r"|you(?!'ll| will| won't| wont| can(?!'t (?:bear|stand|face|sleep|eat|focus|concentrate|switch off"
    r"|stop thinking|get (?:it|him|her|them) out))| could| should| might| may| need| have to| would"
    r"|'d(?! (?:like|love|rather|prefer|always|never|been|spent|planned|pictured|hoped|imagined|assumed"
    r"|expected|worked|put|given))| know| knew (?:that|this|it)(?: already)?\W*$"
    r"| too| guys|(?:'re| are) (?:\w+ )?(?:welcome|right|correct)| got this| can do| deserve| go\b"
    r"| (?:don't|do not|didn't|did not) deserve\b"
    r"|(?:'re| are) (?:such |a |an |absolutely |honestly |truly |an absolute |a total |a proper )*"
    r"(?:saint|legend|star|hero|gem|rock|diamond|angel|superstar|trooper|champ|queen|king)\b"
    r"(?! (?:player|pupil|student|athlete|performer|employee|worker|striker)\b)"
    r"|(?:'re| are) (?:so much |much |way |far |definitely |honestly )?better off (?:without|out)\b"
    r"|(?:'re| are) (?:\w+ )?not (?:alone|the only one)|(?: \w+)? (?:aren't|are not) (?:alone|the only one)"
    r"| are going to|'re going to|'re gonna| do | did | does | don't (?:have"
    r"|need) to| owe| as well| and | must be (?:joking|kidding)"
    r"| (?:two|both|all) (?:are going to|are gonna|will|would|can|could|should|need to|have to)\b"
    r"|(?:'ve| have)(?: got)? nothing to lose"
    r"| have an? (?:\w+ )?(?:good|great|nice|lovely|wonderful|blessed|fantastic|safe|happy|restful|peaceful"
    r"|awesome) (?:\w+ )?(?:day|night|evening|afternoon|morning|weekend|holidays?|christmas|time|one|rest"
    r"|week|sleep|trip)\b)"
    r"(?:'re|'ve|\b))"
)
_COURTESY = (
    r"(?:thanks?\b|thank you|merry|happy (?:new year|holidays|birthday|christmas)|good luck|bye"
    r"|take care|have a (?:good|great|nice|lovely|wonderful)|(?:it was |it's |it has been )?(?:so |very )?"
    r"(?:nice|great|good|lovely) (?:talking|chatting|speaking|to talk)|you too|same to you|if|when|once"
    r"|whenever|unless|you(?:'re| are) safe (?:to|here|now|with))\b"
)
"""Courtesies and conditions ("thank you", "you too", "if you feel ...") and a helpline's assurance ("you're
safe to talk here"): not restatements."""
_OWN = r"(?:i|i'm|i've|i'd|im|my|me|we|we're|our|mine|let's|let us)\b"
_FIRST_PERSON = re.compile(_LEADS + _OWN)
_OWN_OR_COURTESY = re.compile(_LEADS + r"(?:" + _OWN + "|" + _COURTESY + ")")
"""A statement about the listener, a courtesy or a condition (the lead-ins are read once for both:
they are matched possessively, so the alternatives after them see the same place)."""
EMPATHY_LEAD = re.compile(
    _LEADS + r"(?:i (?:can |could |totally |completely |really |do |definitely |fully )*(?:understand|see"
    r"|know|imagine|get|hear|tell)(?: (?:exactly |just )?what you mean\b)?"
    r"|(?:i'm|i am|im) (?:so |really |very |truly )?sorry(?: to hear)?)"
    r"(?: (?:that|how|why|what|about))?[\s,]+"
)
"""An empathy frame before a statement about their situation ("I can imagine how being let go like
that is frightening", "I'm sorry that losing your job has been so stressful"): the frame is the
listener's, the statement after it is what counts."""
_THIRD_PARTY = re.compile(
    _LEADS + r"(?:he|she|they|he's|she's|they're|they've|they'd|he'd|she'd|his|her|their)\b"
)
"""A statement about someone in the speaker's story ("she's bailed on you three times")."""
_SOMEONE = re.compile(
    r"(?<![\w'])(?:he|she|they)(?:'s|'ve|'d)?\s[^.!?,;]{0,60}?(?<![\w'])(?:you|your)(?![\w'])"
)
"""Someone in their story doing something to them ("four years and he couldn't say it to your face")."""
GENERIC = re.compile(
    _LEADS + r"(?:(?:all|most|many|some|lots of|a lot of|so many|plenty of|every|no)\s+(?!one\b|single\b)"
    r"|(?:everyone|everybody|nobody|people|anyone|anybody)\b"
    r"|(?!(?:the|your|my|his|her|their|our|these|those|both|you|he|she|they|it|that|this|there|i|we|what"
    r"|so|yes|thanks|this)\b)(?:[a-z-]+\s+){0,4}?[a-z-]{2,}[^s\W]s\s+(?:are|can|do|don't|tend|always"
    r"|never|often|usually|aren't|get|make)\b"
    # An activity as the subject, with no "you" in the sentence: "moving somewhere new is so isolating".
    r"|(?!(?:nothing|something|anything|everything|thing|morning|evening|king|ring|spring)\b)[a-z]{3,}ing\b"
    r"(?![^.!?]*\b(?:you|your|you're|yours|yourself|ur|u)\b)[^.!?]{0,60}?\b(?:is|was|can be|must be|'s)\b)"
)
"""A generalisation about people or things ("weddings are so expensive", "all kids fight"): not a
restatement of this speaker's situation."""
_FEELINGS_ACCEPTED = re.compile(
    _LEADS
    + r"(?:your|those|these|all (?:of )?(?:your|those|these)) (?:\w+ )?(?:feelings?|emotions?|reactions?"
    r"|responses?|concerns?|worries|fears?)(?: (?:are|is))? (?:\w+ )?(?:valid|matters?|count|normal|natural"
    r"|understandable|justified|reasonable|legitimate|real|important|make (?:\w+ )?sense)\b"
    r"|(?:you|u) (?:have|'ve got|have got|had) every (?:right|reason) to\b"
    r"|i (?:\w+ )?(?:understand|get|hear|feel) (?:you|u)" + UNDERSTOOD_HOW + r"\W*$"
    r"|(?:(?:yes|yeah|yep|oh|and|ok|okay)[,.!]?\s+)*i (?:\w+ )?(?:understand|know|get|see)"
    r" (?:exactly |totally |completely )?what you mean\W*$"
)
"""Accepting their feelings in general ("your feelings are valid", "those feelings matter", "you have
every right to feel weird about it", "I understand you very well"): validation with nothing of their
situation restated."""
_INTERPRETS = re.compile(
    _LEADS + r"(?:(?:it )?(?:sounds|seems|feels) like |i (?:think|reckon|suspect|bet|wonder if) )?"
    r"(?:deep down|underneath it all|at heart)\b"
)
"""The listener's reading of what lies under their words ("maybe deep down you've felt taken for
granted for years"): an interpretation beyond what was said, not a restatement (three blind labellers)."""
_PHRASE_BREAK = re.compile(r"[,;:]")
_ARGUES = re.compile(
    r"(?<![\w'])(?:(?<!even )though|anyway|the smartest|the best|too good for|the worst)(?![\w'])"
)
_EXONERATES = re.compile(
    _LEADS
    + r"(?:you(?:'re| are) not doing (?:it|this|anything) wrong|you (?:did|have done|'ve done) nothing wrong"
    r"|you (?:haven't|have not) done anything wrong"
    r"|you didn't do anything wrong|(?:it|this|that)(?:'s| is| was|'s not| isn't| wasn't) (?:not )?your fault"
    r"|you(?:'re| are) not to blame"
    # Disputing their verdict on themselves: "you're not useless", "you aren't a failure".
    r"|you(?:'re| are| aren't| are not)(?: not)? (?:just |really |at all |even )?(?:useless|pathetic|stupid"
    r"|a failure|weak|crazy|selfish|lazy|worthless|a burden|an idiot|dumb|a bad \w+|broken|a fraud|too much"
    r"|ugly|boring|annoying|dramatic|silly|rubbish|hopeless|thick|a loser|a mess|a disaster|overreacting"
    r"|failing(?: anyone| him| her| them| anybody)?|betraying(?: anyone| him| her| them| anybody)?"
    r"|being (?:dramatic|silly|unreasonable|paranoid|oversensitive|too sensitive)|paranoid"
    r"|an? (?:terrible|awful|horrible) \w+|a monster)\b|you (?:haven't|have not|didn't|did not) fail(?:ed)?"
    # A third party excused: "she's probably just excited", "he's only worried about you".
    r"|(?:maybe |i'm sure |i bet )?(?:she|he|they)(?:'s|'re| is| are) (?:probably |just |only |maybe )+"
    r"(?:worried|excited|tired|scared|stressed|jealous|shy|busy|nervous|protective|overwhelmed|hurting|grieving"
    r"|struggling|trying)\b)"
)
"""A verdict on their blame or on their verdict about themselves ("you're not doing anything wrong", "it's
not your fault", "it's your fault" too, "you're not useless"): a judgement of the listener's, not a
restatement of what they said."""


NORMALISES = re.compile(
    r"(?<![\w'])(?:is|are|'s|'re) (?:so |really |totally |completely |perfectly |very |pretty |super |such a"
    r" |quite |just |incredibly )*(?:normal|common)(?![\w'])"
)
"""A feeling or event called normal ("nerves before a new job are so normal", "that's totally normal,
everyone gets nervous"): normalising accepts it (validation) or shrinks it, and blind labellers code
no restatement in it even when it shares words with the speaker."""


_OPEN_KINDS = ("open", "why", "advice")
_ASKS = re.compile(
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|what|how|why|when|where|who|which"
    r"|should|shall|may|might|am|don't|didn't|doesn't|aren't|isn't|wasn't|weren't|haven't|won't|wouldn't"
    r"|can't|couldn't)\b"
)
"""A question that asks (an auxiliary or a wh-word first), as opposed to a declarative check."""
_ME = re.compile(r"(?<![\w'])(?:i|i'm|i've|i'd|im|me|my|mine|myself)(?![\w'])")
_ROADBLOCKS = (MINIMISING, DISMISSING, JUDGING)


def _about_me(body: str) -> bool:
    """True when the sentence talks about the listener and not about "you"."""
    return bool(_ME.search(body)) and not SECOND_PERSON.search(body)


def about_listener(body: str) -> bool:
    """True when a sentence is the listener's own story ("that happened to me too, my boss was awful"):
    it opens with I/my/we, or names the listener and never "you"."""
    return bool(_FIRST_PERSON.match(body)) or _about_me(body)


def _supportive(body: str) -> bool:
    """True for an affirmation or a prediction: about "you", but not a restatement."""
    return found_in(AFFIRMATION, body) or bool(REASSURANCE.search(body))


def _not_restating(body: str) -> bool:
    """True for a sentence about the listener, an affirmation, a prediction, an argument, a
    courtesy or a condition, or a generalisation: none restates the speaker's situation."""
    # The anchored tests first: they settle most sentences before the searches run.
    if _OWN_OR_COURTESY.match(body) or _FEELINGS_ACCEPTED.match(body) or _about_me(body):
        return True
    if GENERIC.match(body) and not SECOND_PERSON.search(_PHRASE_BREAK.split(body, maxsplit=1)[0]):
        return True
    return (
        _supportive(body)
        or bool(_ARGUES.search(body) or _EXONERATES.match(body) or NORMALISES.search(body))
        or grievance(body) is not None
    )


def candidates(ctx: TurnContext) -> list[tuple[int, int]]:
    """Spans that could restate the speaker: statements, declarative and checking questions, and the
    statement before a question in the same sentence ("It sounds like you're anxious - what's the
    worst part?"); never advice, roadblocks or copies of the speaker's words."""
    return all_in_order(ctx, "candidates", _candidates)


def candidates_in_order(ctx: TurnContext) -> Iterator[tuple[int, int]]:
    """`candidates`, sentence by sentence: a rule that stops at the first one that restates the
    speaker leaves the rest of the reply (and its advice and roadblocks) unread."""
    return in_order(ctx, "candidates:lazy", _candidates)


def _candidates(ctx: TurnContext) -> Iterator[tuple[int, int]]:
    text = masked(ctx)
    asked = {q.sentence.start: q for q in questions(ctx)}
    runs = parroted_runs(ctx)
    # Where advice starts and where each roadblock ends come in order of position: each stream is
    # read only as far as the sentences asked about (the roadblocks only for sentences with no advice).
    advice = advice_in_order(ctx)
    advised = -1
    roadblocks: list[Iterator[tuple[int, int]]] = []
    ends = [-1] * len(_ROADBLOCKS)
    for s in sentences(ctx):
        start, end = s.start, s.end
        q = asked.get(start)
        if (
            q is not None
            and q.kind != "check"
            and (q.kind in _OPEN_KINDS or _ASKS.match(text, q.body_start, end))
        ):
            end = q.body_start
        # The cheap tests first: none of them has a side effect on the others.
        if end - start < 8 or text.find("welcome", start, end) >= 0 or (runs and _overlaps(runs, start, end)):
            continue
        while advised < start:
            hit = next(advice, None)
            advised = _PAST if hit is None else hit[0]
        if advised < end:
            continue
        if not roadblocks:
            roadblocks = [spans_in_order(ctx, p) for p in _ROADBLOCKS]
        if not _blocked(roadblocks, ends, start, end):
            yield (start, end)


_PAST = sys.maxsize
"""A position past every reply: where a used-up stream of positions stands."""


def _blocked(streams: list[Iterator[tuple[int, int]]], ends: list[int], start: int, end: int) -> bool:
    """True when a roadblock ends in start..end (its last character lies there). `ends` holds each
    stream's first span end not yet passed; spans must be asked for in order of `start`."""
    for i, stream in enumerate(streams):
        last = ends[i]
        while last <= start:
            span = next(stream, None)
            last = _PAST if span is None else span[1]
        ends[i] = last
        if last <= end:
            return True
    return False


def _overlaps(runs: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when one of the runs overlaps start..end."""
    return any(a < end and b > start for a, b in runs)


def key_points_in_reply(ctx: TurnContext) -> list[KeyPoint]:
    """The turn's key points (in their order) whose cues the reply may hold; once per reply."""
    hit = ctx.cache.get("key_points_in_reply")
    if isinstance(hit, list):
        return hit
    found = [] if ctx.turn is None else [k for k in ctx.turn.key_points if cues_in_reply(ctx, k.cues)]
    ctx.cache["key_points_in_reply"] = found
    return found


def _two_turn_points(ctx: TurnContext, start: int, end: int) -> bool:
    """True when reply[start:end] holds the cues of two of the turn's key points (the rest of the
    points are not looked at: their patterns may not even be compiled yet)."""
    found = 0
    for k in key_points_in_reply(ctx):
        if cue_found(ctx, k.cues, start, end):
            found += 1
            if found == 2:
                return True
    return False


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
    for start, end in candidates_in_order(ctx):
        if sarcastic(ctx, start):
            continue  # "a whole week in Spain, how will you survive 🙄" mocks, it does not restate
        body = text[start:end]
        if _INTERPRETS.match(body) or _short_echo(body):
            continue
        stem = search_in(ctx, _STEM_SCAN, body, start)  # `STEM.search(body)`
        if stem:
            # "I hear you, and ..." holds its own "you": what follows must speak of them.
            own, rest = stem.group(), body[stem.end() :]
            said = rest if own.startswith("i") and own.endswith("you") and not rest.startswith("'") else body
            ok = _stem_restates(ctx, start, end, said, rest)
        else:
            ok = appraised_event(ctx, start, body) or (
                not _not_restating(body) and _statement_restates(ctx, start, end, body)
            )
        if ok and not echoes(ctx, start, end):  # an echo ("Two months?!") restates nothing of the listener's
            found = (start, end, list(shared_concepts(ctx, start, end)))
            break
    ctx.cache["content_reflection"] = found if found else False
    return found


def _short_echo(body: str) -> bool:
    """True for a question of six words or fewer with no stem or tag ("The guest list too?", "A month with
    no lunch break?"): disbelief or an echo, which blind labellers code as no restatement (11 of 12 such
    rows of the own set)."""
    return (
        body.rstrip().endswith("?")
        and len(body.split()) <= 6
        and not (_TAGGED.search(body) or STEM.search(body))
    )


def _stem_restates(ctx: TurnContext, start: int, end: int, body: str, rest: str) -> bool:
    """True when what follows a reflective stem restates something of theirs: "you", a shared idea
    or a clause about their story (and not only generic understanding or an affirmation)."""
    if GENERIC_REST.fullmatch(rest) or AFFIRMATION.match(rest, len(rest) - len(rest.lstrip())):
        return False
    if SECOND_PERSON.search(body) or shared_concepts(ctx, start, end) or STEM_CLAUSE.match(rest):
        return True
    return not ctx.speaker.strip() and bool(content_concepts(rest))


_STEM_SCAN = Scanner(STEM, depth=8)
"""Where a `STEM` match can start ("sounds l", "it sound", "so you"...), from the reply's one pass:
`STEM` begins with a look-behind, so a search of each candidate sentence tried it at every position."""

_TAGGED = re.compile(r",? (?:huh|right|yeah|eh|no|isn't it|aren't you|don't you|didn't you)\W*$")
"""A statement with a tag ("you two are close, huh?"): a check of what they said, whatever its words."""


def _open_check(ctx: TurnContext, body: str) -> bool:
    """True for an untagged declarative check ("And you found us okay?") of a speaker who said enough
    to compare with: it restates only if it shares an idea with them, else it asks something new. A
    tagged one ("you two are close, huh?") checks what they said whatever its words; "Yeah, I think
    so." is too little to compare with."""
    return body.endswith("?") and not _TAGGED.search(body) and len(speaker_concepts(ctx)) >= 3


def _statement_restates(ctx: TurnContext, start: int, end: int, body: str) -> bool:
    """True when a statement (no stem) restates their situation: about "you", about someone in their
    story who involves them, two shared ideas or key points, or something happening to them."""
    open_check = _open_check(ctx, body)
    you = _YOU_STATEMENT.match(body)
    about_you = bool(you and len(LETTER_WORD.findall(body, you.end())) >= 2)
    if about_you and not open_check:
        return True  # the usual case: the shared ideas are not needed
    plain = plain_shared(ctx, start, end)
    if open_check and not plain:
        return False
    if about_you:
        return True
    if plain and (_THIRD_PARTY.match(body) or _SOMEONE.search(body)) and SECOND_PERSON.search(body):
        return True
    if len(plain) >= 2 or _two_turn_points(ctx, start, end) or happens_to_you(body):
        return True
    checked = any(q.kind == "check" for q in questions(ctx))
    return checked and bool(SECOND_PERSON.search(body)) and len(body.split()) >= 4
