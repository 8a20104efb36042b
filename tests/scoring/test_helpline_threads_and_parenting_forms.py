"""Must-fire / must-not-fire examples for forms read in a seventh blind batch of labelled replies (session
8): a text helpline, relationship advice threads and parenting.

Each row names one general form: a helpline's "you're safe to talk here" is an assurance, not a feeling of
theirs; "you're not overreacting" disputes a verdict and restates nothing; "you don't need a reason to...",
"a lot of people who ... say the same", "I'm so sorry he does that to you", "what a morning" and "that
would've finished me off too" accept the feeling; "it sounds like you need to set boundaries" is advice,
"it sounds like you need to vent" still reflects; "what helped me most was...", "could you suggest...?"
and someone's help proposed "so you can..." advise; "that's what I did", "in my day" and "reading this
made me cry" turn the talk to the listener; "who back home do you talk to" and "what subject is first"
ask without "?"; "how much it hurts" inside a question acknowledges nothing. Every example is written for
this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "My partner checks my phone every night and says I'm paranoid when I mind. I haven't slept properly "
    "in weeks and the baby's teething."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "a helpline's assurance and a disputed verdict restate nothing; a feeling of theirs does",
        ["You must feel watched all the time."],
        ["You're safe to talk here.", "You're not overreacting.", "You aren't being paranoid."],
    ),
    (
        "validation",
        "permission, normalising with a relative clause, sorry for what he does, 'what a week', 'would've"
        " finished me off'",
        [
            "You don't need a reason to feel like this.",
            "Lots of parents who come to us say the same.",
            "I'm so sorry he does that to you.",
            "No sleep and a teething baby. What a week.",
            "That would've finished me off too.",
        ],
        ["What a surprise, he's at it again?", "Does he know how much it hurts?"],
    ),
    (
        "advice",
        "'sounds like you need to' + a step, 'what helped me most', 'could you suggest', help 'so you can'",
        [
            "It sounds like you need to set some rules about the phone.",
            "What helped me most was a white noise machine.",
            "Could you suggest a night off each for the feeds?",
            "Is anyone able to have the baby one night so you can sleep?",
        ],
        ["It sounds like you need to vent.", "Is anyone able to help at all?"],
    ),
    (
        "self_focus",
        "'that's what I did', 'in my day', 'reading this made me cry' bring in the listener's own story",
        [
            "Separate phones, that's what I did with mine.",
            "In my day we just got on with it.",
            "Reading this made me cry, it's so like my first marriage.",
        ],
        ["That's what I'd want for you too.", "This made me so angry for you."],
    ),
    (
        "question",
        "wh-questions without '?' with the verb later ('who at home do you talk to', 'what night is worst')",
        ["Who at home do you talk to about it", "what night is worst"],
        ["What matters is that you're safe.", "What's done is done."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
