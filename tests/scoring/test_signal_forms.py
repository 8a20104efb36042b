"""Must-fire / must-not-fire examples for forms of validation (V101) and paraphrase (P102).

Each row names a form from the labelling guide (`tests/data/README.md`, "validation" and
"paraphrase"); every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from listener.scoring import score_reply

SPEAKER = "My dad is in hospital again and I'm the only one who visits. My brother just sends texts."

CASES = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "validation",
        "understandability, however much sense it makes",
        [
            "That makes a lot of sense given everything you've been through.",
            "It makes so much sense that you're worn out.",
            "Makes total sense.",
        ],
        ["Does that make sense?", "Would it make sense to ask him for a rota?"],
    ),
    (
        "validation",
        "the listener would feel the same",
        [
            "I'd be exhausted too.",
            "I'd be furious with my brother too.",
            "Honestly? I would be too.",
        ],
        ["I'd be happy to help too.", "I'd be there too if I could.", "I'd be too scared to ask him."],
    ),
    (
        "validation",
        "legitimacy, and 'the worst' said of their situation",
        ["Nobody deserves to be treated like that.", "ugh that's the worst", "That's just the worst."],
        ["That's the worst idea I've heard.", "Nobody deserves a medal for that meeting."],
    ),
    (
        "validation",
        "good news appraised",
        [
            "That is so exciting! What will you do first?",
            "Congratulations, that must feel really rewarding after all that effort.",
            "That's incredible news!",
        ],
        ["Read this book, it's brilliant for late diagnosis.", "Is that exciting for you?"],
    ),
    (
        "validation",
        "sympathy for a loss",
        [
            "Sorry for your loss. She sounds like she meant the world to you.",
            "My condolences.",
            "Those little moments can be the hardest.",
        ],
        # "Sending love" alone is a courtesy: the own set's five rows with nothing else that validates say so.
        [
            "Sorry for the late reply.",
            "That was the hardest exam of the year, wasn't it?",
            "Sending you so much love.",
        ],
    ),
    (
        "invalidation",
        "a platitude about the one they lost",
        ["She's in a better place now."],
        ["She's in a better mood now, you said?"],
    ),
    (
        "self_focus",
        "sympathy formulas in the first person",
        [],
        ["My deepest sympathies, she sounds wonderful.", "My condolences."],
    ),
    (
        "validation",
        "sympathy or praise marked as sarcasm is mockery",
        ["Oh no 😢 that sounds hard", "That sounds rough, being away from home that long."],
        [
            "Oh no, a whole week by the beach, how will you survive 🙄",
            "Good for you 🙄",
            "That sounds rough /s",
        ],
    ),
    (
        "paraphrase",
        "a restatement marked as sarcasm is mockery",
        ["So your brother just texts while you do every visit."],
        ["Oh no, your brother just texts, how will you survive 🙄"],
    ),
    (
        "validation",
        "legitimacy of the reaction, and the listener's own strong reaction",
        [
            "That's fair enough to be annoyed about.",
            "Totally fair to be annoyed.",
            "Ugh, that would drive me mad.",
            "I'd be livid.",
        ],
        ["Is it fair to be annoyed?", "I'd be livid if I were him, honestly, but I'm not."],
    ),
    (
        "validation",
        "accepting their feelings",
        ["Your feelings matter.", "Your feelings are valid."],
        ["Your feelings matter less than his, apparently."],
    ),
    (
        "validation",
        "sympathy that cannot find the words",
        ["I can't even imagine.", "I can't imagine, honestly.", "I cannot begin to imagine."],
        ["I can't imagine him changing."],
    ),
    (
        "validation",
        "the situation named as among the hardest",
        [
            "Caring for a sick parent is one of the hardest things there is.",
            "Watching a parent decline must be one of the most painful experiences.",
        ],
        ["That was the hardest exam of the year, wasn't it?"],
    ),
    (
        "paraphrase",
        "a restatement behind a checking lead-in",
        [
            "If I've got this right, your brother only texts while you do the visits.",
            "Let me see if I've got this: you're the only one visiting.",
            "If I'm reading this right, nobody else in the family visits.",
            "If I get what you mean, he leaves it all to you.",
        ],
        ["If I get time I'll visit him with you.", "If I've got this right, what would help most?"],
    ),
    (
        "paraphrase",
        "accepting their feelings in general restates nothing of their situation",
        ["Your brother leaves everything to you."],
        ["Your feelings are valid.", "Your feelings matter.", "Those feelings make complete sense."],
    ),
    (
        "validation",
        "not alone, said with an adverb or as many people in the same boat",
        ["You're definitely not alone.", "So many people are in the same boat right now."],
        ["Many people are in the same office as him."],
    ),
    (
        "paraphrase",
        "'you're not alone' reassures; it restates nothing of their situation",
        [],
        ["You're definitely not alone.", "You are really not alone."],
    ),
    (
        "self_focus",
        "'I feel you' is empathy slang, not the listener's own feeling",
        ["I feel useless too sometimes."],
        ["i feel u, its rough when it seems like everyone is ahead of you", "I feel you. That's a lot."],
    ),
    (
        "paraphrase",
        "chat spellings of 'you're' in a reflection of feeling",
        ["no wonder ur upset", "sounds like ur really hurt and confused"],
        ["is the allotment ur happy place?"],
    ),
    (
        "advice",
        "chat spellings of 'you' in advice asked as a question",
        ["have u tried just asking her", "why dont u just ask her"],
        ["have u talked since?"],
    ),
    (
        "advice",
        "asking permission to advise is not advice yet; the advice after it, or in the asking, is",
        [
            "Can I suggest something? Ask him for a rota before Friday.",
            "Could you be open to asking him for a rota?",
            "Would it help to ask your brother for one weekend a month?",
            "Can I suggest you ask him for a rota?",
        ],
        [
            "Could you be open to hearing some suggestions?",
            "Would it help if I shared what worked for me?",
            "Would it help if we talked it through first?",
            "Can I suggest something?",
            "May I recommend a few things?",
        ],
    ),
    (
        "question",
        "wh-questions typed without a question mark",
        [
            "What's the hardest part of the visits for you",
            "What tends to set your brother off",
            "When's he next coming over",
            "Which day is hardest",
            "Why didn't he come",
            "whats going on with your brother",
        ],
        [
            "What's done is done.",
            "What happened was awful.",
            "What matters is that you're there for him.",
            "What helped me was a rota.",
            "I visit on Sundays. Which was hard at first.",
            "What's more, you keep showing up.",
        ],
    ),
    (
        "validation",
        "sorry for what happened to them, hardship after 'must', legitimacy in the past",
        [
            "I'm so sorry this happened to you.",
            "Sorry you had to go through that on your own.",
            "That must sting.",
            "You deserved better from your brother.",
            "You didn't deserve that.",
            "I can only imagine.",
        ],
        [
            "I'm sorry you feel that way.",
            "Sorry this took me so long to answer.",
            "You deserved it, honestly.",
        ],
    ),
    (
        "paraphrase",
        "a tentative guess at their meaning: 'I wonder if you...' (MITI codes it as a reflection)",
        [
            "I wonder if you feel you've let your dad down.",
            "I'm wondering if you're worried he'll get worse.",
        ],
        ["I wonder if you should ask your brother for a rota.", "I wonder if it will rain for the visit."],
    ),
    (
        "advice",
        "a suggestion hedged as 'I wonder if you should / could try...'",
        ["I wonder if you should ask your brother for a rota.", "I wonder if you could try a visiting rota."],
        ["I wonder if you could tell me more about your brother.", "I wonder if you feel let down by him."],
    ),
    (
        "advice",
        "'you need to' as the condition of an offer is no directive",
        ["You need to ask your brother for a rota.", "If you need to, ask your brother for a rota."],
        ["I'm here if you need to talk.", "im here if u need to vent", "Call me any time you need to."],
    ),
    (
        "self_focus",
        "what the listener did to the speaker, and how it left them, is about the speaker",
        ["I had a really stressful day too, you know."],
        [
            "Wow, I didn't realise it was hurting you this much.",
            "So my phone is making you feel unimportant.",
        ],
    ),
    (
        "self_focus",
        "the same thing happening with the listener's people",
        ["omg same thing happened w my bff last yr", "The same thing happened with my sister."],
        ["The same thing happened with your brother last year, didn't it?"],
    ),
    (
        "invalidation",
        "a better future promised in place of hearing the loss",
        ["Something better will come along.", "There'll be other jobs."],
        ["Something better came along for your sister, you said?"],
    ),
    (
        "validation",
        "the situation called a rollercoaster",
        ["Sounds like a real rollercoaster.", "What a rollercoaster."],
        ["The rollercoaster at the fair was fun."],
    ),
    (
        "invalidation",
        "judging how they take it",
        ["You always take things too personally."],
        ["I think you take it hard because you care, and that's okay."],
    ),
    (
        "validation",
        "their effort granted",
        ["You did your best.", "You tried your very best."],
        ["Did you do your best?"],
    ),
    (
        "paraphrase",
        "a prediction or a lead-in to the listener's story restates nothing",
        [],
        ["You won't believe what happened to me today.", "You won't regret it."],
    ),
    (
        "open_question",
        "an asking lead-in before a wh-clause, and 'in what way'",
        ["I'm wondering how you responded.", "I was wondering how you got through it.", "In what way?"],
        ["How awful.", "What a mess."],
    ),
    (
        "invalidation",
        "minimising after a comma or 'well', judging with a softener, empty reassurance about others",
        [
            "Oh well, at least she remembered eventually.",
            "Well at least you got a text.",
            "Maybe you're being a bit sensitive.",
            "I'm sure he didn't mean it.",
            "You'll laugh about this one day.",
        ],
        ["At least three of us noticed, if that helps.", "You're a bit of a romantic, huh."],
    ),
]


@pytest.mark.parametrize(("signal", "form", "fire", "quiet"), CASES, ids=[c[1] for c in CASES])
def test_form(signal, form, fire, quiet):
    for reply in fire:
        assert getattr(score_reply(reply, SPEAKER).signals, signal), reply
    for reply in quiet:
        assert not getattr(score_reply(reply, SPEAKER).signals, signal), reply
