"""Run-on text broken into sentences: where the breaks go, and that nothing else changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from listener.detectors._run_on import split_run_ons


def test_a_dictated_reply_breaks_before_its_question_and_its_story() -> None:
    text = "oh no im so sorry hun have you told the landlord i know what you mean when my sister was ill i"
    assert split_run_ons(text).split("\n") == [
        "oh no im so sorry hun",
        "have you told the landlord i know what you mean",
        "when my sister was ill i",
    ]


def test_a_question_already_begun_is_not_broken() -> None:
    text = "what kind of things did you use to do at the weekends back home with your mates"
    assert split_run_ons(text) == text


def test_punctuated_text_is_left_as_written() -> None:
    text = "so sorry hun, have you told the landlord what she has been doing all this time with your food"
    assert split_run_ons(text) == text


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz' ", max_size=400))
def test_only_spaces_become_breaks(text: str) -> None:
    split = split_run_ons(text)
    assert len(split) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, split, strict=True))
