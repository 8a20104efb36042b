"""Forum markup (HTML entities, "> quoted" lines, **emphasis**): read as what it stands for."""

from __future__ import annotations

import pytest

from listener.detectors._markup import without_markup
from listener.scoring import score_reply
from tests.scoring.reading_checks import assert_quotes_as_typed, assert_read_alike

SPEAKER = "I stayed late every night for the launch and my manager thanked everyone but me."


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("That sounds **really** frustrating.", "That sounds really frustrating."),
        ("You&#39;re not alone in this.", "You're not alone in this."),
        (
            "It sounds like you feel _invisible_ at work &amp; unappreciated.",
            "It sounds like you feel invisible at work & unappreciated.",
        ),
        (
            "> my manager thanked everyone but me\n\nThat sounds so frustrating.",
            "That sounds so frustrating.",
        ),
        ("&gt; I stayed late every night\nNo wonder you&#x27;re exhausted.", "No wonder you're exhausted."),
        # A role tag before a transcribed turn, and a comma stored as "_comma_" (some dialogue corpora).
        ("T: So you're saying nobody thanked you.", "So you're saying nobody thanked you."),
        ("oh no_comma_ that sounds really unfair.", "oh no, that sounds really unfair."),
    ],
)
def test_a_reply_with_markup_is_scored_as_without_it(marked, plain):
    assert_quotes_as_typed(assert_read_alike(marked, plain, SPEAKER))


def test_a_quoted_line_is_the_speakers_words_not_the_listeners_story():
    result = score_reply("> I felt so stupid in that meeting\n\nYou weren't stupid at all.", SPEAKER)
    assert not result.signals.self_focus


@pytest.mark.parametrize(
    "text", ["my_file_name is here", "2 * 3 = 6", "a -> b", "I <3 you", "R&D", "Note: it ends at 5:30"]
)
def test_look_alikes_are_left_as_typed(text):
    assert without_markup(text) is None


def test_a_quote_that_ends_in_emphasis_keeps_both_marks():
    reply = "So they gave your migration to someone else, **seriously**. How did you find out?"
    result = score_reply(reply, "I ran the migration for two years and they gave the job to Daniel.")
    quotes = [ev.quote for f in result.findings for ev in f.evidence if "seriously" in ev.quote]
    assert quotes and all(q.count("**") == 2 for q in quotes)
