"""Where a suggestion's verb sits: imperatives at clause starts, "you could...", "I'd...", "maybe...".

A verb from `ACTION_VERBS` in one of these slots is a suggestion unless what follows shows another
use of the word (a noun subject: "work has been hard"; an offer: "call me"; a courtesy: "take care").
"""

from __future__ import annotations

import re

from listener.detectors._lexicon import ACTION_VERBS, split_words

CLAUSE_BREAK = re.compile(
    r"[,;:\s—](?:(?<=[,;:])\s*(?:(?:but|so|and|then|or|just)\s+)?|(?<=\s)[-–—]+\s*|(?<=—)\s*)"
)
"""What ends a clause of a sentence (a comma, semicolon or dash, with "but", "so"... after it): the next
clause starts at its end. It starts with a character class, so `re` skips from one to the next."""
_LET_IT = (
    r"let (?:it|this|that|them|him|her|(?:the|this|that|your|their|his|her|what) \w+(?: \w+)?)"
    r" (?:get to you|get the best of you|get you down|affect (?:you|your)|bother you|ruin (?:your|it)"
    r"|define you|drag you down|eat (?:at )?you|go to (?:your|ur) head)"
)
"""Letting a thing or person reach their feelings ("don't let it get to you", "try not to let this
ruin your weekend"): telling them how to feel, not what to do."""
_GIVE_UP = (
    r"give up(?=\s*(?:$|[,.!?;:)]|(?:on (?:yourself|your|him|her|them|it|this|that)|now|yet|hope|so)\b))"
)
""""Give up" on its own or on themselves ("don't give up!"), not on a habit ("give up smoking")."""
HOW_TO_FEEL = (
    r"(?:worry|fret|stress|panic|overthink|dwell|feel|be (?:so |too )?hard on yourself|beat yourself"
    r"|blame yourself|take it (?:so |too )?personal(?:ly)?|think about it(?: too much| so much)?"
    r"|read (?:too much |anything )?into (?:it|this|that)|"
    + _GIVE_UP
    + r"|lose (?:hope|heart|faith)|cheer up|calm down"
    r"|get (?:too |so |all )?(?:excited|upset|down|worked up|your hopes)|think (?:positive|positively"
    r"|(?:that )?there|of it as)|be (?:happy|positive|hopeful|calm|strong|optimistic|confident|grateful)"
    r"|stay (?:positive|hopeful|calm|strong|optimistic)|keep (?:positive|hopeful|your hopes? up)"
    r"|(?:look|focus) on the (?:bright|positive|good) side|see the (?:bright|positive|good) side"
    r"|focus on (?:the )?positives?|look at (?:it|this|things) (?:in a |from a )?(?:positive|positively"
    r"|differently|another)|overcome (?:it|them|this|that|these|those)\b|" + _LET_IT + ")"
)
"""After "try to", "try not to", "you should (not)": how to feel or think ("try not to stress", "try
to stay positive", "you shouldn't worry"), which the guide codes as dismissal or reassurance."""
_NOT_TOLD = (
    r"(?!worry|be\b(?! (?:afraid|scared|shy|ashamed) (?:to|of))|cry|stress|panic|feel|blame|beat|overthink"
    r"|dwell"
    r"|"
    + _GIVE_UP
    + r"|lose (?:hope|heart|faith)|take it (?:so |too )?personal(?:ly)?|apologi[sz]e|mention it|thank me"
    r"|get (?:too |so |all )?(?:excited|upset|down|worked up|your hopes|comfortable|attached|cocky"
    r"|ahead of yourself)|read (?:too much |so much )?into (?:it|this|that)|" + _LET_IT + ")"
)
"""After "don't": telling them how to feel or a courtesy, coded by other rules ("don't worry")."""
IMPERATIVE_LEAD = re.compile(
    r"(?:(?:maybe|perhaps|just|so|and|or|also|then|please|pls|definitely|first|honestly|really|but|ok|okay"
    r"|yes"
    r"|yeah|yep|sure"
    r"|well|now|next time|seriously|i mean|i think|personally|tbh|to be honest|to be fair|instead"
    r"|in the meantime|meanwhile"
    r"|for now|tonight|today|tomorrow|this week|right now|for the time being|if (?:i were|it were|it was)"
    r" (?:you|me)|i(?:'d| would) (?:probably |just |honestly )?say(?: that)?)[,\s]+)*"
    r"(?:(?:when|if|once|before|after|whenever|until|since|while|as soon as|as long as) [^,]{1,60},\s*"
    r"(?:(?:maybe|just|then|please|definitely)\s+)*)?"
    r"(?:(?P<neg>don't|do not|never|dont) (?:(?:even|ever|just|really) )?" + _NOT_TOLD + r"|(?P<would>i(?:'d"
    r"| would|d(?= ))(?: probably| definitely| just| honestly| personally| seriously| really| also)? ))?"
    r"(?P<verb>have a (?:\w+ )?(?:look|chat|word|talk|go|think|conversation|rest|break|nap|bath|cry)"
    r"|[a-z]+)(?![\w'-])"
)
"""An imperative or "I'd..." at a clause start, after lead-ins like "maybe", "honestly" or "when...,"."""
IMPERATIVE_STARTS = ACTION_VERBS | split_words(
    "maybe perhaps just so and also then please pls definitely first honestly really but ok okay well now"
    " next seriously i i'd id to personally tbh instead in meanwhile for tonight today tomorrow this right if"
    " when"
    " once before after whenever until since while as don't do never dont have be yes yeah yep sure or"
)
"""Words a clause can start with when it holds an imperative (lead-ins, "I'd", "don't", verbs)."""
_NOT_IMPERATIVE = re.compile(
    r"(?: (?:me|us|you|u|ya|i|we|they|he|she|care|it easy on yourself|your time"
    r"|has|have|had|is|was|are|were|can|could|would|will|'s|seems|sounds|makes|feels|sucks|been|gets|goes"
    r"|shows|says|suggests|means|proves|tells|comes|looks"
    r"|did|does|never|always|just\b(?! \w+ (?:to|with))|for it|for a (?:ride|while)|girl|team|on\b(?! \w)"
    r"|the same|that too|it too|out loud|(?:to|with|at|by) (?:me|us|mine|ours|my place)"
    r"|(?:with|for) (?:you|u)|(?:your|the|it|this|that|everything|what)(?: \w+){0,3} (?:with|to) me)\b"
    r"| (?!(?:what|which|who|whoever|whatever|things|everything|everyone|it|this|that|there|people|others"
    r"|about|of|to|for|with|on|in|at|up|out|off|over|back|down|away|around|through|into|him|her|them"
    r"|yourself|someone|somebody|anyone|anybody)\b)"
    r"[a-z]+ (?:is|are|was|were|must|can|could|has|have|had|will|would|seems|sounds|feels|looks|costs)\b)"
)
"""What after the verb shows it is not a suggestion: an object "me", a noun subject ("research shows"),
the verb as the first noun of a subject ("sleep problems are the worst"), an idiom, the listener's own
act ("celebrate with you"), or sharing with the listener ("share your story with me")."""
_CLOSING = re.compile(
    r"(?:take care|go ahead|do share|keep up the good work|keep (?:it up|going(?! to\b)|safe|your chin"
    r"|your head"
    r"|me posted|in touch|smiling|the faith"
    r"|(?:your )?(?:hopes?|spirits?|faith) up|positive|hopeful|hoping|believing)|(?:stay|remain) (?:safe"
    r"|strong|positive|well|blessed|hopeful|calm|optimistic|brave|upbeat|cheerful|sane)|go for it"
    r"|get well|hang in there|have (?:a (?:\w+ )?(?:day|night|evening|weekend|time|one|rest of)|fun)"
    r"|let me|do (?:let|tell|keep) (?:me|us)|see you|let's see|look at you|have you|make sense|see,"
    r"|do enjoy|enjoy|look after yourself|take it easy|take your time"
    r"|take (?:all |whatever |as much )?(?:the )?time you need"
    r"|take as (?:long|much time) as you need|(?:talk|speak|chat|catch up) (?:soon|later|tomorrow|again)"
    r"|good luck|do your best"
    r"|best of luck|god bless|count yourself|ask me|tell me|call me|text me|message me|let us"
    # How to feel, not what to do: "stop sulking", "stop beating yourself up".
    r"|stop (?:sulking|moaning|whining|crying|worrying|stressing|fretting|panicking|overthinking|complaining"
    r"|feeling sorry for yourself|beating yourself up|being so hard on yourself)"
    # An invitation or an interjection, not advice: "come on", "come over tonight", "come here".
    r"|come (?:on|here|over|round|around|back|to think|and (?:see|find|get) me|with me|in here|in\b(?!\s+\w)"
    r"|out of|through|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|spring|summer"
    r"|autumn|winter|christmas|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|the (?:weekend|morning|evening|end)))\b"
)
"""Courtesies and encouragement that share a verb with advice ("take care", "hang in there")."""

