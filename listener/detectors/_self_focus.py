"""Turning the talk to the listener: "same thing happened to me", "I've been there", own stories.

Self-disclosure is a roadblock only when it takes the floor (Bolton's "shift response"): a brief
disclosure that hands the talk back with a question is not self-focus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._fastscan import Scanner
from listener.detectors._feeling_words import SORRY_INTENSIFIED
from listener.detectors._lexicon import FEELING_WORDS
from listener.detectors._onepass import scan_reply, search_in
from listener.detectors._questions import questions
from listener.detectors._text import Sentence, disclaimed_before, masked, sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_SELF = re.compile(
    r"(?<![\w'])(?:that reminds me|reminds me of (?:when|the time|my)|(?:the )?same (?:thing )?happened to me"
    r"|(?:that|this|it) happened to me|happened to me (?:too|as well|once|last)|i(?:'ve| have)? (?:had|been"
    r" through|gone through|went through|experienced|dealt with|faced|felt) (?:the same|something (?:similar"
    r"|like that|like this)|a similar|that too|this too|that before|this before|the exact|similar)"
    r"|i(?:'ve| have)? been in (?:a |the )?(?:similar|same)|when i was (?:\w+ ){0,3}?(?:i|my)\b"
    r"|i remember when i|same here|i(?:'ve| have) been there"
    r"|(?:was|is) (?:exactly |just )?the same (?:for|with) me|same (?:thing )?(?:was|is) (?:with|for) me"
    r"|that's what i did|what i did was|(?:back )?in my day|when i was your age"
    r"|(?:this|that)(?: is|'s) (?:literally |so |exactly |totally )?me(?=\s*(?:[.!,]|$|tbh|lol|rn|too))"
    r"|(?:this|it|that|reading this|your post) (?:made|makes|is making) me cry"
    r"|(?:brought|brings|bringing) (?:it all |everything |so much |a lot )?back (?:for me|from my|memories)"
    r"|let me tell you about (?:my|when|the time)|i once\b|(?:in|from) my (?:own )?experience"
    r"|you (?:never|don't|dont|didn't|didnt|do not|did not) (?:even |ever |really )?(?:\w+ ){1,3}?(?:to |for"
    r" |about |with )?(?:me(?: \w+)?|my \w+) either\b"
    r"|i(?:'m| am) (?:going|dealing) through (?:the same"
    r"|something similar|a similar)|i also (?:had|lost|went|have|felt|was|got|struggled?|dealt|experienced"
    r"|suffer)|i (?:had|lost|went through|got|was|felt|have|struggled?) (?:\w+ ){0,5}?(?:too|as well)\b"
    r"|we(?:'ve| have)? (?:had|lost|went through|got|were|felt|just started|started) (?:\w+ ){0,4}?too\b"
    r"|i (?:didn't|didnt|did not|wasn't|wasnt|couldn't|couldnt|never|haven't|havent|don't|dont|can't|cant)"
    r" (?:\w+ ){1,8}?either(?= *(?:$|[,.!?;:]|and\b|but\b|so\b|lol|tbh|ngl|haha|tho\b|though\b))"
    r"|my (?:ex|husband|wife|boyfriend|girlfriend|mom|mum|dad|mother|father|brother|sister|friend|boss"
    r"|son|daughter|kids?|family) (?:did|does|used to|was|had|went|is) (?:the same|that too|exactly"
    r" the same)|i used to (?:\w+ ){0,4}?(?:too|as well|myself)"
    r"|(?:i|we)(?:'ve| have) had (?:a |the )?(?:similar|same)"
    r"|(?:i|we) had (?:exactly )?the same (?:thing |problem |trouble |issue )?(?:with|when)"
    r"|i(?:'m| am) (?:so |really |absolutely |properly |completely )?(?:shattered|exhausted|knackered|tired"
    r"|stressed|skint|broke|lonely|struggling|drained|fed up|burnt out|burned out|wrecked|gutted|upset|angry"
    r"|sad|worried|anxious|furious|devastated|scared) (?:too|as well)"
    r"|that's (?:just )?like (?:me|my|when i)"
    r"|(?:^|(?<=[.!?] ))(?:it )?took me (?:\w+ ){0,2}?(?:attempts|tries|goes|times|years)\b)(?![\w'])"
)
"""Phrases that announce the listener's own experience."""
_LEADS = (
    r"(?:(?:oh|ah|ahh|aw|aww|oof|ooh|jeez|yikes|blimey|ha|haha|lol|ugh|god|oh god|oh man|man|wow|honestly"
    r"|yeah|yes|same|tbh|well|so|and|but|omg"
    r"|nice|hmm|ok|okay|pfft|seriously|actually|also|plus|ngl|lowkey|fr|istg|bestie|babe|dude|bro|tbf)"
    r"[,.!\s]+)*"
)
_ME_FIRST = re.compile(_LEADS + r"(?:i(?!'d\b)|i've|i'm|im|i was|my|mine|me)\b(?P<rest>[^.!?\n]*)")
"""A clause about the listener ("I'd..." is left out: "I'd be furious too" is a stance about them)."""
_ME_WORD = re.compile(r"(?<![a-z0-9_'])(?:i|im|my|mine|me)\b")
"""The word every `_ME_FIRST` match starts its clause with, after no letter, digit or apostrophe (a
clause starts after punctuation, a space, a dash or an emoji): a sentence without one has no clause
about the listener, and its clauses are not tried."""
_STANCE = re.compile(
    r"^\s*(?:(?:'m|am|was) "
    + SORRY_INTENSIFIED
    + r"|(?:(?:'m|am|was|'d|do) )?(?:(?:so|really|truly|totally|completely|fully|definitely|absolutely"
    r"|genuinely|honestly|sincerely|deeply|do|just) )*"
    r"(?:sorry|so sorry|really sorry|understand|hear"
    r"|can(?!'t|not| not)|could(?!n't| not)"
    # "I can't" with a verb of knowing, saying or helping stays on them ("I can't imagine", "I can't
    # tell you how sorry I am"); with any other verb it is the listener's own state ("I can't sleep").
    r"|(?:can't|cannot|can not|couldn't|could not) (?:(?:only|really|even|just|begin to|possibly) )*"
    r"(?:imagine|see|tell|hear|understand|believe|picture|wait|help|blame|say|think|promise|thank|express"
    r"|describe|put|fathom|comprehend|agree|recommend|suggest|advise|stress|emphasi[sz]e|fix|sort|solve|lend"
    r"|stand (?:to see|seeing|what)"
    r"|make (?:\w+ )?(?:choices?|decisions?) for)"
    r"|'m afraid|am afraid|'m going to ask|am going to ask|'ll ask you|'d like to ask|must say|promise"
    r"|won't fuss|'m around|am around|'m (?:still|always) here|am (?:still|always) here"
    r"|think|thought (?:it|that|you|he|she|they)\b|feel for|feel with|feel like you|feel (?:you|u|ya)\b"
    r"|know|knew|get (?:it|that|why|how)|'m here"
    r"|am here|glad|happy for"
    r"|proud|hope|wish|wonder|love|like to|would|want to|believe|curious|not sure|guess|mean|see|agree"
    r"|appreciate|really|can imagine|'m worried about you|'m curious|just want|'m not|don't know|do not know"
    r"|don't think|'m sure|am sure|bet|imagine|trust|suppose|totally get|also think|completely understand"
    r"|heart|thoughts|condolences|(?:deepest |sincere |heartfelt )?sympathies"
    r"|promise|care|noticed|'m listening|told you|said|god|gosh|goodness|lord"
    r"|(?:didn't|did not|never|hadn't) reali[sz]ed? (?:it|that|this|you|u|how (?:\w+ )?(?:it|this|that"
    r"|you|u))\b"
    r"|word|bad|pleasure|prayers|apologies|dear|first thought|two cents|advice|suggestion|opinion|take on"
    r"|gut|instinct|concern|will|'ll|recommend|suggest|pray|apologi[sz]e|am good|'m good|'m fine|am fine"
    r"|recogni[sz]e|have faith|(?:'m|am) confident|(?:'m|am) with (?:you|u)\b|hate (?:to hear|hearing)"
    r"|feel as (?:though|if) (?:you|u)\b|(?:'m|am) not judging"
    r"|(?:'m|am) (?:(?:more than |really |so )?(?:happy|glad)) to\b"
    # A reflective stem: "I get a sense you didn't choose to come", "I'm hearing that...".
    r"|(?:get|'m getting|am getting|have|'ve got|got) (?:a|the) (?:sense|feeling|impression)|sense|gather"
    r"|(?:'m|am) (?:hearing|wondering|noticing|sensing)|notice"
    r"|(?:don't|do not) have (?:an|the|any) answers?|(?:'m|am) not going anywhere"
    # A hedge on a guess about them: "a terrible shock, I should think".
    r"|should (?:think|imagine|say)|dare ?say|suspect"
    # Feeling on their behalf: "I'm so angry for you".
    r"|(?:'m|am) (?:so |really |just |absolutely )?(?:angry|furious|livid|gutted|sad|heartbroken|happy|glad"
    r"|thrilled|excited|scared|worried|nervous|proud) for (?:you|u)\b"
    r"|don't blame you|do not blame you|can't blame you|cannot blame you|couldn't blame you))"
)
"""What after "I"/"my" keeps the focus on the speaker ("I'm sorry", "my heart goes out to you")."""
_SELF_WORDS = re.compile(
    r"(?<![\w'])(?:(?<!beside )myself"
    r"|(?:^|(?<=[,.!?;:] )|(?:honestly|yeah|yes|oh|ugh|lol|omg|wow|same|and|so) )me too"
    r"|same here|(?:i(?:'ve| have)? |^)been there|know the feeling"
    r"|join the club|welcome to my life|story of my life|in my case|happened to me"
    r"|(?:this|that|the same|same)(?: exact)?(?: thing)? happened to my \w+|i told you so"
    r"|i (?:told|warned) you (?:not to|(?:that|this|it|he|she|they|we)(?: \w+)? (?:was|would|were|is|wasn't"
    r"|should)\b)"
    r"|(?<![a-z] )i said (?:that|this|it|he|she|they)(?: \w+)? (?:was|would|were|wasn't|would be)"
    r" (?:a |an |going )?\w+"
    r"|i said (?:that|this|so|it) (?:before|ages ago|from the start|years ago|from day one|all along)"
    r"|(?:^|(?<=[.!?] ))told (?:you|ya|u) (?:you'd|you would|so|it would|it'd|it'll|it was|he'd|she'd|they'd"
    r"|he was|she was|they were)"
    r"|(?<!thank you )(?<!thanks )for (?:me|us) (?:too|as well)|that's (?:literally |so |totally |just )?me"
    r" (?:and|with) (?!you\b)\w+"
    r"|(?:same|the same|similar) (?:thing )?happened (?:with|w|w/) (?:my|me)|mine (?:is|are|was|does"
    r"|did|too)|(?:^|(?<=[,.!?;:] ))ours (?:is|are|was|were|does|did|too|\w+ed|kept|left|went|got|had"
    r"|took)\b(?! not to\b)"
    r"|try (?:being|having|living with) \w+"
    # "same" for "me too", alone or before the listener's own news ("same tbh, it's 2am and I'm up").
    r"|^(?:(?:lol|haha|omg|ugh|oh|ah|honestly|literally|ngl|yeah|mate|bro),? )*same"
    r"(?: (?:tbh|ngl|fr|lol|honestly|tho|bestie|girl|sis|bro))*(?=\s*(?:[.!,]|$)"
    r"|[^.!?]*(?<![\w'])(?:i|im|i'm|i've|my)(?![\w']))"
    # Their story bringing back the listener's own: "this is giving me flashbacks to year 9".
    r"|(?:giving|gives|gave) me (?:\w+ )?(?:flashbacks|ptsd|war flashbacks|deja vu)"
    # Someone in their story doing the same to the listener: "he nicked my idea too".
    r"|(?:he|she|they) (?:\w+ )?(?:did|does|do|pulled|tried|stole|nicked|took|used|dumped|ghosted|cheated on"
    r"|lied to"
    r"|treated|ignored|blanked|screwed|fired|ditched|dropped|undermined|humiliated)\b[^.!?,]{0,30}?"
    r"(?:me|my \w+)(?: \w+){0,4}? (?:too|as well)(?= *(?:$|[,.!?;:]|and\b)))"
    r"(?![\w'])"
)
"""Short phrases of self-focus, comparisons included ("try being 38 and..."), "same" for "me too",
and the listener's own story brought back ("this is giving me flashbacks", "he did that to me too")."""
_MAKES_ME = re.compile(
    r"(?<![\w'])(?:making|makes|made|got|getting) me (?:so |really |super |a bit |feel )?(?P<feeling>[a-z]+)"
    r"(?![^.!?]{0,25}\b(?:for you|for her|for him|for them|on your behalf))"
)
"""Their story making the listener feel something ("this is making me anxious"), not "angry for you"."""
_STORY = re.compile(
    r"(?:when|after|back when|the (?:day|time|year)|once) (?:i|my \w+|(?P<we>we|our \w+)) (?P<verb>[a-z]+)"
    r"(?P<rest>[^,]{0,80})"
)
"""A story of the listener's that starts with its time: "When I moved to Leeds I...", "After my ex left",
"When we lost Rufus I..." (with "we", only when the listener goes on about themselves)."""
_WE_FIRST = re.compile(
    _LEADS + r"(?:we|we've|our \w+) (?:(?:just|never|finally|also|once) )?(?P<verb>[a-z]+)(?P<rest>[^.!?\n]*)"
)
"""A sentence of the listener's household's past ("We split after 4 years and I didn't touch my bass"):
the listener's own story when the listener comes into it and the speaker does not."""
_OURS_AFTER_WE = re.compile(r"(?<![\w'])(?:i|i'm|i've|i was|me|my|ours|our)(?![\w'])")
"""After a sentence's "we": the listener, or the household's things ("we've been stuck in ours for two
years"), which make it the listener's story rather than the two of them together."""
_I_AFTER_WE = re.compile(r"(?<![\w'])(?:i|i'm|i've|i was|me|my)(?![\w'])")
_RELATIVE = re.compile(
    r"\s*(?:uncle|aunt|aunts|auntie|aunty|aunties|cousin|cousins|nan|nana|gran|granny|grandma|grandad|grandpa"
    r"|brother|sister|mate|friend|neighbour|colleague|niece|nephew|son|daughter)(?:'s \w+|s)?\b"
)
"""After "my": someone else in the listener's life ("my cousin went to med school at fifty"). Blind
labellers of four batches read that person's story as not the listener's own, unless the listener
comes into the sentence ("my brother and I...", "we had the same at my mum's 60th, my uncle...")."""
_LISTENER = re.compile(r"(?<![\w'])(?:i|i'm|i've|i'd|me|my|mine|we|we're|we've|us|our)(?![\w'])")
"""The listener (or the listener's household) in a sentence."""
_PAST = re.compile(
    r"(?:\w+ed|was|were|been|got|had|lost|went|found|left|broke|came|moved|split|fell|took|told)$"
)
_YOU = re.compile(r"(?<![\w'])(?:you|your|u|ur|you're)(?![\w'])")
_CLAUSE = re.compile(r"^|[,;:]\s*|\s[-–—]+\s*|—\s*|[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*")
_HANDED_BACK = re.compile(
    r"[^?]*?[,;:—–-]\s*(?:(?:and|but|so|anyway)\s+)?(?:how|what|did|do|does|are|is|have|has|were|was|would"
    r"|could|can|when|where|why)\b"
)
"""A question back to the speaker later in the same sentence ("That reminds me - did you ever...?")."""


