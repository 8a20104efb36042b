"""Must-fire / must-not-fire examples for forms found by the round on other styles (session 5).

Counselling turns coded with MITI, peer-support forum replies and everyday chat use forms the
project's own replies seldom did. Each row names one general form of English (MITI 4.2.1, Gordon's
roadblocks, the labelling guide in `tests/data/README.md`); every example is written for this table,
none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "I've been so anxious about the move that I can't sleep, and my sister keeps saying I'm overreacting."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "question",
        "a statement that opens with a wh-clause (pseudo-cleft) asks nothing",
        [],
        [
            "What got me through was a long walk every evening.",
            "What I ended up doing was calling my aunt.",
            "What happened next is a blur, honestly.",
        ],
    ),
    (
        "question",
        "disbelief shaped as a yes/no question, then a statement or '?!', asks nothing",
        ["Are you serious about moving, then?", "Are you kidding yourself about the sleep, maybe?"],
        [
            "Are you kidding me?! That's so unfair.",
            "Are you serious? Your sister said that?!",
            "Are you serious?!",
        ],
    ),
    (
        "validation",
        "the listener would feel it, said without 'too' ('I'd be so mad')",
        ["I'd be so hurt.", "I would be really anxious!"],
        ["I'd be really lost without the car.", "I'd be so happy to help you pack."],
    ),
    (
        "validation",
        "the listener would have felt it ('I'd have been terrified'); their pain breaks the listener's heart",
        ["I would've been a wreck.", "I'd have been so anxious too.", "Honestly, this breaks my heart."],
        ["I'd have been happy to help you pack.", "I'd have been there if I could."],
    ),
    (
        "self_focus",
        "'this breaks my heart' is a stance about them, not the listener's story",
        [],
        ["Honestly, this breaks my heart."],
    ),
    (
        "validation",
        "good news appraised in chat words ('that's so sweet', 'how lovely!'), also before a question",
        [
            "Aww, that's so thoughtful of your sister.",
            "How lovely!",
            "That sounds amazing, when do you get the keys?",
        ],
        ["How lovely is the new flat?", "Is the new street quiet?"],
    ),
    (
        "validation",
        "a hardship ahead: 'that's going to be hard', 'it'll be tough'",
        ["That's gonna be rough.", "It'll be hard to leave your friends behind."],
        ["That'll be fine.", "It'll be easy once you're settled."],
    ),
    (
        "validation",
        "a hassle called a pain, a relief called a weight off",
        ["Packing is such a pain.", "That must be a weight off your mind."],
        ["Is the pain in your back any better?", "Try to take some weight off your feet."],
    ),
    (
        "validation",
        "an experience called the worst (not a person, not a generalisation)",
        ["The waiting is the worst part.", "That restless feeling at 3am is the worst."],
        ["That estate agent is the worst.", "Removal firms are the worst."],
    ),
    (
        "validation",
        "the feeling granted as real or valid",
        [
            "That anxiety is so real.",
            "Your worry is completely valid.",
            "That restlessness before a big move is so real.",
        ],
        ["Is the move real now?", "The business of moving is real work."],
    ),
    (
        "paraphrase",
        "an activity as the subject, with no 'you', is a generalisation (validation only), not a reflection",
        ["Lying awake worrying about your move must be exhausting."],
        [
            "Moving house is one of the most stressful things there is.",
            "Starting over somewhere new can be so lonely.",
        ],
    ),
    (
        "paraphrase",
        "a prediction about 'you two / you both' restates nothing, as one about 'you' does",
        ["You two have been through a lot with this move."],
        ["You two are going to love the new place.", "You both will settle in faster than you think."],
    ),
    (
        "paraphrase",
        "a word with a usual other sense ('small', 'lost', 'missing') names no feeling on its own",
        ["No wonder you feel so lost right now.", "You must feel so small when she says that."],
        [
            "The removal van they sent for the move was far too small.",
            "Half the boxes went missing on the last move.",
        ],
    ),
    (
        "paraphrase",
        "the listener perceiving their feeling: 'I can tell how much you're hurting' (Hill)",
        ["I can tell how much you're dreading it."],
        ["Can you tell me how the move is going?"],
    ),
    (
        "paraphrase",
        "their feeling after 'you'd be / you'd feel', as after 'you would be'",
        ["It makes sense you'd be on edge.", "Of course you'd feel anxious with all that going on."],
        ["You'd feel better after a proper night's sleep."],
    ),
    (
        "validation",
        "'of course you'd feel...' grants the feeling, as 'of course you would' does",
        ["Of course you'd feel anxious with all that going on."],
        ["Of course you'd need the van for two days."],
    ),
    (
        "paraphrase",
        "a hardship word that is negated ('nobody was hurt') names no hardship",
        ["The move has you so anxious you can't sleep."],
        ["Thank goodness nobody got hurt on moving day.", "Glad the move itself wasn't stressful."],
    ),
    (
        "paraphrase",
        "'your X should / will / could ...' is a prediction, an opinion or a pointer, not their situation",
        ["Your sleep has gone out the window with this move."],
        ["Your landlord should be able to give you more time.", "Your new neighbours will love you."],
    ),
    (
        "validation",
        "a generalised appraisal still acknowledges the hardship",
        [
            "Moving house is one of the most stressful things there is.",
            "Starting over somewhere new can be so lonely.",
        ],
        [],
    ),
    (
        "open_question",
        "an elliptical follow-up that asks them to describe ('Worse in what way?', 'Like what?')",
        ["Anxious in what way?", "Overreacting how?", "Like what?"],
        ["And you know how?", "You'll move when?"],
    ),
    (
        "open_question",
        "a ruler question asks for one number (MITI: closed)",
        ["What makes it a five and not a two?"],
        ["How ready are you to move, on a scale of 0 to 10?", "How worried are you, out of ten?"],
    ),
    (
        "open_question",
        "wh-questions without a '?' still ask",
        ["what helped you get through the last move", "what happened after that", "what kind of place is it"],
        [],
    ),
    (
        "advice",
        "imperatives and options with chat-style action verbs (ending things, marking, video calls)",
        [
            "Honestly, ditch the guy.",
            "Label the shelves so it's clear whose is whose.",
            "You could always FaceTime her on Sundays.",
        ],
        ["What a dump that flat was.", "The label on the box was wrong.", "I'll skype you later!"],
    ),
    (
        "advice",
        "a step proposed as 'is there any room / chance / option to...?' (MITI: advice as a closed question)",
        [
            "Is there any room to move the flat viewing to next month?",
            "Is there an option to sleep at your sister's?",
        ],
        ["Is there any chance she'll apologise?", "Is there any chance to know what she meant?"],
    ),
    (
        "advice",
        "a suggestion told as what other people find helps, or as 'one option is...' (MITI: advice)",
        [
            "A lot of people find that leaving a night light on helps.",
            "Some folks in your position have found that packing one room a day makes a real difference.",
            "Another option would be to stay at your sister's for the first week.",
        ],
        [
            "Some people say moving is the most stressful thing there is.",
            "One option is that she moves in too.",
        ],
    ),
    (
        "advice",
        "'have you reached out...' with a time word asks what has happened (an information question)",
        ["Have you reached out to the housing office?"],
        ["Have you reached out to your sister since?", "Have you reached out yet, or is it too soon?"],
    ),
    (
        "advice",
        "a tip from the listener's experience told as 'what helped me was...'",
        [
            "What got me through was a long walk every evening.",
            "What worked for me was a white-noise app.",
            "Honestly what pulled me through is my running group.",
        ],
        [
            "What worked for you last time?",
            "What got you through it?",
            "Nothing got me through, it just passed.",
        ],
    ),
    # Second blind batch (workplace, close relationships, texting).
    (
        "advice",
        "'now is / would be a good time to ...' recommends an action without 'you'",
        ["Now is the perfect time to ring the landlord.", "Now would be a good time to ask for a week off."],
        ["Now is not a good time for me, sorry.", "Now would be a good time to tell you I'm proud of you."],
    ),
    (
        "question",
        "'now is ...' is a statement, not the lead-in 'now,' before an inverted question",
        ["Now, is it the move or your sister that keeps you up?"],
        ["Now is the perfect time to ring the landlord.", "Now was the hardest part, I think."],
    ),
    (
        "advice",
        "an activity recommended as a good tool, distraction or resource, hedged in chat words",
        [
            "Swimming is a great tool for clearing your head.",
            "drawing is lowkey such a good way to calm down",
            "A weighted blanket is honestly a good resource for nights like this.",
        ],
        ["That was a great tool you made.", "The move was a great distraction for me back then."],
    ),
    (
        "self_focus",
        "the listener's acts toward the speaker, defended or owned, and 'I didn't realise it ... you'",
        [
            "I called my sister about the same thing and she hung up on me, it was awful for weeks.",
            "I never realised how much I missed my own dad until the funeral.",
        ],
        [
            "That's not true, I always listen to you.",
            "I did call you on Sunday, though.",
            "I never realised how lonely this was for you.",
        ],
    ),
    (
        "self_focus",
        "'I didn't ... either' matches their experience with the listener's own, also after chat leads",
        [
            "ngl i didnt sleep for a week before my move either",
            "I couldn't face packing either, it took me a month.",
        ],
        ["Your sister isn't being fair either.", "I don't think either of you is wrong."],
    ),
    (
        "advice",
        "'wait' before a clause is the chat interjection, not the suggestion to wait",
        ["Wait a few days before you tell your sister.", "wait until the lease is signed"],
        ["wait thats so harsh of her", "wait what did your sister say", "wait is this the flat in town"],
    ),
    (
        "question",
        "outrage with an intensifier and '??' or '?!' asks nothing; a plain '?' still may",
        ["that's so far from your work?", "is that so bad??"],
        ["thats so rude of her?? 😭", "she's literally impossible?!"],
    ),
    (
        "question",
        "'want me to ...', 'wanna talk' ask with 'do you' left out",
        ["want me to help u pack this weekend", "wanna talk about the move", "Need me to ring your sister?"],
        ["I want to help you pack.", "need to sleep more lol"],
    ),
    (
        "open_question",
        "'tell me everything', 'give me an example' invite telling; 'tell me which / when / if' asks a fact",
        [
            "omg wait tell me everything",
            "Can you give me an example of what she says?",
            "Tell me all about the flat!",
        ],
        [
            "Could you tell me which day you move?",
            "Can you tell me when the lease starts?",
            "Could you tell me if you've slept at all this week?",
        ],
    ),
    (
        "validation",
        "'sounds like a huge amount to hold / balance', with any subject",
        [
            "Packing up a whole flat on your own sounds like a huge amount to hold.",
            "It seems like a lot to balance.",
        ],
        ["There is a lot to carry up the stairs.", "I have a huge amount to pack."],
    ),
    (
        "paraphrase",
        "workplace feeling words ('sidelined', 'belittled', 'undermined') reflect a feeling",
        ["It makes sense you'd feel belittled by her.", "Of course you feel undermined."],
        ["The plan was sidelined for now.", "We sidelined that idea at work."],
    ),
    (
        "advice",
        "'don't let it go to your head' tells them how to feel, as 'don't let it get to you' does",
        ["Don't let your sister pack for you."],
        ["Don't let it go to your head!", "ok but dont let the new flat go to ur head lol"],
    ),
    (
        "question",
        "'(do) you think I enjoy / like / want ...?' is a defensive rhetorical question",
        ["Do you think I could help with the packing?", "You think I should ring your sister?"],
        ["You think I enjoy arguing with your sister?", "Do you think I wanted to miss the viewing?"],
    ),
    (
        "self_focus",
        "a counter-complaint, 'you never ... me either', turns the talk to the listener's grievance",
        ["Well you never ask about my day either.", "you didnt help me move either lol"],
        ["You never told your sister either?", "You don't owe me an explanation either."],
    ),
    (
        "advice",
        "'you must + a feeling verb' guesses ('you must miss her'); 'you must + action' obliges",
        ["You must tell your sister how scared you are.", "You must stop apologising for it."],
        ["You must miss your old flat.", "You must really hate packing by now."],
    ),
    (
        "paraphrase",
        "'you must miss / hate / resent ...' reflects a feeling",
        ["You must miss your old flat.", "You must really resent her for saying that."],
        ["You must book the van by Friday."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
