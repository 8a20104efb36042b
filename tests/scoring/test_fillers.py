"""Spoken fillers ("um,", "mm-hmm.", "you know,"): read past, quoted as typed."""

from __future__ import annotations

import pytest

from listener.detectors._fillers import without_fillers
from listener.detectors._language import english_words
from listener.scoring import score_reply
from tests.scoring.reading_checks import assert_quotes_as_typed, assert_read_alike

SPEAKER = "I've been drinking more since the divorce, and my daughter has started to notice."


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Um, you're worried about what she's seeing.", "You're worried about what she's seeing."),
        (
            "Mm-hmm. So the drinking has crept up since the divorce.",
            "So the drinking has crept up since the divorce.",
        ),
        ("Okay, you know, part of you wants to stop.", "Part of you wants to stop."),
        ("Yeah, uh, what does she notice?", "What does she notice?"),
        ("Well, at least she's talking to you.", "At least she's talking to you."),
        ("So you've, like, noticed it yourself.", "So you've noticed it yourself."),
    ],
)
def test_a_reply_with_fillers_is_scored_as_without_them(said, written):
    assert_read_alike(said, written, SPEAKER)


def test_quotes_are_the_reply_as_said():
    reply = "Um, you're worried about what she's seeing."
    result = score_reply(reply, SPEAKER)
    assert_quotes_as_typed(result)
    assert any(ev.quote.startswith("you're worried") for f in result.findings for ev in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Okay.",
        "Mm-hmm.",
        "Oh no, that's awful.",
        "You know what you need? Sleep.",
        "I mean it.",
        "Right now.",
    ],
)
def test_words_that_are_not_fillers_here_stay(text):
    assert without_fillers(text, english_words(text) or []) is None
