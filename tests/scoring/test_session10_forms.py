"""Must-fire / must-not-fire examples for forms read in session 10: counsellors' reflective stems and the
blind batches of that session.

Each row names one general form: "my sense is that you...", "I'm picking up that...", "if I've understood you
right, ..." and "it's as if you..." are reflective stems that restate what follows them; a guess about someone
else ("my guess is he...") and an empty "my guess is that's a no" are not. From the seventeenth blind batch:
what is "hitting you hardest" restates a feeling; "I'm wondering what..." asks openly without "?"; "why does
everything...?" and "is he serious?" ask nothing; "that's a long time to be in pain" accepts; "just say '...'"
advises, "take whatever time you need" does not. From the eighteenth: an event told in a sentence of its own
and appraised by the next ("Losing a job you loved. That's so unfair.") restates; "you're allowed to not be
sure" accepts; "you could correct him", "...is probably your best route", "sounds like it's time to..."
advise, a tag "..., correct?" and "you should get to decide" do not; "I told you not to..." turns to the
listener. Read in the own set re-typed with no "?": "whoa, how long...", "who'll...", "what'll..." and "would
a... help" ask. From the twenty-first: "the jingle thing is the worst" and "that makes it so hard to..."
accept, "I can hear how embarrassed you are" reflects without accepting; "you and your sister should...", "the
first thing to do is send..." advise, "take the afternoon if you need it" (permission) and "I'd lend it you if
I had it" do not; "do you want to tell me some of it?" asks openly; "I'm happy to sit with you" and "I can't
sort the money, but..." stay on the speaker. From the twentieth: "I'd be sick to my stomach" and "lots of
spouses feel exactly like this" accept, "you deserve better" (as the labelling guide says), "you're enabling
him" and "you knew what you signed up for" do not, and judge rather than restate; "let's..." plans restate
nothing; "I'll ring them, find out..., and..." lists the listener's own steps. A story of the listener's
cousin, aunt or mate ("My cousin went to med school at fifty") is not the listener's own (blind batches 13,
17, 20, 21 and 22), unless the listener comes into the sentence. From the twenty-third to twenty-fifth: "have
you rung the council?" followed by its reason ("They've got a duty to help you") proposes the step (five blind
batches code it so); "lay them out", "Ouch.", "a cold way to end it", "I'd want to throw my phone too", "you
don't have to know yet", "it's okay that..." and the silver lining "that's what matters"; a joke opener and
"... and honestly?" ask nothing; "I said that road was a death trap" turns to the listener, "I'm still here"
does not. Read over the session's batches: a question of six words or fewer with no stem or tag ("The guest
list too?") is an echo, a third party excused ("she's probably just excited"), minimising ("everyone does",
"you're young"), "you're not a monster" and "you chose medicine" restate nothing. From the twenty-sixth to
twenty-eighth: "I'd be terrified" accepts; "they all go through it" and "in the grand scheme of things"
minimise; "appeal it" and "keep going to the meetings" advise, "you must be on your knees" and "try not to
think about it too much" do not; "told you you'd win", "I said it from day one", "we got refused twice too"
and "he does it to me too" turn to the listener; "I'm sorry you saw that" restates nothing. From the thirty-
first: "Four years? Ouch." (read as not English until "ouch" was known), "such a betrayal", "Brilliant news!"
and "I'd be fed up too" accept, a bare "Oof." does not (four of five rows); a dictated run closing with "is
that it" or "how are you feeling like actually" asks; "At least he remembered-ish?" asks nothing. Thanks for
telling ("Thank you for sharing.") is a courtesy, not validation (batches 18, 28 and 29; six of the own set's
rows with thanks alone say no); "that can't have been easy", "it can take a lot to say" and "you don't have to
say any more" accept.
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
CASES += [
    (
        "advice",
        "'have you rung X?' with the reason next ('They can...'); 'lay them out'; not a plain check",
        [
            "Have you rung the stop-smoking service? They can give you patches for free.",
            "Lay the patches out for the week and tick them off.",
        ],
        ["Have you told your partner yet? I'm just curious.", "Have you spoken to him since?"],
    ),
    (
        "validation",
        "'Ouch.', 'a cold way to', 'I'd want to... too', 'you don't have to know yet', 'it's okay that'",
        [
            "Ouch.",
            "That's a cold way to be spoken to in your own home.",
            "I'd want to scream into a pillow too.",
            "You don't have to know yet.",
            "It's okay that it's tangled.",
        ],
        ["You don't have to carry it on your own.", "You walked away from it, that's what matters."],
    ),
    (
        "question",
        "a joke opener, 'and honestly?' leading into a remark, '... though, isn't she?' ask nothing",
        [
            "How are you doing with it, honestly?",
        ],
        [
            "Have you heard the one about the smoker and the parrot?",
            "I quit cold turkey and honestly? Worst month of my life.",
            "Well, she's right though, isn't she?",
        ],
    ),
    (
        "self_focus",
        "being proven right; 'I'm still here' stays on the speaker",
        ["I said that flat was too small for a baby."],
        ["Whatever you decide, I'm still here.", "You're upset because I said it was only a phase."],
    ),
]
CASES += [
    (
        "paraphrase",
        "what restates nothing: a short echo, a third party excused, minimising, a verdict disputed",
        ["So you smoke outside now?", "You two are really close, huh?"],
        [
            "The window too?",
            "He's only trying to protect the baby.",
            "You're young, you'll quit one day, everyone does.",
            "You're not a monster for smoking.",
            "Well, you chose this.",
        ],
    ),
]
CASES += [
    (
        "validation",
        "'I'd be terrified.'; not minimising 'they all go through it', 'in the grand scheme of things'",
        ["I'd be terrified.", "I'd be horrified."],
        ["They all go through it.", "Six weeks isn't that long in the grand scheme of things."],
    ),
    (
        "advice",
        "'appeal it', 'keep going to the meetings'; not 'you must be on your knees', how to think",
        ["Appeal it.", "Keep going to the group every week."],
        [
            "You must be on your knees.",
            "Keep going, you've got this.",
            "Try not to think about it too much.",
            "I'd try not to read too much into it.",
        ],
    ),
    (
        "self_focus",
        "'told you you'd...', 'I said it from day one', 'we got refused twice too', 'he does it to me too'",
        [
            "Told you you'd crack it.",
            "I said it from day one.",
            "We got a warning letter too.",
            "Ugh, he does it to me too!",
        ],
        [],
    ),
    (
        "paraphrase",
        "'I'm sorry you saw that' restates nothing",
        [],
        ["I'm really sorry you saw that."],
    ),
]
CASES += [
    (
        "advice",
        "'don't feed...' (a verb in -ed), 'tbh id...', 'tbh + a step'",
        [
            "don't feed his guilt trips, they want a reaction",
            "tbh id report it to the landlord",
            "tbh ring the council",
        ],
        ["tbh i don't blame you"],
    ),
]
CASES += [
    (
        "validation",
        "'Ouch.' after an echo (once read as not English), 'a betrayal', 'Brilliant news!', 'fed up too'",
        ["Every night? Ouch.", "That's such a betrayal.", "Brilliant news!", "I'd be fed up too."],
        ["Oof."],
    ),
    (
        "question",
        "a dictated run that ends in a check or a question, no marks; 'at least he...?' asks nothing",
        [
            "so you've moved it to the window and you still get the blame is that it",
            "I'm so annoyed for you right now how are you feeling like actually",
            "wait he said the flat stinks what did he even say",
        ],
        ["At least he noticed-ish?"],
    ),
    (
        "self_focus",
        "'told you it'd be fine'",
        ["Told you it'd be fine."],
        [],
    ),
    (
        "paraphrase",
        "'you're not failing anyone' disputes their verdict",
        [],
        ["You're not failing anyone."],
    ),
]
CASES += [
    (
        "validation",
        "thanks alone is a courtesy; 'can't have been easy', 'it can take a lot', 'no need to say more'",
        [
            "Thank you for telling me. That can't have been easy to say out loud.",
            "It can take a lot to admit that.",
            "You don't have to say any more than that.",
        ],
        ["Thank you for sharing.", "Thanks for telling me. What time does he get home?"],
    ),
]
CASES += [
    (
        "validation",
        "bad luck named; 'men are allowed to fall apart'",
        ["That's rotten luck.", "Dads are allowed to fall apart too, you know."],
        ["You're allowed to smoke on the balcony, it's in the lease."],
    ),
    (
        "advice",
        "'sounds like you should...', 'can you defer...?', 'maybe suggest...'",
        [
            "Sounds like you should just quit altogether tbh",
            "Can you defer the move till spring?",
            "Maybe suggest a smoke-free week together?",
        ],
        ["It sounds like you feel you should quit."],
    ),
    (
        "paraphrase",
        "'you haven't done anything wrong', 'you're not betraying anyone' dispute a verdict",
        [],
        ["You haven't done anything wrong.", "You're not betraying anyone."],
    ),
]
CASES += [
    (
        "validation",
        "the blow of the moment guessed: 'must have knocked you sideways', 'must wear you down'",
        [
            "That must have knocked the wind out of you.",
            "That must wear you down.",
            "Being blamed every night must make it even harder to quit.",
            "That must have felt like the floor dropped out.",
        ],
        ["He must have knocked on the window."],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
