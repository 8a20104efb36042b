"""Shared checks for the reading of a reply (spellings, fillers, markup): same verdict, literal quotes."""

from __future__ import annotations

from listener.scoring import ScoreResult, score_reply


def assert_read_alike(typed: str, plain: str, speaker: str) -> ScoreResult:
    """`typed` gets the signals and findings of `plain`; returns the result for `typed`."""
    result, expected = score_reply(typed, speaker), score_reply(plain, speaker)
    assert result.signals == expected.signals
    assert [f.code for f in result.findings] == [f.code for f in expected.findings]
    return result


def assert_quotes_as_typed(result: ScoreResult) -> None:
    """Every span of every finding indexes the reply as typed, and its quote is that text."""
    for finding in result.findings:
        for ev in finding.evidence:
            assert all(result.reply[s.start : s.end] == ev.quote for s in ev.reply_spans)
