"""Spoken false starts ("I- I mean", "you-you know"): read past, quoted as typed."""

from __future__ import annotations

import pytest

from listener.detectors._restarts import without_restarts
from listener.scoring import score_reply
from tests.scoring.reading_checks import assert_quotes_as_typed, assert_read_alike

SPEAKER = (
    "I've been in this job nine years and I dread every Monday, but I don't know if that's enough to leave."
)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "I- I mean, nine years is a long time to give anywhere.",
            "Nine years is a long time to give anywhere.",
        ),
        ("You-you dread the start of every week.", "You dread the start of every week."),
        ("So the- the Mondays are the worst part?", "So the Mondays are the worst part?"),
        ("What-what would leaving mean for you?", "What would leaving mean for you?"),
        ("It's- it's a lot to weigh up.", "It's a lot to weigh up."),
        ("That-that-that sounds exhausting.", "That sounds exhausting."),
        (
            "I- most people I talk to feel that way about Mondays.",
            "Most people I talk to feel that way about Mondays.",
        ),
        ("Is it-- what makes Mondays the worst?", "What makes Mondays the worst?"),
        ("Okay. So you-- you're weighing it all up.", "Okay. You're weighing it all up."),
    ],
)
def test_a_reply_with_false_starts_is_scored_as_without_them(said: str, written: str) -> None:
    assert_read_alike(said, written, SPEAKER)


def test_a_broken_off_i_does_not_make_the_reply_about_the_listener() -> None:
    result = score_reply("I- I mean, nine years is a long time. It makes sense you'd question it.", SPEAKER)
    assert not result.signals.self_focus
    assert result.signals.validation


def test_quotes_are_the_reply_as_said() -> None:
    result = score_reply("You-you dread the start of every week.", SPEAKER)
    assert_quotes_as_typed(result)
    # The quote is the reply's own text from the word the speaker started again with.
    assert "you dread the start of every week" in [ev.quote for f in result.findings for ev in f.evidence]


@pytest.mark.parametrize(
    "text",
    ["a well-known check-in", "We can talk - if you want - tomorrow.", "an up-to-date list", "no dash here"],
)
def test_compounds_and_spaced_dashes_stay(text: str) -> None:
    assert without_restarts(text, []) is None
