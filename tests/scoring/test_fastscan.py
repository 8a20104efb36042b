"""The gated scanner finds exactly the matches plain `finditer` finds, for every scorer pattern it serves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from listener.detectors import (
    _acknowledgements,
    _advice,
    _advice_patterns,
    _cues,
    _onepass,
    _reflection,
    _reflective_stems,
    _self_focus,
    _validation_cues,
    interruption,
)
from listener.detectors._fastscan import Scanner, matches_at, prefix_trie
from listener.detectors._onepass import _Pass, dispatch_reply, scan_reply, search_in
from listener.detectors._text import masked, sentences
from listener.scoring import TurnContext

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"
PATTERNS = [
    _cues._REFLECT,
    _cues._FRAME,
    _cues._CAUSE,
    _cues._YOU_FEEL_VERB,
    _cues._PERCEIVED,
    _self_focus._SELF,
    _validation_cues.AFFIRMATION,
    _validation_cues.DISMISSING,
    _validation_cues.JUDGING,
    _validation_cues.MINIMISING,
    _validation_cues.REASSURANCE,
    interruption._SUBJECT,
    _advice_patterns.IMPERSONAL,
    _advice_patterns.FIRST_PERSON,
    _validation_cues._SARCASM,
    *(scanner.pattern for _, scanner in _acknowledgements._ACK_GATED),
]
EDGES = [
    "",
    "you",
    "You must feel so alone. you must feel so alone",
    "don't worry, just relax\ncalm down. Don't worry!",
    "at least you tried. but at least it's over;at least now",
    "it's not your fault - that's so silly. you're overreacting",
    "you're so strong, you're doing great and you're not alone",
    "i hope you miss her? if you miss her, you miss her",
    "how will you survive \U0001f644 /s *eye roll* rolls eyes, eyeroll. the eye rolled /sigh",
]


def _texts() -> list[str]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    return EDGES + [row["reply"].lower() for row in rows] + [" ".join(r["reply"].lower() for r in rows[:40])]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_finditer(pattern: re.Pattern[str]) -> None:
    scanner = Scanner(pattern)
    assert scanner.gate is not None
    for text in _texts():
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scanner.finditer(text)] == expected, text


@pytest.mark.parametrize("depth", [2, 4, 6, 8])
@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_deeper_or_shallower_gate_finds_the_same_matches(pattern: re.Pattern[str], depth: int) -> None:
    scanner = Scanner(pattern, depth=depth)
    for text in _texts():
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scanner.finditer(text)] == expected, (text, depth)


def test_a_deeper_gate_tries_the_pattern_at_fewer_places() -> None:
    text = "you know what, you're right. you're so strong and you are brave"
    shallow, deep = (Scanner(_validation_cues.AFFIRMATION, depth=d) for d in (3, 6))
    assert shallow.gate is not None and deep.gate is not None
    assert len(deep.gate.findall(text)) < len(shallow.gate.findall(text))
    assert [m.span() for m in deep.finditer(text)] == [m.span() for m in shallow.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_until_stops_at_the_matches_that_start_after_it(pattern: re.Pattern[str]) -> None:
    scanner = Scanner(pattern)
    for text in _texts()[:200]:
        for until in (0, 10, len(text) // 2):
            expected = [m.span() for m in pattern.finditer(text) if m.start() <= until]
            assert [m.span() for m in scanner.finditer(text, until)] == expected, (text, until)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_search_finds_what_pattern_search_finds(pattern: re.Pattern[str]) -> None:
    scanner = Scanner(pattern)
    for text in _texts():
        expected = pattern.search(text)
        found = scanner.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_matches_at_the_gate_s_places_are_finditer_s_with_one_place_or_many(pattern: re.Pattern[str]) -> None:
    gate = Scanner(pattern).gate
    assert gate is not None
    counts = set()
    for text in _texts()[:300]:
        places = [m.start() for m in gate.finditer(text)]
        if not places:
            continue
        counts.add(min(len(places), 2))
        for until in (None, 0, places[0], places[-1] - 1, len(text) // 2):
            expected = [m.span() for m in pattern.finditer(text) if until is None or m.start() <= until]
            assert [m.span() for m in matches_at(pattern, text, places, until)] == expected, (text, until)
    assert 1 in counts  # texts with one place were checked (several: most patterns, and `scan_reply`)


def test_a_pattern_that_can_match_nothing_is_scanned_plainly() -> None:
    pattern = re.compile(r"(?:a|b)*")
    scanner = Scanner(pattern)
    assert scanner.gate is None
    assert [m.span() for m in scanner.finditer("xab")] == [m.span() for m in pattern.finditer("xab")]


def test_the_gate_stops_at_the_first_non_literal() -> None:
    pattern = re.compile(r"(?<![\w'])(?:no\s+way|nah)")
    scanner = Scanner(pattern)
    assert scanner.gate is not None
    text = "no  way, nah. nowhere, no\nway"
    assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert len([m for m in scanner.finditer(text)]) == 3


def test_a_rare_pattern_is_skipped_only_when_none_of_its_phrases_occurs() -> None:
    pattern = interruption._SUBJECT
    scanner = Scanner(pattern, rare=True)
    assert scanner.phrases is not None
    assert "by the way" in scanner.phrases
    texts = [*_texts(), "ok. anyway, how was it", "oh by the way", "on a lighter note!", "anyways\nanyhow"]
    for text in texts:
        assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
    assert list(scanner.finditer("nothing to see here")) == []


_PIECES = st.text(alphabet="ab'. (", max_size=4)


@given(st.sets(_PIECES, min_size=1, max_size=8), st.text(alphabet="ab'. (", max_size=12))
def test_the_prefix_trie_matches_exactly_where_a_prefix_begins(prefixes: set[str], text: str) -> None:
    trie = re.compile(prefix_trie(prefixes))
    for i in range(len(text) + 1):
        begins = any(text.startswith(p, i) for p in prefixes)
        assert (trie.match(text, i) is not None) == begins, (prefixes, i)


def test_the_gate_reads_its_beginnings_as_a_trie() -> None:
    gate = Scanner(re.compile(r"(?:that's hard|that sucks|this is hard|you poor thing)"), depth=6).gate
    assert gate is not None
    assert gate.pattern == r"t(?=h(?:at(?:\ s|'s)|is\ i))|y(?=ou\ po)"
    assert [m.start() for m in gate.finditer("so that sucks, you poor thing; that's it")] == [3, 15, 31]


def _pass_places(one_pass: _Pass, text: str) -> list[list[int]]:
    found = one_pass.places(text).found
    return [found.get(index, []) for index in range(one_pass.count)]


def _gate_places(scanner: Scanner, text: str) -> list[int]:
    assert scanner.gate is not None
    return [m.start() for m in scanner.gate.finditer(text)]


@pytest.mark.parametrize("depth", [3, 6, 8])
def test_the_one_pass_finds_each_gate_s_places_no_more_no_fewer(depth: int) -> None:
    scanners = [s for s in (Scanner(p, depth=depth) for p in PATTERNS) if s.gate is not None]
    assert len(scanners) >= len(PATTERNS) - 3
    one_pass = _Pass(scanners)
    for text in _texts():
        places = _pass_places(one_pass, text)
        for scanner, found in zip(scanners, places, strict=True):
            assert found == _gate_places(scanner, text), (scanner.pattern.pattern[:30], text)


def test_the_one_pass_serves_the_scorer_s_own_scanners() -> None:
    scanners = [
        *(s for s in vars(_cues).values() if isinstance(s, Scanner)),
        *(s for s in vars(_self_focus).values() if isinstance(s, Scanner)),
        *_validation_cues._SCANNERS.values(),
        *(scanner for _, scanner in _acknowledgements._ACK_GATED),
    ]
    scanners = [s for s in scanners if s.gate is not None]
    one_pass = _Pass(scanners)
    for text in _texts():
        for scanner, found in zip(scanners, _pass_places(one_pass, text), strict=True):
            assert found == _gate_places(scanner, text), (scanner.pattern.pattern[:30], text)


def test_beginnings_that_extend_others_are_left_to_the_shorter_one() -> None:
    scanner = Scanner(re.compile(r"(?:you(?:'re so \w+|\s+\w+ strong)|youth)"), depth=8)
    assert scanner.heads == {"you"}
    text = "you're so brave, youth, you  so strong"
    assert _pass_places(_Pass([scanner]), text)[0] == _gate_places(scanner, text) == [0, 17, 24]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_reply_scan_finds_what_finditer_finds_before_and_after_the_scanner_joins_the_pass(
    pattern: re.Pattern[str],
) -> None:
    scanner = Scanner(pattern, depth=6)
    for text in _texts()[:150]:
        ctx = TurnContext(reply=text)
        reply = masked(ctx)
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(reply)]
        until = len(reply) // 2
        assert [(m.span(), m.groupdict()) for m in scan_reply(ctx, scanner)] == expected, text
        assert [m.span() for m in scan_reply(ctx, scanner, until)] == [
            s for s, _ in expected if s[0] <= until
        ]


@pytest.mark.parametrize(
    ("pattern", "scanner"),
    [
        (_reflective_stems.STEM, _reflection._STEM_SCAN),
        (_self_focus._SELF_WORDS, _self_focus._SELF_WORDS_SCAN),
    ],
    ids=["STEM", "_SELF_WORDS"],
)
def test_a_search_of_a_sentence_at_the_reply_s_places_is_the_sentence_s_search(
    pattern: re.Pattern[str], scanner: Scanner
) -> None:
    matched = 0
    for text in _texts():
        for _ in range(2):  # before and after the scanner joins the pass
            ctx = TurnContext(reply=text)
            for s in sentences(ctx):
                expected = pattern.search(s.text)
                found = search_in(ctx, scanner, s.text, s.start)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                ), (text, s.text)
                matched += expected is not None
    assert matched > 20


def test_the_one_pass_serves_the_acknowledgements_dispatch_with_the_gates() -> None:
    # The dispatch's beginnings share the automaton with the gates' (some are the same words):
    # each place must come with the pattern the dispatch's own automaton gives, no place lost.
    dispatch = _acknowledgements._ACK_SCAN
    scanners = [scanner for _, scanner in _acknowledgements._ACK_GATED if scanner.gate is not None]
    one_pass = _Pass(scanners, dispatch)
    assert one_pass.dispatch is dispatch
    assert dispatch.heads is not None and dispatch.heads.keys() & set().union(*(s.heads for s in scanners))
    for text in [*_texts(), "that sounds hard. oh my god, sorry about that"]:
        places = one_pass.places(text)
        assert [(m.span(), m.group()) for m in dispatch.matches(text, places.heads)] == [
            (m.span(), m.group()) for m in dispatch.pattern.finditer(text)
        ], text
        for index, scanner in enumerate(scanners):
            assert places.found.get(index, []) == _gate_places(scanner, text)


def test_a_reply_s_acknowledgements_are_the_same_before_and_after_the_dispatch_joins_the_pass() -> None:
    dispatch = _acknowledgements._ACK_SCAN
    for text in _texts()[:150]:
        reply = masked(TurnContext(reply=text))
        expected = [(m.span(), m.group()) for m in dispatch.pattern.finditer(reply)]
        for _ in range(2):  # the first reply may join the pass; the second is then served by it
            ctx = TurnContext(reply=text)
            assert [(m.span(), m.group()) for m in dispatch_reply(ctx, dispatch)] == expected, text
    assert [dispatch] == _onepass._DISPATCH


ADVICE_SENTENCES = [
    "it might help to talk to someone about it",
    "honestly i'd suggest you take a day off",
    "if i were you i'd have done the same",
    "my advice is to sleep on it.",
    "maybe it's worth asking her, the best thing is to wait",
    "i think it would be a good idea to rest",
]


@pytest.mark.parametrize(
    "scanner", [_advice._FIRST_PERSON_SCAN, _advice._IMPERSONAL_SCAN], ids=["first", "imp"]
)
def test_a_gated_search_of_a_sentence_finds_the_match_search_finds(scanner: Scanner) -> None:
    # The advice patterns are searched sentence by sentence through their gates: the first match,
    # and which alternative it came from (its `lastgroup`), must be those of the plain search.
    assert scanner.gate is not None
    sentences = [s for text in _texts() for s in re.split(r"(?<=[.!?])\s+", text)] + ADVICE_SENTENCES
    hits = 0
    for sentence in sentences:
        found, expected = scanner.search(sentence), scanner.pattern.search(sentence)
        assert (found and (found.span(), found.lastgroup)) == (
            expected and (expected.span(), expected.lastgroup)
        )
        hits += expected is not None
    assert hits >= 5