PERMISSION = (
    r"(?:some |a few |any |a couple of |my |hearing (?:some |a few |my |what )?)?(?:ideas|suggestions|advice"
    r"|thoughts|tips|input|options|what (?:has |)worked)\b"
)
"""What asking permission to advise offers ("would you be open to some ideas?"): MITI codes advice
given after permission as adherent, and the asking itself is no advice yet."""

OFFER_ONLY = (
    r"(?! (?:something|an idea|one thing|a thought|a (?:few|couple of) (?:things|ideas)"
    r"|some (?:ideas|things))\?)"
)
"""After "can I suggest": the offer alone, asked ("Can I suggest something?"), asks permission."""

_BE_HOW = re.compile(
    r" (?:(?:a bit|a little|really|extra|more|as|so) )?(?:kind|gentle|patient|honest"
    r"|open(?! to " + PERMISSION + r")|firm|clear|careful"
    r"|assertive|upfront|direct|kinder|gentler|easy on yourself|yourself|realistic|cautious|wary|mindful"
    r"|part of|there for)\b"
)
"""After an imperative "be": a way of acting ("be gentle with yourself", "be honest with her"), not a
feeling to have ("be happy") or encouragement ("be strong"), which other rules code; nor open to
hearing ideas, which asks permission."""
_SAY_TOLD = re.compile(
    r" (?:sorry|no|yes|something|how you|what you|exactly what|it to|that to|thank you to)\b|  | '"
)
"""After an imperative "say": what to tell someone ("just say sorry", "say no to the extra shifts", a quote,
blanked by `masked`: "just say 'we're not sharing that'");
anything else is an opinion ("I'd say that's normal"), an example ("say, cars") or a greeting."""
_WORK_ON = re.compile(r" (?:on|through|out|with|at|towards?|together|from|harder|less|fewer|it out)\b")
"""After an imperative "work": what makes it a suggestion ("work on it"), not a noun ("work stress")."""
TRY_TO_FEEL = r" (?:(?:not|to|and)(?: not)? (?:to )?)" + HOW_TO_FEEL
_TRY_TO_FEEL = re.compile(TRY_TO_FEEL)
"""After "try": how to feel ("try not to worry", "try and stay positive"), not something to do."""
_NOUN_AFTER_THINK = re.compile(r"\s*(?:about|through|over|twice|of|positive|positively|long)\b")
_RELATIVE_HEADS = split_words(
    "to for with at about towards whom who which where people someone somebody anyone anybody person"
    " friends friend nobody everyone ones places place much nothing anything everything when best most least"
)
"""Words after which "you could..." is a relative clause ("people you could ring", "the best you can do",
"the evenings when you can rest"), not an option."""


