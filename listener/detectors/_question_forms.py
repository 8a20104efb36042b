"""The forms a question takes in chat text, as patterns over one lower-case sentence.

`_questions` combines them: lead-ins ("so,", "can I ask"), advice asked as a question ("have you
tried...?"), checks ("is that right?"), wh-questions with and without "?", open requests ("tell me
more", "I wonder what..."), inverted auxiliaries, and what only looks like a question (rhetorical
questions, disbelief: "Seriously?!", "£300 for ten minutes?").
"""

from __future__ import annotations

import re

from listener.detectors._advice_forms import (
    IMPERATIVE_LEAD,
    IMPERATIVE_STARTS,
    OFFER_ONLY,
    PERMISSION,
    imperative_verb,
)
from listener.detectors._fastscan import beginnings
from listener.detectors._gated_alternatives import GatedAlternatives
from listener.detectors._lexicon import split_words
from listener.detectors._spoken_forms import SAY_MORE

LEAD = re.compile(
    r"^(?:(?:and|or|so|but|well|okay|ok|oh|hmm+|also|then|now(?! (?:is|was|would|might|could|may|will)\b)"
    r"|right|alright|yeah|yes|i see|wow|gosh|sorry|anyway|anyways|btw|by the way"
    r"|lol|haha+|omg|ugh|wait|nice|cool|great|aw+|hi there|hello there|hey there|ah+|um+|uh+|honestly|hey"
    r"|whoa|woah|roughly|quick question"
    r"|hi|hello|i'm curious|i am curious|just curious|just wondering|can i ask(?: you)?"
    r"|(?:may|might) i ask(?: you)?"
    r"|could i ask(?: you)?|if you don't mind(?: me)?(?: asking)?|out of curiosity"
    r"|i(?:'m| was| am) (?:just )?wondering(?! (?:what|how|why|where|who)\b)|let me ask(?: you)?"
    r"|i (?:just )?(?:wanted|want|wanna|need|meant) to ask(?: you)?|i guess|(?:i )?hate to ask,? but"
    r"|just(?= tell| say| talk| walk| describe))[,.!\s]+"
    r"|(?:if|when|now that|once|since|after|before|given that|thinking about|looking back) [^,?]{1,80},\s*"
    r"|on a scale (?:of|from) [^,?]{1,30},\s*)*"
)
"""Lead-ins before the question proper, including a leading conditional ("If you could..., what...")."""
_FIRST_WORD = re.compile(r"[a-z']*")


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words a match of `pattern` can start with, worked out from the pattern ("so", "if",
    "hmm" for `LEAD`); "" among them when some match starts otherwise (with a class or anywhere);
    None if the pattern's beginnings cannot be worked out."""
    starts = beginnings(pattern, 40)
    if starts is None:
        return None
    found = (_FIRST_WORD.match(b) for b in starts)
    return frozenset(m.group() for m in found if m)


