"""The exported JSON Schema works in an editor: it accepts every bundled scenario and flags broken ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError

from listener.cli import main
from listener.scenarios import BUNDLED_DIR, scenario_files

BROKEN = Path(__file__).parent / "broken"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scenarios", "schema"]) == 0
    schema = json.loads(out.getvalue())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _data(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", scenario_files([BUNDLED_DIR]), ids=lambda p: p.stem)
def test_the_schema_accepts_every_bundled_scenario(validator: Draft202012Validator, path: Path):
    assert [e.message for e in validator.iter_errors(_data(path))] == []


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("unknown-key.yaml", ["sumary"]),
        ("bad-enum.yaml", ["relationship"]),
        ("difficulty-range.yaml", ["difficulty"]),
        ("empty-turns.yaml", ["turns"]),
        ("beat-number.yaml", ["turns", 0, "beats", 1]),
    ],
)
def test_the_schema_flags_what_validate_flags(validator: Draft202012Validator, name: str, where: list[Any]):
    errors = list(validator.iter_errors(_data(BROKEN / name)))
    assert where in [_where(e) for e in errors], [(list(e.absolute_path), e.message) for e in errors]


def _where(error: ValidationError) -> list[Any]:
    """The path an editor would underline; for an unknown key, the key itself."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        extra = set(error.instance) - set(error.schema.get("properties", {}))
        return [*path, *sorted(extra)]
    return path
