"""Acknowledgements: phrases that acknowledge the speaker's feeling or situation ("that sounds really
hard", "I'm so sorry"), found in the order of the reply and left out of the listener's own story.

Each finder works on the masked, lower-case reply (see `_text.masked`); results are memoised per
reply in `TurnContext.cache`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from listener.detectors._ack_phrases import GATED_ACKS, INT, SORRY_GOING_THROUGH, SORRY_TO
from listener.detectors._bare_appraisal import BARE, bare_appraisals
from listener.detectors._cues import Hit
from listener.detectors._fastscan import Scanner
from listener.detectors._feeling_words import FEEL, GAP, HARD, SORRY_INTENSIFIED
from listener.detectors._headdispatch import HeadDispatch
from listener.detectors._lexicon import split_words
from listener.detectors._normalising import NORMAL, normalises_no_feeling
from listener.detectors._onepass import dispatch_reply, scan_reply
from listener.detectors._own_story import after_own_story, in_own_story
from listener.detectors._text import all_in_order, in_order, masked, negated_before
from listener.detectors._validation_cues import loose, sarcastic

if TYPE_CHECKING:
    from listener.scoring import TurnContext


_IDIOMS_ME = r"shaken up|a (?:nervous )?wreck|beside myself|in pieces|freaked out|in bits"
"""Idioms for how the listener would have felt ("I'd have been a wreck")."""

_SENSE = r"(?:total |complete |perfect |a lot of |so much |a ton of |such |good |)"
"""How much sense it makes: "makes total sense", "makes a lot of sense", "makes sense"."""
_OBJECT = r"(?!\s+(?:you|me|him|her|them|us)\b)"
"""Not before an object: "it's worrying you" uses the word as a verb (a reflection, not an appraisal)."""
_SUBJECT = r"(?!\s+(?:you|he|she|they|it|i|we|that|this|your|my|his|her|their|things|people)\b)"
"""Not before a clause: "how tired you are" describes, "how awful!" exclaims."""
_SORRY_FOR = (
    rf"(?:{SORRY_TO}|that|you(?! feel (?:that|this|like that) way)|for (?!(?:my|the"
    rf" late|the delay|being|asking|bothering|taking|interrupting|the inconvenience|any inconvenience"
    rf"|the wait|the confusion|keeping you)\b)|about|{SORRY_GOING_THROUGH})"
)
"""What a sympathetic "I'm sorry" is for: "to hear that", "for your loss", "(you're) going through this"."""
_SORRY = SORRY_INTENSIFIED + " " + _SORRY_FOR
"""A sympathetic "sorry", intensified any number of times ("so so sorry for your loss")."""
_PEOPLE = sorted(
    split_words(
        """
        men guys boys girls women lads flatmates housemates landlords bosses managers people agencies
        companies exes kids teens teenagers parents inlaws in-laws neighbours neighbors customers clients
        firms banks councils insurers airlines agents doctors teachers schools builders
        """
    )
)
"""People and firms as a class: "landlords are the worst", "removal firms are the worst" side against them
rather than accepting a feeling."""
_ACK_PATTERNS = (
    rf"(?:that|this|it|which|all (?:of )?(?:that|this))(?:'s| is| was| sounds| sounded| seems| must be"
    rf"| must have been| must've been| would be| can be| could be| has been|'s been| must feel| feels"
    rf"| does sound| has to be| has got to be|'s got to be|'s gotta be| has to feel| has got to feel"
    rf"|'s got to feel| is going to be|'s going to be| is gonna be|'s gonna be| will be|'ll be"
    rf"| can seem| can feel| seems like| sounds like)\s+{GAP}"
    rf"(?:a\s+)?(?:{GAP})(?:{HARD}|a lot(?! of (?:things|stuff|different|ways|people))|too much"
    rf"|no fun|not easy|not okay|not ok|not on|(?:bang )?out of order|a disgrace|a liberty"
    # "not fair", unless the listener goes on to defend themselves ("that's not fair, I called you").
    rf"|not fair(?!,? i (?!know\b|get\b|understand\b|see\b|hear\b|agree\b))"
    rf"|so much(?=\s*(?:[.!,;]|$)| (?:pressure|stress|worry|to (?:carry|deal with|handle|take in|juggle))\b)"
    rf"|(?:big|huge|real|massive|terrible"
    rf"|awful) loss)(?![\w-]){_OBJECT}",
    rf"(?:sounds|sound|sounded|seems|does sound|must sound) (?:like )?(?:a |an |such a |so |really "
    rf"|very |incredibly |real |total |proper |bit of a |utterly |most |terribly |truly |bloody )*"
    rf"(?:{HARD})\b{_OBJECT}",
    rf"(?:what an?|how) (?:{GAP})(?:{HARD}|{FEEL})\b{_SUBJECT}(?![^.!?\n]*\?)",
    rf"(?:i'm|i am|i was|im) {_SORRY}",
    r"i (?:can|could) (?:totally |completely |only |definitely |really )?(?:see|understand|imagine|tell|hear"
    r"|sense) (?:why|how(?! (?:\w+ )?\w+ (?:you are|you're|you feel|you sound)\b)|that|what|the|where)",
    r"i(?<!if i) (?:totally |completely |definitely |really |fully )?(?:understand|get)"
    r" (?:why|how|that|what|it|where|your|you)",
    r"i (?:can't|cannot|can not) (?:even )?imagine (?:how|what|the|being|going|having|dealing|living|losing"
    r"|carrying|waiting|finding|hearing)"
    r"|i (?:can't|cannot|can not) (?:even )?(?:begin to )?imagine(?=\s*(?:[.!,;]|$))",
    rf"(?:it|that|this) {INT}makes {_SENSE}sense",
    # A difficulty granted by its effect: "that makes it so hard to say anything".
    r"(?:that|it|which|this) (?:just |really )?makes (?:it|things|everything)"
    r" (?:so |really |even |extra |much )?(?:hard|difficult|impossible|tough|harder) to\b",
    rf"makes {_SENSE}sense (?:that|you|to feel|why)",
    r"no wonder|(?:it's|it is|that's|that is) (?:no|little|small) surprise|small wonder",
    r"of course you(?:'re| are| feel| felt| would|'d (?=be|feel|want|miss|worry)| were)",
    r"(?:anyone|anybody|everyone|most people) (?:would|in your (?:position|shoes|situation)|would've)",
    # Legitimacy of not being sure or not being fine: "you don't have to know yet", "it's okay that it's
    # tangled" (not "you don't have to carry it alone", support rather than acceptance).
    r"you (?:don't|do not) have to (?:know|have (?:it|this|everything) (?:all )?(?:figured|worked|sorted) out"
    r"|have (?:all )?the answers|decide (?:anything )?(?:yet|now|today|right now)|be okay|be ok|be fine"
    r"|say (?:any )?more|tell me (?:any )?more"
    r"|pretend|apologi[sz]e|justify)\b|(?:it's|it is) (?:okay|ok|fine|alright|all right) that\b",
    # Normalising the feeling: "lots of spouses feel exactly like this at the halfway point".
    r"(?:lots of|loads of|so many|plenty of|a lot of|many|most) (?:[a-z]+ ){1,2}?(?:feel|felt) (?:exactly "
    r"|just )?(?:like (?:this|that|you do)|this way|that way|the same)\b",
    r"who wouldn't",
    rf"it(?:'s| is) {INT}(?:normal|natural|understandable|okay|ok|valid|fine|human|reasonable|common|usual"
    r"|all right|alright"
    r") (?:to|not to|that you|for you)",
    rf"(?:that's|that is|it's|it is|which is) {INT}(?:understandable|valid|natural|normal|common|usual)"
    r"(?![\w'])",
    r"your (?:feelings|reaction|response|anger|frustration|sadness|fear) (?:(?:is|are)"
    r" (?:completely |totally )?(?:valid|understandable|normal|natural|justified|reasonable)"
    r"|(?:really |still |absolutely )?(?:matter|count)\b(?! less))",
    r"you(?: have|'ve got| have got|'ve) (?:every|a|such a) (?:legitimate |valid |good |real )?"
    # The right to a feeling, not to an act ("every right to let the kids play" approves the act).
    r"(?:right(?! to (?!(?:feel|be|want|need|expect|grieve|mourn|cry|miss|hurt|worry|your)\b))|reason)"
    r"(?! to (?:ask|tell|know|be (?:proud|happy|glad)))",
    r"(?:it's|it is) not just you\b|"
    r"you(?:'re| are) (?:definitely |certainly |really |so |absolutely )?not (?:alone|the only one|crazy"
    r"|overreacting)"
    r"|you (?:def |definitely |certainly |really |so |absolutely )?(?:aren't|are not) (?:alone|the only one)"
    r"|(?:so many|lots of|a lot of|many|plenty of) (?:other )?people (?:are|have been) in the same boat",
    r"i hear (?:how|that|what|the|you(?=\s*[,;:-]?\s*(?:on|about|that|saying|it|this|it's|that's|the)\b))",
    # ("Sending love x" alone is a courtesy, as the labellers of five of seven such rows code it.)
    r"i feel (?:for|with) you|poor you\b|poor thing(?=\s*(?:[.!,]|$))|you poor (?:thing|love|baby)"
    r"|my heart (?:goes|breaks) (?:out )?(?:to|for) you|(?:this|that|it) (?:breaks|broke"
    r"|is breaking) my heart"
    r"|(?:my|our) (?:deepest |sincere |heartfelt )?(?:condolences|sympathies)",
    r"(?:(?:that|it)(?:'s| is| would be| must be| sounds like)|(?:sounds|sounded|seems|feels) like)"
    r" (?:a lot|so much|such a lot|a (?:huge|big|heavy|hard) thing|an? (?:huge|massive|enormous|big) amount)"
    r" to (?:be )?(?:deal(?:ing)? with|handle|carry|carrying|process|take in|go through|land on you|absorb"
    r"|going through|cope with|juggle|juggling|manage|face|facing|hold|holding|shoulder|balance|balancing)",
    # The blow of the moment guessed: "that must have knocked you sideways", "must wear you down" (blind
    # labellers of six batches code it as an appraisal; "that must sting" names a feeling instead).
    r"must (?:have )?(?:really )?(?:knock(?:ed)? the wind out of you"
    r"|cut (?:you )?(?:right )?(?:through you|deep)"
    r"|knock(?:ed)? you (?:sideways|for six|flat|back)|broken your heart|break your heart|wear you down"
    r"|worn you down|floored you|rocked you|shaken you"
    r"|made (?:it|things|everything) (?:even |so much )?harder"
    r"|make (?:it|things|everything) (?:even |so much )?harder|fel[lt]t? like the (?:floor|ground|rug)"
    r"|feel like the (?:floor|ground|rug))",
    # A cruel way named: "that's a cold way to end it", "what a horrible way to find out".
    r"(?:that's|that is|that was|what) (?:such )?an? (?:really |pretty |so )?(?:cold|cruel|horrible|awful"
    r"|brutal|harsh|rotten|nasty|heartless|shabby|horrid|terrible|callous|humiliating|hurtful) way to\b",
    # Bad luck named: "that's rotten luck", "the worst luck".
    r"(?:that's|that is|what|such) (?:just |really |so )?(?:a |the )?(?:rotten|bad|terrible|awful|rough|tough"
    r"|horrible|shit|crap|cruel|worst|sheer bad|rubbish) luck\b",
    # Hardship measured in time: "that's a long time to be in pain", "such a long time to wait".
    r"(?:that's|that is|it's|it is|that's been|it's been|that was) (?:such |so |a really |an awfully )?"
    r"(?:a )?long (?:time|while|wait) to (?:be|wait|go|carry|live|sit|spend|feel|hold|wonder|put up|struggle"
    r"|cope|keep|hang on|hope)\b",
    # Their verdict on their own feeling disputed: "not daft at all", "it's not silly to miss him".
    r"(?:not|doesn't sound|does not sound|don't sound) (?:daft|silly|stupid|weird|crazy|dumb|mad|ridiculous"
    r"|soft|pathetic|small|gross)(?: at all)?(?: to (?:feel|be"
    r"|miss|want|cry|worry|think|grieve)\b|(?=\s*(?:[.!,;]|$)))",
    # A burden named with any subject: "four assignments behind is a lot to carry" (not "there is a lot
    # to carry up the stairs": see `_THERE`).
    r"(?:is|are|was|were) (?:a lot|so much|such a lot|a (?:huge|big|heavy|hard) thing)(?: to (?:carry|handle"
    r"|deal with|take in|process|go through|cope with|juggle|manage|face|shoulder)\b"
    r"(?! (?:up|down|in|out|into|over|home|around)\b)|(?=\s*(?:[.!,;]|$)))",
    r"what an? (?:\w+ )?(?:morning|day|week|night|year|month|weekend|shift|time of it)(?=\s*(?:[.!,;]|$))",
    r"(?:would've|would|i'd've|i'd) (?:have )?(?:\w+ )?(?:finished me off|done me in|broken me|driven me"
    r" (?:mad|crazy|up the wall)|sent me (?:mad|over the edge))",
    r"i(?: would|'d) (?:feel|be) (?:the same|that way)"
    # "I'd be exhausted too", "I'd be furious with him too", "I would be too."
    r"|i(?: would|'d) (?:feel|be) (?:so |really |pretty |just as |absolutely )?"
    r"(?!happy|glad|able|willing|sure|there|here)\w+(?: up| out)?"
    r"(?: (?:with|at|about|by)(?: \w+){1,3}?)? too\b"
    r"|i(?: would|'d) (?:feel|be) too(?=\s*(?:[.!,;]|$))"
    r"|i(?: would|'d) (?:want|have wanted) to \w+(?: \w+){0,4}? too\b"
    r"|i(?: would|'d) be (?:so |absolutely |really |totally )?(?:livid|furious|fuming|raging|devastated"
    r"|gutted|heartbroken|seething|crushed|mortified|climbing the walls|going spare|tearing my"
    r" hair out|sick to my stomach|a mess|spitting feathers|up the wall|terrified"
    rf"|petrified|scared stiff|frightened|distraught|horrified|panicking|{_IDIOMS_ME})"
    r"(?=\s*(?:[.!,;]|$)| if (?!i\b)| too\b"
    r"| in your (?:shoes|position|place)\b)"
    # "I'd be so mad.", "I would be really nervous!", "I'd have been terrified": the listener would feel it
    # too.
    rf"|i(?: would|'d) (?:be|feel) (?:so |absolutely |really |totally |pretty |super |very )+(?:{FEEL})"
    r"(?=\s*(?:[.!,;]|$))"
    rf"|i(?: would|'d)(?: have|'ve) (?:been|felt) (?:so |absolutely |really |totally |pretty |super |very"
    rf" |completely )*(?:{FEEL}|{_IDIOMS_ME})(?![\w-])(?! to\b)"
    r"|(?:that|it|this) would (?:drive|make) me (?:mad|crazy|nuts|insane|up the wall|furious|so angry)"
    r"|(?:that|it|this)(?:'d| would) (?:really |totally |absolutely |properly )?do my head in"
    r"|(?:that|it|this)(?:'d| would) (?:make|have made) my blood boil",
    # A hardship named as the predicate, whatever the subject ("that kind of worry is so draining").
    rf"(?:'s|is|are|was|were|sounds|sounded|seems|feels|can feel|can be|must be|must have been|would be"
    rf"|has been) {GAP}(?:an? |such an? )?{GAP}(?:{HARD})(?![\w-]){_OBJECT}",
    r"(?:i'm|i am|im) " + SORRY_INTENSIFIED + r"(?=\s*(?:[.!,]|$|\.\.\.|babe|hun|mate"
    r"|love|friend|man|dude|girl|bestie|sis|bro|:\(|ugh|i (?:know|understand|can (?:only )?imagine)\b))"
    r"|(?:^"
    r"|[.!?,]\s*)(?:so |very |really )?sorry (?:to hear|about"
    r" (?:that|this|your|what)|that you|for your (?:loss|troubles))",
    r"would (?:\w+ ){0,3}?(?:anyone|anybody|everyone|most people)\b|would (?:upset|hurt|annoy|bother"
    r"|frustrate|get to|break|crush) me too",
    rf"make(?<!would it make)(?<!does it make)(?<!does that make)(?<!would that make)(?<!will it make)s?"
    rf" {_SENSE}sense|(?:is|are|'s|was) {INT}(?:normal|understandable|natural"
    r"|okay|ok|valid|common|usual) (?:to|not to|that|when|for)",
    r"of course (?:that|it|you|they|he|she)(?:'s|'re| \w+)|of course your (?:head|mind|brain|body|heart|gut"
    r"|nerves)\b",
    # Legitimacy of what they did or feel: "you're right to call that out", "it isn't fair on you".
    r"you(?:'re| are) (?:so |totally |completely |absolutely )?right to (?:call|feel|be|say|want|ask|expect"
    r"|raise|bring|speak|push|question|worry|point)\b"
    r"|(?:it|that|this)(?:'s| is| was)(?: not|n't) (?:fair|okay|ok|right) (?:on|to) you\b"
    r"|(?:it|that|this) (?:isn't|is not|wasn't|was not) fair that you\b",
    r"(?:that|it|this)(?: really| totally| must| would)? (?:sucks|stinks|blows|hurts|stings|must hurt"
    r"|must have (?:hurt|stung))\b(?![^.!?\n]*\?)",
    r"(?:that|it|this)(?:'s| has) (?:got to|gotta) (?:hurt|sting)\b(?![^.!?\n]*\?)",
    # Chat appraisals that are sympathy only after "that's" ("thats so shit"; a bare "shit." is a noise) and
    # a position named impossible ("an impossible position to be put in"; "it feels impossible" reflects).
    r"(?:that|it|this)(?:'s| is| sounds| was) (?:so |really |absolutely |properly |proper |just )?"
    r"(?:shit|shite|shitty|messed up|fucked up)\b(?! (?:of|at)\b)",
    # A grind named by its wear: "that gets old so fast".
    r"(?:that|it|this) (?:gets|must get|must be getting|would get) (?:so |really |pretty )?old\b",
    r"(?:that|this|it)(?:'s| is) (?:honestly |genuinely |literally |just )?the saddest thing"
    r"(?: i(?:'ve| have) (?:ever |literally )?(?:read|heard|seen))?",
    r"(?:an?|such an?) (?:\w+ )?impossible (?:position|situation|spot|place|choice|decision|bind)\b",
    # A hard place named: "that's an awful place to be", "such a lonely spot to be in".
    rf"(?:an?|such an?) {GAP}(?:{HARD}) (?:place|spot|position|situation) to be\b",
    r"(?:that|it|this)(?:'s| is| must be| sounds like| would be) (?:a |such a )?(?:real |big |huge |massive"
    r" |proper |genuine )?worry\b",
    rf"(?:{FEEL}|sorry) for you\b",
    r"must(?: have|'ve)? (?:really |truly |so )?(?:stung|hurt)\b"
    r"(?!\s+(?:him|her|them|someone|anyone|people))",
    # Their loss or burden named big: "that's a big thing to lose", "a massive thing to ask of you".
    r"(?:that's|that is|it's|it is|that was|what) (?:a |such a )?(?:really |pretty |very )?(?:big|huge"
    r"|massive|enormous) (?:thing|deal|ask) to (?:lose|ask|carry|deal with|handle|take in|go through|hear"
    r"|face|give up)",
    # Their complaint granted: "That's fair. I have let you carry that."
    r"(?:that's|that is) fair(?=\s*(?:[.!,;]|$))",
    # Their pace granted: "there's no rush", "you don't owe anyone an explanation".
    r"(?:there's|there is) no rush\b|you (?:don't|do not) owe (?:anyone|anybody|them|him|her|me|people)\b",
    rf"{INT}understandable (?:response|reaction|feeling|thing|way)",
    rf"(?:that|this|it)(?:'s| is| was| sounds| sounds like| must be) {INT}(?:unfortunate|a shame|a pity"
    r"|too bad|not good|not great|no good|rough|a nightmare)(?! for (?:me|us)\b)",
    r"(?:a lot of|lots of|many|so many|plenty of|most|tons of|loads of|countless)"
    r" (?:other |new |young |first-time )?(?:people|parents|students|women|men|folks|carers|patients|mums"
    r"|dads|families)(?: who [^.!?,]{1,40}?| (?:on|in|at) (?:this|the|your) \w+)?"
    r" (?:say the same|feel the same|feel|felt|go through|are going through"
    r"|have gone through|struggle|experience"
    rf"|have been through|deal with|are dealing with|would feel|are (?:so |really |quite )?(?:{FEEL})\b)",
    # Shame lifted from the feeling: "feeling nothing for a while doesn't make you a fraud".
    r"(?:doesn't|does not|don't|do not|won't|will not) (?:make|mean) (?:you(?:'re| are)?"
    r"|that you(?:'re| are)?) (?:a |an )?(?:fraud|failure|bad (?:person|mum|mother|dad|father|parent|friend)"
    r"|weak|useless|broken|selfish|crazy|mad|faithless|ungrateful|a hypocrite)\b",
    r"(?:doesn't|does not) mean (?:your|you've) (?:\w+ )?(?:has |have )?(?:failed|lost (?:your )?faith)\b",
    r"(?:a |such a )?(?:real )?(?:kick in the teeth|slap in the face|punch in the gut|gut[- ]punch"
    r"|stab in the back|daylight robbery)",
    rf"(?:is|are) {INT}(?:normal|understandable|natural|common|valid)(?=\s*(?:[,.!;]|$| (?:with|after|given"
    r"|in (?:a|your|this|that|the)) ))",
    # Without its "it's": "totally understandable to dread it", "completely understandable you'd..."
    rf"(?:^|(?<=[.!?,] )|(?<=— )){INT}understandable (?:to|that|you'd|you would|you're|if)\b",
    r"you (?:shouldn't|should not|should never) have to\b",
    # Legitimacy: "nobody deserves to be treated like that".
    r"(?:nobody|no one|no-one) (?:deserves (?:to|that|this)|should (?:ever )?have to)\b",
    # Bad timing granted: "that's the last thing you needed".
    r"(?:that|this|it)(?:'s| is| was) (?:just |really |honestly |literally |definitely )?the last thing you"
    r" (?:need|needed|want|wanted)\b",
    # "That's the worst", "ugh, this is just the worst" (not "the worst idea").
    r"(?:that|this|it)(?:'s| is| was| sounds like| must be) (?:just |really |honestly |literally )?the worst"
    r"(?![\w'-]|\s+[\w'])",
    # A relief named: "that must be a huge weight off", "what a weight off your shoulders".
    r"(?:(?:that|it|this)(?:'s| is| must be| must feel like)(?: such)? a|what a) (?:huge |big |massive |real"
    r" |great )?weight off\b",
    # The situation named as among the hardest there are: "caring for a parent is one of the hardest things".
    # ("'s" needs its subject: the dispatch tries an alternative only where a word starts.)
    r"(?:is|are|(?:it|that|this|which)'s|was|were|must be|can be) (?:one of |among )?the (?:hardest|toughest"
    r"|cruell?est|saddest|scariest|loneliest"
    r"|worst|most (?:painful"
    r"|difficult|stressful|exhausting|draining|isolating|frightening|heartbreaking)) (?:things?|experiences?"
    r"|parts?|times?|kinds?|situations?|feelings?|questions?|decisions?|choices?|conversations?|calls?)\b"
    r"(?![^.!?\n]*\?)"
    r"|(?:is|are|(?:it|that|this|which)'s|was|were|must be|can be) (?:one of |among )?the (?:hardest"
    r"|toughest)(?=\s*(?:[.!,;]|$))",
    # Things of theirs called the worst: "2am cravings are the worst ngl" (not "you're the worst"; "that
    # estate agent is the worst" judges a person, and "is" cannot tell a person from a thing).
    # People as a class called the worst ("landlords are the worst") side against them and accept nothing.
    r"(?<!you )(?<!i )(?<!we )(?<!he )(?<!she )(?<!they )"
    + "".join(f"(?<!{who} )" for who in _PEOPLE)
    + r"are (?:honestly |literally |just |actually )?"
    r"the worst(?=\s*(?:[.!,;]|$|ngl|tbh|honestly|lol|fr|though|tho|,))",
    # Sorry about what happened to them: "I'm sorry this happened to you", "Sorry you had to go through
    # that" (not the non-apology "I'm sorry you feel that way").
    r"sorry (?:(?:this|that|it|all (?:of )?(?:this|that)) (?:happened|is happening|has happened|went|turned"
    r" out)|you (?:had to|have to|went|are going|'re going|were going|are dealing|'re dealing|were"
    r" dealing|have been|'ve been|are having|'re having)|(?:he|she|they)(?:'s| has|'ve| have)? (?:does|did|do"
    r"|done|said|says|treats"
    r"|treated|put|puts|made|makes) (?:that|this|it) to you)\b",
    # A hardship made worse: "that must have made stopping even harder".
    r"(?:must|would|will)(?: have)? (?:made|make) (?:it|that|this|things|everything|[a-z]+ing(?: [a-z]+)?)"
    r" (?:even |so much |all the |a lot |ten times )?(?:harder|worse|tougher"
    r"|more (?:painful|difficult|stressful|frightening))\b",
    # Hardship as a verb after "must" / "would": "that must sting", "that would hurt".
    r"(?:that|it|this)(?:'d| must| would| will) (?:really |have )?(?:sting|stung|hurt|suck|sucked|stink)\b"
    r"(?!\s+(?:him|her|them|someone|anyone|people))",
    # Legitimacy, past: "you deserved better", "you didn't deserve that", "you deserved to be thanked".
    r"you (?:really |so |totally |absolutely )?deserved (?:better|more|so much (?:better|more)"
    r"|to be (?:thanked|recogni[sz]ed|heard|seen|valued|respected|included|told|credited|appreciated"
    r"|listened to|supported|acknowledged|treated (?:better|well|with)))"
    r"|you (?:didn't|did not|don't|do not) deserve (?:that|this|any of (?:that|this)|to be treated)",
    # Sympathy as the listener's dislike of their news: "I hate to hear that", "I really hate hearing this".
    r"i (?:really |just |so )?hate (?:to hear|hearing) (?:that|this|about|you)\b",
    # "I can only imagine." on its own: the listener cannot know how hard it is.
    r"i (?:can|could) only imagine(?=\s*(?:[.!,;]|$))",
)
_OH_NO = re.compile(r"(?<![\w'])(?:oh|aw+|ah) no\W*$")
"""An interjection just before an acknowledgement ("oh no 😢 that sounds hard"): its "no" negates nothing."""
_BE = ("is ", "are ", "was ", "were ")
"""How "X is a lot" starts: after "there" it counts what there is, not a burden."""
_PERSON_BEFORE = ("you ", "u ", "he ", "she ", "they ")
"""Before "sound(s) ...": "you sound lonely" reflects the person, "they sound awful" sides against one:
neither appraises what happened to them."""
_THERE = ("there ", "there's ")
"""Before "is a lot to...": what there is to do, not how heavy it is for them."""


def _ack_source(alternatives: Sequence[str]) -> str:
    """The pattern of some of `_ACK_PATTERNS`, in their order."""
    return loose("(?<![\\w'])(?:" + "|".join(f"(?:{p})" for p in alternatives) + ")")


_ACK_SCAN = HeadDispatch(_ACK_PATTERNS, _ack_source)
"""`_ACK_PATTERNS`, each tried only where one of its beginnings occurs ("that sou", "sounds l")."""
_ACK = _ACK_SCAN.pattern
_ACK_GATED = tuple((words, Scanner(re.compile(loose(p)), depth=6)) for words, p in GATED_ACKS)
"""`GATED_ACKS` compiled, each scanned only where one of its beginnings (six characters: three are
common words such as "i c", "tha") occurs."""


def acknowledgements(ctx: TurnContext) -> list[Hit]:
    """Phrases that acknowledge the feeling or the situation ("that sounds really hard")."""
    return all_in_order(ctx, "acknowledgements", _acknowledgements)


def acknowledgements_in_order(ctx: TurnContext) -> Iterator[Hit]:
    """`acknowledgements`, found one by one: a rule that needs only the first stops the scan there."""
    return in_order(ctx, "acknowledgements:lazy", _acknowledgements)


def _acknowledgements(ctx: TurnContext) -> Iterator[Hit]:
    text = masked(ctx)
    own_story: dict[int, bool] = {}  # sentence start -> it is the listener's own story (found on demand)
    gated = _gated_acks(ctx, text)
    found = dispatch_reply(ctx, _ACK_SCAN)
    matches = sorted([*found, *gated], key=_start) if gated else found
    for m in matches:
        if (
            negated_before(text, m.start(), 2)
            and not m.group(0).startswith(("i can't", "you're not"))
            and not _OH_NO.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        if sarcastic(ctx, m.start()):
            continue
        if m.group(0).startswith(("sound ", "sounds ")) and text.endswith(_PERSON_BEFORE, 0, m.start()):
            continue  # "you sound really lonely", "he sounds awful": about the person, not what happened
        if m.group(0).startswith(_BE) and text.endswith(_THERE, 0, m.start()):
            continue  # "there is a lot to carry": a quantity, not a burden
        if NORMAL.search(m.group(0)) and normalises_no_feeling(ctx, text, m.start()):
            continue  # "all kids fight, it's normal": other people's ways or the event, not their feeling
        mine = (
            m.group(0).startswith(("i ", "i'", "im "))
            or m.group(0).endswith(
                (
                    "me too",
                    "my heart",
                    "me off",
                    "me in",
                    "broken me",
                    "mad",
                    "crazy",
                    "wall",
                    "head in",
                    "read",
                    "heard",
                    "seen",
                )
            )
            or " would " in m.group(0)
        )
        if not mine and in_own_story(ctx, m.start(), own_story):
            continue
        if m.re is BARE and after_own_story(ctx, m.start(), own_story):
            continue  # "...then I'd go in and pretend. Nightmare.": their own story appraised
        yield (m.start(), m.end(), m.group(0))


def _gated_acks(ctx: TurnContext, text: str) -> list[re.Match[str]]:
    """The matches of `GATED_ACKS` in `text`, pattern by pattern (a pattern is scanned only when one
    of its words is in the reply: a plain substring test, far cheaper than a regex search), and the
    sentences that only appraise the hardship ("Grim.")."""
    found = bare_appraisals(ctx, text)
    for words, scanner in _ACK_GATED:
        for word in words:
            if word in text:
                found.extend(scan_reply(ctx, scanner))
                break
    return found


def _start(m: re.Match[str]) -> int:
    return m.start()
