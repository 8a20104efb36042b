"""Chat spellings: scored as their standard spellings, quoted as typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from listener.detectors._language import english_words
from listener.detectors._spelling import standard_spelling
from listener.scoring import score_reply
from tests.scoring.reading_checks import assert_quotes_as_typed, assert_read_alike

SPEAKER = "My girlfriend ended it over text after three years and I can't stop crying."


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("u must be devastated", "you must be devastated"),
        ("sounds like ur heartbroken", "sounds like you're heartbroken"),
        ("ur feelings r valid", "your feelings are valid"),
        ("thats rly hard", "that's really hard"),
        ("im here if u need to talk", "I'm here if you need to talk"),
        ("no wonder ur crying, im so sry", "no wonder you're crying, I'm so sorry"),
        ("idk what id do, u dont deserve that", "I don't know what id do, you don't deserve that"),
        ("have u tried just calling her", "have you tried just calling her"),
        (
            "that happened to me last year, my gf did the same thing",
            "that happened to me last year, my gf did the same thing",
        ),
    ],
)
def test_a_chat_spelling_is_scored_as_its_standard_spelling(typed, standard):
    assert_read_alike(typed, standard, SPEAKER)


def test_quotes_and_spans_are_the_reply_as_typed():
    reply = "omg u must be devastated. ur feelings r valid"
    result = score_reply(reply, SPEAKER)
    assert result.reply == reply
    quotes = {f.code: f.evidence[0].quote for f in result.findings}
    assert quotes["P101"] == "u must be devastated"
    assert "“ur feelings r valid”" in next(f.message for f in result.findings if f.code == "V101")
    assert_quotes_as_typed(result)


@pytest.mark.parametrize(
    "text",
    ["The U.S. office closed.", "its owner moved away", "the e-u rules", "Don't you dare", "UR-5 is a robot"],
)
def test_look_alikes_are_left_as_typed(text):
    assert standard_spelling(text, english_words(text) or []) is None


@given(
    st.lists(st.sampled_from(["u", "Ur", "r", "its", "im", "thats", "x", "U.S.", "so", "  ", "\n"])).map(
        " ".join
    )
)
def test_the_map_points_each_written_out_character_into_the_text(text):
    spelled = standard_spelling(text, english_words(text) or [])
    if spelled is None:
        return
    written, origin = spelled
    assert len(origin) == len(written) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin) and all(0 <= i <= len(text) for i in origin)
    # Word for word, only chat spellings differ ("U.S." and "x" stay as typed).
    pairs = list(zip(text.split(), written.split(), strict=True))
    assert all(a == b or a.lower() in {"u", "ur", "r", "its", "im", "thats"} for a, b in pairs)


@pytest.mark.parametrize("mark", ["`", "´", '"', "’"])
def test_an_apostrophe_typed_as_another_mark_reads_as_one(mark):
    # 'I"m so sorry' was read as the listener's own story ("I ... m so sorry"), not as sympathy.
    typed = f"I{mark}m so sorry to hear that. It{mark}s a lot."
    result = assert_read_alike(typed, "I'm so sorry to hear that. It's a lot.", SPEAKER)
    assert result.signals.validation and not result.signals.self_focus
    assert_quotes_as_typed(result)


def test_a_double_quote_around_words_stays_a_quote():
    result = score_reply('He said "I\'m done" and left. That must hurt.', SPEAKER)
    assert result.signals.validation and not result.signals.self_focus