_TELL = (
    r"(?:tell|say|share|explain|describe|talk|walk|help me understand|elaborate|expand"
    r"|give me (?:an? |some )?(?:specific |recent |concrete )?examples?)"
)
"""What a request to tell asks the speaker to do ("could you describe..."), not an action to take."""
_TELL_ME = (
    r"(?:tell (?:me|us)|"
    + SAY_MORE
    + r"|share (?:with (?:me|us)|more|a bit)|explain|describe|walk (?:me|us) through"
    r"|talk (?:me|us) through|fill (?:me|us) in|help me understand|elaborate|expand)\b"
)
"""What "maybe you could ..." asks when it asks them to tell the listener, not to act ("maybe you could
tell me about..."; "maybe you could talk to her" is advice)."""
_FILL_ME_IN = (
    r"(?:start by |begin by |just )?(?:tell(?:ing)? (?:me|us)|fill(?:ing)? (?:me|us) in"
    r"|walk(?:ing)? (?:me|us) through|talk(?:ing)? (?:me|us) through)"
)
"""After "why don't you": a request to tell ("why don't you fill me in on..."), open, not advice."""
_OFFERED = r"(?! if (?:i|we)\b| for (?:me|us) to\b| to (?:hear|give you|share|offer|tell you|go over)\b)"
"""After "would it be helpful": the listener's offer of information ("would it be helpful if I shared
some information?", "... to give you some figures?"), which asks permission (MITI), not advice."""
ADVICE_Q = re.compile(
    r"^(?:have (?:you|u) (?:ever )?(?:tried|considered|contemplated|thought about|thought of|looked into"
    r"|looked at|checked out"
    r"|reached out(?![^?]*\b(?:since|yet|already|lately|recently|again)\b)"
    r"|explored)(?! (?:what|how|why|when|where|who|whether|which)\b)"
    r"|have (?:you|u) (?:ever )?looked into (?:whether|if)\b"
    r"|(?:you )?ever (?:tried|considered|thought about|thought of|looked into)"
    r"(?! (?:what|how|why|when|where|who|whether|which)\b)"
    r"|why (?:don't|not|dont) (?:you|u|try|just|talk|ask|tell|go)(?! " + _FILL_ME_IN + ")"
    r"|why (?:you|u) (?:don't|dont|do not)"
    r" (?!know\b|understand\b|remember\b|want\b|like\b|care\b|have\b|need\b)\w+"
    r"|why not\b|what if you|(?:what would you think|how would you feel) (?:about|of)"
    r" (?:\w+ing\b|an? (?:\w+ )?(?:plan|idea)\b|the idea of)"
    r"|what about (?:\w+ing)\b"
    r"|how about (?:you (?=\w)|\w+ing\b|a\b|an\b|some\b|maybe\b|(?!you\b|u\b|your\b|ur\b|that\b|it\b|this\b"
    r"|now\b"
    r"|then\b|yourself\b|them\b|him\b|her\b|me\b|us\b|when\b|what\b|if\b|the\b|his\b|their\b|my\b)\w+\?$)"
    r"|could you (?:just|maybe|perhaps|try)"
    r"|can't you just|couldn't you|wouldn't it be|don't you think (?:you|it)|shouldn't you"
    r"|would it (?:help(?! if (?:i|we)\b| for me to\b| to hear\b|[^?]*\btogether\b)"
    r"|be (?:possible|worth|a good idea|helpful|useful|better|easier)" + _OFFERED + r"|make sense)"
    r"|do you (?:think|feel)(?: that)? (?:you (?:could|should|might)"
    r"(?! have (?:\w+ed|been|done|had|said|known|seen|gone|begun)\b| be\b)"
    r"|it (?:would|might|could) (?:help|benefit you|be (?:worth|a good idea|helpful|better)))"
    r"|are you (?:open|willing) to (?!(?:talk|say|tell|shar|explain"
    r"|describ|go into|open up)|" + PERMISSION + ")"
    r"|(?:is|would|might|could) it (?:be )?(?:worth|helpful|a good idea|wise|better|easier)"
    + _OFFERED
    + r" (?:to|\w+ing|if)"
    r"|(?:could|might|would) it help\b(?! if (?:i|we)\b| for me to\b| to hear\b)"
    r"|do you think (?:a |an |some |(?!(?:any|some|no"
    r"|every)thing\b)\w+ing )[^?]{0,40}(?:would|might|could|may)"
    r" help|is there (?:any|a|an) (?:\w+ )?(?:way|room|chance|option|possibility) (?:for you )?to"
    r"(?! (?:tell|know|see|find out|understand)\b)"
    r"|any chance you could|are there (?:any )?(?:other )?ways (?:that )?you (?:can|could)"
    r"(?! (?:tell|know|see|find out|understand)\b)"
    r"|is it possible (?:to|for you to|that you could)|is there (?:any (?:chance|way)|a way) (?:that )?you"
    r" (?:can|could)|would you (?:consider|think about|like to try|be (?:willing|open|able) to"
    r" (?!say|tell|share|talk|explain|describe|" + PERMISSION + "))"
    r"|i(?:'m| am)? wonder(?:ing)? (?:if|whether) (?:you|u) (?:should|might want to|ought to|need to"
    r"|could (?:try|just|maybe|ask|talk to|speak to|look into|get|find|go))\b"
    r"|(?:can|may|might|could) i (?:suggest|recommend)"
    + OFFER_ONLY
    + r"|(?:maybe|perhaps) you could(?! (?:just )?"
    + _TELL_ME
    + r")|are you able to"
    r" (?:talk|ask|get|find|see|try)|(?:or )?(?:maybe|perhaps) (?:a|an|some)\b|(?:could|can|would) you"
    r" (?:not )?(?!tell me|say|share|explain|describe|talk me|walk me|help me|elaborate|expand|remember|see"
    r" yourself|imagine)(?:just |maybe |also |still )?(?:go|take|get|ask|talk|speak|tell|try|find|look|move"
    r"|call|email|write|report|apply|see a|book|switch|change|quit|leave|bring|raise|put|set|join|be up for"
    r"|suggest|propose"
    r"|be open to(?! "
    + PERMISSION
    + r")|be willing(?! to (?:say|tell|share|talk|explain|describe|expand)))\b"
    r"|(?!(?:has|have|had|did|does|do|is|was|are|were) (?:he|she|they|it|anyone|someone)\b"
    r"|(?:you|u) (?:sound|seem|feel|look)\b|you're\b|you are\b)[^?]*\b(?:maybe"
    r"|perhaps)\?$"
    # Someone else's help proposed for their sake: "is anyone able to take a night feed so you can sleep?"
    r"|(?:is|are|could|can|would|will) (?:anyone|someone|somebody|your \w+|he|she|they) [^?]{0,60}?\bso"
    r" (?:that )?(?:you|u) (?:can|could|get|have)\b)"
)
"""Advice asked as a question (MITI: advice without permission, in question form)."""
_ADVICE_Q_WORDS = first_words(ADVICE_Q)
_ADVICE_Q_MATCH = GatedAlternatives(ADVICE_Q)


