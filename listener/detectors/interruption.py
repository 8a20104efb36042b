"""Non-interruption rules (N): letting the speaker finish, and not taking the talk elsewhere."""

from __future__ import annotations

import re

from listener.detectors._acknowledgements import acknowledgements_in_order
from listener.detectors._advice import advice_in_order
from listener.detectors._cues import feeling_named
from listener.detectors._fastscan import Scanner
from listener.detectors._self_focus import self_focus
from listener.detectors._text import evidence, masked
from listener.scoring import Detector, Evidence, Skill, Timing, TurnContext

_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:anyway|anyways|anyhow)\b|(?<![\w'])(?:on (?:a|an) (?:other|different|unrelated"
    r"|lighter|happier|side) note|by the way|speaking of which|(?:changing|to change) the subject|enough"
    r" about (?:that|this|work|him|her|them)|let's (?:talk about something else|change the subject|not talk"
    r" about (?:that|this|it)|talk about something (?:happier|fun|nicer))|guess what (?:happened to me"
    r"|i did))"
)

_SUBJECT_SCAN = Scanner(_SUBJECT, rare=True)
"""The same pattern, tried only where one of its first words (or a sentence end) occurs, and only
in a reply that holds one of its phrases ("anyway", "by the way", ...)."""


def _reply_before_speaker_finished(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        From the conversation engine's timing: the reply was sent before the speaker's last beat.

    Why it matters:
        Cutting in tells the speaker your reply mattered more than the rest of their story.

    Example:
        The speaker is on beat 2 of 3 when the reply arrives.

    Known limits:
        Needs timing from a practice session; from the command line it is silent (timing unknown).

    Source:
        Rogers & Farson (1957); Bolton, "People Skills" (1979), ch. 3: attending, not interrupting.
    """
    t = ctx.timing
    if t is not None and not t.speaker_finished:
        heard = f"after {t.beats_heard} of {t.beats_total} lines" if t.beats_total else "early"
        return (Evidence(quote=f"reply sent {heard}", detail={"when": heard}),)
    return ()


def _typed_while_speaking(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        From the timing: the listener started typing while the speaker was still talking.

    Why it matters:
        Preparing your answer while they talk means you are half listening.

    Example:
        Typing starts during the speaker's second line; the reply is sent after the last one.

    Known limits:
        Needs timing from a practice session; silent from the command line.

    Source:
        Covey, "The 7 Habits" (1989), habit 5: listening with intent to reply.
    """
    t = ctx.timing
    if t is not None and t.typed_while_speaking and t.speaker_finished:
        return (Evidence(quote="started typing while they were still speaking"),)
    return ()


def _talk_turned_to_self(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Turning the talk to yourself: "that reminds me of when I...", "the same thing happened to
        me", "I went through that too", "me too", when the reply does not hand the talk back after it
        (with a question or by naming their feeling).

    Why it matters:
        Shifting the story to yourself takes the floor from the speaker just as they opened up.

    Example:
        "Same thing happened to me last year, I was furious for weeks."

    Known limits:
        A brief disclosure followed by a question back to them is allowed. Also read: a clause
        that starts with "I"/"my" and is not a stance about them ("I'm sorry", "my heart goes out"),
        a story that starts with its time ("When I moved..."), "this is making me anxious", and
        comparisons ("try being 38 and..."). Inclusive "we" ("we're all in this together") is not
        read as self-focus; a story told as "we" counts only when it is in the past and the listener
        comes into it ("we split after four years and I didn't play for a year"), or as "ours was...".

    Source:
        Bolton (1979): "shift response"; Derber, "The Pursuit of Attention" (1979), shift vs support.
    """
    found = self_focus(ctx)
    return (evidence(ctx, *found),) if found else ()


def _understood_from(ctx: TurnContext) -> int:
    """Where the reply first acknowledged or named the feeling (the reply's length: nowhere)."""
    at = len(ctx.reply)
    named = feeling_named(ctx)
    if named is not None:
        at = named[0]
    first = next(acknowledgements_in_order(ctx), None)  # acknowledgements come in order of position
    if first is not None and first[0] < at:
        at = first[0]
    return at


def _advice_before_understanding(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Advice or a solution ("you should...", "I don't think you should...", "why don't you...",
        "maybe try...", an imperative like "talk to your boss") before the reply has acknowledged
        the speaker's feeling.

    Why it matters:
        Advice before the speaker feels heard tells them the conversation is over; most people
        need to be understood before they can use a solution.

    Example:
        "You should just talk to HR."

    Known limits:
        Also read: hedged forms ("maybe try...", "you could always..."), chat spellings ("u shud"),
        an action recommended by its effect ("talking to someone can really help"), recommended
        resources ("there are support groups for..."), tips from experience ("one thing that
        helped me was...", "I have found that a diary is helpful"), "X is a great way to...",
        "you're going to have to..." at a clause start, "maybe you could + any verb", an
        imperative "be" with a way of acting ("be gentle with yourself"), imperatives at any
        clause start, "if you ring them first, it might help", "what I usually do is...", "there's
        an app called...", "there are charities that can help with the forms", "I hope you ring the helpline".
        "You feel you have to..." and "because you have to..." restate their sense of duty, and
        "I'm sorry you have to..." sympathises with it: not advice. Telling them how to feel ("try
        not to worry", "stay hopeful", "don't give up", "you shouldn't worry"), confidence in them
        ("I know you can get through it"), invitations to keep talking ("go ahead, tell me") and
        courtesies are not advice either (the dismissal and reassurance rules read some of them).
        Imperatives are recognised from a list of common verbs, so advice in unusual words is
        missed and a noun that starts a clause ("Text messages from him...") can read as one.
        Advice asked as a question is Q203; "is there someone you could talk to?" is read as a
        question about their support, not as advice.

    Source:
        Gordon (1970), roadblocks 4 and 5 (advising, lecturing); MITI 4.2.1, advise without permission.
    """
    understood = _understood_from(ctx)
    # Advice comes in order of position: only the first can come before understanding was shown.
    first = next(advice_in_order(ctx), None)
    if first is not None and first[0] <= understood:
        return (evidence(ctx, first[0], first[1]),)
    return ()


def _advice_after_acknowledging(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Advice that comes after the reply acknowledged or named the speaker's feeling.

    Why it matters:
        Better than advice first, but the speaker may still not be ready for it; ask before advising.

    Example:
        "That sounds exhausting. Maybe try taking a day off."

    Known limits:
        Does not know whether the speaker asked for advice.

    Source:
        Miller & Rollnick (2013), ch. 11: ask permission before giving advice.
    """
    first = next(advice_in_order(ctx), None)
    if first is not None and _understood_from(ctx) < first[0]:
        return (evidence(ctx, first[0], first[1]),)
    return ()


def _subject_changed(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Changing the subject: "anyway, ...", "on another note", "by the way", "enough about that".

    Why it matters:
        Moving on before the speaker is done tells them their topic is closed.

    Example:
        "Anyway, did you watch the game last night?"

    Known limits:
        Only explicit topic-change phrases; a silent change of topic is missed.

    Source:
        Gordon (1970), roadblock 12 (diverting, withdrawing).
    """
    text = masked(ctx)
    phrases = _SUBJECT_SCAN.phrases
    if phrases is not None and not any(map(text.__contains__, phrases)):
        return ()  # the common case: no phrase of a topic change in the reply
    m = _SUBJECT_SCAN.search(text)
    if m:
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(".!? "))
        return (evidence(ctx, start, m.end()),)
    return ()


DETECTORS = (
    Detector(
        code="N201",
        name="reply-before-speaker-finished",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="You replied before they had finished ({quote}).",
        suggestion="Wait for the pause at the end of their turn before you reply.",
        example_bad="Sorry to cut in, but I know exactly what you mean.",
        example_good="Sorry to cut in, but I know exactly what you mean.",
        example_timing=(
            Timing(speaker_finished=False, beats_heard=1, beats_total=3),
            Timing(speaker_finished=True, beats_heard=3, beats_total=3),
        ),
        check=_reply_before_speaker_finished,
    ),
    Detector(
        code="N202",
        name="typed-while-speaking",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="You {quote}.",
        suggestion="Keep your hands still until they finish; then reply to all of it.",
        example_bad="That sounds hard.",
        example_good="That sounds hard.",
        example_timing=(
            Timing(typed_while_speaking=True, beats_heard=3, beats_total=3),
            Timing(typed_while_speaking=False, beats_heard=3, beats_total=3),
        ),
        check=_typed_while_speaking,
    ),
    Detector(
        code="N203",
        name="talk-turned-to-self",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="This turns the talk to you: “{quote}”.",
        suggestion="Keep the focus on them; if you share, hand it back: '... What was it like for you?'",
        example_bad="Same thing happened to me last year, I was furious for weeks.",
        example_good="That must have been infuriating.",
        check=_talk_turned_to_self,
    ),
    Detector(
        code="N204",
        name="advice-before-understanding",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="You jumped to advice before showing you understood: “{quote}”.",
        suggestion="Reflect first; offer ideas only if they ask: 'That sounds awful. What do you need?'",
        example_bad="You should just talk to HR.",
        example_good="That sounds so unfair. What happened next?",
        check=_advice_before_understanding,
    ),
    Detector(
        code="N205",
        name="advice-after-acknowledging",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="You acknowledged them, then gave advice: “{quote}”.",
        suggestion="Ask before advising: 'Would it help to think about next steps, or not yet?'",
        example_bad="That sounds exhausting. Maybe try taking a day off.",
        example_good="That sounds exhausting.",
        check=_advice_after_acknowledging,
    ),
    Detector(
        code="N206",
        name="subject-changed",
        skill=Skill.NON_INTERRUPTION,
        polarity="roadblock",
        message="This changes the subject: “{quote}”.",
        suggestion="Stay with their topic until they close it: 'Is there more to it?'",
        example_bad="Anyway, did you watch the game last night?",
        example_good="Is there more to it?",
        check=_subject_changed,
    ),
)