def _subject(word: str) -> str:
    """`word` as a pattern, not after a word of `_RELATIVE_HEADS` nor inside a word. The look-behinds
    follow `word` (and hold it), so the pattern starts with a literal and `re` jumps between them."""
    heads = sorted(_RELATIVE_HEADS, key=len, reverse=True)
    return word + "".join(f"(?<!{head} {word})" for head in heads) + rf"(?<![\w']{word})"


_YOU_OPTION = re.compile(
    f"(?:{_subject('you')}|{_subject('u')})(?: both| two)?"
    r" (?:could|can|might|may|cud|cn)(?: also| just| always| still"
    r"| even| then| maybe| perhaps| definitely| probably| totally| both)* (?P<verb>[a-z]+)(?![\w'])"
)
"""'you could + action' as an option; not after a noun that makes it a relative clause ('people you
could ring')."""
_ENCOURAGEMENT = re.compile(
    r"\s*(?:(?:it|this|that)\b(?!\s+\w)|(?:it|this|that)!|(?:it|this) (?:on your own|by yourself|alone)\b"
    r"|through|over it|it through|hurt|fired|sick|lost|try again\b"
    r"|(?:that|how|why|he|she|they|it|the|your) (?:cares|loves|is|was|were|are|means|meant)|\w+ed\b"
    r"|(?:(?:so |much |way |far |a lot |a great deal |even )*better|anything|great things|hard things)\b)"
)
"""What after "you can/could + verb" makes it encouragement or a prediction ("you can do it")."""


_NEGATED_NOT_ADVICE = split_words(
    "know think mind have care want like need understand see mean you u i we they he she it"
)
"""Words after "don't" at a clause start that are not a telling-off ("don't know", "never mind")."""
_PERCEIVE = re.compile(r"\s*(?:that|how|why|what|he|she|they|it's|he's|she's|they're|you're)\b")
_WAIT_MARKER = re.compile(
    r"\s*(?:that'?s|thats|this|what|what's|whats|so|omg|really|seriously|no|is|are|was|did|does|how|why|who"
    r"|tell|it'?s|its|hold on|huh|hang on)\b|\s*a (?:minute|moment|sec|second)(?=\s*(?:[.!?,]|$))"
)
"""After a first "wait": a clause, so "wait" is the chat interjection ("wait thats so mean", "wait what
happened", "no, wait a minute."), not the suggestion to wait ("wait a week before you answer")."""


