"""Phrase patterns for validation: affirmations and the roadblocks that invalidate feelings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from listener.detectors._fastscan import Scanner
from listener.detectors._feeling_words import alternation
from listener.detectors._lexicon import split_words
from listener.detectors._onepass import scan_reply
from listener.detectors._text import in_order, masked, sentence_at

if TYPE_CHECKING:
    from listener.scoring import TurnContext


def spans(ctx: TurnContext, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Every match of `pattern` in the masked reply, found once per reply and shared by the rules."""
    key = f"spans:{id(pattern)}"
    hit = ctx.cache.get(key)
    if isinstance(hit, list):
        return hit
    found = list(spans_in_order(ctx, pattern))
    ctx.cache[key] = found
    return found


def spans_in_order(ctx: TurnContext, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """`spans`, found one by one: a rule that needs only the first match stops the scan there."""
    key, find = _stream(pattern)
    return in_order(ctx, key, find)


def said_spans(ctx: TurnContext, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """`spans_in_order` for the validation rules: the shared stream when an earlier rule started it
    (the roadblocks, read by the paraphrase rules), else a scan of its own that is not kept (no rule
    after the validation rules reads these spans), without the shared stream's bookkeeping."""
    key, find = _stream(pattern)
    if key in ctx.cache:
        return in_order(ctx, key, find)
    return find(ctx)


_Finder = Callable[["TurnContext"], Iterator[tuple[int, int]]]
_STREAMS: dict[int, tuple[str, _Finder]] = {}
"""Each pattern's cache key and finder, made once (not a key string and a closure on every call)."""


def _stream(pattern: re.Pattern[str]) -> tuple[str, _Finder]:
    """The cache key of `pattern`'s shared stream of spans, and the finder that starts it."""
    known = _STREAMS.get(id(pattern))
    if known is None:
        scan = _SCANNERS.get(id(pattern))

        def find(ctx: TurnContext) -> Iterator[tuple[int, int]]:
            return map(_SPAN, pattern.finditer(masked(ctx)) if scan is None else scan_reply(ctx, scan))

        known = _STREAMS[id(pattern)] = (f"spans:{id(pattern)}:lazy", find)
    return known


def found_in(pattern: re.Pattern[str], text: str) -> bool:
    """True when `pattern` matches anywhere in `text` (through its gated scanner when it has one)."""
    scan = _SCANNERS.get(id(pattern))
    if scan is None:
        return pattern.search(text) is not None
    return scan.search(text) is not None


def loose(pattern: str) -> str:
    """`pattern` with apostrophes inside words optional, so chat spellings match ("thats", "im")."""
    return re.sub(r"(?<=[a-z:|(])'(?=[a-z])", "'?", pattern)


_SARCASM = re.compile(
    r"[\U0001F644\U0001F612\U0001F643\U0001F60F]|(?<![\w/])/s\b|\*?(?:eye ?roll|rolls? eyes)\*?"
)
"""Marks of sarcasm in chat: an eye-roll, unamused, upside-down or smirking face, "/s", "*eye roll*"."""
_SARCASM_SCAN = Scanner(_SARCASM)
"""`_SARCASM` tried only where a mark can begin: it opens with an optional "*", so a plain search
tries it at every position (a reply that is not plain ASCII: about 4 us against 15-19)."""
_AFTER_MARK = re.compile(r"[^\w.!?\n]*")
"""What may follow a sentence's closing mark before the next word: an emoji often does ("survive! 🙄")."""


def sarcastic(ctx: TurnContext, position: int) -> bool:
    """True when the sentence around `position` carries a mark of sarcasm ("how will you survive 🙄"):
    its sympathy or praise is mockery, not validation."""
    marked = ctx.cache.get("sarcasm")
    if marked is None:  # whether the reply holds a mark at all, found once per reply
        text = masked(ctx)
        plain = text.isascii() and "/s" not in text and "roll" not in text  # the usual answer, found in C
        marked = ctx.cache["sarcasm"] = not plain and _SARCASM_SCAN.search(text) is not None
    if not marked:
        return False
    text = masked(ctx)
    sentence = sentence_at(ctx, position)
    if sentence is None:
        return False
    after = _AFTER_MARK.match(text, sentence.end)
    return bool(_SARCASM.search(text, sentence.start, after.end() if after else sentence.end))


_INTENS = r"(?:so |really |very |truly |clearly |obviously |incredibly |such an? |an? |quite |super )*"

_GOOD = alternation(
    split_words(
        """
        good great kind caring strong smart intelligent thoughtful lovely wonderful amazing brave loving
        hard-working hardworking diligent capable resilient determined dedicated generous nice sweet wise
        mature responsible devoted supportive patient talented bright genuine honest decent considerate
        loyal conscientious compassionate selfless committed courageous proactive self-aware insightful
        """
    )
)
"""Qualities an affirmation names ("you're a loyal, caring friend"), as a trie regex."""
_ROLE = alternation(
    split_words(
        "person friend parent mother father mom mum dad partner sister brother daughter son wife husband"
        " employee worker student human man woman"
    )
)
"""Roles an affirmation names ("a great mum"), as a trie regex."""
_AFFIRMATIONS = (
    # Strengths and qualities: "you're so strong", "you seem like a caring person".
    rf"you(?:'re| are) {_INTENS}(?:strong|brave|resilient|capable|smart|intelligent|talented|caring|kind"
    rf"|thoughtful|willing|good (?:{_ROLE})|great (?:{_ROLE})|amazing|wonderful|courageous|hard[- ]working"
    r"|doing (?:great|well|(?:the )?(?:right|best)|a (?:great|good) job|your best|everything|all you can"
    r"|so well|amazing|the right thing)|worth|valuable|loved|important|a fighter|a survivor"
    r"|on the right track|(?:so |really |very )?(?:good|great) (?:with (?:people|kids|children|words|animals"
    r"|money|your hands)|at (?:your"
    r" job|what you do|listening|helping|this))|(?:so much |much |a lot )?(?:stronger"
    r"|braver|tougher|more capable|wiser) than you (?:think|know|realise|realize|give yourself)"
    r"|not alone|not to blame|not a failure|not weak|not stupid|not crazy|not a bad"
    r"|trying your best|trying so hard|a good|an amazing|a great"
    r"|taking (?:a|the) (?:right|good|positive|first) step|handling (?:it|this|that|things|everything"
    r"|the situation|so much) (?:so |really |very |incredibly )?well|(?:really |clearly |obviously )*trying"
    r" (?:really |so |very )?hard(?! to (?:hide|avoid|ignore|forget|pretend|not|get away))"
    r"|doing the best you can|right to (?:be|feel|question|want|ask|worry|trust|take|stand|say|speak|leave"
    r"|protect|put))",
    rf"you(?:'re| are) {_INTENS}(?:(?:{_GOOD}),? (?:and )?)+(?:{_ROLE})",
    rf"you (?:seem|sound) (?:like )?(?:such |a |an |really |very |so )+(?:(?:{_GOOD}),? )*"
    rf"(?:{_GOOD}|{_ROLE})",
    r"i (?:really )?(?:admire|respect) (?:you|your|that you|how you)",
    r"i(?:'m| am) (?:so |really )?(?:amazed|in awe) (?:by|at|that|of)",
    # Efforts and steps taken: "you've handled so much", "a step in the right direction".
    r"you (?:did|tried|gave it) (?:your|the) (?:very )?best(?: you could)?\b",
    r"you(?:'ve| have) (?:done|shown|been|handled|made) (?:so |really |very )?(?:well|great|amazing"
    r"|everything|a (?:great|good) job|brave|strong|a lot|your best|incredibl|the right|so much|such|open"
    r"|honest)",
    r"you(?:'ve| have)? (?:clearly |really |obviously )?(?:put|putting|poured|pour|invest"
    r"|invested) (?:in )?(?:a lot of|so much|such|real|all"
    r" your|your whole) (?:effort|work|heart|thought|care|love|energy|time)",
    rf"you(?:'ve| have) been (?:a |an |such an? )(?:really |very |so )?(?:{_GOOD}) (?:{_ROLE})",
    # Qualities the person has: "you have so much strength", "you've got a big heart".
    r"you(?:'ve got| have got| have) (?:a |an |such an? |so much |real |a lot of |great |a big |a good"
    r" |a kind |a generous |a wonderful |an amazing |a real )+(?:heart|strength|courage|determination"
    r"|resilience|compassion|insight|self-awareness|dedication|patience|integrity|empathy)\b",
    r"you(?:'ve got| have got| have) (?:a |an |such an? )?(?:really |very |so )?(?:great|good|excellent"
    r"|amazing|wonderful|positive|healthy|strong|fantastic|admirable|mature|brilliant) (?:attitude|work ethic"
    r"|spirit|outlook|mindset|perspective|head on your shoulders|sense of)",
    rf"shows (?:what an? |how )(?:\w+ ){{0,3}}?(?:{_GOOD}|{_ROLE}) you are",
    r"(?:lucky|blessed) to have (?:you|someone like you)",
    r"you (?:(?:absolutely|definitely|totally|really|certainly) )?(?:did|handled|made|took)"
    r" (?:(?:really|so|very|incredibly) (?=well))?(?:the right"
    r"|a good|great|well|a brave|everything|a big|so well|it well"
    r"|an important)",
    r"(?:a |the )?step in the right direction",
    # Courage to say it: "it's brave to say that out loud", "that was brave of you to admit".
    r"(?:it's|that's|it is|that is|that was|it was) (?:really |so |very )?(?:brave|courageous) (?:of you )?to"
    r" (?:say|admit|tell|share|ask|reach|talk|own|open)",
    r"(?:(?:it|that) |(?<![^.!?] ))(?:takes|took|must have taken|must take|can take|really takes) (?:a lot"
    r"|real courage|courage"
    r"|strength|guts|bravery|so much|some doing|real effort|nerve|grit|real guts|something|bottle|balls"
    r"|backbone)",
    r"shows (?:how much )?you (?:really )?care",
    r"give yourself (?:(?:a|some|little|more|a bit|a lot) )*(?:credit|a break|grace)",
    # Good news and good plans: "well done", "that's great news", "that seems like a good idea".
    r"(?:i'm|i am) (?:so |really |very )?(?:proud of you|happy (?:that you|for you)|impressed)",
    r"(?:that|it)(?:'s| is| was| sounds like| seems like| seems| sounds) (?:really |definitely |so )?"
    r"(?:the right (?:call|choice|decision|move|thing to do|way (?:of thinking|to (?:think|look at it|go)))"
    r"|an? (?:\w+ )?(?:honou?rable|admirable|commendable|noble|courageous|mature|selfless) (?:thing|choice"
    r"|decision|move|step))",
    r"shows (?:real |great |a lot of |such |so much )?(?:strength|courage|maturity|character|bravery"
    r"|commitment|determination|dedication|resilience|self-awareness|insight|willpower|growth)",
    # Progress named: "that's real progress", "a big achievement", "you're making progress".
    r"(?:that's|it's|that is|it is) (?:a |such a |some )?(?:real |big |huge |great |massive |significant"
    r" |amazing |major |genuine )?(?:achievement|accomplishment|progress|milestone|improvement|step forward)"
    r"|you(?:'re| are|'ve| have) (?:really |already )?(?:making|made) (?:real |great |so much |good |a lot of"
    r" |such |some |huge )?progress",
    r"you(?:'ve| have) (?:been )?work(?:ed|ing) (?:really |so |very |incredibly )?hard",
    r"good for you|well done|way to go|good job|great job|nice job|great work|(?:so |really )?happy for you"
    r"|well deserved|you(?:'ve| have)? (?:totally |really |so )?earned (?:it|this|that)"
    r"|fair play to (?:you|ya|u)"
    r"|(?:good|great|nice) effort",
    r"you must be (?:so |really )?(?:proud|thrilled|over the moon|delighted)",
    # Good news appraised: "that's so exciting", "that must feel so rewarding after all that work".
    r"(?:that|this|it)(?:'s| is| sounds| must be| must feel| must have felt) (?:so |really |very |incredibly"
    r" |super |such an? |absolutely )?(?:(?:exciting|thrilling|rewarding|satisfying|a relief)"
    r"(?=\s*(?:[.!,;]|$|after\b|given\b|considering\b))"
    r"|(?:wonderful|fantastic|amazing|exciting|brilliant|incredible) news\b)(?![^.!?\n]*\?)",
    r"(?:that|this)(?:'s| is) (?:the best|such good|brilliant|incredible|huge|fantastic|amazing|wonderful"
    r"|great|excellent) news|that(?:'s| is) (?:huge|incredible|brilliant|massive|enormous)",
    r"that(?:'s| is| sounds like| sounds| seems like| seems| looks like) (?:a |an |really |so |very )*"
    r"(?:great|good|wonderful|awesome|amazing|excellent|fantastic|brave|smart|wise|positive|healthy"
    r"|admirable|lovely|sweet|adorable|cute|romantic|thoughtful|beautiful)(?: (?:idea|step|start|thing|plan"
    r"|decision|choice|attitude|sign|news|way))?\b"
    r"(?![^.!?\n,]*\?)",
    # Good news appraised as an exclamation: "how lovely!", "what a lovely surprise".
    r"(?:how|what an?) (?:\w+ )?(?:lovely|wonderful|amazing|exciting|fantastic|brilliant|sweet|thoughtful"
    r"|romantic|adorable|beautiful)\b(?![^.!?\n]*\?)",
    r"it(?:'s| is) (?:really |so )?(?:great|good|wonderful|admirable|brave|smart|commendable|awesome"
    r"|healthy) (?:that )?(?:you|to (?:talk|share|reach|ask|hear))",
    r"(?:it's|it is|that's|that is) (?:really |so |very )?(?:great|good|awesome|wonderful|admirable|amazing"
    r"|brilliant|fantastic|impressive) (?:that|to see|to hear)",
    # Confidence in the person: "you'll get through this", "I believe you can".
    r"you (?:can|will|'ll|are going to|'re going to|'re gonna|are gonna|could) (?:definitely |surely "
    r"|totally |absolutely |still |do |)(?:do (?:it|this|great|well)|get through|make it|handle|overcome"
    r"|manage|figure|find (?:a way|something|someone|the|another|a new|your|love|peace|happiness)"
    r"|pull through|come out|beat|bounce back|succeed|achieve|get past|move past|come through"
    r"|be (?:great|a great|a good|successful))",
    r"you(?:'ll| will) (?:get|be) (?:there|through)",
    r"i (?:believe|have faith|have confidence|trust) in you|i (?:really |truly )?believe (?:that )?you"
    r" (?:can|will|'ll|are|'re|could|have|'ve)",
    r"(?<=i know )(?:that )?you(?: can| will|'ll| could| have (?:what it takes|it in you|the"
    r" (?:strength|ability|courage|skills)))",
    r"i(?:'m| am) (?:sure|confident|certain|positive) (?:that )?you(?:'ll| will|'re| are| can| have|'ve"
    r"| did| tried| do| gave| know| meant| would| could)",
    r"you deserve(?! (?:so much |much |way |far )?better\b)",
    # Doing well through it: "you handled that with grace", "you kept going", "you've got this".
    r"you handled (?:it|that|this|things|everything) (?:so |really |very )?(?:well|with (?:a lot of |such "
    r"|real"
    r" |so much )?(?:grace|care|dignity|maturity|patience|courage|strength|kindness))"
    r"|you (?:kept going|didn't give up|never gave up|stuck with it|kept at it)"
    r"|you(?:'ve)? got this(?=\s*(?:[.!,]|$))",
    # The adjective is looked behind, so the gated scan starts only at "way" (see `_SCANNERS`).
    r"(?:(?<=mature )|(?<=wise )|(?<=brave )|(?<=healthy )|(?<=thoughtful )|(?<=graceful )|(?<=generous )"
    r"|(?<=caring )|(?<=responsible )|(?<=courageous ))way to (?:handle|deal|approach|look at|respond"
    r"|go about|react|cope)",
    r"not everyone (?:would|could|has|can|would've) (?:have )?(?:had )?(?:the )?(?:courage|strength|guts"
    r"|patience|bravery|honesty)",
    # Not their fault.
    r"(?:it(?:'s| is| was)|that(?:'s| is| was)) (?:not|n't) (?:your fault|on you)|it isn't your fault",
    r"(?:fault|responsibility)(?:,| -| and)? not (?:yours|you|your fault)\b",
    r"you (?:did|have done|'ve done) nothing wrong|you didn't do anything wrong|you(?:'ve| have) nothing to"
    r" (?:be ashamed of|feel guilty about|apologi[sz]e for|be sorry for)",
    r"(?:doesn't|don't|won't) make you (?:a |any )?(?:bad|weak|selfish|terrible"
    r"|horrible|awful|failure|crazy|broken|less|worse|stupid|ungrateful)",
    # What their effort or care shows: "you've come a long way", "your commitment really shows".
    r"you(?:'ve| have) come (?:such |so |a really |a very )?(?:a long way|so far|far)"
    r"|your (?:commitment|dedication|love|care|strength|courage|determination|effort|resilience|honesty"
    r"|kindness|patience) (?:\w+ ){0,4}?(?:really |clearly |truly )?(?:shows|is (?:clear|obvious|admirable"
    r"|inspiring|impressive|amazing))",
    # Their honesty affirmed ("thanks for being so honest with me"); thanks for telling alone is a courtesy.
    r"(?:thank you|thanks) for being (?:so |this |really )?(?:open|honest|brave|candid)",
    r"i appreciate (?:you|your) (?:sharing|telling|opening|honesty|trust)",
    r"i(?:'m| am) glad (?:you|that you) (?:told|shared|reached|opened|came|talked|feel|are(?= \w))",
)
AFFIRMATION = re.compile(
    loose("(?<![\\w'])(?<!what )(?:" + "|".join(f"(?:{a})" for a in _AFFIRMATIONS) + ")(?![\\w'])")
)
"""Affirming the speaker's strengths, efforts or worth, or their ability to get through it."""

MINIMISING = re.compile(
    r"(?<![\w'])(?:(?:^|(?<=[,;:.!?])|(?<=[,;:.!?]\s)|\bbut |(?:well|still|hey|oh) )at least"
    r" (?:you|it|they|he|she|there|your|now|that's|this|we"
    r"|nobody"
    r"|no one|you've|you're|it's|he's|she's|they're|you still)(?:'d|'ll)?"
    r"|(?:it's|it is|that's|that is|this is)? ?(?:not|n't) (?:such |really |that )?(?:a"
    r"|that) big (?:of a )?deal"
    r"|no big deal|(?:it's|it is|that's) not (?:that|so) bad|(?:it )?could (?:be|have been) (?:a lot |much "
    r"|so"
    r" much |way )?worse|there are worse things|(?:look|looking) on the bright side|silver lining"
    r"|every cloud|blessing in disguise|(?:others|other people|people|some people|many people) have it"
    r" (?:much |a lot |way )?worse|plenty (?:more |of )?(?:other )?fish"
    r"|(?:not|isn't|wasn't|won't be|ain't) (?:the )?end of (?:the )?world"
    r"|(?:you're|you are) not missing (?:much|anything|a lot)"
    r"|(?:the|one) (?:good news|upside|plus side|silver lining) (?:is|here is)|on the plus side"
    r"|(?:that's|that is|which is) (?:all |really )?what (?:really )?(?:matters|counts)"
    r"|(?:that's|that is) the main thing"
    r"|(?:every(?:one|body)|we all|most people) (?:does|do)(?=\s*(?:[.!,;]|$))"
    r"|you(?:'ll)? get used to it|that's the job|comes with the (?:job|territory)"
    r"|you(?:'re| are) (?:still )?young|(?:they|kids|teenagers|teens|we) all go through (?:it|this|that)"
    r"|in the grand scheme(?: of things)?|(?:months?|weeks?|years?|days?|hours?) (?:isn't|aren't|is not"
    r"|are not)"
    r" (?:that|so|very) long"
    r"|the main thing is|it's only stuff"
    r"|(?:it's|it is|that's|that is) (?:very |most |more than )?(?:often|usually|probably|likely|most likely)"
    r" nothing"
    r"|(?:months?|weeks?|years?|days?|grand|quid|pounds|dollars|euros|money|debt) (?:is|are|was) (?:honestly"
    r" |really |literally |actually |just )?(?:nothing|not (?:that|so) bad)"
    r"|(?:be|feel) (?:grateful|thankful) (?:for|that)|count your blessings|it's (?:only|just) an? (?:job|game"
    r"|test|exam|grade|phone|thing|promotion|argument|fight|breakup|relationship)|(?:it's|it was) (?:only"
    r"|just)"
    r" (?:a|one) (?:little|small|minor)|you'll get over (?:it|him|her|them)|you'll forget (?:about )?(?:it"
    r"|him"
    r"|her)|it's not worth (?:getting|being) (?:upset|worked up|angry))(?![\w'])",
    re.MULTILINE,
)
"""Minimising the problem or offering a silver lining."""

DISMISSING = re.compile(
    r"(?<![\w'])(?:don't (?:you )?worry|do not worry|(?:just )?calm down"
    r"|(?<!you )(?<!\bi )(?<!we )(?<!to )(?:just )?relax\b|cheer up|don't be"
    r" (?:so )?(?:sad|upset|angry|down|dramatic|silly|mad|negative|gloomy)|don't cry|stop (?:crying|worrying"
    r"|complaining|stressing|overthinking|being (?:so )?(?:sad|upset|negative|dramatic))|get over it"
    r"|(?:just )?move on|(?:just )?let it go|forget (?:about )?(?:it|him|her|them)|shake it off|chin up"
    r"|don't take it (?:so )?personal(?:ly)?|don't let it (?:get to you|bother you)|it's all in your head"
    r"|don't (?:overthink|dwell on) (?:it|this|that|things)"
    r"|(?:just )?chill(?: out)?|(?:just )?smile|think positive|stay positive|(?:just )?be positive"
    r"|no need to (?:worry|be upset|cry|get upset|feel)"
    # "I wouldn't worry", not the purpose "(you kept it quiet) so I wouldn't worry".
    r"|(?<!so )(?<!that )i(?:'d| would)(?:n't| not) (?:worry|stress|fret))(?![\w'])"
)
"""Dismissing the feeling or telling them to stop feeling it."""

JUDGING = re.compile(
    r"(?<![\w'])(?:you (?:shouldn't|should not|should never) (?:feel|be (?:so )?(?:upset|angry|sad|worried"
    r"|bothered|jealous|mad|hurt|annoyed|offended|surprised))|you should(?:n't| not)? have (?:known|done"
    r"|said|been|seen|listened|told|asked|gone|stayed|left|thought|realised|realized|expected|tried|spoken"
    r"|checked|saved|studied|worked)|you should've|(?:it's|it is|it was|that's|that is) (?:all "
    r"|kind of )?your"
    r" (?:own )?fault|your own fault|you brought (?:this|it|that) on yourself|what did you expect|serves you"
    r" right|you asked for it|you only have yourself to blame|you(?:'re| are) (?:just |being |so |too "
    r"|really )*"
    r"(?:overreacting|dramatic|silly|ridiculous|childish|unreasonable|paranoid|too sensitive|oversensitive"
    r"|overly sensitive|selfish|immature|lazy|irrational|crazy)|you(?:'re| are) (?:too|so|overly) sensitive"
    r"|you(?:'re| are) (?:just |maybe |really )?(?:being )?(?:a (?:bit|little|tad) |kind of |sort of )"
    r"(?:too |over)?(?:sensitive|dramatic|touchy|emotional|extra|much)"
    r"|that(?:'s| is| was) (?:so |really |pretty |a bit |kind of )?(?:silly|stupid|ridiculous|dumb|irrational"
    r"|childish|petty|foolish|a stupid|a dumb|a silly)|(?:you|you've) (?:always|never) (?:do|did|say|said"
    r"|let|listen)|you need to stop (?:being|feeling|complaining|whining)"
    r"|you (?:always |often |just )?take (?:things|it|everything|this|that) (?:too |so |way too )personally"
    r"|you(?:'re| are) wrong to|you(?:'re| are) (?:just |only |basically )?enabling (?:him|her|them|it)"
    r"|you knew what you (?:signed up for|were getting into)|you made your (?:own )?bed|you knew the deal"
    r"|(?:well,? )?you chose (?:this|it|that|medicine|law|teaching|nursing)(?=\s*(?:[.!,;]|$)))(?![\w'])"
)
"""Judging, blaming or criticising the speaker or their feeling."""

REASSURANCE = re.compile(
    r"(?<![\w'])(?:(?:everything|it|things|it all|all)(?:'ll| will| is going to|'s going to|'s gonna"
    r"| is gonna| are going to| are gonna| gonna) (?:all )?(?:be (?:fine|ok|okay|alright|all right|good"
    r"|great|better|just fine)|work (?:itself )?out|turn out (?:fine|ok|okay|alright|well)|get better"
    r"|sort itself out|blow over|look up)|everything happens for a reason|time heals"
    r"|(?:she's|he's|they're|she is|he is|they are) (?:in (?:a )?better place|at peace now|watching over you)"
    r"|something (?:better|good|great|even better) (?:will|'ll|is going to|is bound to) (?:come along|come up"
    r"|turn up|happen)|there(?:'ll| will) be (?:other|plenty of|more) (?:jobs|chances|opportunities|fish)"
    r"|(?:it's|it is|it was) (?:all )?for the best|god (?:has a plan|never gives)|what doesn't kill you"
    r"|you(?:'ll| will) be (?:just )?"
    r"(?:fine|ok|okay|alright|all right)|you should be (?:just )?(?:fine|ok|okay|alright|all right)"
    r"|i(?:'m| am) sure (?:it|everything|things)(?:'ll| will| is| are)"
    r"|i(?:'m| am) sure (?:he|she|they) (?:didn't|did not|doesn't|does not|never) mean"
    r"|(?:he|she|they) (?:probably|surely) (?:didn't|did not) mean"
    r"|you(?:'ll| will) (?:\w+ )?laugh about (?:it|this|that)"
    r"|you(?:'ll| will) look back (?:on (?:it|this) )?and laugh"
    # A better future promised: "you'll make new friends soon enough", "you'll find someone better".
    r"|you(?:'ll| will) (?:soon |easily )?(?:find|make|meet|get) (?:someone|somebody|another|new|a new"
    r"|other|plenty|loads)\b|(?:you(?:'ll| will)|it(?:'ll| will)) [^.!?\n]{0,40}(?:soon enough|in no time"
    r"|before you know it)"
    r"|i(?:'m| am) sure you (?:did|were|are|'re|'ll|will|could|can) (?:do )?(?:fine|great|brilliant|well"
    r"|better|amazing|okay|ok)\b"
    r"|(?:he|she|they)(?:'ll| will) (?:toughen up|grow out of it|come round|come around|get over it))"
    r"(?![\w'])"
)
"""Predicting a good outcome in place of hearing the feeling."""


_SENTENCE_END = re.compile(r"[.!?\n]")
_BUT = re.compile(r"(?<![\w'])but(?![\w'])")


def taken_back(text: str, end: int) -> bool:
    """True when the sentence goes on, after what ends at `end`, to take back what it granted: it
    minimises ("That sucks, but at least you still have a job", "I get why you're upset, but it's
    not a big deal") or, after "but", dismisses ("That sounds stressful, but don't worry")."""
    stop = _SENTENCE_END.search(text, end)
    until = len(text) if stop is None else stop.start()
    if MINIMISING.search(text, end, until):
        return True
    but = _BUT.search(text, end, until)
    return but is not None and DISMISSING.search(text, but.end(), until) is not None


_SPAN = re.Match.span
"""A match's span, as a function (for `map`, which runs it without a Python frame)."""

_SCANNERS: dict[int, Scanner] = {
    id(p): Scanner(p, depth=6) for p in (AFFIRMATION, DISMISSING, JUDGING, MINIMISING, REASSURANCE)
}
"""Patterns `spans` scans only where one of their beginnings occurs (same matches, measured faster).
Their three-letter beginnings are common words ("you", "tha", "it "), so the gate checks six
characters: the full pattern is tried at far fewer places (AFFIRMATION about -25% on the mix), and
MINIMISING and REASSURANCE, dearer gated than plain at three characters, about halve. Keyed
by `id`: hashing a compiled pattern hashes its whole source each time (10 us for AFFIRMATION)."""
