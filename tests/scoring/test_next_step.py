"""The coach's next step: mend a roadblock, add the missing skill, and never suggest what the reply did."""

from __future__ import annotations

import pytest

from listener.scoring import score_reply

SPEAKER = (
    "My manager took credit for the migration I ran for two years. In front of everyone. I just sat there."
)


@pytest.mark.parametrize(
    ("reply", "advice_about"),
    [
        # A roadblock comes first, whatever landed.
        ("That sounds awful. You should go to HR.", "Ask before advising"),
        # No reflection and no acknowledgement: reflect before anything else.
        ("What happened?", "Reflect what you heard"),
        # A reflection with no question: ask one.
        ("You must feel invisible.", "Follow your reflection with one open question"),
        # The facts restated and asked about, but no feeling named: name it.
        (
            "Wait, he presented your two years of work as his own, right in front of the whole team? "
            "What was going through your head while you sat there?",
            "Add the feeling underneath",
        ),
        ("That sounds awful. What happened next?", "Name the feeling too"),
        # The feeling named, but only a yes/no question asked: open it up.
        ("You must be exhausted. Did you get any sleep?", "Open it up"),
        # The feeling named and an open question asked: say why the feeling makes sense.
        ("You must be exhausted. What's been keeping you up?", "Say why it makes sense"),
    ],
)
def test_next_step_names_what_the_reply_is_missing(reply, advice_about):
    assert score_reply(reply, SPEAKER).feedback.next_step.startswith(advice_about)


@pytest.mark.parametrize(
    ("reply", "already_done"),
    [
        # An open question was asked: the coach does not say "open it up".
        ("You felt invisible. Did he even thank you? What was that like?", "Open it up"),
        # A feeling was named: the coach does not ask for one.
        ("So he took the credit for your work, and you must feel furious. What now?", "Add the feeling"),
        ("That sounds awful, you must feel so let down. What happened next?", "Name the feeling too"),
    ],
)
def test_next_step_never_asks_for_what_the_reply_already_did(reply, already_done):
    assert not score_reply(reply, SPEAKER).feedback.next_step.startswith(already_done)
