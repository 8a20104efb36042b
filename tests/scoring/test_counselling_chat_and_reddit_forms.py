"""Must-fire / must-not-fire examples for forms read in a ninth blind batch of labelled replies (session 8):
transcribed motivational-interviewing sessions, emotional-support chat and Reddit-style replies.

Each row names one general form: "that takes something", "it's brave to say that out loud", "it's not just
you", "not gross", "you're allowed to still...", "of course you'd want...", "I'd be fuming if..." accept;
a bare "oh no" does not (two blind labellers coded it so, in sessions 5 and 8), while "that's a big loss"
does; "you sound really lonely" reflects the person and is no appraisal; "it might just be a matter of
sticking with it" and "maybe something to talk to a counsellor about" advise, "it makes sense you'd want to
avoid her" does not; "do you want to tell me what happened?" is open; "I'm around" is a stance; asked
without "?": "you doing alright yourself", "on a scale of one to ten, how...", "what number would feel
right". Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "I keep saying I'll cut down on the wine and then it's Friday again. My sister says I'm just lazy and "
    "I should try harder."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "validation",
        "effort and courage affirmed, 'it's not just you', a verdict disputed, permission, 'of course you'd'",
        [
            "Cutting down at all? That takes something.",
            "It's brave to say that out loud.",
            "It's not just you, Fridays are hard for loads of people.",
            "Not weird at all.",
            "You're allowed to still want a glass on Fridays.",
            "Of course you'd want something to look forward to.",
            "I'd be fuming if my sister said that.",
            "Oh no, that's a big loss.",
        ],
        [
            "oh no",
            "Oh no. What happened on Friday?",
            "I'd be fuming by Friday, I get so tired.",
        ],
    ),
    (
        "validation",
        "'you sound really lonely' reflects the person; 'that sounds really lonely' appraises",
        ["That sounds really lonely."],
        ["you sound really lonely"],
    ),
    (
        "advice",
        "'a matter of sticking with it', 'maybe something to talk to someone about'; not 'you'd want to'",
        [
            "It might just be a matter of sticking with the plan.",
            "Maybe something to talk to your GP about.",
        ],
        [
            "It makes sense you'd want to avoid Fridays with her.",
            "Maybe something changed on Fridays.",
        ],
    ),
    (
        "open_question",
        "'do you want to tell me what happened?' invites the story; 'do you want to talk?' offers",
        ["do you want to tell me what happened on Friday?"],
        ["Do you want to talk?"],
    ),
    (
        "question",
        "asked without '?': a chat check, a scale question, 'what number would', 'why... in the first place'",
        [
            "You doing alright yourself",
            "u ok with all this",
            "On a scale of one to ten, how ready are you to cut down",
            "What number would feel right to you",
            "Why wine in the first place",
        ],
        ["You good at hiding it.", "What people would say is nobody's business."],
    ),
    (
        "open_question",
        "a scale question asks for one number, with or without '?'",
        [],
        ["On a scale of one to ten, how ready are you to cut down"],
    ),
    (
        "self_focus",
        "'I'm around' offers company; the listener's own drinking takes the floor",
        ["I'm the same with gin once the kids are asleep."],
        ["i'm around all evening if you want to chat"],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
