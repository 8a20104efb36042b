"""Reflective stems ("it sounds like", "so you're saying", "what I'm hearing is") and what may follow one:
generic understanding, which restates nothing, or a clause about their story."""

from __future__ import annotations

import re

UNDERSTOOD_HOW = r"(?: (?:so|very|really|totally|completely|perfectly|fully|well|much|too|deeply))*"
"""How well the listener understands ("I understand you very well"): it adds nothing of theirs."""
STEM = re.compile(
    r"(?<![\w'])(?:(?:it |that |this )?(?:sounds|sounded|seems|seemed|looks|feels) (?:to me )?(?:(?:a bit "
    r"|a little |kind of |sort of |more )?like|as if|as though|that)|so(?<![\w,] so) (?:basically|then)"
    r"|so(?<![\w,] so),? (?=(?:you|your|it's|it was|it isn't|it wasn't|it is|it felt|it feels|they|he|she|the"
    r"|this|that's|there's|there was|whenever|every|each|even|home|not (?:just|only)|on top of"
    r"|one(?! (?:thing|idea|option|suggestion|tip|way|more)\b))\b)"
    r"|(?:(?<=^)|(?<=[.!?] ))must (?:feel|be|have felt) (?:like|as if|as though)"
    r" (?=you\b|your\b|you're|he|she|they)"
    r"|(?:it|that|this) (?:does|did|really|also|still|almost|just|kinda|kind of|sort of) (?:sounds?|seems?"
    r"|looks?|feels?) (?:like|as if|as though|that)"
    r"|(?:starting|beginning) to (?:sound|seem|look|feel) (?:a bit |a little |kind of |sort of )?"
    r"(?:like|as if)"
    r"|(?:are you|you're) saying(?: that)?|(?:is it|could it be|would it be fair to say|would you say"
    r"|am i right (?:in thinking|to think)) (?:that )?"
    r"(?=you\b|your\b|you're|he\b|she\b|they\b|it's\b|the\b|things\b|there\b)|what i(?:'m| am)? hear(?:ing)?"
    r"|(?:i'm|i am|im) (?:so |really |very |truly )?sorry (?:to hear )?(?:that )?(?=your?\b|you're|you've)"
    r"|i(?:'m| am)? hear(?:ing)? (?:that|you)|if i(?:'m| am)? (?:understand|understood|hearing)\w*"
    r"|(?:let me see )?if i(?:'ve| have|'m| am)? (?:got|get|getting) (?:this|that|it|you|what)(?: right)?"
    r"|if i(?:'m| am) (?:reading|following) (?:this|that|it|you)(?: right| correctly)?"
    r"|just to (?:make sure|clarify|check)|to clarify|let me get this straight|if i(?:'m| am) following"
    r"|(?:just )?so i(?:'ve| have)? (?:got|get) (?:this|that|it|you) (?:right|straight)"
    r"|(?:just )?so i(?:'m| am) clear"
    r"|i (?:can |could )?(?:see|tell|understand|sense|gather|notice|realise|realize) (?:that )?(?=you\b"
    r"|you're|your|things|it's|this|he|she|they)"
    r"(?!you" + UNDERSTOOD_HOW + r"\W*$|how you feel|what you mean|where you're coming"
    r"|what you're going through|you(?:'ll| will| can| could| should))"
    r"|(?:you're|you are|you were|ur|youre|u r) (?:saying|telling me|describing)"
    r"|what you(?:'re| are) (?:saying"
    r"|describing|telling me)|in other words|(?<!what )you mean"
    r"|i(?:'m)? (?:get|getting) (?:the|a) (?:sense|feeling|impression)|i sense|i gather"
    r"|my (?:sense|understanding|impression|guess|hunch) is(?: that)?(?= (?:you\b|your\b|you're|you've))"
    r"|(?:what )?i(?:'m| am) picking up(?: on)?(?: is)?(?: that)?"
    r"|if i(?:'ve| have) understood(?: (?:you|this|that|it))?(?: (?:right|correctly))?"
    r"|it appears|from what you(?:'ve| have)? (?:said|told me|described|shared|written)|let me see if i"
    r"|correct me if|to sum up|it(?:'s| is) (?:almost |kind of |a bit )?(?:like|as if|as though)"
    r" (?=you\b|your\b|you're|you've|he\b|she\b|they\b)|(?:it )?seem(?:s|ed) (?:to me )?"
    r"(?=you\b|your\b|you're|you've|he\b|she\b|they\b|he's|she's|they're)"
    r"|i (?:can )?imagine (?:that )?(?=you\b|your\b|you're|you've)"
    # A tentative guess at their meaning (MITI: a reflection, not a question); not a hedged suggestion.
    r"|i(?:'m| am)? wonder(?:ing)? (?:if|whether) (?=(?:part of (?:what|it|this) )?(?:you\b|your\b|you're"
    r"|you've|what's hard|what hurts)|some of)(?!you (?:should|could|might|need|have to|ought|would)\b)"
    r"|i (?:can |could )?(?:really )?hear (?:how|that|the|what|you|your|in your)|you seem (?:to|like)"
    r"|part of you|on (?:the )?one hand|no wonder(?= (?:you|you're|you've|your|u|ur)\b)"
    r"|you(?:'re| are) (?:torn|caught) between|(?:^|(?<=[.!?] ))(?:caught|torn|stuck) between"
    r"|(?:^|(?<=[.!?] ))like (?=you're\b|you've\b|your\b|you (?!know\b|said\b|mean\b))"
    r"|you(?:'ve| have) been (?:dealing|going through|struggling|trying|working|having|carrying|juggling"
    r"|putting up)|you (?:feel|felt) (?:like|that|as if|as though)"
    r"|you(?:'re| are) (?:worried|afraid|scared|concerned) (?:that|about))(?:(?<=\s)|(?![\w']))"
)
"""Reflective stems: "it sounds like", "so you're saying", "what I'm hearing is", "part of you"."""
GENERIC_REST = re.compile(
    r"\W*(?:you|your|you're|you are|you've been|you have been|what you(?:'re| are)?|how you|where you're)?"
    r"\s*(?:going through|dealing with|feel(?:ing)?|mean|saying|coming from|situation|feelings?|point"
    r"|(?:had to )?(?:see|saw|hear|heard|went through|dealt with|face|faced|experience|experienced)"
    r"|concerns?|pain|frustration)?\s*(?:this|that|it|all this|all of this|that way|this way"
    r"|right now|now|about (?:it|that|this))?\W*"
)
"""What generic understanding leaves after a stem ("I'm sorry you're going through this", "I
understand your feelings"): nothing of the speaker's is restated."""
STEM_CLAUSE = re.compile(
    r"\s*(?:there|he|she|they|his|her|their|things|people|nobody|no one|the [a-z-]+ (?:is|was|has|keeps"
    r"|makes|made)|the (?:worst|hardest|toughest|saddest|scariest) (?:part |bit |thing )?(?:of (?:it|all this"
    r"|this) )?(?:is|was))\b"
)
"""A clause after a stem ("it sounds like there might be more going on at work")."""
