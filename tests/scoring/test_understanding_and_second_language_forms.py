"""Must-fire / must-not-fire examples for ways of saying "I understand" and for English written as a
second language (session 8).

Each row names one general form: "I understand you" with only a degree after it ("very well",
"completely") accepts them without restating anything, while "I understand you wanted to..."
restates; a wh-question may come without inversion and without "?" ("why you didn't tell him"), while a
wh-clause followed by its verb ("what you did was brave") states. The rest come from a fifth blind
batch of labelled replies (counselling, family and grief, forum replies, English as a second language):
sympathy in a calque ("I feel with you"), "normal" said of other people's ways rather than the feeling,
disputing their verdict on themselves, a "?" statement answered by the listener's own judgement ("over one
typo? That's not okay."), learners' dropped "it" ("is better to", "Is the best way."), and an
offer of the listener's own effort. Every example is written for this table, none is taken from a labelled
set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "My boss shouted at me in front of the whole team today. I wanted to disappear, and now I dread "
    "going back tomorrow."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "'I understand you' with only a degree after it restates nothing; with a clause after it, it does",
        ["I understand you wanted to disappear.", "I can see you're dreading tomorrow."],
        ["I understand you very well.", "I understand you completely!", "i get u so much"],
    ),
    (
        "question",
        "a wh-question without inversion or '?', as learners write it; a wh-clause that is a subject is none",
        ["why you didn't tell him", "How you are feeling about going back", "how you doing"],
        ["What you did was brave.", "What you are going through sounds awful.", "How you handled it, wow."],
    ),
    (
        "validation",
        "'I feel with you', 'poor you', 'you poor thing' are sympathy; 'poor thing' inside a clause is not",
        ["I feel with you, really.", "Oh, poor you.", "You poor thing, in front of everyone."],
        ["Some poor thing always gets picked on in those meetings."],
    ),
    (
        "validation",
        "'that's so much' and 'it's no surprise' grant how hard it is; 'so much better' does not",
        ["Shouted at in front of everyone, that's so much.", "It's no surprise you want to disappear."],
        ["That's so much better than last week."],
    ),
    (
        "validation",
        "an effort affirmed ('that took some doing'); time taken is not an effort affirmed",
        ["That took some doing."],
        ["That took some time."],
    ),
    (
        "validation",
        "'normal' said of their feeling accepts it; of other people's ways or of how often it happens, not",
        ["It's totally normal to feel like that.", "That's a normal reaction to being shouted at."],
        ["Bosses are like that, it's normal.", "It happens in one in three teams, it's common."],
    ),
    (
        "paraphrase",
        "disputing their verdict on themselves restates nothing of theirs",
        ["You're dreading going back in tomorrow."],
        ["You're not useless, you're brilliant at your job.", "You aren't a failure."],
    ),
    (
        "paraphrase",
        "'no wonder you...' and idioms of what stirs a feeling ('cut you to the bone') reflect it",
        [
            "No wonder you're losing heart after that.",
            "That must have cut you to the bone.",
            "Tomorrow is sending you into a spiral.",
        ],
        ["No wonder, really.", "I'll cut you a slice of cake."],
    ),
    (
        "advice",
        "'it's better to' recommends, also with its 'it' left out; 'better to know now' looks back",
        ["It's better to talk to HR first.", "Maybe is better to stay home tomorrow."],
        ["It's better to know now than later."],
    ),
    (
        "advice",
        "'why you don't' + a step is advice as learners ask it; 'why you don't want to' asks why",
        ["Why you don't tell HR?"],
        ["Why you don't want to go back?"],
    ),
    (
        "advice",
        "an offer of the listener's own effort ('I can try to...') is not advice; 'try to' for them is",
        ["Try to talk to HR tomorrow."],
        ["If you want, I can try to talk to him.", "I could try to find out what happened."],
    ),
    (
        "advice",
        "what 'lots of people find' works recommends it; an action verb such as 'screenshot' opens advice",
        ["Lots of people find a short walk before a hard meeting works wonders.", "Screenshot his messages."],
        ["Lots of people find their boss hard to read.", "A screenshot won't show how loud he was."],
    ),
    (
        "advice",
        "'don't take it personal' tells them how to feel, as 'don't take it personally' does",
        ["Don't reply to him tonight."],
        ["Don't take it personal, he shouts at everyone."],
    ),
    (
        "question",
        "'Is the best way.' without '?' is a statement with its 'it' left out; 'Is the meeting on' asks",
        ["Is the meeting on tomorrow"],
        ["Talk to HR. Is the best way."],
    ),
    (
        "open_question",
        "'do you want to tell me about...' invites them to describe; 'do you want to talk about it?' offers",
        ["Do you want to tell me about him"],
        ["Do you want to talk about it?"],
    ),
    (
        "question",
        "a '?' statement the listener answers with a judgement carried outrage; before a question, it asks",
        ["He shouted at you in front of everyone? What did you say?"],
        ["He shouted at you over one typo? That's not okay.", "In front of the whole team? Unbelievable."],
    ),
    (
        "self_focus",
        "'when we lost...' with the listener's own 'I' after it tells their story; 'when we talked' recalls",
        ["When we lost our dog I couldn't work for a week.", "In my old job was the same for me."],
        ["When we talked last week, you said he shouts a lot."],
    ),
]


test_signal_form = signal_form_test(CASES, SPEAKER)