def advice_question(body: str, first: str) -> bool:
    """True when `body` (whose first word is `first`) is advice asked as a question (`ADVICE_Q`).

    Only a body that starts with one of the pattern's first words, or that ends in "maybe?" or
    "perhaps?" (its one alternative that can start with any word), is matched against the long pattern."""
    if _ADVICE_Q_WORDS is None or first in _ADVICE_Q_WORDS or body.endswith(("maybe?", "perhaps?")):
        return _ADVICE_Q_MATCH.match(body)
    return False


CHECK = re.compile(
    r"(?:is that (?:right|correct|true|it|fair|how it (?:feels|felt)|what (?:you mean|happened))"
    r"|did i (?:get|understand) (?:that|it|you)|am i (?:understanding|hearing|getting) (?:you|that|this|it)"
    r"|do i have (?:that|it) right|if i(?:'m| am)? (?:understand|understood|heard|hear|got|understanding"
    r"|hearing)\b|am i right|correct me if|have i got (?:that|it) right|does that (?:sound|seem) right"
    r"|is that close|(?:, |^)(?:right|yes|no)\?$"
    r"|^(?:(?:so|okay|ok|and|um|mm),? )*what (?:i(?:'m| am)? hear(?:ing)?(?: you(?: say| saying))?"
    r"|you(?:'re| are) saying) is\b"
    r"|^(?:so,? )?(?:are you saying|is it that|could it be that|would it be fair to say|would you say that"
    r"|am i right (?:in thinking|to think|that)) (?=you\b|your\b|you're|he\b|she\b|they\b|it's\b|the\b"
    r"|things\b|there\b))"
)
"""Checking understanding: "is that right?", "did I get that right?", "..., right?", a reflection
with "?" ("So what I'm hearing you say is that she'd be more supportive?")."""


def checks(text: str) -> bool:
    """True when `text` checks understanding (`CHECK` finds a match in it); the search runs only when
    `text` holds words every match holds (a few substring tests rule most questions out)."""
    cued = (
        "is that " in text
        or "did i " in text
        or "am i " in text
        or "do i have" in text
        or "if i" in text
        or "correct me if" in text
        or "have i got" in text
        or "does that " in text
        or "are you saying" in text
        or "is it that" in text
        or "could it be that" in text
        or "would it be fair" in text
        or "would you say that" in text
        or "what i" in text
        or "what you're saying" in text
        or text.endswith(("right?", "yes?", "no?"))
    )
    return cued and CHECK.search(text) is not None


