"""Must-fire / must-not-fire examples for forms read in an eighth blind batch of labelled replies (session
8): befriending calls with older people, work chat and mental-health forum comments.

Each row names one general form: "that's appalling", "X is a lot" with any subject, "it doesn't sound
daft at all", "that's massive"; "don't read into it" tells how to feel; "ping Marcus", "time to polish the
CV" and "here's the policy" point to a step; "just tell me how..." and "🎉 how's the little one??" ask
openly; a '?' statement followed by "that's genuinely not ok" and "don't you dare say..." ask nothing;
"this is me" turns the talk to the listener, while "I must say" and "I promise" are stances; a short
echo of their words in another form ("The team planned without you?") restates nothing in the
listener's words. Every example
is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "Found out the team had a planning day without me. I've run that project for two years. Small thing, "
    "I know, but I haven't slept."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "validation",
        "'that's appalling', 'X is a lot', 'it doesn't sound daft at all', 'that's massive'",
        [
            "That's appalling.",
            "Two years running it and then left off the invite is a lot.",
            "It doesn't sound daft at all.",
            "You finally said it to her? That's massive.",
        ],
        ["There is a lot to cover on Monday.", "It sounds daft, but try the earlier train."],
    ),
    (
        "advice",
        "'ping', 'time to...', 'here's the policy'; 'don't read into it' tells how to feel",
        [
            "ping Jo and ask for the notes",
            "Time to update the CV.",
            "Here's the grievance policy: have a read.",
        ],
        ["don't read into it tbh", "Here's the thing, nobody told me either."],
    ),
    (
        "question",
        "'just tell me how' and an emoji before 'how's' ask; a '?' then a judgement, 'don't you dare' don't",
        ["Just tell me how the day went.", "🙂 how's the project going??"],
        ["Two years and no invite? that's genuinely not ok", "Don't you dare call it small."],
    ),
    (
        "paraphrase",
        "a short echo of their words in another form ('planned' for 'planning'); new words restate",
        ["They left you off the list for the project you've carried."],
        ["Planning days without you?", "The team planned without you?"],
    ),
    (
        "self_focus",
        "'this is me' brings in the listener's own state; 'I must say' and 'I promise' are stances",
        ["this is me", "That's so me lol"],
        ["You've held that project together, I must say.", "It gets easier, I promise."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
