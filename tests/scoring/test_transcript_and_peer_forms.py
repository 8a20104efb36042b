"""Must-fire / must-not-fire examples for forms found on transcribed counselling, peer-support replies
and a third blind batch (session 6).

Each row names one general form: an echo of the speaker's own words is not a paraphrase (the
labelling guide's "parroting"); a check question restates something of theirs, it does not ask
something new; hedges ("sometimes", "maybe") may open a plain reflection; clearing them of blame is
the listener's judgement, not a restatement; sympathy may leave out "I'm" and "you're" ("so sorry
for your loss", "really sorry going through this"), and an apology for oneself is not sympathy.
Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "I've been sober eleven months. My brother's wedding is in two weeks and there's an open bar, "
    "and I keep picturing myself at the bar. My sponsor says I should just skip it."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "a short fragment made only of their words echoes them, with or without marks",
        ["Eleven months without a drink, and now this wedding."],
        [
            "Eleven months.",
            "Two weeks?!",
            "An open bar. Wow.",
            "Your brother's wedding?",
            "So there's an open bar?",
        ],
    ),
    (
        "paraphrase",
        "a declarative check restates something of theirs; one about something new asks",
        ["So the open bar is what worries you?", "So your sponsor wants you to stay away?"],
        ["And you found a hotel okay?", "And you like the new flat?"],
    ),
    (
        "paraphrase",
        "a hedge or filler may open a plain reflection",
        ["Sometimes you picture yourself right at that bar.", "Maybe you're not sure skipping it is right."],
        ["Sometimes you have to put yourself first.", "Maybe you should skip it."],
    ),
    (
        "paraphrase",
        "'it does sound like', 'it's starting to feel like' are reflective stems",
        [
            "It does sound like the bar is pulling at you.",
            "It's starting to feel like the wedding is a test for you, is that fair?",
        ],
        ["It does sound like a lovely venue, though I've never been."],
    ),
    (
        "paraphrase",
        "clearing them of blame is the listener's judgement, not a restatement",
        [],
        ["You're not doing anything wrong.", "It's not your fault.", "You did nothing wrong."],
    ),
    (
        "paraphrase",
        "what someone in their story must do is the listener's verdict, not a restatement",
        ["Your brother wants you there, and you want to stay sober."],
        ["Your brother needs to understand.", "Your sponsor has to hear this.", "Your sobriety comes first."],
    ),
    (
        "validation",
        "sympathy with 'I'm' or 'you're' left out, or 'so' said twice",
        [
            "So sorry.",
            "sorry man.",
            "Sorry :(",
            "So so sorry you're going through this.",
            "really sorry going through this.",
            "Sorry to read that, it's a lot.",
        ],
        ["Sorry, I can't make it tonight.", "Sorry for the slow reply!", "Sorry that sent twice."],
    ),
    (
        "advice",
        "a rule of thumb ('the trick is to', 'your best bet'), 'it could be really useful to', 'I'd skip it'",
        [
            "The trick is to leave before the speeches.",
            "Honestly, the key is to have an exit plan.",
            "Driving yourself is your best bet.",
            "It could be really useful to tell your sponsor.",
            "I'd skip it.",
            "Skip the reception, go to the ceremony.",
        ],
        ["The key was finding my own sponsor, and I did.", "The secret is out now.", "That bar is a trick."],
    ),
    (
        "question",
        "disbelief that echoes them with 'what' for its object asks nothing",
        ["So what did your sponsor say?"],
        ["He did WHAT??", "Your sponsor said what?"],
    ),
    (
        "question",
        "a statement shouted in capitals with '??' or '?!' is outrage; a question in capitals still asks",
        ["ARE YOU OK??", "So the wedding is in two weeks?"],
        ["Eleven months and they booked an OPEN BAR??", "They put you next to the bar for FOUR HOURS?!"],
    ),
    (
        "advice",
        "'worth trying' inside their own deliberation ('whether it's worth...') is not advice",
        ["It's worth trying the alcohol-free drinks."],
        ["You're wondering whether it's worth going at all."],
    ),
    (
        "invalidation",
        "'don't overthink it', 'don't dwell on it' tell them to stop feeling it",
        ["Don't overthink it.", "Honestly, don't dwell on it."],
        ["I don't think you're overthinking it."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
