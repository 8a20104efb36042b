"""The one-pass advice cue check says exactly what a chain of `in` tests over its words would say."""

from __future__ import annotations

import pytest

from listener.detectors import _advice_cues
from listener.detectors._advice_cues import cues, impersonal
from tests.scoring.test_cue_gates import BODIES

GROUPS = list(_advice_cues._WORDS.items())


@pytest.mark.parametrize(("group", "words"), GROUPS, ids=[ws[0].strip() for _, ws in GROUPS])
def test_each_word_sets_its_group_wherever_it_stands(group: int, words: tuple[str, ...]) -> None:
    for word in words:
        for text in (word, f"so {word}", f"x{word}x, and then some"):
            assert cues(text) & group, (word, text)


def test_every_sentence_gets_the_groups_its_words_hold() -> None:
    # Overlapping words ("what i" and "what i ", "helped me" and "help") must each be reported.
    bodies = [*BODIES, "what i did helped me", "it's worth a try if you can", "nothing here"]
    for body in bodies:
        expected = 0
        for group, words in GROUPS:
            if any(word in body for word in words):
                expected |= group
        assert cues(body) == expected, body


def test_impersonal_needs_an_appraisal_word_with_it() -> None:
    assert not impersonal(cues("it is what it is"))
    assert impersonal(cues("it might help to write it down"))
    assert impersonal(cues("one thing that works is a walk"))