WH = re.compile(
    r"(?:what|wat|wht|how|where|when|who|which|why|whom|whose)(?:'s|'re|'d|'ll|s)?\b|since when\b"
)
"""A wh-word at the start of the question body (not "however", "whatever")."""
_WHW = r"(?:what|wat|wht|how|where|when|who|which|why|whom|whose)"
_AUX = (
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should|r|isn't|aren't|wasn't"
    r"|weren't|don't|doesn't|didn't|haven't|hasn't|can't|couldn't|wouldn't|won't|shouldn't)"
)
_PRONOUN = r"(?:you|u|ya|he|she|it|they|we|i|your|ur|his|her|their|that|this|things|the)"
_STATEMENT_AFTER_WHATS = (
    r"(?:more|worse|better|done|funny|important|great|clear|interesting|sad|hard|worst|best|crazy|wild"
    r"|weird|strange|amazing|nice|cool|good|bad|scary|annoying|frustrating|upsetting|not|up with that)"
)
"""After a sentence's first "what's": a statement ("what's more, ...", "what's done is done")."""
_CLEFT_VERB = r"(?:matters|counts|helps|helped|happens|happened|works|worked|hurts|gets|got|bothers|worries)"
"""After "what": a verb that opens a pseudo-cleft ("what matters is that you're safe")."""
_NO_COPULA_LATER = r"(?![^.!?]* (?:is|was|are|were)\b)"
"""Not a pseudo-cleft: no "is"/"was" later in the sentence ("what happened was awful", "what matters
is that you're safe" are statements)."""
WH_NO_MARK = re.compile(
    rf"^(?:how come|in what way|since when|(?:what|how) about you|(?!which\b){_WHW}(?:'re|'d)?\s+{_AUX}\b"
    rf"|{_WHW}'ll\s"
    rf"|{_WHW}(?:'s|s)?\s+(?:happened|happens|made|makes|kind|sort|type|part|else|long|much|many|often"
    r"|about|exactly|led|brought|helps|helped|worries|scares|bothers|went|goes|matters|stands|comes)\b"
    + _NO_COPULA_LATER
    + rf"|{_WHW}(?:'s|s)\s+{_AUX}\b"
    rf"|(?:what|which|how|who|where) (?!{_CLEFT_VERB}\b|i\b|we\b|\w+(?:s|ed) (?:you|u|me|him|her|them|us)\b)"
    rf"(?:\w+ ){{1,3}}{_AUX} {_PRONOUN}\b"
    rf"|what (?!{_CLEFT_VERB}\b|(?:he|she|they|you|u|i|we|it|done)\b)(?!\w+(?:s|ed)\b)\w+"
    r" (?:is|are|was|were) \w"
    r"|which (?!ever\b)(?:\w+ ){1,2}(?:is|are|was|were) \w|which (?:one|ones|bit|part|day)(?:'s|'re) \w"
    rf"|(?:what|where|when|who|how)(?:'s|s) (?!{_STATEMENT_AFTER_WHATS}\b)"
    + _NO_COPULA_LATER
    + r"|(?:what|who) (?!if\b)\w+(?:s|ed)\b"
    + _NO_COPULA_LATER
    + r"|which (?:one|bit|part|thing|of (?:those|these|them))\b|whose \w+ (?:is|are|was|were|will|would)\b"
    rf"|what (?!{_CLEFT_VERB}\b|(?:he|she|they|you|u|i|we|it|people|anyone|everyone)\b)\w+"
    r" (?:would|could|might|will) \w+" + _NO_COPULA_LATER + r"|why [^.!?]{1,40} in the first place\b"
    r"|how (?:you|u|ya) (?:doing|doin|holding up|getting on|coping|feeling|keeping)\b"
    r"|(?:why|how|what) (?:you|u|he|she|they) (?:are|r|is|was|were|did|didn't|will|would|can|could|can't|do"
    r"|don't|does|doesn't|have|has|had|said|told|say|says"
    r"|feel|felt|think|want|going|gonna|doing|doin)\b(?![^.!?]*(?:,| (?:is|was|are|were|sounds?|seems?"
    r"|must|matters?|makes?|made|means?)\b))" + ")"
)
"""A wh-question without "?": "how did you find out", "what type of work are you after", "what's
the hardest part", "what tends to set them off" (not "what's done is done", "what happened was...",
nor "which was hard", which goes on from the sentence before); and, as English learners write it, without
inversion ("why you didn't tell him", "how you are feeling about this"; not "what you did was brave", "how
you handled it, wow")."""
CLOSED_WH = re.compile(
    r"^(?:when|where|which|who|whom|whose|since when|how (?:long|many|much|often|old|far|soon|big|tall"
    r"|short|late|early)|what (?:time|day|date|year|hours|days|age|shift|grade|size)"
    r"|what \w+ (?:is|are|was|were) (?:first|next|last|due|on)\b"
    r"|what(?:'s| is| was) (?:his|her|their|your|its|the [\w']+) name"
    r"|what(?:'s| is| was) the name of)\b(?!.*\b(?:do|did) you (?:think|feel)\b)"
)
"""Wh-questions that ask for one specific fact: closed in MITI ("how long has it been?")."""
_OPTIONS = re.compile(
    r"(?<!\babout)(?<!\bto)(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bwith)(?<!\bmake)(?<!\bum)(?<!\buh)(?<!\blike)"
    r"(?<!\bknow),\s*(?!um\b|uh\b|you know\b|i mean\b|[^?]*\bor (?:anything|something|whatever|not)\b)"
    r"(?:like |either |is it |was it )?[^,?]{1,60}(?:,[^,?]{1,60})*,? or (?:just )?[^,?]{1,60}\?*$"
)


