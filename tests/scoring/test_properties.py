"""Robustness: the scorer never raises, stays in range and is deterministic, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listener.scoring import Timing, score_reply

texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(["", " ", "\n\t  \r", "\x00\x07\x1b[31m", "😢😢😢", "İstanbul ẞ ﬁ", "Я 我 you 🙂"]),
    st.lists(st.sampled_from(["you", "feel", "so", "?", "sounds like", "at least", "I", ".", '"', "'"])).map(
        " ".join
    ),
    # Chat spellings, fillers and forum markup, which the rules read written out or left out, and
    # look-alikes that must stay as typed.
    st.lists(
        st.sampled_from(
            [
                *("u", "Ur", "r", "im", "its", "thats", "rly", "idk", "U.S.", "don't", "so", "sad", "?"),
                *("Um,", "you know,", "&#39;", "**", "_", "&gt;", "\n>"),
            ]
        )
    ).map(" ".join),
)


def _check(result, reply):
    assert result.reply == reply
    assert 0 <= result.overall <= 1
    assert all(0 <= s.score <= 1 for s in result.skills.values())
    for finding in result.findings:
        assert finding.evidence
        for ev in finding.evidence:
            for span in ev.reply_spans:
                assert 0 <= span.start <= span.end <= len(reply)
                assert reply[span.start : span.end] == ev.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reply=texts, speaker=texts)
def test_never_raises_and_stays_in_range(reply, speaker):
    _check(score_reply(reply, speaker), reply)


@settings(max_examples=100, deadline=None)
@given(reply=texts, speaker=texts)
def test_same_input_same_output(reply, speaker):
    timing = Timing(speaker_finished=False, beats_heard=1, beats_total=2)
    assert score_reply(reply, speaker, timing=timing) == score_reply(reply, speaker, timing=timing)


def test_a_100_kb_reply_is_scored_from_its_opening_window():
    reply = ("It sounds like you feel so alone. " * 3000)[:100_000]
    result = score_reply(reply, "I feel so alone since the move." * 500)
    _check(result, reply)
    assert result.signals.paraphrase
    assert all(s.end <= 2000 for f in result.findings for e in f.evidence for s in e.reply_spans)
