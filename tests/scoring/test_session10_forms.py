"""Must-fire / must-not-fire examples for forms read in session 10: counsellors' reflective stems and the
blind batches of that session.

Each row names one general form: "my sense is that you...", "I'm picking up that...", "if I've understood
you right, ..." and "it's as if you..." are reflective stems that restate what follows them; a guess about
someone else ("my guess is he...") and an empty "my guess is that's a no" are not.
Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "I only smoke at night now, by the open window, once the baby's asleep. My partner still says the flat "
    "stinks of it and I'm fed up of being the bad guy."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "counsellors' stems: 'my sense is', 'I'm picking up', 'if I've understood', 'it's as if you'",
        [
            "My sense is that you're cutting down so the baby never breathes it.",
            "I'm picking up that you're tired of being cast as the bad guy.",
            "If I've understood you right, you've already moved it to the window at night.",
            "It's as if you can't win with your partner, whatever you change.",
        ],
        [
            "My guess is he just hates the smell.",
            "My guess is that's a no.",
        ],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
