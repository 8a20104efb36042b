"""Must-fire / must-not-fire examples for forms read in session 10: counsellors' reflective stems and the
blind batches of that session.

Each row names one general form: "my sense is that you...", "I'm picking up that...", "if I've understood
you right, ..." and "it's as if you..." are reflective stems that restate what follows them; a guess about
someone else ("my guess is he...") and an empty "my guess is that's a no" are not. From the seventeenth
blind batch: what is "hitting you hardest" restates a feeling; "I'm wondering what..." asks openly without
"?"; "why does everything...?" and "is he serious?" ask nothing; "that's a long time to be in pain" accepts;
"just say '...'" advises, "take whatever time you need" does not. From the eighteenth: an event told in a
sentence of its own and appraised by the next ("Losing a job you loved. That's so unfair.") restates;
"you're allowed to not be sure" accepts; "you could correct him", "...is probably your best route",
"sounds like it's time to..." advise, a tag "..., correct?" and "you should get to decide" do not; "I
told you not to..." turns to the listener. Read in the own set re-typed with no "?": "whoa, how long...",
"who'll...", "what'll..." and "would a... help" ask. From the twenty-first: "the jingle thing is the worst"
and "that makes it so hard to..." accept, "I can hear how embarrassed you are" reflects without accepting;
"you and your sister should...", "the first thing to do is send..." advise, "take the afternoon if you
need it" (permission) and "I'd lend it you if I had it" do not; "do you want to tell me some of it?" asks
openly; "I'm happy to sit with you" and "I can't sort the money, but..." stay on the speaker.
From the twentieth: "I'd be sick to my stomach" and "lots of spouses feel exactly like this" accept, "you
deserve better" (as the labelling guide says), "you're enabling him" and "you knew what you signed up for" do
not, and judge rather than restate; "let's..." plans restate nothing; "I'll ring them, find out..., and..."
lists the listener's own steps.
A story of the listener's cousin, aunt or mate ("My cousin went to med school at fifty") is not the
listener's own (blind batches 13, 17, 20, 21 and 22), unless the listener comes into the sentence.
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
    (
        "paraphrase",
        "what is 'hitting you hard'",
        [
            "It's your partner's sighing that's hitting you hardest.",
            "Being cast as the bad guy has hit you hard.",
        ],
        [],
    ),
    (
        "question",
        "'I'm wondering what...' asks without '?'; a lament or disbelief at a third party asks nothing",
        ["I'm wondering what a night looks like for you now", "I was wondering how your partner sees it"],
        ["Ugh, why does everything have to be a fight?", "Is he serious?", "Are they having a laugh?"],
    ),
    (
        "open_question",
        "'I'm wondering what / how...'",
        ["I'm wondering what a night looks like for you now", "I was wondering how your partner sees it"],
        [],
    ),
    (
        "validation",
        "hardship measured in time",
        ["That's a long time to feel like the bad guy.", "It's been such a long time to wait for a break."],
        ["It's a long time since you smoked in the flat, isn't it?"],
    ),
    (
        "advice",
        "'just say' with a quote; 'take whatever time you need' is a courtesy",
        ["Just say 'it's my flat too' next time.", 'Say "I\'m doing my best" and leave it there.'],
        [
            "Take whatever time you need.",
            "Take as much time as you need.",
            "She'll say 'it's fine' but it isn't.",
        ],
    ),
]

CASES += [
    (
        "paraphrase",
        "their event told in a clause and appraised: a fragment then 'That's...', an event that 'hurts'",
        [
            "Smoking out of a window at midnight so nobody smells it. That's such a lonely way to do it.",
            "Being made the bad guy in your own home hurts.",
        ],
        [
            "Opening the window is the first step. That's hard but worth it.",
            "Going outside helps. That's what I do.",
        ],
    ),
    (
        "validation",
        "permission not to know; a load that lands on you",
        ["You're allowed to not be sure what you want yet.", "That's so much to land on you at once."],
        ["You're allowed to smoke on the balcony, check your lease."],
    ),
    (
        "advice",
        "'you could correct him', 'your best route', 'sounds like it's time to'; not a tag or an entitlement",
        [
            "You could correct him every time he says it.",
            "A smoking shelter is probably your best route.",
            "Your best bet is the balcony.",
            "Sounds like it's time to quit altogether.",
        ],
        [
            "You feel like the bad guy, correct?",
            "Correct me if I'm wrong, but he never smoked?",
            "It's your home, you should get to decide too.",
        ],
    ),
    (
        "self_focus",
        "being proven right",
        ["I told you that flat was too small.", "I told you not to start again."],
        ["I told you about my uncle's cough, didn't I?"],
    ),
]
CASES += [
    (
        "question",
        "asked with no '?': after 'whoa', 'who'll / what'll...', 'would a... help'",
        [
            "Whoa, how long have you been cutting down",
            "Who'll be home with the baby when you go out",
            "What'll you do when it gets cold",
            "Would a smoking shelter on the balcony help",
        ],
        ["A smoking shelter on the balcony would help.", "Whoa, that's a big change."],
    ),
]
CASES += [
    (
        "validation",
        "'the X thing is the worst', 'that makes it so hard to'; not a reflection 'I can hear how X you are'",
        ["The smell thing is the worst.", "Being the bad guy, that makes it so hard to say anything."],
        ["I can hear how fed up you are."],
    ),
    (
        "advice",
        "'you and your partner should', 'the first thing to do is...'; not permission, an offer out of reach",
        [
            "You and your partner should sit down and agree a rule.",
            "The first thing to do is move the ashtray outside.",
        ],
        ["Take the evening off from it if you need to.", "I'd buy you patches if I had the money."],
    ),
    (
        "open_question",
        "'do you want to tell me some of it'",
        ["Do you want to tell me some of what gets said?"],
        [],
    ),
    (
        "self_focus",
        "offers of the listener's time and what they cannot fix stay on the speaker",
        [],
        [
            "I can't fix your partner, but I'm happy to sit with you both while you talk.",
            "I'm more than happy to listen whenever.",
        ],
    ),
]
CASES += [
    (
        "validation",
        "'I'd be sick to my stomach', normalising the feeling; not 'you deserve better', judging",
        ["I'd be sick to my stomach.", "Lots of new parents feel exactly like this about smoking."],
        ["You deserve better than a partner who nags.", "You're enabling him.", "You made your bed."],
    ),
    (
        "paraphrase",
        "judging and a plan with 'let's' restate nothing",
        [],
        ["You knew what you signed up for when you started again.", "Let's make the balcony your spot."],
    ),
    (
        "advice",
        "the listener's own 'I'll ..., find out ..., and ...'",
        [],
        ["I'll ring the council tomorrow, find out about a shelter, and get back to you."],
    ),
]
CASES += [
    (
        "self_focus",
        "a relative's or friend's story is not the listener's own, unless the listener comes into it",
        [
            "My brother and I both smoked till our thirties.",
            "We went through the same at my mum's, my uncle smoked in every room.",
            "I smoked for years and never managed it.",
        ],
        ["My cousin quit with patches in a month.", "Have you tried vaping? My mate swears by it."],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
