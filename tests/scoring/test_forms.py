"""Must-fire / must-not-fire examples for each form of advice, question and self-focus the rules read.

One row per pattern class (the docstrings of `_advice_patterns`, `_advice_forms`, `_question_forms`
name them); every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from listener.scoring import score_reply

CASES = [
    # (code, what the rows cover, must fire, must not fire)
    (
        "N204",
        "advice statements",
        [
            "I don't think you should quit.",  # negated advice is advice
            "u shud tell ur landlord",  # chat spelling of "you should"
            "Maybe just talk it through with your sister.",  # hedged: maybe + action
            "Perhaps talking to the school nurse first?",  # hedged gerund, with a "?"
            "Writing it all down can really help.",  # an action recommended by its effect
            "A counsellor could help you sort through it.",  # a resource recommended
            "There are some great support groups for new dads.",  # resources that exist
            "One thing that helped me was keeping a sleep diary.",  # a tip from experience
            "It's worth asking your GP about it.",  # impersonal
            "The best thing you can do right now is to rest.",
            "He can wait, so I'd wait a week before replying.",  # "I'd" at a clause start
            "When you get home, have a long bath.",  # imperative after a when-clause
            "Give yourself some time.",
            "Perhaps you should see a careers adviser?",  # declarative question
            "You could always ask for a transfer.",  # you could + action
            "You may need to tell your landlord in writing.",  # hedged directive
            "You two need to sit down and talk about money.",  # plural "you"
            "I could suggest a few budgeting apps.",  # first person with a modal
            "I would say ring the bank first.",  # "I'd say" + imperative
            "A good place to start would be your GP.",  # impersonal
            "Another thing that might help is a walk at lunch.",
            "Something that could help is writing a budget.",
            "Break the essay into smaller chunks.",  # imperative
            "Work on one thing at a time.",
            "Be gentle with yourself this week.",  # imperative "be" + a way of acting
            "You'd better tell her before Friday.",
            "I feel like you should put it in writing.",  # a frame, not "people like you"
            "I definitely recommend the quiet room at the library.",
            "The best advice I ever got was to sleep on it.",
            "Your GP is the best place to start.",
            "Swimming is a great way to clear your head.",  # recommended as a good way
            "I have found that keeping a diary is helpful.",  # a tip from experience
            "Yes, just focus on the next exam.",  # imperative after "yes"
            "I would also ask your landlord for a receipt.",
            "Maybe you could bake something with the kids.",  # hedged option, any verb
            "You're going to have to tell him how you feel.",  # a directive in the future
            "You'll need to ask for it in writing.",
            "The other thing you could try is a night class.",
            "A nap may help you feel better.",
            "Or sell it and keep the money.",  # imperative after "or"
            "It is important that you rest this week.",
            "Don't be afraid to ask your brother for help.",  # "don't be afraid to" + action
            "Getting some fresh air could do you good.",
            "Its worth asking the landlord.",  # chat spelling of "it's"
            "You could also be there for her at the hearing.",  # "be" + a role
            "Be mindful of what you eat before bed.",  # "be" + a way of acting
            "Stay at your sister's for a few nights.",  # "stay" + a place, not a feeling
            "Try not to drink before the meeting.",  # "try not to" + an action
            "Try to get to bed before midnight.",
            "Do not sign anything until a solicitor has read it.",  # negated imperative
            "If you ring the surgery first thing, it might help.",  # an action by its effect, as a condition
            "Spending a weekend at your mum's could give you some breathing room.",  # by what it gives them
            "It might be better for your sleep to leave the phone downstairs.",  # impersonal
            "What I usually do is write the worries on a list before bed.",  # a tip from their practice
            "What I did when my flatmate was like that was put a rota on the fridge.",
            "Share the rota with your flatmates.",  # sharing with someone else
            "There's an app called Headspace for exactly this.",  # one resource, named
            "There are charities that can help with the paperwork.",  # a resource by what it does
            "I hope you give the helpline a ring tonight.",  # a hope that they take a step
            "You should give up the night shifts for a while.",  # giving up a habit, not hope
            "Try to give up caffeine after lunch.",
            "So make sure you can get the Friday off.",  # "make sure", not confidence
        ],
        [
            "You should be proud of yourself.",  # telling how to feel
            "You must be exhausted.",  # a guess about their feeling
            "You shouldn't have to deal with that alone.",  # legitimacy (validation)
            "You're trying so hard to keep everyone happy.",  # a report, not "try"
            "Take care!",
            "I have to go, talk later.",  # leave-taking, not "talk" advised
            "Let me know.",
            "Have a lovely evening!",
            "You can do this!",  # encouragement
            "You could get hurt doing that.",  # a prediction
            "I'd have done the exact same thing if I were you.",  # judging the past
            "You can talk to me any time.",  # an offer
            "Back home you had people you could ring at any hour.",  # a relative clause, not an option
            "It sounds like there's nobody here you can be yourself with.",  # a relative clause
            "Don't even get me started on my landlord.",
            "My sister says you should never lend money to family.",  # reported speech
            "Pfft, try being a student on a loan.",  # a comparison, not a suggestion
            "Work has been brutal for everyone.",  # a noun, not the imperative "work"
            "Nothing can help with that kind of loss.",
            "It sounds like you feel you have to hold everything together.",  # their sense of duty
            "Because you have to cover his shifts, you never get a day off.",  # a reason
            "Be strong, love.",  # encouragement
            "Break-ups are brutal.",  # a noun
            "Anything you might need to catch up on can wait.",  # a relative clause
            "You're wondering whether it's worth staying.",  # an indirect question
            "You came even though you don't think you need to be here.",  # their view
            "People like you should be running the place.",  # a compliment
            "That's a good way to put it.",  # praise for how they said it
            "Your plan is a great start.",  # affirming their own plan
            "Maybe you could be right.",
            "Work stress makes it harder.",  # a noun, not the imperative "work"
            "You'll have to tell me more about it.",  # a request
            "Those are the forms you'll need to fill in.",  # a relative clause
            "I hope it will help you.",  # a hope
            "Or maybe not.",
            "It's important to you.",
            "Don't be afraid.",  # telling them how to feel (V202's territory), not advice
            "Take all the time you need.",  # a courtesy
            "It's good to see you smiling again.",
            "Yeah, it was awful.",
            "Try not to stress about the exam too much.",  # how to feel (dismissal), not advice
            "Do not give up, you're nearly there.",  # encouragement
            "Try to stay positive this week.",
            "Stay hopeful, love.",
            "Keep your spirits up!",
            "You shouldn't worry about the interview.",
            "Please try and not let his comments get to you.",
            "I'm so sorry you have to deal with this.",  # sympathy for their obligation
            "I'm sure you can pass the resit.",  # confidence in them, a prediction
            "You can do so much better than him.",  # flattery
            "There's only so much you can control at work.",  # a relative clause
            "You must have friends at work who'd cover for you.",  # a guess
            "Have a good rest of your weekend!",  # a courtesy
            "I'm gonna try and cut down myself.",  # the listener's own plan
            "If you think about it, that might help explain why she left.",  # an idiom, not a condition
            "What I did was stupid, to be fair.",  # the listener's past, no tip
            "It would be better for everyone if he apologised.",  # a wish about someone else
            "Please, go ahead and tell me the rest.",  # an invitation to keep talking
            "Share the whole story with me, I've got time.",  # sharing with the listener
            "Studies show most people feel this way at some point.",  # "study" as a noun subject
            "Keep up the good work with the revision!",  # praise
            "Don't take it personally.",  # how to feel
            "You can sort it on your own, I know it.",  # encouragement
            "There's a group of lads at his work who wind him up.",  # a story, not a resource
            "There is nothing anyone could do to help with that.",
            "I hope you have a lovely birthday.",  # a wish
        ],
    ),
    (
        "Q203",
        "advice asked as a question",
        [
            "Could you ask for a later start date?",
            "Maybe a short walk?",
            "Can I suggest talking to your GP?",
            "Would it be worth asking for an extension?",
            "Join a running club or something?",
            "Is there any way you could work from home for a bit?",
            "Are you open to asking your sister for help?",
            "Have you contemplated a career change?",
            "How about yoga?",  # a proposal: "how about" + a noun
            "Might it be worth asking for a later deadline?",
            "Could it help to write it all down?",
            "Do you think a break would help?",
            "Is there any way to push the deadline?",
            "Do you think it would benefit you to take the week off?",
            "A night class, perhaps?",  # a proposal ending in "perhaps?"
            "Do you feel that you could ask your landlord for more time?",
            "Is there an easy way for you to take Fridays off?",
            "Are there ways you could work from home more?",
            "Would you be open to talking to a debt adviser?",
            "Have you thought about talking to the bank?",
        ],
        [
            "What have you tried so far?",
            "Would you be open to some ideas?",  # asking permission to advise
            "Are you open to hearing what worked for me?",
            "Have you thought about what you'd do first?",  # an open question about their plans
            "How about you?",  # handing the question back
            "Would you be willing to say more about that?",  # an open request
            "Can you tell me what happened?",
            "Have you talked to her since?",  # what has happened, not a proposal
            "Are you open to saying a bit more about that?",  # an open request
            "How about your mum?",  # asking about someone
            "Do you think anything would help?",  # an open question about what helps
            "Do you feel that you could have done more?",  # about the past
            "Do you think you should be worried?",  # about a feeling
            "Is there a way to tell if he's lying?",  # asks for information
        ],
    ),
    (
        "Q101",
        "open questions, with and without a question mark",
        [
            "how was the rest of your week",
            "Do you know what set it off?",  # indirect, asks for a description
            "If you could change one thing, what would it be?",  # after a conditional lead-in
            "wait what did she say??",
            "Okay, so what happens next?",
            "That sounds rough - what's the hardest part?",  # after a dash
            "And then?",
        ],
        [
            "How long have you lived there?",  # one specific fact: closed
            "Which day is the interview?",
            "Tell me about it, my landlord is exactly the same.",  # the idiom
            "What a week.",
            "How lovely.",
        ],
    ),
    (
        "Q102",
        "closed questions, and what only looks like one",
        [
            "r u ok",
            "How long have you worked there?",
            "I wonder if she knew.",
            "So he moved out?",
            "You're coming on Friday, aren't you?",  # a real tag question
            "Was it awful?",
        ],
        [
            "Seriously?!",  # disbelief
            "Three hours? That's ridiculous.",  # a fragment followed by a comment
            "Isn't it obvious? He never listens.",  # rhetorical
            "At least you got paid, right?",  # a tag on a silver lining
            "What were you thinking?!",
            "Exams are the worst, aren't they?",  # an appraisal with a tag
            "Who wouldn't be upset?",
            "How could anyone treat you like that?",
        ],
    ),
    (
        "N203",
        "the talk turned to the listener",
        [
            "Ugh, this is making me anxious just reading it.",
            "When I failed my driving test I cried for days.",
            "Nice, I've always wanted to go there, I nearly moved to Lisbon once.",
        ],
        [
            "That would upset me too, honestly.",  # a stance about them
            "How long have you been there now?",
            "Oh my god, congratulations!",
            "I knew you'd get it!",
            "That makes me so angry for you.",
            "That reminds me, did you ever hear back from the landlord?",  # a question back
            "I don't blame you one bit.",  # a stance about them
        ],
    ),
]


@pytest.mark.parametrize(("code", "what", "fire", "quiet"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_forms(code, what, fire, quiet):
    for reply in fire:
        assert code in {f.code for f in score_reply(reply).findings}, reply
    for reply in quiet:
        assert code not in {f.code for f in score_reply(reply).findings}, reply


def test_a_why_question_sets_the_question_signals():
    signals = score_reply("Why do you think she left?").signals
    assert signals.question and signals.open_question
    signals = score_reply("Why did you let her say that?").signals
    assert signals.question and signals.open_question


def test_a_declarative_question_can_carry_advice_and_stay_a_question():
    signals = score_reply("You should really see a doctor about that?").signals
    assert signals.advice and signals.question and not signals.open_question


@pytest.mark.parametrize(
    "reply",
    ["Bardzo mi przykro, trzymaj się.", "Aku turut sedih mendengarnya.", "Pasensya na, kamusta ka?"],
)
def test_latin_script_text_with_no_english_word_is_unsupported(reply):
    result = score_reply(reply, "I lost my job today.")
    assert not result.language_supported and result.findings == ()


@pytest.mark.parametrize("reply", ["Wow congrats dude!!", "omg noooo", "Ugh. Mondays.", "ok"])
def test_short_chat_stays_english(reply):
    assert score_reply(reply).language_supported
