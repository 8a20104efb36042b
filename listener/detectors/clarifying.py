"""Clarifying-question rules (Q): open questions, checking understanding, and gentle flags."""

from __future__ import annotations

from listener.detectors._overlap import cue_hit, speaker_concepts
from listener.detectors._questions import Kind, Question, questions
from listener.detectors._text import evidence, span_concepts
from listener.scoring import Detector, Evidence, Skill, TurnContext

_NONE: tuple[Evidence, ...] = ()


def _first(ctx: TurnContext, kind: Kind) -> tuple[Evidence, ...]:
    """The evidence of the reply's first question of `kind`, if any."""
    for q in questions(ctx):
        if q.kind == kind:
            return (evidence(ctx, q.body_start, q.sentence.end),)
    return _NONE


def _open_question_asked(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        An open question, with or without a question mark: a wh-question that invites a description
        ("what was that like?", "how did you find out", "lol what did he say"), also after lead-ins
        ("if you could go back, what would you say?", "nice, so what's next?"), an open request
        ("tell me more", "can you say more about that?", "I wonder what she meant", "and then?")
        or an indirect question ("do you know what set it off?").

    Why it matters:
        Open questions invite the speaker to go on in their own words; closed ones get a yes or no.

    Example:
        "What was the hardest part of that?"

    Known limits:
        Statements that begin with a question word need a following verb to count ("what happened
        next" counts, "what a mess" does not). Wh-questions that ask for one fact (when, where,
        which, who, how long/many/much) are closed, as in MITI; "what's the X?" is still read as
        open although it often asks for one fact. "Why" questions are reported by Q201 (and set
        the open_question signal).

    Source:
        Miller & Rollnick, "Motivational Interviewing" (3rd ed., 2013), ch. 6: open questions;
        MITI 4.2.1, question codes.
    """
    return _first(ctx, "open")


def _closed_question_asked(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A closed question: a yes/no question ("did you talk to him?", "are you okay", "r u ok"), a
        one-fact wh-question ("how long has it been?"), "I wonder if...", or a statement with a
        question mark ("so he moved out?"). Not: disbelief ("Seriously?!", "three hours? That's
        ridiculous."), rhetorical questions ("isn't it obvious?", "what were you thinking?!") or a
        tag on a silver lining ("at least you got paid, right?").

    Why it matters:
        A closed question still shows interest and can clarify a fact, but it narrows the answer.

    Example:
        "Did your manager say anything afterwards?"

    Known limits:
        Without a question mark only an inverted auxiliary ("did you...", "are they...") counts.
        A verbless fragment with "?" followed by a comment is read as disbelief, so a real short
        question followed by a statement ("Any luck? I know it's tough.") is kept only when it
        starts with any/some/more. Rhetorical questions are not counted: "who wouldn't be upset?",
        "how could anyone...?", and an appraisal with a tag ("exams are the worst, aren't they?"),
        while "you're coming on Friday, aren't you?" is a question.

    Source:
        MITI 4.2.1 (Moyers et al.): closed questions.
    """
    return _first(ctx, "closed")


def _understanding_checked(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Checking your understanding: "is that right?", "did I get that right?", "so, if I understand
        correctly, you felt...?", "correct me if I'm wrong".

    Why it matters:
        Checking invites correction and shows you care about getting it right, not about being right.

    Example:
        "So you felt blindsided by the announcement. Is that right?"

    Known limits:
        Tag questions ("..., right?") count; longer checks in unusual words are read as closed questions.

    Source:
        Rogers & Farson, "Active Listening" (1957): testing for understanding.
    """
    return _first(ctx, "check")


def _aimed(ctx: TurnContext, q: Question) -> str | None:
    """The first thing question `q` shares with the speaker: a concept of their words, else the first
    cue of the turn's first open question it hits; None when it shares nothing."""
    theirs = speaker_concepts(ctx)
    if theirs:
        for c in span_concepts(ctx, q.body_start, q.sentence.end):
            if c in theirs:
                return c
    if ctx.turn is not None:
        for open_q in ctx.turn.open_questions:
            hit = cue_hit(ctx, tuple(open_q.cues), q.body_start, q.sentence.end)
            if hit is not None:
                return hit
    return None


def _question_about_their_words(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A genuine question that picks up something the speaker said (shares a word stem or synonym
        with their words, or, in a scenario, aims at something the turn leaves unclear).

    Why it matters:
        A question about what they just told you follows their lead; a generic one changes it.

    Example:
        Speaker: "My manager said 'let's chat next week'." Reply: "What did you make of your manager
        putting it off?"

    Known limits:
        Shared words are not shared meaning: "what did you do at work?" after a complaint about work
        counts. Silent when no speaker text is given.

    Source:
        Hill, "Helping Skills" (5th ed., 2020), open questions for exploration.
    """
    for q in questions(ctx):
        if q.kind != "advice":
            about = _aimed(ctx, q)
            if about is not None:
                return (evidence(ctx, q.body_start, q.sentence.end, about=about),)
    return _NONE


def _why_question_asked(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A "why" question about what the speaker did or felt ("why did you do that?", "why didn't
        you tell anyone?"). "Why do you think...?" is left alone.

    Why it matters:
        "Why" questions tend to sound like a demand for justification and put people on the defensive.

    Example:
        "Why didn't you say something at the time?"

    Known limits:
        Curious, gentle "why" questions are flagged too; the flag is mild.

    Source:
        Bolton, "People Skills" (1979): "why" questions as probing; Hill, "Helping Skills".
    """
    return _first(ctx, "why")


def _questions_stacked(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Three or more questions in one reply.

    Why it matters:
        A volley of questions feels like an interrogation and leaves the speaker choosing which to answer.

    Example:
        "What happened? Did you tell him? Why not? What will you do?"

    Known limits:
        Counts sentences; two questions joined in one sentence count once.

    Source:
        Miller & Rollnick, "Motivational Interviewing" (2013): avoid the question-answer trap.
    """
    asked = questions(ctx)
    if len(asked) >= 3:
        return (evidence(ctx, asked[0].body_start, asked[-1].sentence.end, count=str(len(asked))),)
    return _NONE


def _advice_as_question(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Advice phrased as a question: "have you tried talking to HR?", "why don't you just quit?",
        "what if you told her?", "wouldn't it be better to...?", "could you ask for a later
        start?", "can I suggest...?", "would it be worth...?", "maybe a short walk?", or an
        imperative with a question mark ("join a club or something?").

    Why it matters:
        It is still advice, and the question form can make it feel like a test.

    Example:
        "Have you tried talking to HR?"

    Known limits:
        A genuine question about what they already tried ("have you tried anything so far?") is
        also flagged; "can you + action?" is read as a proposal even when it asks about ability
        ("can you get out at all?"). Questions about resources ("is there someone you can talk
        to?") are not read as advice; proposals about what might help ("might it be worth...?",
        "do you think a break would help?", "are you open to asking...?") are.

    Source:
        Gordon, "Parent Effectiveness Training" (1970): advising as a roadblock; MITI 4.2.1,
        giving information and advice without permission.
    """
    return _first(ctx, "advice")


DETECTORS = (
    Detector(
        code="Q101",
        name="open-question-asked",
        skill=Skill.CLARIFYING,
        polarity="strength",
        message="You asked an open question: “{quote}”.",
        suggestion="Ask about what they just said: 'What was that like for you?'",
        example_bad="Did you tell him?",
        example_good="What was that like for you?",
        check=_open_question_asked,
    ),
    Detector(
        code="Q102",
        name="closed-question-asked",
        skill=Skill.CLARIFYING,
        polarity="strength",
        message="You asked a yes/no question: “{quote}”.",
        suggestion="Open it up: 'What happened when you told him?' instead of 'Did you tell him?'",
        example_bad="Tell me more about that.",
        example_good="Did you tell him how you felt?",
        check=_closed_question_asked,
    ),
    Detector(
        code="Q103",
        name="understanding-checked",
        skill=Skill.CLARIFYING,
        polarity="strength",
        message="You checked your understanding: “{quote}”.",
        suggestion="Keep the check short and open to correction: 'Have I got that right?'",
        example_bad="You felt ignored.",
        example_good="So you felt ignored in that meeting. Is that right?",
        check=_understanding_checked,
    ),
    Detector(
        code="Q104",
        name="question-about-their-words",
        skill=Skill.CLARIFYING,
        polarity="strength",
        message="Your question picked up what they said ({about}): “{quote}”.",
        suggestion="Ask about the part that seemed to matter most to them.",
        example_bad="How is the weather there?",
        example_good="What did your manager say when you asked about the promotion?",
        example_speaker="My manager promised me the promotion and then gave it to someone else.",
        check=_question_about_their_words,
    ),
    Detector(
        code="Q201",
        name="why-question-asked",
        skill=Skill.CLARIFYING,
        polarity="roadblock",
        message="A 'why' question can sound like a demand to justify yourself: “{quote}”.",
        suggestion="Ask 'what' or 'how' instead: 'What made it hard to say something then?'",
        example_bad="Why didn't you say something at the time?",
        example_good="What made it hard to say something at the time?",
        check=_why_question_asked,
    ),
    Detector(
        code="Q202",
        name="questions-stacked",
        skill=Skill.CLARIFYING,
        polarity="roadblock",
        message="You asked {count} questions at once: “{quote}”.",
        suggestion="Ask one question, then wait for the answer.",
        example_bad="What happened? Did you tell him? What will you do?",
        example_good="What happened next?",
        check=_questions_stacked,
    ),
    Detector(
        code="Q203",
        name="advice-as-question",
        skill=Skill.CLARIFYING,
        polarity="roadblock",
        message="This question is advice in disguise: “{quote}”.",
        suggestion="Ask what they have thought of first: 'What options are you weighing?'",
        example_bad="Have you tried talking to HR?",
        example_good="What have you thought about doing, if anything?",
        check=_advice_as_question,
    ),
)
