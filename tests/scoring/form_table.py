"""Rows of a must-fire / must-not-fire table of signal forms, and the test that reads them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from listener.scoring import score_reply

Case = tuple[str, str, list[str], list[str]]
"""(signal, what the rows cover, replies that must set the signal, replies that must not)."""


def form_rows(cases: list[Case]) -> list[tuple[str, str, bool]]:
    """(signal, reply, expected) for every reply of every case, the must-fire ones first."""
    return [
        (signal, reply, expected)
        for signal, _, fire, quiet in cases
        for expected, replies in ((True, fire), (False, quiet))
        for reply in replies
    ]


def signal_form_test(cases: list[Case], speaker: str) -> Callable[[str, str, bool], None]:
    """A test over every row of `cases`: each reply, scored after `speaker`, sets its signal or not.

    A table module binds it to a `test_` name (`test_signal_form = signal_form_test(CASES, SPEAKER)`).
    """

    @pytest.mark.parametrize(("signal", "reply", "expected"), form_rows(cases))
    def test_signal_form(signal: str, reply: str, expected: bool) -> None:
        assert getattr(score_reply(reply, speaker).signals, signal) is expected

    return test_signal_form
