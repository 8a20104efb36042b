"""The word dispatch finds exactly the matches the whole alternation finds, and knows every word an
alternative can begin with."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from listener.detectors import _acknowledgements
from listener.detectors._dispatch import WordDispatch, first_words
from listener.detectors._fastscan import _parser

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"
EDGES = [
    "",
    ".",
    "sorry",
    "sorry.",
    "that's hard. sorry to hear that",
    "ugh , sorry about that! thats so hard, its a lot to deal with",
    "i'm sorry. im sorry!! i am so sorry that happened",
    "it 's normal to feel that way; 's normal",
    "no wonder you're tired, no-one deserves that. nobody deserves this",
    "you must feel so angry for you. angry for you",
    "i'd be furious too. i'd've been a wreck",
]


def _texts() -> list[str]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    return EDGES + [row["reply"].lower() for row in rows] + [" ".join(r["reply"].lower() for r in rows[:40])]


def test_the_acknowledgements_find_the_same_matches_as_the_whole_pattern() -> None:
    dispatch = _acknowledgements._ACK_SCAN
    assert dispatch.table is not None  # every alternative's first word is known: the dispatch is used
    for text in _texts():
        expected = [m.span() for m in dispatch.pattern.finditer(text)]
        assert [m.span() for m in dispatch.finditer(text)] == expected, text


def _source(alternatives: list[str] | tuple[str, ...]) -> str:
    return "(?<![\\w'])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")"


def test_an_earlier_alternative_still_wins_at_its_word() -> None:
    dispatch = WordDispatch(["that (?:is|was)", "that is hard", "(?:so |really )?hard"], _source)
    text = "that is hard. so hard, really hard"
    assert [m.group() for m in dispatch.finditer(text)] == [
        m.group() for m in dispatch.pattern.finditer(text)
    ]
    assert [m.group() for m in dispatch.finditer(text)] == ["that is", "hard", "so hard", "really hard"]


def test_a_match_that_starts_at_a_mark_is_found() -> None:
    dispatch = WordDispatch(["(?:^|[.!?,]\\s*)sorry about", "oh no"], _source)
    text = "sorry about it. oh no , sorry about that"
    assert [m.span() for m in dispatch.finditer(text)] == [m.span() for m in dispatch.pattern.finditer(text)]
    assert [m.group() for m in dispatch.finditer(text)] == ["sorry about", "oh no", ", sorry about"]


@pytest.mark.parametrize(
    ("alternative", "words"),
    [
        ("that'?s hard", {"that's", "thats"}),
        ("(?:so |really )*hard to bear", {"so", "really", "hard"}),
        ("make(?<!would it make)s? sense", {"make", "makes"}),
        ("(?:^|[.!?,]\\s*)sorry about", {"sorry", ".", "!", "?", ","}),
        ("no wonder", {"no"}),
    ],
)
def test_first_words_of_an_alternative(alternative: str, words: set[str]) -> None:
    assert first_words(list(_parser.parse(_source([alternative])).data)) == words


@pytest.mark.parametrize("alternative", ["sorry", "so\\w+ hard", "[a-z]+ness is real", "hard(?=ship)"])
def test_a_first_word_that_may_go_on_is_unknown(alternative: str) -> None:
    # "sorry" alone would also match the start of "sorryyy": the word is not known to end there
    assert first_words(list(_parser.parse(_source([alternative])).data)) is None
    dispatch = WordDispatch([alternative, "no wonder"], _source)
    assert dispatch.table is None
    text = "sorryyy, so hard. hardship sadness is real, no wonder"
    assert [m.span() for m in dispatch.finditer(text)] == [
        m.span() for m in re.finditer(_source([alternative, "no wonder"]), text)
    ]
