"""`negated_before` answers exactly as before its quick check: the check never hides a negation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from listener.detectors import _text
from listener.detectors._text import negated_before

_WORDS = [
    "no", "not", "never", "nobody", "nothing", "hardly", "don't", "can't", "isn't", "know", "now",
    "you", "feel", "so", "hard", "it", "that", "i", "nowhere", "ever", "nor",
]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", ". ", "; ", "\n", "-", "'"]


def _reference(text: str, start: int, reach: int) -> bool:
    """`negated_before` without the quick check: the words of the clause, read every time."""
    clause = _text._CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
    return _text.clause_negates(_text._WORD.findall(clause), reach)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=30))
    return "".join(w + g for w, g in parts)


@settings(max_examples=400, deadline=None)
@given(text=_texts(), cut=st.floats(0, 1), reach=st.integers(1, 4))
def test_same_answer_as_reading_every_clause(text: str, cut: float, reach: int) -> None:
    start = int(len(text) * cut)
    assert negated_before(text, start, reach) == _reference(text, start, reach)


def test_every_negating_word_holds_a_cue() -> None:
    for word in _text._NEGATORS:
        assert any(cue in word for cue in _text._NEGATION_CUES), word


def test_a_negation_still_counts_and_a_plain_clause_does_not() -> None:
    assert negated_before("i don't think you are weak", 18)
    assert negated_before("nobody thinks you are weak", 14)
    assert not negated_before("i know you are weak", 10)
    assert not negated_before("not now. you are weak", 13)
    assert negated_before("not nothing", 11, reach=1)  # "nothing" is no gerund: its "not" is not a subject
