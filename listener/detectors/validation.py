"""Validation rules (V): acknowledging and naming feelings, and the roadblocks that invalidate them."""

from __future__ import annotations

import re

from listener.detectors._acknowledgements import acknowledgements_in_order
from listener.detectors._cues import feeling_named
from listener.detectors._roadblocked import dismissed_at, judged_at, minimised_at, reassured_at, said_at
from listener.detectors._text import evidence, masked
from listener.detectors._validation_cues import (
    AFFIRMATION,
    taken_back,
)
from listener.scoring import Detector, Evidence, Skill, TurnContext


def _said(
    ctx: TurnContext, pattern: re.Pattern[str], *, negatable: bool, sincere: bool = False
) -> Evidence | None:
    """The evidence of the first match the listener says themselves (see `said_at`)."""
    span = said_at(ctx, pattern, negatable=negatable, sincere=sincere)
    return None if span is None else evidence(ctx, *span)


def _feeling_acknowledged(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Acknowledging what the speaker is going through: "that sounds really difficult", "I can see
        why you'd feel that way", "it makes sense that...", "no wonder you're angry", "I'm sorry you
        went through that", "anyone would feel the same", "that's not good", "that must have stung";
        normalising the feeling ("it's okay not to know yet", "a lot of people feel the way you do",
        "slipping is part of the process"); legitimacy ("you shouldn't have to find out like that",
        "you have every reason to be upset"); difficulty granted ("that has to be exhausting",
        "new jobs are never easy"); felt empathy ("I can feel how tense you are"). Chat spellings
        count ("thats so hard", "im so sorry").

    Why it matters:
        Validation tells the speaker their reaction is understandable, which lowers defensiveness
        and lets them go deeper.

    Example:
        "That sounds really hard, especially after everything you put into it."

    Known limits:
        Negated forms ("I don't understand why...") are skipped, and so is an acknowledgement the
        same sentence takes back ("That sucks, but at least you still have a job"); sarcasm is not
        recognised.

    Source:
        Linehan, "Validation and psychotherapy" (1997), levels 3-5; Rogers & Farson (1957).
    """
    text = masked(ctx)
    for start, end, _ in acknowledgements_in_order(ctx):
        if taken_back(text, end):
            continue
        return (evidence(ctx, start, end),)
    return ()


def _feeling_named(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Naming the speaker's feeling as theirs ("you must be exhausted", "you sound so frustrated").

    Why it matters:
        Putting a name to the feeling tells the speaker it is seen and allowed; it is the core of
        validation as well as of reflecting (P101 credits the same words as a reflection).

    Example:
        "You must be furious."

    Known limits:
        The feeling word must come within a few words of "you are / you feel / you must be".

    Source:
        Linehan (1997), level 3: articulating the unverbalised; MITI 4.2.1, reflections of feeling.
    """
    hit = feeling_named(ctx)
    return (evidence(ctx, hit[0], hit[1], feeling=hit[2]),) if hit else ()


def _strengths_affirmed(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Affirming the speaker: their strengths, efforts, or ability to get through it ("you've handled
        so much", "it takes courage to say that", "you'll get through this", "it's not your fault",
        "thank you for telling me"); qualities ("you're a very determined person", "you have an
        excellent attitude"), effort and progress ("you've worked really hard", "that shows real
        commitment", "that's real progress"), a sound choice ("that sounds like the right call").

    Why it matters:
        A genuine affirmation of the person supports them without arguing with the feeling.

    Example:
        "It took a lot of courage to tell me that."

    Known limits:
        Generic praise ("that's great") counts when it is a statement. Predicting the outcome
        ("it'll be fine") is not an affirmation: see V204. Pleasantries ("I'm glad to hear that")
        and agreement ("you're right") are not affirmations; a compliment used to justify advice
        ("you're strong, just cut them off") still counts.

    Source:
        MITI 4.2.1 (Moyers et al.): affirm; Miller & Rollnick (2013), ch. 6: affirming.
    """
    found = _said(ctx, AFFIRMATION, negatable=True, sincere=True)
    return (found,) if found else ()


def _feeling_minimised(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Minimising the problem or offering a silver lining: "at least you still have...", "it's not
        a big deal", "it could be worse", "look on the bright side", "it's just a job".

    Why it matters:
        However well meant, it tells the speaker their feeling is out of proportion.

    Example:
        "At least you still have a job."

    Known limits:
        Quoted or reported words ("my mum said 'at least you tried'") and disclaimers ("I'm not
        saying it's no big deal") are skipped; paraphrases of minimising are missed.

    Source:
        Gordon, "Parent Effectiveness Training" (1970), roadblocks 10 and 11; Bolton (1979).
    """
    span = minimised_at(ctx)
    return (evidence(ctx, *span),) if span else ()


def _feeling_dismissed(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Telling the speaker to stop feeling what they feel: "don't worry", "calm down", "cheer up",
        "just let it go", "don't take it personally".

    Why it matters:
        It shuts the feeling down instead of hearing it.

    Example:
        "Don't worry about it."

    Known limits:
        "Don't worry" is flagged even when it comes with real comfort; the flag is about the words.

    Source:
        Gordon (1970), roadblock 10 (reassuring, consoling) and 12 (diverting); Bolton (1979).
    """
    span = dismissed_at(ctx)
    return (evidence(ctx, *span),) if span else ()


def _speaker_judged(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        Judging or blaming: "you shouldn't feel that way", "you should have known", "it's your own
        fault", "you're overreacting", "that's silly".

    Why it matters:
        Judgement puts the speaker on trial; they defend themselves instead of opening up.

    Example:
        "You're overreacting."

    Known limits:
        Negated forms are left alone ("I don't think you're overreacting", "I'm not saying it's
        your fault"); blame implied without these phrases is missed.

    Source:
        Gordon (1970), roadblocks 6 and 7 (judging, criticising; name-calling).
    """
    span = judged_at(ctx)
    return (evidence(ctx, *span),) if span else ()


def _empty_reassurance(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A prediction that it will all be fine ("everything will work out", "you'll be fine",
        "everything happens for a reason") in a reply that does not acknowledge the feeling.

    Why it matters:
        Reassurance before the feeling is heard tells the speaker to stop worrying instead of
        hearing why they worry. With an acknowledgement it is not empty, and is not flagged.

    Example:
        "Everything will work out, you'll see."

    Known limits:
        Hope grounded in the person ("you'll get through this") is an affirmation (V103), not this.

    Source:
        Gordon (1970), roadblock 10 (reassuring, sympathising, consoling).
    """
    if feeling_named(ctx) or next(acknowledgements_in_order(ctx), None):  # both kept for the reply
        return ()
    span = reassured_at(ctx)
    return (evidence(ctx, *span),) if span else ()


DETECTORS = (
    Detector(
        code="V101",
        name="feeling-acknowledged",
        skill=Skill.VALIDATION,
        polarity="strength",
        message="You acknowledged what they're going through: “{quote}”.",
        suggestion="Name the feeling too: 'That sounds really hard; you must feel ...'",
        example_bad="Well, these things happen.",
        example_good="That sounds really difficult.",
        check=_feeling_acknowledged,
    ),
    Detector(
        code="V102",
        name="feeling-named",
        skill=Skill.VALIDATION,
        polarity="strength",
        message="You named their feeling ({feeling}): “{quote}”.",
        suggestion="Say why it makes sense: 'You must be ..., after ...'",
        example_bad="What time is it?",
        example_good="You must be exhausted.",
        check=_feeling_named,
    ),
    Detector(
        code="V103",
        name="strengths-affirmed",
        skill=Skill.VALIDATION,
        polarity="strength",
        message="You affirmed them: “{quote}”.",
        suggestion="Tie the affirmation to something they did: 'You kept going for two years.'",
        example_bad="Everything happens for a reason.",
        example_good="It took a lot of courage to tell me that.",
        check=_strengths_affirmed,
    ),
    Detector(
        code="V201",
        name="feeling-minimised",
        skill=Skill.VALIDATION,
        polarity="roadblock",
        message="This makes the problem smaller than it feels to them: “{quote}”.",
        suggestion="Acknowledge the size of it instead: 'That's a lot to lose.'",
        example_bad="At least you still have a job.",
        example_good="Losing that role after two years is a lot.",
        check=_feeling_minimised,
    ),
    Detector(
        code="V202",
        name="feeling-dismissed",
        skill=Skill.VALIDATION,
        polarity="roadblock",
        message="This asks them to stop feeling it: “{quote}”.",
        suggestion="Make room for the feeling: 'It makes sense that you're worried.'",
        example_bad="Don't worry about it, just relax.",
        example_good="It makes sense that you're worried.",
        check=_feeling_dismissed,
    ),
    Detector(
        code="V203",
        name="speaker-judged",
        skill=Skill.VALIDATION,
        polarity="roadblock",
        message="This judges them or their feeling: “{quote}”.",
        suggestion="Assume the feeling makes sense and ask about it: 'What made it hit so hard?'",
        example_bad="You're overreacting.",
        example_good="I'm not saying it's your fault.",
        check=_speaker_judged,
    ),
    Detector(
        code="V204",
        name="empty-reassurance",
        skill=Skill.VALIDATION,
        polarity="roadblock",
        message="This reassures before the feeling has been heard: “{quote}”.",
        suggestion="Hear the worry first: 'It sounds like you're scared it won't work out.'",
        example_bad="Everything will work out, you'll see.",
        example_good="That sounds frightening. I'm sure it will work out, but it must be hard right now.",
        check=_empty_reassurance,
    ),
)