_SELF_SCAN = Scanner(_SELF, depth=8)
"""`_SELF`, tried only where one of its eight-character beginnings occurs (same matches; cheaper than
a plain scan, which tries its look-behind at every position: 400 mix replies, 96.9 K instructions a
reply at three characters, 61.2 K at six, 57.3 K at eight)."""
_SELF_WORDS_SCAN = Scanner(_SELF_WORDS, depth=8)
"""Where a `_SELF_WORDS` match can start ("myself", "me too", "same", "been the"...), found by the
reply's one pass: the pattern begins with a look-behind, so a search of a sentence tried it at every
position; it is tried only at these places (most sentences have none)."""
_MAKES_ME_CUES = ("making me ", "makes me ", "made me ", "got me ", "getting me ")
"""Literals one of which every `_MAKES_ME` match contains."""


def _holds_any(text: str, phrases: tuple[str, ...]) -> bool:
    """True when `text` holds one of `phrases`."""
    return any(map(text.__contains__, phrases))


_ON_THEM = re.compile(
    r"(?<![\w'])(?:(?:making|made|makes|hurting|hurt|hurts|upsetting|upset|leaving|left|letting|let)"
    r" you(?: down| feel)?|you (?:feel|felt|feeling)|your (?:feelings|day|side))(?![\w'])"
)
"""What the listener did to the speaker or how it left them ("my phone is making you feel unimportant",
"I didn't realise it was hurting you"): about the speaker, not the listener's own story."""
_CLAUSE_TURN = re.compile(r"[;:]|, (?:so|and so|which is why|that's why) ")
"""Where the listener's story may turn to the speaker: ", so ...", a semicolon or a colon ("I gave up my
daughter in 1998, so I understand how you feel" tells the story first)."""
_TO_THEM = re.compile(
    r"\s*(?:(?:'ve|have|had|did|do|does|'m|am|was|really|always|never|just|even|actually|already|also"
    r"|didn't|did not|don't|do not|still|definitely) )*(?:listen|listened|listening) to (?:you|u)\b"
    r"|\s*(?:(?:'ve|have|had|did|'m|am|was|really|always|just|even|actually|already|also|literally|only)"
    r" )*(?:called|rang|texted|messaged|visited|asked|call|ring|text|message|visit|ask) (?:you|u)\b"
)
"""The listener's own acts toward the speaker, as the clause's first words, also when defended
("I always listen to you", "I called you on Sunday"): a defensive reply about the two of them (its
own roadblock in Gordon's list), not a story of the listener's that takes the floor."""


