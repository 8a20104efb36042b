"""Result models made through pydantic-core's validator directly are the models `__init__` makes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from listener.detectors._text import evidence
from listener.scoring import REGISTRY, Evidence, Finding, ScoreResult, Span, TurnContext, score_reply


def test_evidence_is_the_model_its_init_makes() -> None:
    ctx = TurnContext(reply="That sounds so hard. ")
    made = evidence(ctx, 0, 21, feeling="hard")
    expected = Evidence(
        reply_spans=(Span(start=0, end=19),), quote="That sounds so hard", detail={"feeling": "hard"}
    )
    assert made == expected
    assert made.model_dump_json() == expected.model_dump_json()
    assert made.model_fields_set == expected.model_fields_set
    assert made.reply_spans[0].model_fields_set == expected.reply_spans[0].model_fields_set
    with pytest.raises(ValidationError):  # still validated: a span cannot start before the reply
        evidence(ctx, -3, 0)


def test_a_finding_is_the_model_its_init_makes() -> None:
    detector = REGISTRY[0]
    found = (evidence(TurnContext(reply="You must feel so let down."), 0, 25, feeling="let down"),)
    made = detector.finding(found)
    expected = Finding(
        code=detector.code,
        name=detector.name,
        skill=detector.skill,
        polarity=detector.polarity,
        message=made.message,
        suggestion=made.suggestion,
        evidence=found,
        preview=detector.status == "preview",
    )
    assert made == expected
    assert made.model_dump_json() == expected.model_dump_json()
    assert made.model_fields_set == expected.model_fields_set
    assert "let down" in made.message


def test_the_score_result_is_the_model_its_init_makes() -> None:
    made = score_reply("That sounds exhausting. What happened next?", "Work has been brutal all week.")
    expected = ScoreResult(**{name: getattr(made, name) for name in made.model_fields_set})
    assert made == expected
    assert made.model_dump_json() == expected.model_dump_json()
    assert made.model_fields_set == expected.model_fields_set == set(ScoreResult.model_fields)