_BE_DOING = re.compile(
    r" (?:(?:straight|right|already|definitely|honestly) )?(?P<ing>[a-z]+ing) (?P<next>[a-z]+)"
)
"""After "I'd be": a step in progress ("I'd be packing his bags", "I'd be on the phone"...)."""
_NOT_A_STEP = split_words("go cry laugh rant scream think sit stay wait lie shake fume panic worry lose")
"""Verbs that after "I'd be ...ing" are a reaction ("I'd be going spare", "I'd be crying too")."""


def _would_be_doing(body: str, at: int) -> bool:
    """True for "I'd be + a step in progress" ("I'd be having words with him", "I'd be packing his bags
    tonight"): what the listener would do, offered as what to do; not a reaction ("I'd be crying too") nor
    the listener's own habit ("I'd be checking my inbox every hour")."""
    doing = _BE_DOING.match(body, at)
    if doing is None:
        return False
    verb, after = base_form(doing.group("ing")), doing.group("next")
    if doing.group("ing") == "having":
        return after in ("words", "a")
    return (
        verb in ACTION_VERBS and verb not in _NOT_A_STEP and after not in ("too", "as", "myself", "my", "me")
    )


def base_form(word: str) -> str:
    """The base form of an "-ing" word when it is a suggested action ("talking" -> "talk"), else `word`."""
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        for base in (stem, stem + "e", stem[:-1]):
            if base in ACTION_VERBS:
                return base
    return word


def imperative_verb(body: str, m: re.Match[str], group: str, *, bare: bool = True) -> bool:
    """True when the word in `group` of `m` is a suggested action, not a noun, offer or courtesy.

    `bare` is for a verb that starts its clause: then a comma right after it ("look, ...") is
    not a suggestion either.
    """
    verb = m.group(group) if bare else base_form(m.group(group))
    if bare and body.startswith(",", m.end(group)):
        return False
    negated = "neg" in m.groupdict() and m.group("neg") in ("don't", "do not", "dont")
    if negated:
        if verb in _NEGATED_NOT_ADVICE or (verb.endswith("ed") and verb not in ACTION_VERBS):
            return False
    elif verb == "be":
        how = _BE_HOW.match(body, m.end(group))
        if how is None and m.groupdict().get("would"):
            return _would_be_doing(body, m.end(group))
        return how is not None and (bare or not how.group(0).endswith(" yourself"))
    elif (verb not in ACTION_VERBS and not verb.startswith("have a ")) or _CLOSING.match(
        body, m.start(group)
    ):
        return False
    if verb == "work" and bare and not _WORK_ON.match(body, m.end(group)):
        return False
    if verb == "try" and (
        body.startswith((" being", " having"), m.end(group)) or _TRY_TO_FEEL.match(body, m.end(group))
    ):
        return False
    if verb == "do" and body.startswith((" not ", " n't "), m.end(group)):
        return False  # "do not worry": the "don't" forms are read with the negation, above
    end = m.end(group)
    if verb == "think" and not _NOUN_AFTER_THINK.match(body, end):
        return False
    if verb in ("see", "tell", "imagine") and _PERCEIVE.match(body, end):
        return False
    if verb == "wait" and bare and _WAIT_MARKER.match(body, end):
        return False
    if verb == "correct" and not body.startswith(" ", end):
        return False  # the tag "..., correct?": a check, not "correct him"
    if verb == "sort" and body.startswith(" of", end):
        return False  # the hedge "sort of a relief", not "sort it out"
    if verb == "say" and not _SAY_TOLD.match(body, end):
        return False  # "I'd say that's a lot", "say, cars", "say hi": not what to tell someone
    return not _NOT_IMPERATIVE.match(body, end)


_CONFIDENT = re.compile(
    r"(?:\bi (?:believe|know|bet|trust|am sure|'m sure|am confident|'m confident|am certain|'m certain"
    r"|have no doubt|have faith)|\bno doubt|(?<!make )\bsure|\bbecause|'cause|\bsince)(?: that)? $"
)
"""Just before "you can": the listener's confidence in them ("I know you can get through it"), a
prediction or encouragement, or a reason ("swimming suits you because you can go at any hour"), not an
option offered."""


_OFFER_PURPOSE = re.compile(
    r"\b(?:i|we)(?: could| can|'ll| will| would|'d|'m happy to| am happy to| don't mind)\b"
    r"[^.!?]* so(?: that)? $"
)
"""Just before "you can": the purpose of the listener's own offer ("I could sit with her on Saturday
so you can get your head down"), not an option put to them."""


def you_option(body: str) -> re.Match[str] | None:
    """The first "you could / can / might + action" in `body` that offers an option, not a prediction."""
    for m in _YOU_OPTION.finditer(body):
        if (
            imperative_verb(body, m, "verb", bare=False)
            and not _ENCOURAGEMENT.match(body, m.end())
            and not _CONFIDENT.search(body, max(0, m.start() - 40), m.start())
            and not _OFFER_PURPOSE.search(body, 0, m.start())
        ):
            return m
    return None
