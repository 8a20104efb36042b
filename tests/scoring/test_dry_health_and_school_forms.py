"""Must-fire / must-not-fire examples for forms read in a sixth blind batch of labelled replies (session 8):
health care, school and study, and dry, understated talk.

Each row names one general form: a hardship named in a word ("Grim.", "Rough, that.") unless it sums up
the listener's own story; "that'd sting", "I'd be climbing the walls", "X is a lot to carry", a plural
"sound really hard", "not daft at all" (their verdict on their feeling disputed), "fair play to you"; an
event appraised with a hardship word ("a knee injury is the worst") is validation only; what "has got
you feeling" or is "rattling round your head"; "the good news is" and "it's probably nothing" as silver
linings; a professional's instruction ("I'm going to ask you to fill in..."), "I'd not keep her off",
British "you'll want to", more action verbs ("come in the mornings", "lift with your knees"), and "stop
sulking" as how to feel; "talk to me about" as an open request, "what was his name?" as closed, "Is it
though?" as a retort, and a question of fact ending in "maybe?". Every example is written for this table,
none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "Did my knee in at football on Saturday. Physio says eight weeks off, and the scan isn't till March. "
    "I'm self-employed, so no work, no money."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "validation",
        "a hardship named in a word or two as its own sentence; not after the listener's own story",
        ["Grim.", "Oof, brutal.", "Eight weeks with no money coming in. Rough, that."],
        ["Rough?", "I did mine in 2019 and I'd sit on the sofa all day. Nightmare."],
    ),
    (
        "validation",
        "'that'd sting', 'I'd be climbing the walls', 'X is a lot to carry', a plural 'sound really hard'",
        [
            "That'd sting.",
            "No work till March? I'd be climbing the walls.",
            "Eight weeks off is a lot to carry.",
            "The next few weeks sound really hard.",
        ],
        ["I'd climb the walls to get a scan sooner.", "The weeks sound long."],
    ),
    (
        "validation",
        "their verdict on their own feeling disputed ('not daft at all'); 'fair play to you' affirms",
        [
            "Not daft at all.",
            "It's not silly to worry about the money.",
            "Fair play to you for still smiling.",
        ],
        ["It's not silly putty.", "Fair enough."],
    ),
    (
        "paraphrase",
        "what 'has got you feeling' something, or is 'rattling round your head', is reflected",
        [
            "The money side has got you feeling trapped.",
            "Bet March has been rattling round your head all week.",
        ],
        ["Round your way the scans take ages."],
    ),
    (
        "validation",
        "'the good news is' and 'it's probably nothing' are silver linings, never acceptance",
        [],
        ["The good news is that knees heal well.", "It's very often nothing serious, it's probably nothing."],
    ),
    (
        "advice",
        "an instruction ('I'm going to ask you to'), 'I'd not', 'you'll want to'; not 'take it personally'",
        [
            "I'm going to ask you to fill in a short form about the injury.",
            "I'd really not go back to five-a-side before March.",
            "You'll want to get that knee strapped before you drive.",
        ],
        [
            "I'm going to ask you to tell me what happened.",
            "I'd not take it personally, they're slow with everyone.",
        ],
    ),
    (
        "advice",
        "more action verbs ('come in the mornings', 'lift', 'picture'); 'come on' and 'stop sulking' are not",
        [
            "Come in the mornings, the clinic is quieter.",
            "Lift with your knees next time.",
            "just picture the scan going fine",
        ],
        ["Come on, you'll be back by spring.", "Stop sulking, mate.", "But come March you'll know more."],
    ),
    (
        "paraphrase",
        "an event appraised with a hardship word is validation only; a feeling word or 'must' reflects",
        ["Being off work that long must be awful.", "Eight weeks off with no money sounds so lonely."],
        ["A knee injury is the worst."],
    ),
    (
        "question",
        "'talk to me about' asks; 'Is it though?' retorts and asks nothing",
        ["Talk to me about the money side."],
        ["Is it though?"],
    ),
    (
        "open_question",
        "'what was his name?' asks for one fact: closed",
        ["What's been the worst part?"],
        ["What was the physio's name?", "What was his name?"],
    ),
    (
        "advice",
        "a question of fact ending in 'maybe?' asks; a proposal ending in 'maybe?' advises",
        ["A knee brace, maybe?", "Have you looked at the self-employed sickness grants?"],
        ["Has anyone else seen it, your GP maybe?"],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
