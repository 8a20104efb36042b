"""Must-fire / must-not-fire examples for forms read in session 11 (the blind batches 34 and 35 and the
flips of each change on the own set, ESConv and AnnoMI).

A restatement with no reflective stem in a reply that also advises, tells the listener's own story, or
minimises, dismisses or judges serves that roadblock: "She's asked four times and paid nothing back. Stop
lending it to her." is advice with its reason, not a paraphrase (own set: 35 of 46 such replies say no
paraphrase; ESConv 49 of 60). With a stem ("It sounds like...") the restatement still counts. From the
thirty-fourth and thirty-fifth: "charge her rent" and "ever thought about getting a lock?" advise, as does
"have you told HR?" when the next sentence gives the step's reason ("They're supposed to..."); a formal "do
let me know" or "do keep me posted" is a courtesy, and "do tell me how..." asks openly; "utterly" and
"most" intensify an appraisal, "how unfortunate", "such a shock", "that'd do my head in", "the last thing you
needed" and "nobody should have to..." accept; "she sounds awful" sides against her, and "every right to"
an act approves the act, not a feeling; "I should think" and "I suspect" hedge a guess, "I'm so angry for
you" and "I'd be beside myself" stay on them, and "I told you we should..." is being proven right; "might I
ask what..." and "can I ask what the loan was for?" ask openly (a "what the" is rhetorical only before "hell"
and its kind); a suggestion said as a statement with "?" ("You could always ask her...?") does not ask (ten
of the own set's twelve such rows). A feeling named about a third party ("she's probably just lonely")
is theirs, not a reflection of the speaker's; "so the worst of it is that..." restates. From the
thirty-seventh: "it's allowed to feel rubbish" grants the feeling, "Sending love x" alone is a courtesy (five
of the own set's seven such rows), "sounds like you need to let them know" prescribes, "so what frightens
you most is..." (a pseudo-cleft) states and asks nothing, "took me six attempts lol" is the listener's own
record. Read in the older rows: "not knowing must be unbearable" (the "not" is inside the subject and
negates nothing), "that must have made stopping even harder", "the cruellest part of this work" and "the
saddest thing I've read all day" accept, and so do "that gets old so fast", "that's so messed up" (not "...
of her", which judges her) and "daylight robbery"; "I wonder if part of you..." with no "?" guesses at
what goes on in them and asks nothing (seven of eight such own-set sentences), "I wonder if we could..."
asks; a guess about someone else said with "?" ("Maybe she's just embarrassed about it?") explains and
asks nothing (ten of the own set's thirteen such sentences).
Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "My sister's asked to borrow money again. It's the fourth time this year and she's never paid back a "
    "penny. I feel like a cash machine."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "a restatement with no stem serving advice, one's story or a put-down is none; with a stem it is",
        [
            "She's asked four times this year and never paid a penny back.",
            "It sounds like she's asked four times this year and never paid you back. Maybe stop lending?",
            "So she's borrowed four times this year without paying back. Have you told her no?",
        ],
        [
            "She's asked four times this year and paid nothing back. Stop lending it to her.",
            "She's had money off you four times this year. I had the same, I lent my brother thousands.",
            "She's borrowed money four times this year without paying it back. Don't let it get to you.",
        ],
    ),
    (
        "paraphrase",
        "a third party's state ('she's probably just lonely'); 'so the worst of it is...' restates",
        ["So the worst part is it keeps happening."],
        [
            "She's probably just lonely, she's on her own all day.",
            "Honestly she's just scared of being skint.",
        ],
    ),
    (
        "advice",
        "'charge her', 'ever thought about?', 'have you told X? They're supposed to...'; not 'do let me'",
        [
            "Charge her interest next time.",
            "Ever thought about asking for it back in writing?",
            "Have you told your bank? They're supposed to flag transfers like that.",
        ],
        [
            "Please do let me know if there's anything I can do.",
            "Do keep me posted.",
            "Have you told her how it makes you feel?",
        ],
    ),
    (
        "validation",
        "'utterly' / 'most' before the appraisal, 'how unfortunate', 'such a shock', 'that'd do my head in', "
        "'the last thing you needed', 'nobody should have to'; not 'she sounds awful', a right to an act",
        [
            "That sounds utterly miserable.",
            "Oh dear. That does sound most upsetting.",
            "How unfortunate.",
            "Such a shock.",
            "Honestly that'd do my head in.",
            "That's the last thing you needed.",
            "Nobody should have to chase their own sister for money.",
            "You have every right to expect it back.",
        ],
        ["She sounds awful.", "They sound awful.", "You have every right to lend it to whoever you like."],
    ),
    (
        "validation",
        "'it's allowed to feel...' grants the feeling; 'Sending love x' alone is a courtesy",
        ["It's allowed to feel rubbish for a while."],
        ["Sending love x", "sending hugs"],
    ),
    (
        "advice",
        "'sounds like you need to let her know / talk to...' prescribes",
        ["Sounds like you need to let your mum know.", "It sounds like you need to talk to her."],
        [],
    ),
    (
        "validation",
        "'not knowing must be unbearable', 'made it even harder', 'the cruellest part', 'the saddest thing "
        "I've read'",
        [
            "Not knowing if you'll ever see it again must be unbearable.",
            "That must have made asking her even harder.",
            "That's the cruellest part of it.",
            "That's honestly the saddest thing I've read all week.",
        ],
        [],
    ),
    (
        "validation",
        "chat appraisals: 'that gets old', 'that's so messed up', 'daylight robbery'; not '... of her'",
        ["That gets old so fast.", "That's so messed up.", "Four times? That's daylight robbery."],
        ["thats so messed up of her"],
    ),
    (
        "self_focus",
        "hedges ('I should think', 'I suspect'), 'angry for you', 'beside myself'; 'I told you we should'",
        ["I told you we should have said no the second time."],
        [
            "A hard thing to swallow, I should think.",
            "You're worn out with it, I suspect.",
            "I'm so angry for you.",
            "I'd be beside myself too.",
        ],
    ),
    (
        "open_question",
        "a formal request to tell: 'do tell me how...', 'might I ask what...', 'what the loan was for'",
        [
            "Do tell me how you've been managing since.",
            "Might I ask what she spent it on?",
            "Can I ask what the last loan was for?",
        ],
        [],
    ),
    (
        "question",
        "'I wonder if part of you...' without '?' guesses at their inner state; 'I wonder if we could' asks",
        ["I wonder if we could look at what she's borrowed so far."],
        [
            "I wonder if part of you is scared of losing her.",
            "I wonder if what really hurts is that she's family.",
        ],
    ),
    (
        "question",
        "a guess about someone else with '?' ('Maybe she's just embarrassed?') explains, it does not ask",
        ["Maybe it would help to write down what she owes?"],
        ["Maybe she's just embarrassed about it?", "Perhaps they didn't realise how much it was?"],
    ),
    (
        "question",
        "a pseudo-cleft ('so what frightens you most is...') states; it does not ask",
        [],
        ["So what frightens you most is the money running out before you're ready."],
    ),
    (
        "self_focus",
        "'took me six attempts lol': the listener's own record",
        ["Took me three goes to say no to my brother lol"],
        [],
    ),
    (
        "question",
        "a suggestion said as a statement with '?': 'you could always...?' proposes, it does not ask",
        [],
        ["You could always ask her to pay it back in writing?", "You might want to keep a note of it?"],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
