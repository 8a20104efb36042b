"""Phrase patterns several detectors share: feeling reflections and the first named feeling.

Each finder works on the masked, lower-case reply (see `_text.masked`) and returns matches with
spans; results are memoised per reply in `TurnContext.cache`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from listener.detectors._fastscan import Scanner
from listener.detectors._feeling_words import (
    FEEL,
    FEELING_WORDS_ALL,
    GAP,
    IDIOMS,
    alternation,
)
from listener.detectors._lexicon import STOPWORDS, split_words
from listener.detectors._onepass import scan_reply
from listener.detectors._overlap import cue_hits, cue_pattern, cues_in_reply
from listener.detectors._questions import questions
from listener.detectors._text import masked, negated_before, sentence_at, sentences
from listener.detectors._validation_cues import loose, taken_back

if TYPE_CHECKING:
    from listener.scenario import Turn
    from listener.scoring import TurnContext

Hit = tuple[int, int, str]
"""A match: start, end (in the reply) and a key word (the feeling, or the matched phrase)."""


_YOU_STATE = (
    r"(?:u r|u are|u were|u feel|u felt|u seem)(?=\s)|ur(?=\s+(?:so|really|very|just|feeling|totally|still"
    r"|clearly|obviously|probably|pretty|quite|kinda|super|completely|absolutely)\b)"
    r"|you(?:'re| are| were|'ve been| have been| must be"
    r"| must have been| might be| may be| must've been"
    r"| seem| seemed| sound| sounded| look| looked| feel| felt|'re feeling| are feeling| were feeling"
    r"|'ve been feeling| have been feeling| must feel| must have felt| must've felt| probably feel"
    r"| probably felt| might feel| may feel| would feel| would be|'d feel|'d be| get| got| grow| grew| became"
    r"| become)"
)
_REFLECT = re.compile(
    loose(
        rf"(?<!\w)(?:{_YOU_STATE}|(?:made|makes|make|left|leaves|leave|leaving|making|has|had|have|'s got|got"
        rf"|gets|getting|keeps|keeping|kept) you(?: feel| feeling)?|your (?:sense of|feelings? of)"
        rf"|(?<!in )how(?=\s+{GAP}(?:{FEEL})\b\s+(?:you|that|it)))\s+{GAP}"
        rf"(?P<feel>{FEEL}|{IDIOMS})(?![\w-])"
    )
)
_FRAME = re.compile(
    loose(
        r"(?<!\w)(?:you must(?: have|'ve)? (?:be|been|feel|felt)|(?:no wonder|of course) (?:you(?:'re| are"
        r"| feel| felt| were)|ur|u r|u feel|u felt)|(?P<plain>you (?:feel|felt)))"
        rf"\s+{GAP}(?:[a-z]+ly\s+)?(?P<feel>[a-z][a-z-]{{2,}})(?![\w'-])"
    )
)
"""Frames that attribute a state to the speaker whatever the word ("no wonder you're fuming")."""
_NOT_STATES = split_words("joking kidding right wrong able one someone the this that free")
_FELT_VERBS = (
    "bother worry worri scare scar upset hurt frustrate frustrat annoy stress sting stung frighten"
    " overwhelm exhaust drain confuse confus trouble troubl sadden depress devastate devastat crush anger"
    " infuriate infuriat terrify terrifi embarrass humiliate humiliat disappoint haunt panic panick unsettl"
)
_CAUSE = re.compile(
    r"(?<![\w'])(?<!\bi )(?<!\bwe )(?<!\bto )(?:(?:"
    + alternation(_FELT_VERBS.split())
    + r")(?:s|es|ed|d|ing|ies|ied|y)?\s+you\b(?!\s+(?:to|that much|if|into|with)\b)|(?:eat|eats|eating|ate)"
    r" (?:away )?at you|weigh(?:s|ing|ed)? (?:so )?(?:heavily )?on you|(?:get|gets|getting|got) to you"
    r"|(?:wear|wears|wearing|wore) you (?:down|out)|(?:drag|drags|dragging|dragged) you down"
    r"|(?:keep|keeps|keeping|kept) you (?:up|awake)|(?:gnaw|gnaws|gnawing) at you"
    r"|(?:hit|hits|hitting) you (?:(?:so |really |the )?hard(?:est|er)?|like a)"
    r"|(?:break|breaks|breaking|broke) your heart|(?:tear|tears|tearing|tore) you (?:apart|up)"
    r"|(?:get|gets|getting|got|gotten) (?:under your skin|your back up)|(?:cut|cuts|cutting) you (?:deep"
    r"|to the bone|to the core)|(?:knock|knocks|knocked|knocking) you (?:sideways|for six|flat|back)"
    r"|(?:send|sends|sending|sent) you into a (?:spiral|panic|tailspin)|(?:drive|drives|driving|drove|driven)"
    r" you (?:mad|crazy|nuts|up the wall|round the bend)|(?:has|have|'s|had|'ve) got you (?:feeling|thinking"
    r"|believing|doubting|worried|worrying|down|stressed|rattled|scared|spooked)"
    r"|(?:rattling|going|spinning|running|whirring) (?:round|around) (?:and round )?(?:in )?your head)"
)
"""Something that stirs a feeling in the speaker ("it's eating at you", "the phone-hiding scares you")."""
_YOU_FEEL_VERB = re.compile(
    r"(?<![\w'])(?<!if )(?<!when )(?<!do )(?<!did )(?<!whether )you (?:really |still |clearly |obviously "
    r"|must |probably |so |truly |deeply )*(?:miss|missed|love|loved|hate|hated|dread|dreaded|resent"
    r"|resented|regret|regretted|fear|feared|long for|longed for|crave|blame yourself|blamed yourself"
    r"|care (?:so much |a lot |deeply )?about|cared (?:so much |a lot )?about|worry about|worried about)"
    r"(?![\w'])"
)
"""The speaker's feeling as a verb ("you miss her", "you dread Mondays")."""
_PERCEIVED = re.compile(
    loose(
        r"(?<![\w'])i (?:(?:can|could) (?:really |definitely |almost |just )?(?:hear|sense|see|feel)"
        r"|hear|sense) (?:the|your|how(?: much)?(?: (?:that|this|it)(?:'s| is| was)?)?)"
        rf"\s+{GAP}(?P<feel>{FEEL})(?![\w-])"
    )
)
"""The listener perceiving the speaker's feeling, tentatively ("I can hear how much that stung", "I
sense the frustration"; Hill's reflection of feelings)."""
_PERCEIVED_CUES = re.compile(
    r"i (?:can |could )?(?:hear|sense|see|feel)|i (?:can|could) \w+ (?:hear|sense|see|feel)"
)
_REFLECT_SCAN, _FRAME_SCAN, _CAUSE_SCAN, _YOU_FEEL_VERB_SCAN, _PERCEIVED_SCAN = (
    Scanner(_REFLECT, depth=8),
    Scanner(_FRAME, depth=6),
    Scanner(_CAUSE, depth=8),
    Scanner(_YOU_FEEL_VERB, depth=6),
    Scanner(_PERCEIVED, depth=6),
)
"""The same patterns, scanned only where one of their first words occurs (same matches, faster). The
gates check six or eight characters ("you fe", "makes "): the three-letter beginnings are common
words. Since the gates read their beginnings as a trie, deeper gates cost little more to scan and
send the full pattern to fewer places (400 mix replies: `_FRAME` 47.5 K -> 37.1 K instructions a
reply at six, `_CAUSE` 87.8 K -> 79.0 K and `_REFLECT` 62.1 K -> 57.8 K at eight)."""
_ASKS = re.compile(  # used with `match` at a question's start
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|what|how|why|when|where|who|which)\b"
)
_INVERTED = re.compile(r"(?:do|did|does|are|were|have|had|would|could|will|can|don't|didn't|aren't)\s+$")