_GRIEVANCE = re.compile(
    r"(?<![\w'])(?:he|she|they|you|u|your \w+|(?:his|her|their) \w+) (?:doesn't|does not|don't|do not"
    r"|didn't|did not|never|won't|wouldn't) (?:even |ever |once |actually )?(?:liked?|respect(?:ed)?"
    r"|listen(?:ed)? to|ask(?:ed)?(?: about| after)?|cared? about|thank(?:ed)?|help(?:ed)?|support(?:ed)?"
    r"|invited?|call(?:ed)?|text(?:ed)?|notice[sd]?|appreciated?|include[sd]?) me\b"
)
"""The listener's own unmet need, as a counter to theirs ("your sister doesn't even like me", "you
never ask me how I am"): the talk turns to the listener."""


def grievance(body: str) -> re.Match[str] | None:
    """The listener's own unmet need voiced as a counter in sentence `body` (`_GRIEVANCE`), if any;
    the pattern runs only on a sentence with " me" in it."""
    return _GRIEVANCE.search(body) if " me" in body else None


def _own_story(ctx: TurnContext, sentence: Sentence, makes_me: bool) -> tuple[int, int] | None:
    """Where `sentence` starts talking about the listener (in its text), if it does.

    `makes_me` False: the reply holds no phrase of `_MAKES_ME`, so searching the sentence for one is
    skipped.
    """
    body = sentence.text
    if _ME_WORD.search(body):
        for clause in _CLAUSE.finditer(body):
            m = _ME_FIRST.match(body, clause.end())
            if (
                m
                and not _STANCE.match(m.group("rest"))
                and len(m.group("rest").split()) >= 2
                and not _ON_THEM.search(_first_clause(m.group("rest")))
                and not _TO_THEM.match(m.group("rest"))
                and not _someone_elses(body, m)
            ):
                return (clause.end(), len(body))
    story = _STORY.match(body)
    if (
        story
        and _PAST.search(story.group("verb"))
        and not _YOU.search(story.group("rest"))
        and (not story.group("we") or _I_AFTER_WE.search(story.group("rest")))
    ):
        return (0, len(body))
    we = _WE_FIRST.match(body)
    if (
        we
        and _PAST.search(we.group("verb"))
        and _OURS_AFTER_WE.search(we.group("rest"))
        and not _YOU.search(body)
    ):
        return (0, len(body))
    found = search_in(ctx, _SELF_WORDS_SCAN, body, sentence.start)  # `_SELF_WORDS.search(body)`
    if found:
        return found.span()
    if makes_me:
        felt = _MAKES_ME.search(body)
        if felt and felt.group("feeling") in FEELING_WORDS:
            return felt.span()
    counter = grievance(body)
    return counter.span() if counter else None


