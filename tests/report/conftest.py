"""A hand-built session of `passed-over` whose report figures are worked out by hand in the tests."""

from __future__ import annotations

import pytest

from listener.records import SessionRecord
from listener.scoring import Skill
from tests.factories import finding, session, turn

P, Q, V, N = Skill.PARAPHRASE, Skill.CLARIFYING, Skill.VALIDATION, Skill.NON_INTERRUPTION

MINIMISING = "At least you still have a job. [bold]x[/] <script>alert(1)</script> *x*"
GOOD = "That sounds so unfair, you must feel overlooked. What did your manager say?"
ADVICE = "At least Daniel is nice? You should talk to HR."
RETRY = "You felt overlooked after two years."


@pytest.fixture
def record() -> SessionRecord:
    """Four records: a minimising reply, a good one, an advice reply and its (uncounted) retry.

    Counted means: P (0 + 0.8 + 0) / 3 = 27, Q (0 + 1 + 0.2) / 3 = 40, V (0 + 1 + 0) / 3 = 33,
    N (1 + 1 + 0.5) / 3 = 83; overall (27 + 40 + 33 + 83) / 4 = 45.75 -> 46.
    """
    return session(
        turns=[
            turn(
                0,
                MINIMISING,
                {P: 0, Q: 0, V: 0, N: 1},
                [finding(MINIMISING, "At least")],
                speaker="They gave it to Daniel.",
                reaction="minimised",
                reaction_line="It's not just a job title to me, though.",
            ),
            turn(
                1,
                GOOD,
                {P: 0.8, Q: 1, V: 1, N: 1},
                [
                    finding(GOOD, "overlooked", code="V101", name="feeling-named", polarity="strength"),
                    finding(
                        GOOD,
                        "What did your manager say",
                        code="Q101",
                        name="open-question",
                        skill=Q,
                        polarity="strength",
                    ),
                ],
                reaction="felt-heard",
            ),
            turn(
                2,
                ADVICE,
                {P: 0, Q: 0.2, V: 0, N: 0.5},
                [
                    finding(ADVICE, "At least"),
                    finding(
                        ADVICE,
                        "You should talk to HR",
                        code="N201",
                        name="advice-before-understanding",
                        skill=N,
                        suggestion="Hold advice until they feel heard.",
                    ),
                ],
                reaction="advice-too-early",
                next_step="Reflect what she said first.",
            ),
            turn(3, RETRY, {P: 1, Q: 1, V: 1, N: 1}, retry_of=2, turn_index=2),
        ],
        learner="Sam",
        disclosed=False,
    )
