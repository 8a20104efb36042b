"""Phrase tables of the acknowledgements: intensifiers and "sorry" fragments shared by both tables, and the
acknowledgements scanned only when one of their words is in the reply (`GATED_ACKS`)."""

from __future__ import annotations

from listener.detectors._feeling_words import SORRY_INTENSIFIED

INT = (
    r"(?:(?:so|really|very|truly|completely|totally|perfectly|entirely|quite|pretty|incredibly|such|only"
    r"|certainly|definitely|absolutely|understandably) )*"
)
"""Intensifiers before an appraisal ("so", "really", "completely understandable")."""

SORRY_TO = r"to (?:hear|know|read|see|learn)"
"""Sorry to hear: "sorry to hear that", "sorry to read this"."""
SORRY_GOING_THROUGH = (
    r"(?:you're |you are |ur )?(?:going through|dealing with|hurting|struggling|feeling (?:so|really|very"
    r"|this) \w)"
)
"""Sorry for what they live through, "you're" said or left out: "(you're) going through this"."""
GATED_ACKS = (
    # Felt empathy, tentative: "I can feel how tense you are", "I can feel your worry".
    (
        ("can feel", "could feel"),
        r"(?<![\w'])i (?:can|could) (?:really |almost |definitely )?feel (?:how|your|the (?:\w+ )?(?:in"
        r"|of) your"
        r"|what you)",
    ),
    # Sympathy with "I'm" left out, opening a sentence: "So sorry for your loss", "sorry man.",
    # "really sorry (you're) going through this" (not "Sorry, I can't make it").
    (
        ("sorry",),
        r"(?:^|(?<=[.!?] )|(?<=[.!?]))(?:(?:hey|hi|oh|aw+|ugh|man)[,!]? )?"
        + SORRY_INTENSIFIED
        + r"(?: (?:"
        + SORRY_TO
        + r"|about (?:that|this|your|what|everything|all)|for your|that you|"
        + SORRY_GOING_THROUGH
        + r")|(?=\s*(?:[.!]|$|:\(|(?:my )?(?:man|dude|mate|bro|friend|op|hun|love|babe|girl|buddy)\b)))",
    ),
    # Siding with the reaction: "I don't blame you", "I'd have done the same".
    (
        ("blame", "the same"),
        r"(?<![\w'])(?:i (?:really |honestly )?(?:don't|do not|can't|cannot|couldn't) blame you|who (?:could"
        r"|can"
        r"|would) blame you|i(?:'d| would)(?: have|'ve)? (?:done|reacted|felt|said|acted) (?:exactly |just"
        r" |pretty much )?the same|i would(?:'ve| have) (?:done|reacted|felt) (?:exactly |just )?the same)",
    ),
    # A normal reaction: "that's a completely normal reaction", "it's fair to feel let down".
    (
        ("normal", "natural", "understandable", "human", "reasonable", "valid", "healthy", "fair"),
        rf"(?<![\w'])(?:{INT}(?:normal|natural|understandable|human|reasonable|valid|healthy) (?:response"
        rf"|reaction|feeling|thing to feel|way to feel)"
        rf"|(?:(?:it|that)(?:'s| is) )?(?<!it ){INT}fair(?: enough)?"
        rf" to (?:feel|be))",
    ),
    # Legitimacy of their pace or way: "there's no right way to feel", "grief doesn't follow a schedule".
    (
        ("way to", "timetable", "timeline", "schedule", "deadline", "time limit", "a clock"),
        r"(?<![\w'])(?:there(?:'s| is) no (?:right|wrong|correct|one) way to (?:feel|grieve|react|handle"
        r"|deal)"
        r"|no (?:timetable|timeline|schedule|deadline|time limit) (?:for|on) (?:grief|grieving|healing|this"
        r"|feelings|how you feel)|(?:doesn't|does not) (?:follow|have|run on) a (?:schedule|timetable"
        r"|timeline|clock))",
    ),
    # Permission to feel: "you're allowed to be tired", "there's nothing wrong with feeling this way".
    (
        ("allowed to", "wrong with", "need a reason", "need an excuse", "need permission"),
        r"(?<![\w'])(?:(?:you(?:'re| are)|it(?:'s| is)"
        r"|(?:men|women|people|parents|carers|dads|mums|we|everyone|anyone) (?:are|is))"
        r" (?:totally |completely |absolutely |so )?allowed to "
        r"(?:still )?(?:not )?(?:feel|be|cry|know|change"
        r"|grieve|need|want|say no|rest|take|miss|struggle|fall apart|break down|hurt)"
        r"|nothing (?:at all )?wrong with (?:feeling|being"
        r"|wanting|needing|asking|crying|taking|missing|struggling|grieving)|(?:you|u) (?:don't|do not|dont)"
        r" need (?:a reason|an excuse|permission) to)",
    ),
    # Difficulty granted with any subject: "new jobs are never easy", "that can't be easy".
    (
        ("easy", "simple", "fun"),
        r"(?:(?<![\w'])(?:isn't|is not|is never|are never|aren't|are not|can't be|cannot be|won't be"
        r"|can't have been|cannot have been|couldn't have been"
        r"|was never|wasn't|is not going to be|isn't going to be)|(?<=[a-z])'s (?:not going to be|never|not"
        r"|no)) (?:ever |always |exactly |an? )?(?:easy|simple|fun)"
        r"(?! (?:to (?:do|fix|say(?= (?:what|how|whether|if|when|where|who|which|for sure)\b)|get|find"
        r"|make|learn)|for me|way|fix|answer|solution))\b",
    ),
    # An experience called the worst: "the waiting is the worst", "that sinking feeling after an exam is
    # the worst part" (not a person, "my landlord is the worst", nor "guys are the worst").
    (
        ("the worst",),
        r"(?<![\w'])(?:feeling|part|bit|thing|waiting|wait|knowing|uncertainty|limbo|anticipation|silence|guilt"
        r"|dread|worry|stress|anxiety|wondering)(?: [\w']+){0,4}? (?:is|was) (?:just |really |honestly"
        r" |literally |always |truly )?the worst(?:\s+(?:part|bit|feeling|thing))?(?=\s*(?:[.!,;]|$))",
    ),
    # The feeling granted as real: "that fear is so real", "your grief is completely valid".
    (
        ("real", "valid"),
        r"(?<![\w'])(?:that|the|your|this) (?:fear|worry|anxiety|grief|pain|anger|guilt|frustration"
        r"|exhaustion|feelings?|hurt|stress|dread|panic|shame|heartbreak|disappointment|[a-z]+ness)"
        r"(?: [\w']+){0,4}? (?:is|are|'s) (?:so |very |completely |totally |absolutely |really )?(?:real"
        r"|valid)(?=\s*(?:[.!,;]|$|and\b|too\b))",
    ),
    # Normalising a lapse or a stage: "slipping is part of the process".
    (
        ("part of",),
        r"(?<![\w'])(?:is|are|that's|it's) (?:all |just |a |a normal |a natural |an expected |completely )?"
        r"(?:normal |natural )?part of (?:the (?:process|journey|healing|grieving process)|recovery|healing"
        r"|grieving|grief|getting better|changing|learning)",
    ),
)
"""Acknowledgements scanned only when one of their words is in the reply (they begin with words as
common as "is" and "'s", which would slow the main scan)."""
