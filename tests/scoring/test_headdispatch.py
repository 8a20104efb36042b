"""The head dispatch finds exactly the matches the whole alternation finds, in the same order."""

from __future__ import annotations

from listener.detectors import _acknowledgements
from listener.detectors._headdispatch import HeadDispatch
from tests.scoring.test_dispatch import _source, _texts

INSIDE_WORDS = "whatthat sounds hard. you'reso tired. that sounds so hard that sounds hard"
"""Beginnings inside words and one after another: places where no match may start, and overlaps."""


def test_the_acknowledgements_find_the_same_matches_as_the_whole_pattern() -> None:
    dispatch = _acknowledgements._ACK_SCAN
    assert isinstance(dispatch, HeadDispatch)
    assert dispatch.automaton is not None  # every alternative's beginnings are known: the heads are used
    for text in [*_texts(), INSIDE_WORDS]:
        expected = [(m.span(), m.group()) for m in dispatch.pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in dispatch.finditer(text)] == expected, text


def test_an_earlier_alternative_still_wins_where_both_begin() -> None:
    dispatch = HeadDispatch(["that (?:is|was)", "that is hard", "(?:so |really )?hard"], _source)
    text = "that is hard. so hard, really hard"
    assert dispatch.automaton is not None
    assert [m.group() for m in dispatch.finditer(text)] == ["that is", "hard", "so hard", "really hard"]


def test_places_come_in_order_of_where_they_start() -> None:
    # The long beginning ("oh my god") ends after the short one ("my") that starts inside it: the
    # automaton reports "my" first, yet the match at "oh" comes first and takes "my" with it.
    dispatch = HeadDispatch(["oh my god", "my", "god(?:s)?"], _source, depth=8)
    text = "oh my god, my gods. my oh my goodness"
    expected = [m.span() for m in dispatch.pattern.finditer(text)]
    assert [m.span() for m in dispatch.finditer(text)] == expected
    assert [m.group() for m in dispatch.finditer(text)] == ["oh my god", "my", "gods", "my", "my"]


def test_a_match_that_starts_at_a_mark_is_found() -> None:
    dispatch = HeadDispatch(["(?:^|[.!?,]\\s*)sorry about", "oh no"], _source)
    text = "sorry about it. oh no , sorry about that"
    assert dispatch.automaton is not None
    assert [m.span() for m in dispatch.finditer(text)] == [m.span() for m in dispatch.pattern.finditer(text)]


def test_an_alternative_that_can_begin_anywhere_turns_the_heads_off() -> None:
    dispatch = HeadDispatch(["\\w+ hard", "no wonder"], _source)
    text = "so hard. no wonder, really hard"
    assert dispatch.automaton is None
    assert [m.span() for m in dispatch.finditer(text)] == [m.span() for m in dispatch.pattern.finditer(text)]
