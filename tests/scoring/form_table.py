"""Rows of a must-fire / must-not-fire table of signal forms, for `pytest.mark.parametrize`."""

from __future__ import annotations

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
