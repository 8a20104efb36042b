"""`GatedAlternatives` answers exactly as its pattern's `match` does, and its gated part carries matches."""

from __future__ import annotations

import re

import pytest

from listener.detectors import _question_forms, _rhetorical
from listener.detectors._gated_alternatives import GatedAlternatives, alternatives, cues
from tests.scoring.test_cue_gates import BODIES

PATTERNS = {"RHETORICAL": _rhetorical.RHETORICAL, "ADVICE_Q": _question_forms.ADVICE_Q}

ONLY_GATED = {
    "RHETORICAL": [
        "we all do that though, isn't it",
        "everyone's a bit adhd these days though, right?",
        "and honestly, can you blame her?",
        "who wouldn't be upset after that?",
        "happy now?",
    ],
    "ADVICE_Q": ["a walk around the block after dinner, maybe?", "start with a short email to her, perhaps?"],
}
"""Sentences that only an alternative able to begin anywhere matches: the gated part must find them."""


@pytest.mark.parametrize("name", PATTERNS)
def test_the_alternatives_make_up_the_pattern_again(name: str) -> None:
    pattern = PATTERNS[name]
    parts = alternatives(pattern.pattern)
    assert parts is not None and len(parts) > 10
    assert "^(?:" + "|".join(parts) + ")" == pattern.pattern


def test_other_shapes_are_not_split() -> None:
    assert alternatives("(?:a|b)") is None
    assert alternatives("^(?:a|b)c") is None
    assert alternatives(r"^(?:[|)]|\)|b)") == ["[|)]", r"\)", "b"]
    whole = re.compile(r"^(?:a|b)c")
    assert GatedAlternatives(whole).split is None
    assert GatedAlternatives(whole).match("bc") and not GatedAlternatives(whole).match("cc")


def test_cues_are_the_shared_part_or_the_fewest_phrases() -> None:
    assert cues({"can you blame her", "could you really blame him"}) == (" blame h",)
    assert cues({"happy", "happy now?", "satisfied"}) == ("happy", "satisfied")
    assert cues({" it", " he", " she", " we", " they", " that"}) is None


@pytest.mark.parametrize("name", PATTERNS)
def test_the_gated_part_finds_what_only_it_can(name: str) -> None:
    gated = GatedAlternatives(PATTERNS[name])
    split = gated.split
    assert split is not None and split.cues
    for text in ONLY_GATED[name]:
        assert PATTERNS[name].match(text), text
        assert split.main is None or split.main.match(text) is None, text
        assert gated.match(text), text


@pytest.mark.parametrize("name", PATTERNS)
def test_the_same_answer_as_the_pattern_on_every_sentence(name: str) -> None:
    pattern, gated = PATTERNS[name], GatedAlternatives(PATTERNS[name])
    texts = [
        body[start:] for body in BODIES for start in (0, *(m.end() for m in re.finditer(r"[ ,]+", body)))
    ]
    assert sum(1 for t in texts if pattern.match(t)) > 20  # the check below could fail
    wrong = [t for t in texts if gated.match(t) != (pattern.match(t) is not None)]
    assert wrong == []
