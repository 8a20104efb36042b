"""The statement forms of advice, as patterns over one lower-case sentence (MITI 4.2.1 "advise
without permission"; Gordon's roadblocks 4 and 5, advising and lecturing)."""

from __future__ import annotations

import re

from listener.detectors._advice_forms import HOW_TO_FEEL, OFFER_ONLY, TRY_TO_FEEL
from listener.detectors._lexicon import ACTION_VERBS, split_words


def _any(*parts: str) -> str:
    """One non-capturing alternation of `parts`."""
    return "(?:" + "|".join(parts) + ")"


_SUBJECT_YOU = (
    r"(?=[uy])(?<!to )(?<!for )(?<!with )(?<!at )(?<!about )(?<!towards )(?<!from )(?<!of )(?<!on )(?<!by )"
    r"(?<!than )(?<!(?<!feel )(?<!feels )(?<!think )like )(?<!whom )(?<!who )(?<!which )(?<!where )"
    r"(?<!anything )(?<!something )(?<!everything )(?<!whatever )(?<![\w'])(?:you|u|ya)"
    r"(?: and (?:your|ur) [a-z]+)?"
)
""""you" as the subject of what follows, not an object ("harsh towards you can make it hard")."""
DIRECTIVE = re.compile(
    _SUBJECT_YOU
    + r"(?:'d (?:better|best)(?![\w'])|'re (?:going to|gonna) (?:have|need) to(?![\w'])"
    + r"|'ll (?:(?:probably|definitely|just|also) )?(?:have|need) to(?! (?:tell|excuse|forgive"
    + r"|bear) me)(?![\w'])|(?: two| both| guys| all)? (?:(?:may|might) )?"
    + r"(?:really |just |definitely |probably |honestly |seriously |still |also |absolutely |do )?"
    + _any(
        r"should(?:n't| not| never)?",
        "shud",
        "shld",
        "ought to",
        "oughta",
        "need to",
        "have to",
        "gotta",
        "must",
        "(?:'d|had) better",
        "better",
        "might want to",
        "may want to",
        "might wanna",
        "may wish to",
        "might like to",
        r"are (?:going to|gonna) (?:have|need) to",
        r"will (?:(?:probably|definitely|just|also) )?(?:have|need) to(?! (?:tell|excuse|forgive|bear) me)",
    )
    + r"(?![\w'])(?! (?!let\b)[\w']+ (?:you|u)\b))"
)
"""You should / need to / have to / had better / might want to; hedged ("you may need to") and plural
("you two need to"); not when its verb takes "you" as object, which shows "you" was an object too
("two years of people doubting you must wear you down")."""
SOUNDS_LIKE_NEED = re.compile(
    r"(?<![\w'])(?:sounds|sounded|seems|looks) like (?:you|u) (?:really |just |definitely |probably )?"
    r"(?:need|have|ought) to (?:start|stop|quit) (?P<verb>[a-z]+ing)(?![\w'])"
)
SOUNDS_LIKE_STEP = re.compile(
    r"(?<![\w'])(?:sounds|sounded|seems|looks) like (?:you|u) (?:really |just |definitely |probably )?"
    r"(?:need to|(?:should|ought to)(?: just| really)?) (?P<verb>set|take|get|find|make|book|call|ask|tell"
    r"|see|leave|put|draw|block|cut|focus|quit|let|talk|speak|report|contact|ring|email|raise|go"
    r"|prioriti[sz]e|step|walk)(?![\w'])"
)
"""The same with a step to take: "it sounds like you need to set some boundaries", "... to take a proper
break" (two blind labellers coded it as advice); a burden stays a reflection ("sounds like you have to do
it all yourself", "... need to vent")."""
"""A prescription dressed as a reflection: "sounds like you need to start saying no", "it sounds like
you need to stop covering for him" (Gordon's advising with a reflective stem); "it sounds like you need
to vent" or "... to do it all yourself" restates a need or a burden of theirs."""
FUTURE_START = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|then|think|guess|now|point|honestly|maybe|probably|that)\s+)$"
)
"""Where "you'll have to..." must start to be advice: a clause start, not a relative clause ("the tools
you'll need to move on")."""
OWN_NEED = re.compile(
    r"(?:(?:you|u) (?:(?:don't|do not|didn't) )?(?:feel|felt|think|thought|believe|believed|keep feeling)"
    r"(?: like| that| as if)?"
    r"|because|'cause|cause|since|as if|as though|if|whenever|when|while|now that|in case|any ?time"
    r"|(?:sorry|shame|unfair|hate it|hate|awful|terrible|sad)"
    r"(?: that)?) $"
)
"""Just before "you have to / need to": the speaker's own sense of obligation, a reason or sympathy for
it ("you feel you have to do it all", "because you have to cover for him", "I'm sorry you have to face
this", "that's rough when you still have to live with him"), which a reflection restates, or a
condition on an offer ("I'm here if you need to talk"); not advice."""
NOT_DIRECTIVE = re.compile(
    r"\s*"
    + _any(
        r"be (?!careful|cautious|wary|honest|patient|kind|gentle|firm|clear|realistic|prepared|ready|aware"
        r"|open|more|less|strong|safe|on|there|able)",
        r"have (?:felt|been|had|known|done|seen|heard|worked|to)\b",
        # What they are entitled to: "you should get to be the first to know".
        r"get to (?:be|decide|choose|say|have|keep|enjoy|tell|share)\b",
        r"(?:always |just |really )?(?:try (?:to |and )?)?" + HOW_TO_FEEL,
        r"know\b",
        r"hear\b",
        "admit",
        "laugh",
        "wonder",
        "hand it",
    )
)
"""What after "you should/must" makes it a feeling, a guess or an idiom ("you must be exhausted")."""
FIRST_PERSON = re.compile(
    r"(?<![\w'])"
    + _any(
        r"i(?:'d| would)(?: definitely| strongly| really| honestly)? (?:suggest|recommend|advise|encourage)",
        r"i (?:do |really |strongly |definitely |highly |would |'d |also |always )?(?:suggest|recommend"
        r"|advise|advice you|encourage you)",
        r"(?:the best|my|one|some|a good|the only) (?:piece of )?advice\b[^.!?]{0,50}? (?:is|was|would be)\b",
        r"i (?:can|could|might|may) (?:also |definitely )?(?:suggest|recommend)",
        r"i (?:was going to|want to|wanted to|'d like to|would like to) (?:suggest|recommend)",
        r"(?:can|may|might|could) i (?:suggest|recommend)" + OFFER_ONLY,
        r"my (?:advice|suggestion|recommendation|tip) (?:is|would be|for you|here)\b",
        r"(?P<hypothetical>if i (?:were|was) you|if i were in your)",
        r"(?:another|one|a|my) (?:suggestion|tip|idea) (?:i have )?(?:is|would be|might be|could be)",
        r"(?:another|one|the other)(?: good| possible| other)? option (?:is|would be|might be|could be)"
        r" (?=to |\w+ing\b)",
        r"(?:one thing|something|what) (?:that )?(?:really )?(?:help(?:ed|s) me(?: most| the most| a lot)?"
        r"|worked (?:well |best |wonders )?for me|(?:got|gets|pulled) me through) (?:was|is|a lot was)",
        r"what i (?:found|find|have found|'ve found) (?:really )?(?:worked|works|helped|helps)",
        # A referral the listener makes for them: "I'd like to refer you to occupational health".
        r"i(?:'d like to| would like to|'ll| will|'m going to| am going to| can) refer (?:you|u)\b",
        r"what i(?:'d| would) (?:probably |definitely |honestly )?(?:(?:do|suggest|recommend) is\b"
        r"|say is (?!that\b|you\b|it\b|this\b|he\b|she\b|they\b|i\b))",
        r"(?:some|one|a few|the|another|the other) things? you (?:can|could|might) (?:also )?(?:do|try"
        r"|consider) (?:is|are|would be)",
        r"i(?:'d| would) be (?:very |really |so )?(?:careful|cautious|wary)",
        # A professional's instruction: "I'm going to ask you to fill in a questionnaire"; "I'd not keep
        # her off" (as "I wouldn't").
        r"i(?:'m going to| am going to|'m gonna|'ll| will|'d like to| would like to| need to) (?:just )?ask"
        r" (?:you|u) to (?!tell|say|share|describe|explain|talk|think|imagine|picture|rate)\w+"
        r"|i(?:'d| would) (?:really |honestly |definitely )?not (?:keep|let|send|sign|go|give|take(?! it\b)"
        r"|tell|do|leave|stop|start|pay|buy|quit|move)\b"
        # British "you'll want to get a plumber round": you should.
        r"|(?<![\w'])you(?:'ll| will) (?:probably |definitely )?want to (?!know|hear|see|feel|be"
        r"|remember|think|talk|tell)\w+",
        r"i(?:'m| am)? (?:really |do )?hop(?:e|ing) (?:that )?you(?:'ll| will)?"
        r" (?:give (?:\w+ ){1,2}a (?:call|try|go|ring|shot)|reach out|get in touch|call|ring|contact|talk to"
        r"|speak to|see a|look into|check out|consider)\b",
    )
)
"""The listener recommending in the first person, a tip from their own experience, or a hope that they
take a step ("I hope you give the helpline a ring": the guide's hedged "I hope you can find...")."""
LOOKING_BACK = re.compile(
    r"(?:would|'d) (?:have|'ve)|would've|(?:would|'d) (?:do the same|feel|be (?!careful))"
)
"""After "if I were you": a judgement of what they did or feel ("I'd have done the same"), not advice."""
_RESOURCES = (
    "sites websites apps groups resources programs programmes services hotlines helplines forums communities"
    " organisations organizations charities books podcasts videos classes courses therapists counsellors"
    " counselors agencies techniques exercises tools strategies methods ways"
).replace(" ", "|")
_NOT_EMBEDDED = r"(?<!whether it)(?<!\bif it)(?<!hope it)(?<!hoping it)(?<!hopefully it)"
"""After "it": not inside an indirect question or a hope ("whether it's worth it", "I hope it helps")."""
IMPERSONAL = re.compile(
    r"(?<![\w'])"
    + _any(
        r"it"
        + _NOT_EMBEDDED
        + r" (?:might|may|could|would|will|can) (?:really |also |definitely )?(?:help|be (?:really |very |so"
        r" |quite |super |extremely )?(?:good|helpful"
        r"|a good idea|worth|wise|best|beneficial|useful|nice|great|better)) (?:to|if you|for you"
        r"|for your(?: \w+){1,3}? to)",
        r"it" + _NOT_EMBEDDED + r" (?:might|may|maybe|could) (?:really |also |definitely )?help you\b",
        r"it"
        + _NOT_EMBEDDED
        + r"(?:'s|s| is| would be| might be| could be| may be) (?:\w+ )?(?:a good idea|best|worth|wise"
        r"|helpful|important|good|a great idea) (?:to(?! (?:you|me|him|her|them|us|see|hear|know)\b)|if you"
        r"|for you to"
        r"|\w+ing)|it(?:'s|s| is) (?:\w+ )?(?:important|essential|vital|crucial|best) that you"
        r"(?!'re|'ve| (?:recogni[sz]e|reali[sz]e|know|understand|remember|were|are|was|have|had|did)\b)",
        r"(?:the best|one|another|a good|the only|the first) (?:thing|way|option|strategy|step)[^.!?,]{0,30}?"
        r" (?:is|would be|might be) (?:to|just)\b|the first thing (?:to do|i'd do|you do) (?:is|would be)"
        r" (?!a\b|the\b)[a-z]+ (?:the|your|a|an|it|him|her|them|to)\b",
        # "the trick is to keep them by the door", "the key is to start small".
        r"the (?:trick|key|secret)[^.!?,]{0,20}? (?:is|would be|might be) (?:to|just)\b",
        # "putting it by for a rainy day is your best bet".
        r"(?:is|'s|would be|might be) (?:probably |definitely |honestly |really )?(?:your|the)"
        r" (?:best|safest) (?:bet|move|route|option)\b|your (?:best|safest) (?:bet|move|route|option)"
        r" (?:is|would be|might be|'s)\b",
        r"(?:some|one |another |the )thing (?:that )?(?:might |could |can |may |often |usually |really )?"
        r"(?:helps?|works?) (?:\w+ ){0,3}?(?:is|would be|might be|could be)"
        r" (?:to |just |\w+ing\b|an? |some )",
        r"it (?:may|might|could) be (?:a good )?time to",
        # "it might just be a matter of sticking with it"; "maybe something to talk to a counsellor about".
        r"it (?:may|might|could) (?:just )?be (?:a matter|a case) of \w+ing",
        r"(?:maybe|perhaps|possibly),? (?:something|one|a thing) (?:to|for you to|worth) (?:\w+ )?"
        r"(?:talk|bring|raise|look|ask|mention|try|check|discuss)",
        # "Time to polish the CV", said alone: a step for them (not "time to move on", "time to heal").
        r"^(?:maybe |perhaps |so |ok |okay |(?:it )?sounds like |i think )?(?:it's |its )?(?:high |about )?"
        r"time to (?!move on|let (?:it )?"
        r"go|heal|grieve|accept|rest|breathe|be\b|feel|think|talk)\w+",
        # Pointing to a resource: "here's the dependants leave policy: ...", "here's the number".
        r"here(?:'s| is) (?:the|a|an|that|my|their|our) (?:[\w'-]+ ){0,3}?(?:link|policy|number|website|site"
        r"|form|guide|leaflet|page|app|helpline|article|video)\b",
        # "it's better to...", and as English learners drop the "it": "maybe is better to accept it".
        r"(?:it(?:'s| is| will be| might be)|(?:maybe|perhaps|so|i think) is|^is) (?:\w+ )?better (?:to"
        r"(?! (?:know|find out|have|be|hear|see|feel)\b)|if you|for you to"
        r"|(?:that )?you (?!know|were|are|have|had)\w+)",
        r"it(?:'s| is| (?:might|may|could|would|will)(?: not|n't) be|(?:wouldn't|won't) be)"
        r"(?: not|n't| never)? (?:such )?a bad idea to",
        r"(?:(?:it's|it is|now is|this is|now's) (?:a |the )?(?:good|great|perfect|right)|now (?:would"
        r"|might|could|may) be (?:a |the )?(?:good|great|perfect|right|ideal)) time to"
        r"(?! (?:tell|remind|ask) (?:you|u)\b)",
        r"(?:it )?(?:doesn't|does not|wouldn't|won't|can't|cannot) hurt to",
        r"what you (?:need|should|could|might) (?:to )?do is",
        r"a good (?:idea|way|thing|option|start|step) (?:would be|is|might be|could be)",
        r"(?:a good|the best|the first|one) place to (?:start|begin) (?:would be|is|might be|could be"
        r"|may be)",
        r"(?:is|would be|might be|could be|may be) (?:the best|a good|a great|the first|one) place to"
        r" (?:start|begin|go)",
        r"(?:another|one|the other|something) (?:thing|idea|option) (?:that )?(?:may |might |could |can"
        r" |would |will )?(?:really |also )?(?:helps?|works?) (?:is|would be|might be|could be)",
        r"it (?:always |really |often |sometimes |usually )?helps (?:to|if you|when you|me to)",
        r"(?<!not )(?<!whether it's )(?<!whether it is )(?<!if it's )(?<!if it is )worth (?:a (?:try|shot"
        r"|look|go)|trying|looking|talking|considering|checking|asking"
        r"|thinking|exploring|reaching)",
        r"there (?:are|is|'s) (?:also |many |lots of |a lot of |plenty of |some |several |so many"
        rf" |loads of )+(?:\w+ )?(?:{_RESOURCES}|support groups)",
        r"there(?:'s| is)(?: also| actually)? an? (?:\w+ )?(?:app|site|website|group|helpline|hotline|charity"
        r"|service|program|programme|course|class|book|podcast|forum|organi[sz]ation|centre|center|clinic)"
        r" (?:called|for|that|which|where|you)\b",
        r"there (?:are|is|'s) (?!nothing|no |not |nobody|no one)[^.!?]{0,40}? (?:that|which|to) (?:can |could"
        r" |will |might |may )?(?:help|allow|let|enable) (?:you|u|with)\b",
        # "some people find it helpful to keep a diary", "a lot of people find that a routine helps".
        r"(?:some|many|a lot of|lots of|most|other) (?:people|folks) (?:find|found|have found|say)"
        r" (?:it (?:really |very |so )?(?:helpful|useful|helps|easier|good|beneficial|calming) to"
        r"|(?:that )?(?!it\b|that\b|this\b)[^.!?]{1,80}? (?:really |often |usually )?(?:helps|works (?:better"
        r"|best|wonders)))",
        # A recovery slogan said to them ("One day at a time.", two blind labellers: a maxim aimed at them).
        r"(?:(?<=^)|(?<=[.!?] ))(?:just )?one day at a time(?=\s*(?:[.!,]|$))",
        # "what you need is a proper break": a prescription ("it sounds like what you need is...").
        r"what (?:you|u) (?:really |probably |definitely |honestly )?need(?: now| right now)? is\b",
        # "let's make a plan", "let's focus on one small goal": steering the talk to solutions.
        r"let(?:'s| us) (?:(?:just|maybe|first|try to|try and) )*(?:sit down (?:\w+ )?(?:and|to) (?:\w+ )?"
        r"(?:decide|plan|work out|figure out|make|sort|go through|look at|agree)\b"
        r"|focus on|make a (?:plan|list)|plan\b|put (?:a|an|together|up)\b|draw up"
        r"|write (?:down|out|up|a|an)\b|book (?:you|u|a|an)\b|sign (?:you|u) up"
        r"|figure out|work out|come up with|brainstorm|find (?:a way|ways|a solution|solutions|something)"
        r"|think about (?:what you|how you|ways|solutions)"
        r"|start by (?!(?:you|telling|talking|sharing|hearing|going over|asking|getting to know)\b)\w+ing"
        r"|look (?:at|into) (?:some |your |the )?(?:options|ways|solutions|next steps|what you can"
        r"|\w+ing\b))",
    )
)
"""Impersonal recommendations: "it might help to...", "the best thing is to...", "there are groups...",
"there's an app called...", "there are charities that can help with the forms", "some people
find it helpful to...", "let's make a plan"."""
MAYBE = re.compile(
    r"(?<![\w'])(?:maybe|perhaps|possibly),? (?:(?:you(?: both| two)?"
    r"|we(?= should (?!(?:\w+ )?(?:talk|chat|speak|grab|get|meet|catch|hang)\b)))"
    r" (?:just |could |can |should |might |need to |try )?"
    r"|just |also )?(?P<verb>[a-z]+)"
)
"""Hedged suggestions: "maybe try...", "perhaps you could...", "maybe talking to her", "maybe we should
see someone" (a step for the two of them; "maybe we can look at that" proposes to talk it through)."""
MAYBE_YOU = re.compile(
    r"(?<![\w'])(?:(?:maybe|perhaps),? (?:you|u)(?: both| two)? (?:could|can|might)|(?:you|u)"
    r"(?: both| two)? (?:could|can|might)(?: also"
    r"| just)? (?:maybe|perhaps))(?: also| just| try to| try and| even)? (?P<verb>[a-z]+)(?![\w'-])"
)
"""A hedged option with any verb ("maybe you could bake something together", "you could maybe swap
shifts"): the hedge and "you could" make it a suggestion even when the verb is not a listed action."""
WISH_YOU = re.compile(
    r"(?<![\w'])i(?: just| really| honestly| do| would|'d)? (?:wish (?:that )?(?:you|u)(?:'d| would)"
    r" (?!have\b|'ve\b)|(?:want|like|need) (?:you|u) to )(?:just |really |at least |please )?(?P<verb>[a-z]+)"
)
"""A wish or a request that they act ("I wish you'd call her", "I'd like you to keep a diary", "I want
you to ring the clinic": Gordon's ordering, softened); the verb must be an action ("I want you to know
I'm here" is not advice), and "I wish you'd have told me" looks back."""
NOT_SUGGESTED = split_words(
    "be feel have not know want need like mean say never still think see hear remember get go lose hang"
)
"""Verbs after "maybe you could" that describe rather than suggest ("maybe you could be right")."""
TRY = re.compile(
    r"try(?<!\bi try)(?<!\bwe try)(?<!they try)(?<!\bhe try)(?<!she try)(?<!you try)(?<!\bu try)(?<!\ba try)"
    r"(?<!good try)(?<!fair try)(?<!real try)(?<!best try)"
    r"(?<!\bto try)(?<![\w']try)(?<!gonna try)(?<!\bi'll try)(?<!\bi will try)"
    r"(?<!\bi should try)(?<!\band try)(?<!\bi can try)(?<!\bi could try)(?<!\bwe can try)(?<!\bwe could try)"
    r"(?!" + TRY_TO_FEEL + r") (?!being |having )(?:to|and|not|out|some|a|an|the|it|this|that|something"
    r"|\w+ing)\b"
)
"""A suggestion to try something, not a report of someone trying ("you're trying to..."), the listener's
own plan ("I'm gonna try and quit") or offer ("I can try to talk with her") or how to feel ("try
not to worry", `HOW_TO_FEEL`).

The look-behinds follow "try" (and hold it) so that the pattern starts with a literal: `re` then
jumps from one "try" to the next instead of checking ten look-behinds at every position."""
_GOOD_FOR = _any(
    "helpful",
    "useful",
    "healthy",
    "beneficial",
    "important",
    "key",
    "worth",
    "effective",
    "therapeutic",
    "essential",
    "vital",
    "crucial",
    "a must",
    "good for you",
    "great for you",
    r"(?:great|good|wonderful|excellent|smart|wise|fantastic|perfect|best|nice) (?:idea|way|thing|option"
    r"|start|step|outlet|tool|habit|place|resource|help|distraction|release|practice|choice|move|remedy"
    r"|strategy|approach|solution|plan|first step|goal)",
)
HELPS = re.compile(
    r"^(?:(?:maybe|perhaps|just|also|and|so|honestly|sometimes|even|simply|personally|i think|i find|i found"
    r"|i've found|i have found|for me|(?:some|many|a lot of|lots of|most|other) (?:people|folks)"
    r"(?: in your (?:situation|position|shoes))? (?:find|found|have found))(?: that)?[,\s]+)*"
    # Not across "whether" / "if": "...questioning whether staying is worth it" weighs, it recommends nothing.
    r"(?P<gerund>[a-z]+ing) (?:(?!(?:whether|if) )[^.!?]){0,120}?"
    + _any(
        r"(?<![\w'])(?:can |could |might |may |will |would |should |does |do |often |always |usually |really"
        r" |also |definitely |actually |likely |probably )*helps?\b",
        r"(?:can|could|might|may|will|would) (?:really )?(?:make you feel|put you in|take your mind|calm you"
        r"|relax you|ease|lift|boost|improve|relieve|reduce)",
        r"(?:works?|does|do) wonders",
        r"(?:can|could|might|may|will|would) (?:really )?do you (?:some |a (?:lot|world) of )?good",
        r"(?:can|could|might|may|will|would) (?:really |also )?give you (?:some |the |a |more )?(?:time|space"
        r"|perspective|clarity|peace|a break|a chance|room|energy|closure|headspace|breathing room)\b",
        r"makes? a (?:\w+ )?difference",
        r"(?:is|are|'s|can be|could be|might be|would be|may be|would likely be|might also be|can also be)"
        r" (?:a |an |also |really |very |so |such a |always |often |usually |definitely |super |the )*"
        + _GOOD_FOR,
    )
)
"""An action recommended by its effect: "talking to someone can help", "journaling is a great outlet"."""
IF_YOU_HELPS = re.compile(
    r"(?<![\w'])if you (?!think about it|think of it|look at it)(?:were to |could |can |just |tried (?:to )?"
    r"|try (?:to |and )?|started |start )?"
    r"(?P<verb>[a-z]+)\b[^.!?]{0,80}? (?:it|that|this) (?:could|might|may|would|will|should|can)"
    r" (?:really |also |definitely |probably |actually )?(?:help|make a (?:\w+ )?difference|do you good"
    r"|be (?:good for you|worth it|helpful))\b"
)
"""An action recommended by its effect, as a condition: "if you talk to her first, it might help" (not
the idiom "if you think about it, ...")."""
OWN_TIP = re.compile(
    r"(?<![\w'])what i (?:usually |always |often |normally |personally |sometimes )?(?:do|did|like to do"
    r"|tend to do|try to do)\b[^.!?]{0,60}? (?:is|was) (?:just |simply |always |to )*(?:"
    + "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
    + r")(?![\w'])"
)
"""A tip from the listener's own practice: "what I usually do is go for a run", "what I did when I
was stuck was write a list" (not "what I did was wrong": an action follows "is/was")."""
GOOD_WAY = re.compile(
    r"(?<![\w'])(?P<subject>(?!idea\b|ideas\b|plan\b|plans\b|decision\b|choice\b)[a-z]+) (?:is|are|can be"
    r"|could be|might be|would be|may be) (?:a |an |also |really |very |such a |always |often |the"
    r" |definitely |super |honestly |genuinely |actually |literally |lowkey |low key |truly )*"
    r"(?:good|great|healthy|wonderful|helpful|excellent|fantastic|perfect|best|effective)"
    r" (?:way|outlet|tool|option|distraction|idea|place|resource|start)"
    r"(?! to (?:put|look at|think about|see|say|describe) (?:it|that|this|things))\b"
)
"""Something recommended as a good way or outlet: "yoga is a great way to unwind", "exercise is a good
outlet" (the subject is a thing, not "that" or "it": "that's a good way to put it" is not advice)."""
NOT_GERUND = split_words("nothing something anything everything thing king ring spring morning evening")
RESOURCE_HELPS = re.compile(
    r"(?<![\w'])(?P<subject>[a-z]+) "
    + _any(
        r"(?:can|could|might|may|would|should) (?:really |also |definitely |probably |possibly |actually"
        r" |certainly |often )?(?:help|be (?:a )?(?:great |good |big |real )?(?:help|helpful|useful|worth))",
        r"(?:really |also |often |usually |always |definitely |actually |truly )+helps",
    )
    + r"\b(?! me\b)"
)
"""Something recommended as a help: "a debt adviser can help you make a plan", "a walk might help"."""
NOT_RESOURCE = split_words(
    "i we he she they you u it this that nothing no nobody who what which whatever how there anything"
    " think hope know wish"
)
"""Subjects that make "X can help" an offer, a hope or a question rather than a recommendation."""
