"""Must-fire / must-not-fire examples for ways of saying "I understand" and for English written as a
second language (session 8).

Each row names one general form: "I understand you" with only a degree after it ("very well",
"completely") accepts them without restating anything, while "I understand you wanted to..."
restates; a wh-question may come without inversion and without "?" ("why you didn't tell him"), while a
wh-clause followed by its verb ("what you did was brave") states. Every example is written for this
table, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from listener.scoring import score_reply
from tests.scoring.form_table import Case, form_rows

SPEAKER = (
    "My boss shouted at me in front of the whole team today. I wanted to disappear, and now I dread "
    "going back tomorrow."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "'I understand you' with only a degree after it restates nothing; with a clause after it, it does",
        ["I understand you wanted to disappear.", "I can see you're dreading tomorrow."],
        ["I understand you very well.", "I understand you completely!", "i get u so much"],
    ),
    (
        "question",
        "a wh-question without inversion or '?', as learners write it; a wh-clause that is a subject is none",
        ["why you didn't tell him", "How you are feeling about going back", "how you doing"],
        ["What you did was brave.", "What you are going through sounds awful.", "How you handled it, wow."],
    ),
]


ROWS = form_rows(CASES)


@pytest.mark.parametrize(("signal", "reply", "expected"), ROWS)
def test_signal_form(signal: str, reply: str, expected: bool) -> None:
    assert getattr(score_reply(reply, SPEAKER).signals, signal) is expected