def _cues_of(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases no shorter one of them is part of: a text that holds none of these holds none
    of `phrases` (a cheap necessary check before a pattern that needs one)."""
    return tuple(p for p in phrases if not any(q != p and q in p for q in phrases))


_WISH_WORDS = ("hope", "hoping", "wish", "want", "wanted", "would like")
_WISH_BEFORE = re.compile(rf"\b(?:{'|'.join(_WISH_WORDS)})\b[^.!?]*$")
"""A hope for the speaker ("I hope you feel clearer now") is not a reflection of how they feel."""
_WISH_CUES = _cues_of(_WISH_WORDS)
_GRANTED = re.compile(r"(?:no wonder|of course)[\s,]+$")
"""'No wonder' and 'of course' grant the feeling; their 'no' is not a negation."""
_WH_WORDS = ("what", "whatever", "how", "why", "who", "which", "whom", "if", "when", "whether")
_WH_BEFORE = re.compile(
    r"(?<!understand )(?<!see )(?<!know )(?<!imagine )(?<!get )(?<!realise )(?<!realize )(?<!tell )"
    rf"\b(?:{'|'.join(_WH_WORDS)})\W+(?:\w+\W+){{0,3}}$"
)
"""A wh-word just before: the feeling is asked about or relative ("what's bothering you"), unless
the listener says they understand it ("I can see why you're upset", "I can tell how much you're
hurting")."""
_WH_CUES = _cues_of(_WH_WORDS)
_CLAUSE_WORDS = sorted(
    split_words(
        "so and but that like because know think guess tell see understand hear sense clearly obviously"
        " really oh yeah wow okay ok it's it this that's which what's everything all clear obvious evident"
    )
)
_CLAUSE_LEAD = re.compile(rf"(?:^|[,;:.!?(\n-]|\b(?:{'|'.join(_CLAUSE_WORDS)}))\s*$")
_CLAUSE_REACH = max(map(len, _CLAUSE_WORDS))
"""A match ends at the text's last non-space character, so it starts at most this far before it."""


def _wh_before(text: str, lo: int, hi: int) -> bool:
    """`_WH_BEFORE.search(text, lo, hi)`, searched only when text[lo:hi] holds a wh-word."""
    window = text[lo:hi]
    return any(map(window.__contains__, _WH_CUES)) and _WH_BEFORE.search(text, lo, hi) is not None


def _wished_before(text: str, start: int) -> bool:
    """A hope or wish earlier in the sentence, within 150 characters of `start`."""
    lo = max(0, start - 150)
    window = text[lo:start]
    return any(map(window.__contains__, _WISH_CUES)) and _WISH_BEFORE.search(text, lo, start) is not None


def _clause_lead(head: str) -> bool:
    """`_CLAUSE_LEAD.search(head)`, tried only where a match can start (near the end)."""
    return _CLAUSE_LEAD.search(head, max(0, len(head.rstrip()) - _CLAUSE_REACH)) is not None


def _said_of_them(ctx: TurnContext, text: str, start: int) -> bool:
    """True when a feeling verb at `start` states the speaker's feeling: not in a question or a
    relative clause ("what's bothering you", "someone you love"), and not inside advice."""
    from listener.detectors._advice import advice_in_order  # _advice imports this module

    head = text[max(0, start - 40) : start]  # a slice: the patterns' `^` and look-behinds stop here
    if _wh_before(head, 0, len(head)) or _wished_before(text, start) or negated_before(text, start, 3):
        return False
    if text.startswith("you", start) and not _clause_lead(head):
        return False
    spans = ctx.cache.get("asked")
    if not isinstance(spans, list):
        spans = [(q.sentence.start, q.sentence.end) for q in questions(ctx) if q.kind != "check"]
        ctx.cache["asked"] = spans
    if _inside(start, spans):
        return False
    # Not in a sentence that gives advice: advice comes sentence by sentence, so it is read only up
    # to this sentence.
    sentence = sentence_at(ctx, start)
    if sentence is None:
        return True
    for a, _, _ in advice_in_order(ctx):
        if a >= sentence.end:
            return True
        if a >= sentence.start:
            return False
    return True


def _first_reflection(ctx: TurnContext) -> Hit | None:
    """The first statement that attributes a feeling to the speaker ("you must feel so alone"): the
    smallest stated hit of the streams, each read only up to the best hit found so far (a stream is
    read in order, so nothing after that hit can come first)."""
    text = masked(ctx)
    best: Hit | None = None
    limit = len(text)
    for stream in _STREAMS:
        for hit in stream(ctx, text, limit):
            if best is not None and hit >= best:
                break
            if _stated(ctx, text, hit[0]) and not taken_back(text, hit[1]):
                best, limit = hit, hit[0]
                break
    return best


def _reflected(ctx: TurnContext, text: str, limit: int) -> Iterator[Hit]:
    """A state attributed to "you" ("you must feel so alone", "that left you drained")."""
    for m in scan_reply(ctx, _REFLECT_SCAN, limit):
        if m.group("feel") == "safe" and text.startswith(_ASSURED, m.end()):
            continue  # "you're safe to talk here": an assurance, not their feeling
        yield (m.start(), m.end(), m.group("feel"))


def _perceived(ctx: TurnContext, text: str, limit: int) -> Iterator[Hit]:
    """The listener perceiving the feeling ("I can hear how much that stung")."""
    if _PERCEIVED_CUES.search(text):
        for m in scan_reply(ctx, _PERCEIVED_SCAN, limit):
            yield (m.start(), m.end(), m.group("feel"))


def _framed(ctx: TurnContext, text: str, limit: int) -> Iterator[Hit]:
    """Any state word after a frame that grants it ("no wonder you're fuming")."""
    for m in scan_reply(ctx, _FRAME_SCAN, limit):
        feel = m.group("feel")
        if (
            feel not in STOPWORDS
            and feel not in _NOT_STATES
            and (not feel.endswith("ing") or feel in FEELING_WORDS_ALL)
            and (not m.group("plain") or _said_of_them(ctx, text, m.start()))
        ):
            yield (m.start(), m.end(), feel)


def _caused(ctx: TurnContext, text: str, limit: int) -> Iterator[Hit]:
    """Something that stirs a feeling in the speaker ("it's eating at you")."""
    for m in scan_reply(ctx, _CAUSE_SCAN, limit):
        if _said_of_them(ctx, text, m.start()):
            yield (m.start(), m.end(), m.group(0))


def _felt(ctx: TurnContext, text: str, limit: int) -> Iterator[Hit]:
    """The speaker's feeling as a verb ("you miss her")."""
    for m in scan_reply(ctx, _YOU_FEEL_VERB_SCAN, limit):
        if _said_of_them(ctx, text, m.start()):
            yield (m.start(), m.end(), m.group(0))


_ASSURED = (" to ", " here", " now", " with")
"""After "you're safe": what assures them of a place ("safe to talk here"), not a feeling of theirs."""
_STREAMS = (_reflected, _framed, _caused, _felt, _perceived)
"""The finders of reflections: each yields its hits in order of position, up to a limit."""


def _stated(ctx: TurnContext, text: str, start: int) -> bool:
    """True when the hit at `start` is stated: not after an inverted verb or a negation, a
    wh-word, or inside an asking question."""
    head = text[max(0, start - 8) : start]
    inverted = text.startswith("you", start) and _INVERTED.search(head)
    reach = 3 if text.startswith("you", start) else 2
    if inverted or (negated_before(text, start, reach) and not _GRANTED.search(text, 0, start)):
        return False
    if _wh_before(text, max(0, start - 40), start):
        return False
    asked = ctx.cache.get("asked_bodies")
    if not isinstance(asked, list):
        asked = [
            (q.body_start, q.sentence.end)
            for q in questions(ctx)
            if q.kind != "check" and _ASKS.match(text, q.body_start)
        ]
        ctx.cache["asked_bodies"] = asked
    return not _inside(start, asked)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when `position` lies in one of `spans` (start, end)."""
    return any(a <= position < b for a, b in spans)


def feeling_named(ctx: TurnContext) -> Hit | None:
    """The first place the reply names the speaker's feeling: a reflection, or (in a scenario) one
    of the turn's feelings in a statement that mentions them."""
    hit = ctx.cache.get("feeling_named")
    if hit is None:
        hit = _feeling_named(ctx) or False
        ctx.cache["feeling_named"] = hit
    return hit if isinstance(hit, tuple) else None


def _feeling_named(ctx: TurnContext) -> Hit | None:
    hit = _first_reflection(ctx)
    if hit is not None:
        return hit
    if ctx.turn is None:
        return None
    cues = _feeling_cues(ctx.turn)
    if not cues_in_reply(ctx, cues):
        return None  # each cue lacks one of its words: no sentence holds one (and nothing is compiled)
    text = masked(ctx)
    # A cue found in a sentence is also found in the whole reply, at the same place or before: no
    # cue in the reply, no sentence to read; none before the first cue either.
    exact = _cues_end_in_words(cues)
    first = cue_pattern(cues).search(text) if exact else None
    if exact and first is None:
        return None
    skip = first.start() if first is not None else 0
    asked = {q.sentence.start for q in questions(ctx) if q.kind in ("open", "why", "advice")}
    for s in sentences(ctx):
        if s.end <= skip or s.start in asked:
            continue
        hits = cue_hits(ctx, cues, s.start, s.end)
        if hits and _SECOND_PERSON.search(text, s.start, s.end):
            return (s.start, s.end, hits[0])
    return None


_SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|your|you're|you've|yourself|you'd)(?![\w'])")
_TURN_CUES: dict[int, tuple[Turn, tuple[str, ...]]] = {}
"""A turn's feeling cues by the turn's `id` (with the turn, so a reused `id` is not mistaken for it)."""


def _feeling_cues(turn: Turn) -> tuple[str, ...]:
    """The names and cues of the turn's feelings, listed once per turn (a scenario turn is scored
    against many replies; nothing of the reply is kept)."""
    known = _TURN_CUES.get(id(turn))
    if known is None or known[0] is not turn:
        if len(_TURN_CUES) >= 256:
            _TURN_CUES.clear()
        known = _TURN_CUES[id(turn)] = (turn, tuple(c for f in turn.feelings for c in (f.name, *f.cues)))
    return known[1]


@functools.lru_cache(maxsize=1024)
def _cues_end_in_words(cues: tuple[str, ...]) -> bool:
    """True when no cue ends with a sentence's closing mark, so a cue that a sentence holds (read
    up to the sentence's end) is also found in the whole reply."""
    return not any(c.strip().endswith((".", "!", "?", "…")) for c in cues)