def _first_clause(rest: str) -> str:
    """`rest` up to where the listener's story may turn to the speaker (", so I know how you feel")."""
    return _CLAUSE_TURN.split(rest, maxsplit=1)[0]


def _someone_elses(body: str, m: re.Match[str]) -> bool:
    """True when the clause `m` of `_ME_FIRST` opens with "my" + a relative or friend and the listener
    comes into the sentence nowhere else."""
    rest, mine = m.group("rest"), m.start("rest") - 2
    if not body.startswith("my", mine):
        return False
    relative = _RELATIVE.match(rest)
    return relative is not None and not (
        _LISTENER.search(body, 0, mine) or _LISTENER.search(rest, relative.end())
    )


def _first_phrase(ctx: TurnContext, text: str) -> tuple[int, int] | None:
    """The first `_SELF` phrase the listener says themselves (not disclaimed or reported)."""
    for m in scan_reply(ctx, _SELF_SCAN):
        if not disclaimed_before(text, m.start()):
            return m.span()
    return None


def _first_story(ctx: TurnContext, text: str, before: int) -> tuple[int, int] | None:
    """The span of the first sentence starting at or before `before` that tells the listener's own story.

    A sentence that starts after `before` cannot give a span earlier than a phrase found there.
    """
    makes_me = _holds_any(text, _MAKES_ME_CUES)
    for s in sentences(ctx):
        if s.start > before:
            return None
        found = _own_story(ctx, s, makes_me)
        if found and not disclaimed_before(text, s.start + found[0]):
            return (s.start + found[0], s.start + found[1])
    return None


def self_focus(ctx: TurnContext) -> tuple[int, int] | None:
    """The span where the reply turns the talk to the listener and keeps it, if anywhere (once per reply:
    the restatement rule asks too)."""
    hit = ctx.cache.get("self_focus")
    if hit is None:
        hit = ctx.cache["self_focus"] = _self_focus(ctx) or False
    return hit if isinstance(hit, tuple) else None


def _self_focus(ctx: TurnContext) -> tuple[int, int] | None:
    text = masked(ctx)
    # Only the first phrase can be the earliest span (matches come in order of position).
    first = _first_phrase(ctx, text)
    story = _first_story(ctx, text, len(text) if first is None else first[0])
    spans = [span for span in (first, story) if span is not None]
    if not spans:
        return None
    start, end = min(spans)
    for q in questions(ctx):
        if q.kind == "advice":
            continue
        if q.sentence.start > start or (
            q.sentence.start <= start < q.sentence.end and _HANDED_BACK.match(text, start, q.sentence.end)
        ):
            return None
    return (start, end)
