"""Every rule fires on its own bad/good example and stays quiet on the other and on a neutral reply.

The table is generated from the detectors' declared examples (as proselint's tests/examples.py does),
plus a few extra cases per rule, so adding a rule adds its tests.
"""

from __future__ import annotations

import pytest

from listener.scoring import REGISTRY, Detector, score_reply

NEUTRAL = "Okay."
"""A smoke reply that no rule should fire on."""


def _fires_on(detector: Detector) -> str:
    """The example the rule must fire on: strengths fire on the good one, roadblocks on the bad."""
    return detector.example_good if detector.polarity == "strength" else detector.example_bad


def _quiet_on(detector: Detector) -> str:
    return detector.example_bad if detector.polarity == "strength" else detector.example_good


def _codes(detector: Detector, reply: str, turn, which: int) -> set[str]:
    timing = detector.example_timing[which] if detector.example_timing else None
    result = score_reply(
        reply, detector.example_speaker, turn=turn if detector.uses_turn else None, timing=timing
    )
    return {f.code for f in result.findings}


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_rule_fires_on_its_example(detector, passed_over_turn):
    assert detector.code in _codes(detector, _fires_on(detector), passed_over_turn, 0)


@pytest.mark.parametrize("detector", REGISTRY, ids=lambda d: d.code)
def test_rule_is_quiet_on_its_counter_example_and_a_neutral_reply(detector, passed_over_turn):
    assert detector.code not in _codes(detector, _quiet_on(detector), passed_over_turn, 1)
    assert detector.code not in _codes(detector, NEUTRAL, passed_over_turn, 1)