def options_offered(body: str) -> bool:
    """True for a wh-question that offers its answers after a comma ("which bit hurt most, the joke or
    everyone laughing?"): a choice among the listener's options, closed in MITI (three blind
    labellers); a comma after a filler or inside the question ("what have you looked into about, um,
    advocacy or ...") offers nothing."""
    return " or " in body and _OPTIONS.search(body) is not None


OPEN_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?" + _TELL + r"|(?:(?:maybe|perhaps),? )?you could"
    r" (?:just )?" + _TELL_ME + r"|(?:please |pls )?(?:do )?tell (?:me|us) (?:more"
    r"|everything|all about|about(?! it\s*(?:[,!.]|$))|what|how|why|a bit|a little|something about"
    r")|(?:do|would) you (?:want to|like to|wanna) (?:tell (?:me|us)|describe|share) (?:about|more|some|a bit"
    r"|a little|what|how"
    r"|what happened|what's (?:been )?(?:going on|happening))|"
    + SAY_MORE
    + r"|walk me through|help me understand"
    r"|i(?:'d| would) (?:love|like) to (?:hear|know|understand)|i wonder(?:ed)? (?:what|how|why|where|who|if"
    r"|whether)|i(?:'m| was| am) (?:just )?wondering (?:what|how|why|where|who)|describe"
    r"|talk me through|talk to me about|what's that like|what was that like"
    r"|i (?:just |really )?want to (?:understand|hear|know) (?:what|how|why|more|about)"
    r"|did (?:he|she|they) say (?:what|why|how)"
    r"|(?:do|did) you (?:know|remember|have any idea)"
    r" (?:what|why|how|where)|any idea (?:what|why|how)|(?:and )?then what\b|(?:and )?then\?|what else\b"
    r"|in what (?:way|sense)s?\b|why don't you "
    + _FILL_ME_IN
    + r"|if you (?:could|would|can|'d) (?:please |just )?(?:tell|share|describe|explain|say more)\b"
    r"|(?:do you have )?any (?:other )?(?:thoughts|ideas) (?:on|about|of|as to)\b"
    r"|(?:have|had) you (?:ever )?(?:thought|wondered) (?:at all |much |yet )?(?:about )?(?:what|how|why)\b"
    r"|(?:have|had) you (?:given (?:it )?(?:any|some|much) thought|had any thoughts(?: yourself)?)"
    r" (?:to |about |on )?(?:what|how|why)\b"
    r"|why don't we (?:start|begin) by (?:you )?(?:tell(?:ing)?|talking|sharing)\b"
    r"|(?:can|could) you think of (?:any|anything|something|some|ways?|other|a way|what|how)\b"
    r"|go on(?=\s*(?:[,.!?…]|$))|keep going\?|give me (?:an |some )?examples?\b"
    r"|(?:can|could|shall|might) we (?:maybe |just )?talk (?:a (?:bit|little) )?(?:more )?about"
    r" (?:what|how|why)\b"
    r"|talk to me(?=\s*(?:[,.!?…]|$)))"
)
"""Requests and indirect questions that invite the speaker to tell ("tell me more", "and then?",
"why don't you fill me in", "any thoughts on...", "have you thought about how...", "can you think of
any..."): as in "do you know what's behind it?", a yes/no frame around a request for a description."""
TELL_ME = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?|(?:please |pls )?(?:do )?)tell (?:me|us) "
)
"""The frame of a request to tell; what follows it decides open or closed ("tell me which day": one fact)."""
OFFER_ASKED = re.compile(
    r"^(?:you|u|ya) (?:doing |feeling |holding )?(?:(?:ok|okay|alright|all right|up|coping)\b"
    r"|(?:good|fine)\b(?! (?:with|at|to|for|about|on)\b))|^(?:want|wanna|need) (?:me|us) to\b"
    r"|^(?:wanna|want to) (?:talk|vent|chat|call|facetime|come|hang)\b"
)
"""A yes/no question with its "do you" or "are" left out, as chat does ("want me to come over", "wanna
talk", "you doing alright yourself"): closed."""
AUX_START = re.compile(
    r"^(?:do(?! (?:it|the|that|this|something|what|some|more)\b)|does|did|are|is|was|were|have|has|had|can"
    r"|could|would|will|should|shall|may|might|am|r|"
    r"don't|didn't|doesn't|aren't|isn't|wasn't|weren't|haven't|hasn't|won't|wouldn't|can't|couldn't)\s+"
    r"(?:you|u|ya|he|she|it|they|we|i|there|that|this|your|ur|the|anyone|anything|someone|something"
    r"|anybody|everything|everyone|things|he's|she's|people|any|those|these|my|his|her|their)\b"
    r"|^(?:would|could|will|can|might|should) (?:a|an) [a-z]+"
    r"|^(?:did|does|has) (?!even\b|just\b|really\b|ever\b|never\b|actually\b)[a-z]+ (?:say|tell|mention"
    r"|text|reply|ask|know|hear|call|ring|message|apologi[sz]e|explain|notice)\b"
)
"""An inverted auxiliary: a yes/no question even without "?" ("are you okay"; not "do it now")."""
EXCLAIM = re.compile(
    r"^(?:what an?\s|how\s+(?!(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should"
    r"|about|come|long|many|much|often|r|u|you)\b)\w+(?:\s+\w+)?\s*[!.]*$)"
)
"""Exclamations shaped like wh-questions, without "?": "what a mess", "how awful"."""
ELLIPTICAL_OPEN = re.compile(
    r"^(?:(?!(?:you|u|i|he|she|they|we|it|do|did|does|are|is|was|can|know)\b)[\w'-]+ ){0,3}(?:in what"
    r" (?:way|sense)s?|how(?: so| exactly)?|like what|meaning what)\?+$"
)
"""A follow-up that leaves out all but the word it asks about: "Harder in what way?", "Worse how?",
"Like what?" (open: it asks them to describe)."""
QUESTION_STARTS = split_words(
    "what wat wht whats wats how hows where wheres when whens when's who whos which why whom whose since in"
    " do does did"
    " are is was were have has had can could would will should shall may might am r don't didn't doesn't"
    " aren't isn't wasn't weren't haven't hasn't won't wouldn't can't couldn't shouldn't tell please pls"
    " say walk help i i'd i'm describe talk any and then go keep if correct what's how's where's who's"
    " what're why's maybe perhaps or want wanna need who'll what'll how'll where'll when'll"
)
"""First words a question without "?" can start with (after lead-ins): anything else is a statement."""
_FRAGMENT_WORD = re.compile(r"[a-z0-9£$€:']+")
_NOT_FRAGMENT = split_words(
    "you u ya your he she they it i we is are was were do did does have has had can could would will be"
    " been any anything anyone anybody some more other or and then so what how why where when who which"
    " else"
)


