"""Must-fire / must-not-fire examples for forms of paraphrase the restatement rule (P102) reads.

Each row names a form from the labelling guide (`tests/data/README.md`, "paraphrase"); every example
is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from listener.scoring import score_reply

SPEAKER = "My dad is in hospital again and I'm the only one who visits. My brother just sends texts."

CASES = [
    # (what the rows cover, must set `paraphrase`, must not)
    (
        "a restatement behind a checking lead-in",
        [
            "If I've got this right, your brother only texts while you do the visits.",
            "Let me see if I've got this: you're the only one visiting.",
            "If I'm reading this right, nobody else in the family visits.",
            "If I get what you mean, he leaves it all to you.",
        ],
        ["If I get time I'll visit him with you.", "If I've got this right, what would help most?"],
    ),
    (
        "accepting their feelings in general restates nothing of their situation",
        ["Your brother leaves everything to you."],
        ["Your feelings are valid.", "Your feelings matter.", "Those feelings make complete sense."],
    ),
]


@pytest.mark.parametrize(("form", "fire", "quiet"), CASES, ids=[c[0] for c in CASES])
def test_paraphrase_form(form, fire, quiet):
    for reply in fire:
        assert score_reply(reply, SPEAKER).signals.paraphrase, reply
    for reply in quiet:
        assert not score_reply(reply, SPEAKER).signals.paraphrase, reply