CASES = [
    # (code, must fire, must not fire, speaker)
    (
        "P101",
        ["It sounds like you felt overlooked.", "That must have left you exhausted."],
        ["Do you feel sad?", "You're not alone in this."],
        "",
    ),
    (
        "P102",
        [
            "So your manager promised you the role and then gave it away.",
            "You've been carrying that whole team for three years.",
        ],
        ["You should talk to your manager.", "You're welcome!"],
        "My manager promised me the team-lead role and gave it to someone else.",
    ),
    (
        "P101",
        [
            "No wonder you're fuming.",
            "You must be over the moon.",
            "It's keeping you up at night.",
            "The phone-hiding has you scared.",
            "You miss her, even though she's right there.",
            "I can see why you're upset.",
            "It sounds like you're anxious about how she'll react - what's the worst part?",
            "That's a big decision, no wonder you're going back and forth.",
            "Of course it got under your skin.",
            "Everyone around you has moved on and you feel behind.",
        ],
        [
            "What's bothering you?",
            "Don't let it get to you.",
            "Be with someone you love.",
            "You must be joking.",
            "So what's got you nervous about it?",
            "I hope you feel a little clearer now.",
        ],
        "",
    ),
    (
        "P102",
        [
            "She's bailed on you three times in a month.",
            "They planned a whole trip without you.",
            "I see - you find it hard to stay motivated at work.",
            "So just to clarify, you're working two jobs now?",
            "I'm so sorry you had to cancel the trip.",
            "It sounds to me like there might be more going on at work.",
            "I can tell that you're feeling bad about the wedding.",
            "A whole month and she still couldn't tell you why.",
            "so ur saying u do both jobs??",
        ],
        [
            "Weddings are so expensive, maybe they kept it small.",
            "All kids fight, it's normal.",
            "You as well!",
            "Thank you and merry Christmas!",
            "If you feel ready, the job could wait.",
            "You're literally the smartest person I know.",
            "I'm sorry you're going through this.",
            "I understand your feelings.",
            "I know this is hard, but I know you can do it.",
            "You must be joking.",
        ],
        "My best friend keeps cancelling on me. Third time this month. We planned a trip and a wedding, "
        "and the kids fight. I work two jobs and I can't get going at work.",
    ),
    (
        "P101",
        [
            "I can hear how much that stung.",  # the listener perceiving the feeling
            "I can hear the worry in that.",
            "It bothers you that the kids are split up.",
            "I'm sorry that losing the flat has been so frightening.",  # empathy frame + their situation
        ],
        ["I can hear you.", "I'm sorry, I lost a flat once too and it was frightening."],
        "We lost the flat last week and the kids are staying with my mum.",
    ),
    (
        "P102",
        [
            "It seems you're the one holding everyone together.",
            "I imagine you're wondering whether it's worth staying.",
            "It's like you're only noticed when something goes wrong.",
            "You'd like her to ask how you are for once.",  # a wish reflected
            "So she only rings when she's short?",  # a check with "so" and a third person
            "Are you saying you're done lending her money?",  # checking understanding
            "Could it be that you feel taken for granted?",
            "Everything has landed on you.",  # their situation acting on them
            "Nobody's helping you with any of it.",
            "All of it falls on your shoulders.",
        ],
        [
            "It seems like a lot.",
            "I can imagine.",
            "It seems a bit early to tell.",
            "Are you saying no?",
            "Birthdays are hard, so you're not the only one.",  # "so" joining a normalising clause
            "It sounds like you're a really caring sister.",  # an affirmation after a stem
            "It was lovely to meet you.",  # a courtesy
            "It's up to you.",
            "Good things will come to you.",  # a prediction
            "I'm glad I could help you.",  # about the listener
        ],
        "My sister never calls me unless she needs money, and she missed my birthday again.",
    ),
    (
        "P103",
        ["You feel like nobody at work ever listens to you."],
        ["It sounds like you feel invisible at work."],
        "I feel like nobody at work ever listens to me.",
    ),
    (
        "Q101",
        ["How did you find out", "Tell me more.", "I wonder what she meant by that.", "Did he say why?"],
        ["What a mess.", "How awful.", "When I was young I hated school."],
        "",
    ),
    ("Q102", ["Are you okay", "Did he call you back?"], ["Could be worse, honestly."], ""),
    (
        "Q103",
        [
            "So, if I understand correctly, you felt ignored?",
            "Did I get that right?",
            "Would it be fair to say you feel a bit stuck?",
            "Is it that you're afraid of letting them down?",
        ],
        ["You felt ignored.", "Is it that time of year already?"],
        "",
    ),
    ("Q201", ["Why did you do that?"], ["Why do you think she said that?", "Why don't you quit?"], ""),
    (
        "Q203",
        ["Why don't you just quit?", "What if you told her how you feel?"],
        ["What have you tried so far?"],
        "",
    ),
    (
        "V101",
        [
            "I can see why you'd feel that way.",
            "It makes sense that you're angry.",
            "No wonder you're upset.",
        ],
        ["I don't understand why you're upset."],
        "",
    ),
    (
        "V101",
        [
            "thats so hard",
            "That does sound hard.",
            "im so sorry babe",
            "That would upset me too, honestly.",
            "It's okay not to know yet.",
            "That's a real kick in the teeth.",
            "Hearing it from him must have stung.",
            "He wasn't there. Of course you're upset.",
            "Nerves before a first day are so normal.",
            "I understand, that must be exhausting!",
            "Feeling down after that is certainly understandable.",
            "Oh, that's not good.",
            "A lot of people feel the way you're feeling now.",
            "That has to be exhausting.",
            "Losing a pet is never easy.",
            "I can feel how tense you are about Monday.",
            "It's only natural to grieve like this.",
            "Loads of new parents feel exactly this way.",
            "I can see where the worry comes from.",
            "You have a legitimate reason to be upset.",
            "Slipping once is part of the process.",  # normalising a lapse
            "It's been a struggle.",
            "That sounds tiring.",
            "I don't blame you one bit.",  # siding with their reaction
            "I'd have done the same.",
            "That's a completely normal reaction.",
            "It's fair to feel let down.",
            "There's no right way to feel about this.",
            "I'm so sorry I know how much you loved him.",  # sympathy without punctuation
            "You're allowed to be tired.",  # permission to feel
            "There's nothing wrong with feeling this way.",
        ],
        [
            "That sucks, but at least you still have a job.",
            "Which exam is worrying you most?",
            "It's a lot of things at once.",
            "I'm here for you.",
            "I hear you.",
            "You are torn between how tired you are and the job.",
            "It wasn't easy for me either.",
            "Is it easy to get there?",
            "I'm sorry I can't stay longer.",  # an apology
            "Would it make sense to call him first?",  # a question, not an acknowledgement
            "That's a normal part of the engine.",
            "There's nothing wrong with the car.",
        ],
        "",
    ),
    ("V103", ["It's not your fault.", "You'll get through this."], ["It's your fault."], ""),
    (
        "V103",
        [
            "That seems like a good idea.",
            "You seem like a really caring person.",
            "Give yourself a little more credit.",
            "I'm sure you tried your best.",
            "You've earned it.",
            "thats great that you went",
            "Coming to them shows great strength.",
            "I know you'll find your feet there.",
            "Your team is lucky to have you.",
            "That sounds like the right call.",
            "It's his fault, not yours.",
            "You've been such a good daughter to her.",
            "You have so much patience.",
            "Staying calm like that shows what a good mum you are.",
            "Thanks for being so honest with me.",
            "You've been really open today.",
            "You put so much heart into that job.",
            "You're right to be wary of him.",
            "You are a very determined person.",
            "You're a loyal, caring friend.",
            "You have an excellent attitude.",
            "You're handling this really well.",
            "You're really trying hard with him.",
            "I think you absolutely did the right thing.",
            "Good effort on the essay.",
            "You've worked really hard to get your hours down.",
            "That shows real commitment.",
            "You did really well to say no to him.",
            "Three weeks without a drink, that's a big achievement.",
            "That's real progress.",
            "It sounds like you're a really caring sister.",
            "You've come a long way since March.",
            "Your commitment to your mum really shows.",
            "Feeling this way doesn't make you a bad daughter.",
            "You clearly put a lot of thought into the letter.",
            "You handled that with a lot of grace.",
            "That was a really mature way to handle it.",
            "Not everyone would have the courage to say that.",
            "You're so good with people.",
            "You've got this.",
            "You're stronger than you think.",
            "You did nothing wrong.",
            "You kept going even when it was hard.",
        ],
        [
            "You should be really proud of yourself.",
            "I'm glad you are.",
            "He paid you what you're worth.",
            "I know you're busy.",
            "Is that the right call?",
            "You have a lot of debt.",
            "I'm glad to hear that.",  # a pleasantry
            "You're a bad friend.",
            "You have an attitude.",
            "You're trying hard to hide it.",
            "You're right.",  # agreement, not an affirmation
            "You got this wrong.",
            "You're good at hiding it.",
            "It says a lot about you that you'd lie.",
            "Is that progress?",
        ],
        "",
    ),
    ("V201", ["It's not a big deal.", "Look on the bright side."], ["At least three times a week?"], ""),
    (
        "V202",
        ["Calm down.", "Cheer up!"],
        ["It makes sense you're worried.", "A long bath is how you relax after a shift."],
        "",
    ),
    (
        "V203",
        ["You shouldn't feel that way.", "It's your own fault."],
        ["I'm not saying it's your fault.", "I don't think you're overreacting.", "It's not your fault."],
        "",
    ),
    ("V204", ["Don't stress, it'll all be fine."], ["That sounds scary. It'll be okay though."], ""),
    (
        "N203",
        ["That reminds me of when I lost my job.", "I went through the same thing last year."],
        ["I went through something similar. What helped you most?", "I'm so sorry, that sounds awful."],
        "",
    ),
    (
        "N204",
        ["I don't think you should quit.", "Talk to your boss about it.", "If I were you I'd leave."],
        ["You should be proud of yourself.", "You must be exhausted.", "Take care!", "Let me know."],
        "",
    ),
    ("N206", ["By the way, did you see the match?"], ["Anyone would be upset by that."], ""),
]


@pytest.mark.parametrize(("code", "fire", "quiet", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_extra_cases(code, fire, quiet, speaker):
    for reply in fire:
        assert code in {f.code for f in score_reply(reply, speaker).findings}, reply
    for reply in quiet:
        assert code not in {f.code for f in score_reply(reply, speaker).findings}, reply
