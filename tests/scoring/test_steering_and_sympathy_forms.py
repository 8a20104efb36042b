"""Must-fire / must-not-fire examples for ways of steering the talk to solutions, and for sympathy
(session 7).

Each row names one general form: advice credited to what "some people find helpful", "let's" plus a
step towards a solution, an option offered to "you both", an action verb that is also a noun ("sleep
problems are the worst" is not an imperative), and "I wouldn't worry" as a way to tell them to stop
feeling it; a "sorry" with any intensifier ("terribly", "incredibly") is sympathy, not the listener's
own story, and it may open with "hey" or end with "my friend"; "I" with an adverb and a stance ("I
totally understand", "I sincerely hope") is not the listener's story either; a wish ("you have a
good weekend") restates nothing; what the same sentence takes back ("That's rough, but at least...",
"I get why you're scared, but it's not a big deal") is neither validation nor a reflection. Every
example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "I got laid off on Friday and the rent is due in two weeks. My partner and I keep fighting "
    "about money, and I can't sleep."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "advice",
        "what 'some people find helpful' recommends it; what they find hard does not",
        [
            "Some people find it helpful to keep a spending diary.",
            "A lot of folks find that a weekly budget helps.",
        ],
        ["Some people find it hard to talk about money.", "Many people find that it helps just to be heard."],
    ),
    (
        "advice",
        "'let's' with a step towards a solution steers; 'let's talk' or 'let's start with Friday' listens",
        [
            "Let's make a plan for the rent.",
            "Let's figure out what you can cut back on.",
            "Let's start by listing what's due.",
        ],
        [
            "Let's talk about it.",
            "Let's start with what happened on Friday.",
            "Let's start by you telling me more.",
        ],
    ),
    (
        "advice",
        "an option offered to 'you both' or 'you two' is an option; a guess about them is not",
        ["Maybe you both could sit down with the statements.", "You two could split the bills differently."],
        ["You both could be right.", "You two must have been through a lot."],
    ),
    (
        "advice",
        "more action verbs at a clause start; the same word as the first noun of a subject is no imperative",
        ["Lock your card in a drawer for a month.", "Maybe nap before the interview."],
        ["Sleep problems are the worst.", "Text messages can feel so cold.", "Budget cuts are brutal."],
    ),
    (
        "invalidation",
        "'I wouldn't worry' tells them to stop feeling it; worrying with them does not",
        ["I wouldn't worry too much.", "Honestly I wouldn't stress about the rent."],
        [
            "I'd worry too, in your shoes.",
            "I wouldn't blame you for worrying.",
            "You kept the layoff to yourself so I wouldn't worry.",
        ],
    ),
    (
        "validation",
        "a sorry with any intensifier is sympathy; an apology for oneself is not",
        ["I'm incredibly sorry.", "I'm terribly sorry you're going through this."],
        ["I'm terribly sorry I forgot to text back.", "Hey, sorry for the late reply."],
    ),
    (
        "self_focus",
        "an intensified sorry keeps the focus on them; the listener's own story takes it",
        ["I was very broke too when I got laid off, it took me a year."],
        ["I am very sorry to hear that.", "I'm truly sorry you're going through this."],
    ),
    (
        "validation",
        "sympathy may open with 'hey' or end with 'my friend'; 'my friend' as a subject is theirs",
        ["Hey, sorry that you had to deal with that.", "so sorry my friend."],
        ["My friend got laid off too."],
    ),
    (
        "self_focus",
        "'I' with an adverb and a stance ('totally understand', 'sincerely hope') keeps the focus on them",
        [
            "I totally understand, my partner and I lost both our jobs in 2020 and it nearly broke us.",
            "Honestly, it took me years after my layoff. I still can't walk past that office.",
        ],
        [
            "I totally understand.",
            "I do understand that you want to feel safe.",
            "I honestly do understand.",
            "I'm confident you'll find something.",
            "I'm with you.",
            "I sincerely hope the rent works out.",
        ],
    ),
    (
        "validation",
        "'I hate to hear that' is sympathy; hating something of one's own is not",
        ["I hate to hear that.", "Oh, I really hate hearing this."],
        ["I hate hearing my own voice on tape."],
    ),
    (
        "paraphrase",
        "a wish ('you have a good weekend') or 'you've nothing to lose' restates nothing; their load does",
        ["You have a lot riding on the next two weeks, and you're scared."],
        [
            "You have a blessed weekend!",
            "You have a great rest of your day.",
            "You've got nothing to lose by asking.",
        ],
    ),
    (
        "validation",
        "an appraisal the same sentence takes back ('but at least you'd', 'but don't worry') is none",
        ["That sounds so stressful.", "That sounds so stressful. I'm here if you want to talk it through."],
        [
            "That's rough, but at least you'd get some severance.",
            "That sounds so stressful, but don't worry, it'll work out.",
        ],
    ),
    (
        "paraphrase",
        "a feeling named and then made small in the same sentence is not a reflection",
        ["You're scared about the rent, and with good reason."],
        ["I get why you're scared, but honestly it's not a big deal."],
    ),
    (
        "validation",
        "legitimacy ('you're right to', 'it isn't fair that you'), 'of course your head', chat intensifiers",
        [
            "Of course your head's running the numbers.",
            "You're right to call that out.",
            "It isn't fair that you carry all the bills.",
            "u def arent the only one",
            "omg im so sorry bestie",
            "thats actually so scary",
        ],
        ["Of course your landlord would say that.", "You're right, I forgot."],
    ),
    (
        "paraphrase",
        "'you have every right to feel...' accepts the feeling; it restates nothing of theirs",
        ["You're scared the rent will eat everything you have left."],
        ["You have every right to be upset.", "u have every right to feel weird about it"],
    ),
    (
        "advice",
        "'don't get too comfortable' tells them how to feel; 'don't sign anything yet' tells them what to do",
        ["Don't sign anything until you've seen the severance terms."],
        ["Don't get too comfortable, the last lead lasted six months."],
    ),
    (
        "advice",
        "'maybe we should' + a step for the two of them, 'let's sit down and decide'; an offer to talk isn't",
        ["Maybe we should see someone about it.", "Let's sit down tonight and decide what can wait."],
        [
            "Maybe we should talk about it when you're ready.",
            "Maybe we can look at that together?",
            "Let's sit down and talk.",
        ],
    ),
    (
        "question",
        "defending oneself ('What was I supposed to do?') asks nothing; 'what do you need from me?' asks",
        ["What do you need from me right now?"],
        ["What was I supposed to do?", "What else could I have said?"],
    ),
    (
        "self_focus",
        "a justification about the listener, ending in a defence, turns the talk to them",
        ["She's my mum, I tell her everything. What was I supposed to do?"],
        ["You told her after I asked you not to, and now you feel betrayed?"],
    ),
    (
        "self_focus",
        "'I can't' + a verb of knowing, saying or helping stays on them; other verbs are the listener's own",
        ["I can't focus in restaurants.", "I couldn't stop thinking about my own rent all week."],
        [
            "I can't imagine.",
            "I can't tell you how sorry I am.",
            "I can come over tonight if you want.",
            "I can't make that decision for you.",
            "I can't stress enough that none of this is your fault.",
        ],
    ),
    (
        "self_focus",
        "'same' for 'me too', the listener's own story brought back, someone doing the same to them",
        [
            "same",
            "same tbh its 2am and im doomscrolling",
            "ok this is lowkey giving me flashbacks to my last job",
            "Classic. My old boss cut my hours too and I never got over it.",
            "He did that to me too.",
        ],
        ["Same time next week?", "He told me about it too.", "She called me too, she's worried about you."],
    ),
    (
        "self_focus",
        "the listener's own unmet need as a counter ('your sister doesn't even like me') turns the talk",
        ["Okay but your sister doesn't even like me.", "You never ask me how I am."],
        ["Your sister doesn't seem to support you much.", "She never asks how you are."],
    ),
    (
        "paraphrase",
        "'You knew that' and a counter-grievance restate nothing of theirs",
        ["You knew the rent would go up, and it still hit hard."],
        ["I told you it might run late. You knew that.", "Okay but your sister doesn't even like me."],
    ),
    (
        "question",
        "outrage at a third party ('Who does he think he is?') asks nothing",
        ["Who do you think told him?"],
        ["Who does he think he is?", "Who does she think she is??"],
    ),
    (
        "advice",
        "'sounds like you need to start / stop + doing' prescribes; a need or a burden of theirs is restated",
        [
            "Sounds like you need to start saying no to people.",
            "It sounds like you need to stop applying for now.",
        ],
        ["It sounds like you need to vent.", "It seems like you need to do it all yourself."],
    ),
    (
        "advice",
        "'say sorry', 'say no to...' tell them what to say; an opinion ('I'd say...') or a greeting does not",
        [
            "just say sorry and tell her you binned it",
            "Say no to the extra launches.",
            "Next time just laugh it off.",
        ],
        ["I'd say that's a lot.", "Say hi to your mum for me."],
    ),
    (
        "question",
        "a statement said with 'though?' contradicts, a sulking 'Happy?' taunts; neither asks",
        ["u ok tho?", "Are you happy with how the meeting went?"],
        [
            "We went to the coast in June though? That was me.",
            "Fine, then you pick a weekend and I'll book it. Happy?",
            "Are you happy now?",
        ],
    ),
    (
        "question",
        "a question after 'anyway' or 'btw' asks, with or without '?'; a statement after them does not",
        ["anyway did u see the new tyler vid", "btw how did the exam go"],
        ["Anyway, I'm sure it'll blow over."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
