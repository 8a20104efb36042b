"""`cue_found` and `cue_hit` read a turn's cues without compiling their pattern: same finds as the pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from listener.detectors._overlap import cue_found, cue_hit, cue_pattern
from listener.detectors._text import masked
from listener.scoring import TurnContext

CUES = st.lists(st.text(alphabet="abc '-", min_size=1, max_size=7), min_size=1, max_size=4)
NOISE = (" ", "  ", "\t", "x", "s", "es", "ing", "'", "-", "_", "é", "1", ".")


@settings(max_examples=500)
@given(CUES, st.data())
def test_cue_found_and_cue_hit_agree_with_the_cue_pattern(cues, data):
    # The reply is made of the cues themselves and of what may or may not end a word after them.
    parts = data.draw(st.lists(st.sampled_from((*cues, *NOISE)), max_size=8))
    ctx = TurnContext(reply="".join(parts))
    text = masked(ctx)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = cue_pattern(tuple(cues)).search(text, start, end)
    assert cue_found(ctx, tuple(cues), start, end) == (expected is not None)
    assert cue_hit(ctx, tuple(cues), start, end) == (expected and expected.group(0))


def test_short_cues_need_a_word_end_and_long_cues_are_prefixes():
    ctx = TurnContext(reply="she fired me; the humiliation of it, and my ex's  new job")
    assert cue_found(ctx, ("fire",), 0, 20)  # a long cue is a word start: "fired"
    assert not cue_found(ctx, ("ex",), 0, 60)  # "ex's": an apostrophe goes on with the word
    assert cue_found(ctx, ("humiliat",), 0, 40)
    assert cue_found(ctx, ("new job",), 0, 60)
    assert not cue_found(ctx, ("new job",), 0, 55)  # the span ends inside the cue
    assert cue_found(ctx, ("s new",), 40, 60) is False  # not at a word start
    assert cue_found(ctx, ("ex's new",), 0, 60)  # two spaces in the reply match one in the cue
    assert cue_hit(ctx, ("fire", "fired me")) == "fired me"  # the longer cue where both start
    assert cue_hit(ctx, ("humiliat", "fire")) == "fired"  # the first place, and the whole word
    assert cue_hit(ctx, ("me", "job")) == "me"
