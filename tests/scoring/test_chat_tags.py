"""Chat tags closing a clause ("ngl", "fr", "lol"): read past, quoted as typed."""

from __future__ import annotations

import pytest

from listener.detectors._chat_tags import without_chat_tags
from listener.detectors._language import english_words
from listener.scoring import score_reply
from tests.scoring.reading_checks import assert_quotes_as_typed, assert_read_alike

SPEAKER = "cant sleep again. my brain just wont shut up about exams and everyone else seems fine"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("exam stress at 2am is so normal fr", "exam stress at 2am is so normal"),
        ("that's the worst ngl 😭", "that's the worst 😭"),
        ("ur not the only one tbh, what exam is it?", "ur not the only one, what exam is it?"),
        ("u must be so tired lmaooo. what time is it there", "u must be so tired. what time is it there"),
    ],
)
def test_a_reply_with_closing_tags_is_scored_as_without_them(typed, written):
    assert_read_alike(typed, written, SPEAKER)


def test_a_closing_tag_lets_a_clause_end_where_it_ends():
    assert score_reply("exam stress at 2am is so normal fr", SPEAKER).signals.validation
    assert score_reply("that's the worst ngl", SPEAKER).signals.validation


def test_quotes_are_the_reply_as_typed():
    result = score_reply("that's the worst ngl 😭", SPEAKER)
    assert_quotes_as_typed(result)
    assert any(ev.quote == "that's the worst" for f in result.findings for ev in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "fr the first time in ages I slept.",
        "ngl that's rough.",
        "Lol.",
        "imo nothing beats a long walk",
    ],
)
def test_tags_that_do_not_close_a_clause_stay(text):
    assert without_chat_tags(text, english_words(text) or []) is None