def fragment(body: str) -> bool:
    """True for a short verbless "?" fragment ("over TEXT??", "4:40?", "£300 for ten minutes?")."""
    found = _FRAGMENT_WORD.findall(body)
    return 0 < len(found) <= 5 and not any(
        w in _NOT_FRAGMENT or w.endswith(("'s", "'re", "'m", "n't")) for w in found
    )


_OPTION_Q = re.compile(
    r"^(?:(?:could|can|couldn't|can't) you|are you able to|would you be able to)(?: just| maybe| also"
    r"| still| perhaps| not| try and| try to)* (?!tell|say|share|explain|describe|remember|imagine|think"
    r"|talk (?!to)|walk me|help me)(?P<verb>[a-z]+)"
)
"""A proposal asked as "could you / are you able to + action?" ("Could you take a gap year?")."""


_OPTION_Q_WORDS = first_words(_OPTION_Q)


def imperative_question(body: str, first: str) -> bool:
    """True for a suggestion asked as "could you + action?" or as an imperative with a "?"
    ("Could you meet for coffee?", "Join a club or something?"); `first` is the first word of `body`.

    The patterns run only on a body whose first word can start them."""
    if _OPTION_Q_WORDS is None or first in _OPTION_Q_WORDS:
        option = _OPTION_Q.match(body)
        if option:
            return imperative_verb(body, option, "verb", bare=False)
    if first not in IMPERATIVE_STARTS or not body.endswith("?") or len(body.split()) < 3:
        return False
    if first == "do" and AUX_START.match(body):
        return False  # "do your friends drink too?" asks, with "do" as the auxiliary
    m = IMPERATIVE_LEAD.match(body)
    return bool(m and not m.group("neg") and not m.group("would") and imperative_verb(body, m, "verb"))
