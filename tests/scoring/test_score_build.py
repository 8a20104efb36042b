"""The result models `score_build` makes without validation are the models pydantic's validator makes."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from listener import score_build
from listener.scoring import Evidence, Feedback, Finding, ScoreResult, Skill, score_reply

LABELLED = Path(__file__).parents[1] / "data" / "labelled.jsonl"


def _state(model: object) -> object:
    """Everything a model instance holds, nested models included: its class, its fields in order,
    the fields given, and its extra and private values."""
    if isinstance(model, BaseModel):
        return (
            type(model),
            [(name, _state(value)) for name, value in model.__dict__.items()],
            model.__pydantic_fields_set__,
            model.__pydantic_extra__,
            model.__pydantic_private__,
        )
    if isinstance(model, tuple):
        return ("tuple", [_state(item) for item in model])
    if isinstance(model, dict):
        return ("dict", [(type(k), k, _state(v)) for k, v in model.items()])
    return (type(model), model)


def _validated(model: BaseModel) -> BaseModel:
    """The same model made again through the validator, from the fields it was given."""
    return type(model).__pydantic_validator__.validate_python(
        {name: getattr(model, name) for name in model.__pydantic_fields_set__}
    )


def test_hand_made_evidence_is_what_the_validator_makes() -> None:
    made = score_build.reply_evidence(4, 19, "sounds so hard", {"feeling": "hard"})
    expected = Evidence.__pydantic_validator__.validate_python(
        {"reply_spans": ({"start": 4, "end": 19},), "quote": "sounds so hard", "detail": {"feeling": "hard"}}
    )
    assert _state(made) == _state(expected)
    assert made == expected and repr(made) == repr(expected)
    assert made.model_dump_json() == expected.model_dump_json()


def test_every_result_model_of_a_reply_is_what_the_validator_makes() -> None:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line][:300]
    seen: set[type] = set()
    for row in rows:
        result = score_reply(row["reply"], row.get("context", ""))
        models: list[BaseModel] = [result, result.feedback]
        for found in result.findings:
            models += [found, *found.evidence]
        for model in models:
            assert _state(model) == _state(_validated(model)), row["reply"]
            if not isinstance(model, Evidence):  # every field given, as the scorer's dicts give them
                assert model.model_fields_set == set(type(model).model_fields)
            seen.add(type(model))
        assert result.model_dump_json() == _validated(result).model_dump_json()
    assert seen >= {ScoreResult, Feedback, Finding, Evidence}


def test_a_result_has_its_own_skills_dict_and_plain_strings() -> None:
    class Typed(str):
        """A `str` subclass, as a caller might pass."""

    one = score_reply("That sounds exhausting.", "Work has been brutal.")
    two = score_reply("That sounds exhausting.", "Work has been brutal.")
    assert one.skills == two.skills and one.skills is not two.skills
    assert list(one.skills) == list(Skill)
    odd = score_reply(Typed("That sounds exhausting."), Typed("Work has been brutal."))
    assert type(odd.reply) is str and type(odd.speaker) is str
    assert odd == one
