"""The feeling-reflection finder's cheap checks never skip a pattern that would have matched (its
limit is `Scanner.finditer(text, until)`, tested in test_fastscan)."""

from __future__ import annotations

from listener.detectors import _cues
from tests.scoring.test_fastscan import _texts

EDGES = [
    "no wonder you're fuming. of course you felt let down; no wonder, you",
    "you you you feel you felt",
    "of course you were angry and you must feel so alone",
]


def test_the_cheap_checks_agree_with_the_patterns() -> None:
    for text in EDGES + _texts():
        for start in range(0, len(text), 7):
            head = text[max(0, start - 40) : start]
            assert _cues._wh_before(text, max(0, start - 40), start) == bool(
                _cues._WH_BEFORE.search(text, max(0, start - 40), start)
            )
            assert _cues._wished_before(text, start) == bool(
                _cues._WISH_BEFORE.search(text, max(0, start - 150), start)
            )
            assert _cues._clause_lead(head) == bool(_cues._CLAUSE_LEAD.search(head)), head
