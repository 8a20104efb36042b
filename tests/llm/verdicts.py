"""Answers a model might give the judge: a good one, a broken one, one that breaks the schema."""

from __future__ import annotations

import json

from listener.scoring import ScoreResult, Skill
from tests.factories import score

SPEAKER = "They gave the team-lead job to Daniel. I ran the migration project for two years."
REPLY = "That sounds so unfair after two years on the migration. How did you find out?"


def rule_result() -> ScoreResult:
    """A hand-made rule result, so these tests do not depend on the scorer's rules."""
    return score(REPLY, {Skill.PARAPHRASE: 0.8, Skill.CLARIFYING: 1.0})


def good_verdict(paraphrase: float = 0.9) -> dict[str, object]:
    return {
        "skills": {"paraphrase": paraphrase, "clarifying": 0.8, "validation": 0.7, "non_interruption": 1.0},
        "signals": {
            "paraphrase": True,
            "question": True,
            "open_question": True,
            "validation": True,
            "advice": False,
            "self_focus": False,
            "invalidation": False,
            "judging": False,
        },
        "rationale": "Names the unfairness and asks an open question.",
        "feedback": {
            "landed": "“two years on the migration”",
            "next_step": "Name the feeling too.",
            "rewrite": "Two years, and it went to Daniel. You must feel let down. How did you find out?",
        },
    }


def good_json(**options: float) -> str:
    return json.dumps(good_verdict(**options))


def out_of_range_json() -> str:
    """Valid JSON that breaks the schema: a score of 7 out of 1."""
    return good_json(paraphrase=7)
