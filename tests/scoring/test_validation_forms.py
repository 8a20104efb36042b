"""Must-fire / must-not-fire examples for forms of validation the acknowledgement rule (V101) reads.

Each row names a form from the labelling guide (`tests/data/README.md`, "validation"); every example
is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from listener.scoring import score_reply

SPEAKER = "My dad is in hospital again and I'm the only one who visits. My brother just sends texts."

CASES = [
    # (what the rows cover, must set `validation`, must not)
    (
        "understandability, however much sense it makes",
        [
            "That makes a lot of sense given everything you've been through.",
            "It makes so much sense that you're worn out.",
            "Makes total sense.",
        ],
        ["Does that make sense?", "Would it make sense to ask him for a rota?"],
    ),
    (
        "the listener would feel the same",
        [
            "I'd be exhausted too.",
            "I'd be furious with my brother too.",
            "Honestly? I would be too.",
        ],
        ["I'd be happy to help too.", "I'd be there too if I could.", "I'd be too scared to ask him."],
    ),
    (
        "accepting their feelings",
        ["Your feelings matter.", "Your feelings are valid."],
        ["Your feelings matter less than his, apparently."],
    ),
    (
        "sympathy that cannot find the words",
        ["I can't even imagine.", "I can't imagine, honestly.", "I cannot begin to imagine."],
        ["I can't imagine him changing."],
    ),
    (
        "the situation named as among the hardest",
        [
            "Caring for a sick parent is one of the hardest things there is.",
            "Watching a parent decline must be one of the most painful experiences.",
        ],
        ["That was the hardest exam of the year, wasn't it?"],
    ),
]


@pytest.mark.parametrize(("form", "fire", "quiet"), CASES, ids=[c[0] for c in CASES])
def test_validation_form(form, fire, quiet):
    for reply in fire:
        assert score_reply(reply, SPEAKER).signals.validation, reply
    for reply in quiet:
        assert not score_reply(reply, SPEAKER).signals.validation, reply
