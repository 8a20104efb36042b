"""Must-fire / must-not-fire examples for questions and advice in transcribed talk (session 6).

Counselling sessions written down from speech hold false starts ("wh-what", "so-so what"), turns
carried over with a dash ("- how did..."), restarts ("Is-- can you..."), requests to tell that
start halfway through a long sentence, and the MITI forms of a counsellor's open questions and
permission questions. Each row names one general form of English (MITI 4.2.1, Egan, Gordon, the
labelling guide in `tests/data/README.md`); every example is written for this table, none is taken
from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import signal_form_test

SPEAKER = "I keep skipping the gym, and then I feel guilty about it all weekend."

CASES = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "open_question",
        "a spoken false start before the question word: a carried-over dash, a cut-off or repeated word",
        [
            "- how did the weekend go?",
            "Wh-what made it harder this time?",
            "So-so what do you make of it?",
            "Ho-how did you feel afterwards?",
            "What-what-what changed after the holiday?",
        ],
        ["W-would a later class suit you better?", "D-did you go on Monday?"],
    ),
    (
        "question",
        "a false start is no question in itself: a statement with a hyphenated word or a dash stays one",
        ["D-did you go on Monday?"],
        ["It was a so-so week for me too, honestly.", "- and then the weekend came round again.", "I-I see."],
    ),
    (
        "open_question",
        "a restart after '--' with no space: the question is the clause after it",
        ["Is-- can you say a bit about what gets in the way?", "Do-- what would a good week look like?"],
        ["What-- is it the mornings?"],
    ),
    (
        "open_question",
        "a request to tell or an 'I'm wondering how...' that starts a later clause of a long sentence",
        [
            "Okay, so a good place to start might be, tell me what a normal week looks like.",
            "So in terms of the gym, I'm just wondering how it fits around work.",
            "Right, and maybe you could tell me what a good week looks like.",
        ],
        [],
    ),
    (
        "question",
        "'tell me' inside a sentence that is no request: the idiom, a report, no clause break",
        ["Anyway, tell me what the trainer said."],
        [
            "Oh, tell me about it, mine's the same.",
            "She kept trying to tell me what to do, honestly.",
            "Mine tells me the same thing every week.",
        ],
    ),
    (
        "open_question",
        "requests to tell: 'tell us', 'say something more', 'why don't you fill me in / start by telling me'",
        [
            "Tell us a bit about your routine.",
            "Say something more about the guilt.",
            "Why don't you start by telling me about a good week?",
            "Why don't you fill me in on the last month?",
        ],
        ["Why don't you try a morning class?"],
    ),
    (
        "advice",
        "'why don't you tell me', 'maybe you could tell me' ask them to talk; with an action they propose it",
        [
            "Why don't you try a morning class?",
            "Maybe you could go with a friend.",
            "Perhaps you could talk to your trainer about it?",
        ],
        [
            "Why don't you start by telling me about a good week?",
            "Maybe you could tell me about your week.",
            "Perhaps you could share a bit more about Sundays?",
        ],
    ),
    (
        "open_question",
        "indirect questions that ask for their ideas: 'any thoughts on...', 'have you thought about what/how"
        " ...', 'can you think of any...'",
        [
            "Any thoughts on what might make it easier?",
            "Do you have any ideas about how to start small?",
            "Have you thought about what you'd want instead?",
            "Have you given any thought to how the week could look?",
            "Can you think of anything that helped before?",
        ],
        ["Have you thought about joining a class?", "Have you thought about it since?"],
    ),
    (
        "advice",
        "'would it be helpful if I shared / to give you...' asks permission to inform (MITI), not advice",
        [
            "Would it be helpful to ask a friend to come along?",
            "Would it be worth booking the classes ahead?",
        ],
        [
            "Would it be helpful if I shared a few things that work for others?",
            "Would it be helpful to give you a leaflet about sleep?",
            "Would it be useful for me to go over the options with you?",
        ],
    ),
    (
        "advice",
        "the hedge 'sort of' before a phrase is not the imperative 'sort (it out)'",
        ["Sort it out with your trainer.", "Sort out a plan for Monday."],
        [
            "Sort of a fresh start in a way.",
            "Sort of a break from the pressure.",
            "And sort of a breather, too.",
        ],
    ),
    (
        "question",
        "lead-ins that announce a question: 'I just wanted to ask...', 'I guess I wonder whether...',"
        " 'I wondered if...'",
        [
            "I just wanted to ask how the first week went.",
            "I guess I wonder whether the guilt makes it harder to go back.",
            "I wondered if you had time to talk about it.",
        ],
        ["I guess you're right about Mondays.", "I wanted to ask my brother, but he was away."],
    ),
    (
        "open_question",
        "'I wondered if ...' asks yes or no (closed); 'I just wanted to ask how ...' asks for a description",
        ["I just wanted to ask how the first week went."],
        ["I wondered if you had time to talk about it."],
    ),
    (
        "open_question",
        "a question in the last clause after a lead-in ('..., and what would that be?')",
        [
            "It would help to pick a first step, and what might that look like?",
            "You said Mondays, so what happens then?",
        ],
        ["It would help to pick one day, and is Monday the one?"],
    ),
    (
        "advice",
        "a wish or request that they act: 'I wish you'd...', 'I'd like you to...', 'I want you to...'",
        [
            "I wish you'd call your sister back.",
            "I'd like you to try one morning class this week.",
            "I want you to ring your GP tomorrow.",
        ],
        [
            "I wish you'd have told me sooner.",
            "I want you to know I'm on your side.",
            "I wish you didn't have to go through this.",
        ],
    ),
    (
        "advice",
        "litotes and hedges: 'it might not be a bad idea to...', 'one good option would be to...', 'you could"
        " maybe...', 'you do need to...'",
        [
            "It might not be a bad idea to book a taster session.",
            "It wouldn't be such a bad idea to tell your trainer.",
            "One good option would be to go straight from work.",
            "You could maybe swap Monday for Tuesday.",
            "You do need to eat before a class.",
        ],
        [
            "It was a bad idea to skip it, in hindsight.",
            "You could maybe be right about that.",
            "You do have to laugh at it.",
        ],
    ),
    (
        "advice",
        "a proposal asked for their view: 'what would you think about trying...', 'how would you feel about"
        " cutting...'",
        [
            "What would you think about trying a class with a friend?",
            "How would you feel about cutting it to two days?",
        ],
        ["How would you feel about me coming along?", "What would you think of the idea?"],
    ),
    (
        "open_question",
        "a proposal asked for their view is closed, as all advice asked as a question",
        ["What would you think of the idea?"],
        ["What would you think about trying a class with a friend?"],
    ),
    (
        "open_question",
        "a question in a middle clause of a long spoken sentence, or after a false start in its last clause",
        [
            "If you picked a day to start, and, wh-what might get in the way, say?",
            "And as far as the new routine goes, wh-what matters most to you?",
            "Is it-- why'd you stop going?",
        ],
        ["Is it the mornings, or is it the evenings, usually?", "So Mondays, and is that every week?"],
    ),
    (
        "open_question",
        "more indirect questions for their ideas: 'any other thoughts of...', 'have you had any thoughts"
        " about what...', 'have you wondered at all about how...', 'why don't we begin by you talking me"
        " through...'",
        [
            "Any other thoughts of what might help?",
            "Have you had any thoughts about what gets in the way?",
            "Have you wondered at all about how to start again?",
            "Why don't we begin by you talking me through a usual Monday?",
        ],
        ["Have you had any thoughts of quitting the gym?"],
    ),
    (
        "question",
        "what only looks like a question in chat and peer support: a statement closed with '..., you know?',"
        " the prelude 'you know what?', 'what can you do' in a later clause, the idiom 'tell me about it.',"
        " encouragement ('keep going.', 'go on + place'), an unmarked 'do your ...'",
        [
            "Do you know?",
            "Tell me about it, what did the trainer say?",
            "Go on, I'm listening.",
            "Keep going?",
            "Do your parents know?",
        ],
        [
            "Some weeks it all gets too much, you know?",
            "But you know what? You went back.",
            "It's rubbish, but what can you do, you know?",
            "Ugh, tell me about it.",
            "Keep going, one class at a time.",
            "If you want company, go on a group run.",
            "Do your best this week.",
        ],
    ),
    (
        "advice",
        "'do your X...?' asks with 'do' as the auxiliary; 'do your best' encourages",
        ["Do something nice for yourself tonight?", "Do your stretches every morning."],
        ["Do your friends go to the gym too?", "Do your best this week."],
    ),
    (
        "question",
        "a wh-word with its subject right after it opens a statement (a pseudo-cleft), not a question",
        ["What time is your class", "What kind of class is it"],
        ["What I'd recommend is that you start with one class.", "What we need is that you rest first."],
    ),
    (
        "advice",
        "'what I'd do / recommend is...' is the listener's advice, as 'I'd...'",
        ["What I'd recommend is that you start with one class.", "What I'd do is book the early slot."],
        ["What I would have done is the same.", "What I'd say is that you deserve a break."],
    ),
    (
        "open_question",
        "'... if you could tell me / share what...' is a request to tell, wherever it stands",
        [
            "I'm happy to listen if you could tell me what a bad week looks like",
            "I'd love it if you could share what happened on Monday.",
        ],
        ["I'd be glad to help if you want.", "It helps if you could go with a friend."],
    ),
    (
        "question",
        "the lead-in 'I hate to ask, but...' before a question without '?'",
        ["I hate to ask, but have you been sleeping at all"],
        ["I hate to ask for help, but I will."],
    ),
    (
        "open_question",
        "a ruler question asks for one number wherever its scale is named (MITI: closed)",
        ["How do you think you'd rate it, and why that number?"],
        [
            "So on a scale of readiness from 0 to 10, how sure do you feel about Mondays?",
            "How important is the gym to you, zero being not at all and ten being very?",
            "What number would you give your motivation right now?",
        ],
    ),
    (
        "question",
        "a ruler question is still a question",
        ["What number would you give your motivation right now?"],
        [],
    ),
    (
        "open_question",
        "'why don't we...' proposes a joint plan (yes or no), not a why-question",
        ["Why do you think Mondays are the hardest?"],
        ["Why don't we look at the week together next time?"],
    ),
    (
        "advice",
        "not advice: 'it's important that you recognise / understand / were...' (informing, affirming), a"
        " relative clause ('the best you can do', 'weekends are when you can rest'), a reason ('because you"
        " can go at any hour'), the noun 'a good try', 'wait a minute.', the offer 'we could maybe talk...'",
        [
            "It's important that you see your GP this week.",
            "Give it a good try and see how it goes.",
            "Wait a minute before you reply to him.",
            "Maybe talk to your trainer about it.",
        ],
        [
            "It's really important that you recognise how far you've come.",
            "It's so important that you were brave enough to start.",
            "It was the best you could do that week.",
            "Weekends are when you can rest properly.",
            "Swimming suits you because you can go at any hour.",
            "You gave it a real try and it just didn't suit you.",
            "No, wait a minute. That matters a lot.",
            "So we could maybe talk about other ways of handling Mondays.",
        ],
    ),
    (
        "advice",
        "'do you think X may help?' is advice asked as a question, like '... would help?'",
        ["Do you think a walking group may help?"],
        ["Do you think the guilt may be part of it?"],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
