"""Paraphrasing rules (P): reflecting the speaker's feelings and content in your own words."""

from __future__ import annotations

from listener.detectors._cues import feeling_named
from listener.detectors._feeling_fragment import feeling_fragment
from listener.detectors._overlap import cue_found, echoes, parroted_runs, parrots, speaker_concepts
from listener.detectors._reflection import (
    about_listener,
    candidates_in_order,
    content_reflection,
    key_points_in_reply,
)
from listener.detectors._reflective_stems import STEM
from listener.detectors._roadblocked import roadblocked
from listener.detectors._situation_feeling import situation_feeling
from listener.detectors._text import evidence, masked, span_concepts
from listener.scoring import Detector, Evidence, Skill, Span, TurnContext


def _feeling_reflected(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A statement that names the speaker's feeling: "you must feel so alone", "it sounds like
        you felt overlooked", "that must have left you exhausted", "no wonder you're fuming", "you
        must be over the moon" (after "you must be", "no wonder you're" or "of course you're" any
        state word counts, and feeling idioms too); something that stirs a feeling in them ("it's
        keeping you up", "the phone-hiding has you scared"); their feeling as a verb ("you miss
        her"); or a feeling or hardship named about something the speaker said ("losing your job
        like that is frightening"); or a feeling in a fragment with no subject, in the listener's
        word or two of theirs side by side ("Scared?", "Proud and furious at the same time."). With a
        scenario turn, naming one of the turn's feelings (or its cues) about them counts too. A
        feeling named about their situation, not about "you", does not count in a reply that advises,
        tells the listener's own story or minimises, dismisses or judges: there it serves that
        roadblock.

    Why it matters:
        A reflection of feeling goes past the facts to what the speaker is living through; it is the
        strongest sign that they were heard.

    Example:
        Speaker: "They gave the job to Daniel." Reply: "You must feel so let down."

    Known limits:
        Needs a feeling word (or a listed idiom) within a few words of "you feel / you're / you
        must be"; fresh metaphors are missed. Questions ("what's bothering you?"), relative clauses
        ("someone you love") and advice ("tell her you love her") are not reflections. A reply that
        only copies the speaker's words is not credited. Only the first 2,000 characters of a reply
        are read.

    Source:
        Rogers & Farson, "Active Listening" (1957); MITI 4.2.1 (Moyers et al.), complex reflections.
    """
    hit = feeling_named(ctx)
    if hit and not parrots(ctx, hit[0], hit[1]):
        return (evidence(ctx, hit[0], hit[1], feeling=hit[2]),)
    situation = situation_feeling(ctx) or feeling_fragment(ctx)
    if situation and not roadblocked(ctx):  # "...is terrifying. Ring them tomorrow." serves the advice
        return (evidence(ctx, situation[0], situation[1], feeling=situation[2]),)
    return ()


def _content_paraphrased(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A restatement of the speaker's situation in the listener's words: a reflective stem ("it
        sounds like", "so you're saying", "just to clarify", "I can see that you", "part of you")
        followed by "you" or an idea shared with the speaker; a statement about "you" or "your ..."
        that is not advice, an affirmation, a prediction or a courtesy ("you've been carrying that
        team for years"); a statement about someone in their story that involves them and shares
        an idea with their words ("she's bailed on you three times"); or a statement that shares
        two ideas with the speaker's words (word forms and a small synonym table: "manager"
        matches "boss"). Generalisations ("weddings are so expensive", "all kids fight") are not
        restatements, and neither is one with no stem in a reply that gives advice, tells the
        listener's own story or minimises, dismisses or judges (it serves that, as in "Cut her off.
        She'll keep asking as long as you keep saying yes."). Closed and checking questions can
        carry one ("so you felt ignored?", "so he moved out?", "is it that you're afraid of...?",
        "would it be fair to say..."); tentative stems count ("it seems you...", "I imagine
        you're...", "it's like you're..."). An appraisal that tells their event again in a clause of
        its own counts ("that's so unfair, being mocked in front of everyone for asking"; "being let
        go after eight years would hurt anyone").

    Why it matters:
        Restating the content shows the speaker you followed, and lets them correct you.

    Example:
        Speaker: "My boss took credit for my project." Reply: "So your manager presented your work as
        his own."

    Known limits:
        Overlap is by word stems and synonyms, not meaning: a paraphrase in entirely new words with
        no stem and no "you" is missed, and a statement about "you" is credited without checking
        it is accurate. "So" opens a restatement only at the start of a sentence ("..., so you're
        not alone" is not one). Copying the speaker's sentence verbatim (parroting) is not credited.

    Source:
        Egan, "The Skilled Helper" (basic empathy); MITI 4.2.1, simple reflections.
    """
    hit = content_reflection(ctx)
    if hit:
        start, end, shared = hit
        if roadblocked(ctx) and not STEM.search(masked(ctx), start, end):
            return ()  # restating their story on the way to advice, one's own story or a put-down
        speaker_spans = speaker_concepts(ctx)
        spans = tuple(Span(start=speaker_spans[c][0], end=speaker_spans[c][1]) for c in shared[:5])
        quoted = ", ".join(_as_written(ctx, start, end, shared[:5]))
        base = evidence(ctx, start, end, shared=quoted)
        return (base.model_copy(update={"speaker_spans": spans}),)
    return ()


def _as_written(ctx: TurnContext, start: int, end: int, shared: list[str]) -> list[str]:
    """The reply's word for each shared concept, as `span_words` gives it (the first occurrence in
    the span), read off the concept spans the restatement test already found: no second tokenising."""
    found = span_concepts(ctx, start, end)
    lowered = masked(ctx)[start:end].lower()  # the text those spans index, as `words` lowers it
    return [lowered[found[c][0] : found[c][1]] for c in shared if c in found]


def _words_parroted(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        A sentence that repeats a run of five or more of the speaker's words verbatim (with "I"
        swapped for "you") and is mostly that copy.

    Why it matters:
        Parroting sounds mechanical and can feel mocking; a paraphrase in your own words shows you
        understood rather than recorded.

    Example:
        Speaker: "I feel like nobody at work listens to me." Reply: "You feel like nobody at work
        listens to you."

    Known limits:
        Short echoes (under five words) are not flagged; they are often a natural reflection.
        Only the last 4,000 characters of the speaker's words are compared.

    Source:
        Bolton, "People Skills" (1979), ch. 4: paraphrasing is not parroting.
    """
    runs = parroted_runs(ctx)
    if runs:
        start, end = runs[0]
        return (evidence(ctx, start, end),)
    return ()


def _key_point_captured(ctx: TurnContext) -> tuple[Evidence, ...]:
    """What it detects:
        In a practice scenario, a statement (not a question) that uses the cue words of one of the
        turn's key points: what a good paraphrase of this turn would capture.

    Why it matters:
        Capturing the point that matters most to the speaker shows you heard what they meant, not
        only what they said last.

    Example:
        Key point "she ran the migration project for two years". Reply: "You led that migration for
        two whole years."

    Known limits:
        Only as good as the scenario's cue lists; needs a scenario turn (silent from the command line).

    Source:
        Rogers & Farson, "Active Listening" (1957): listen for total meaning.
    """
    points = key_points_in_reply(ctx)
    if not points:  # the usual case: no candidate sentence needs to be read
        return ()
    text = masked(ctx)
    for start, end in candidates_in_order(ctx):
        if about_listener(text[start:end]):
            continue  # their key point told as the listener's own story is not captured
        for point in points:
            if cue_found(ctx, point.cues, start, end) and not echoes(ctx, start, end):
                return (evidence(ctx, start, end, point=point.text),)
    return ()


DETECTORS = (
    Detector(
        code="P101",
        name="feeling-reflected",
        skill=Skill.PARAPHRASE,
        polarity="strength",
        message="You named how they feel ({feeling}): “{quote}”.",
        suggestion="Follow a reflection with a light check: 'Is that how it feels?'",
        example_bad="Just update your CV and move on.",
        example_good="You must feel so let down after all that work.",
        check=_feeling_reflected,
    ),
    Detector(
        code="P102",
        name="content-paraphrased",
        skill=Skill.PARAPHRASE,
        polarity="strength",
        message="You put what they said in your own words: “{quote}”.",
        suggestion="Add the feeling underneath: 'It sounds like ..., and that feels ...'",
        example_bad="Okay.",
        example_good="So it sounds like your manager promised you the role and then gave it away.",
        check=_content_paraphrased,
    ),
    Detector(
        code="P103",
        name="speaker-words-parroted",
        skill=Skill.PARAPHRASE,
        polarity="roadblock",
        message="You repeated their words back nearly verbatim: “{quote}”.",
        suggestion="Say it in your own words and name the feeling: 'So it feels like nobody hears you.'",
        example_bad="So you're saying nobody at work ever listens to you.",
        example_speaker="I feel like nobody at work ever listens to me.",
        example_good="It sounds like you feel invisible at work.",
        check=_words_parroted,
    ),
    Detector(
        code="P104",
        name="key-point-captured",
        skill=Skill.PARAPHRASE,
        polarity="strength",
        message="You captured a key point ({point}): “{quote}”.",
        suggestion="Link the point to how it felt: '..., and that left you feeling ...'",
        example_bad="What are you doing this weekend?",
        example_good="You ran that migration for two years.",
        check=_key_point_captured,
        uses_turn=True,
    ),
)
