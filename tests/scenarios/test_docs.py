"""docs/scenarios.md stays true: its example validates and it documents every field of the format."""

from __future__ import annotations

import re
from pathlib import Path

from listener.scenario import Beat, DeeperConcern, Feeling, KeyPoint, OpenQuestion, Persona, Scenario, Turn
from listener.scenarios import load_scenario

DOC = Path(__file__).parents[2] / "docs" / "scenarios.md"


def test_the_example_scenario_in_the_docs_validates(tmp_path: Path):
    example = re.search(r"```yaml\n(# A coworker.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert example is not None
    path = tmp_path / "stolen-bike.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    scenario = load_scenario(path)
    assert scenario.id == path.stem and scenario.deeper_concern is not None


def test_the_docs_describe_every_field():
    text = DOC.read_text(encoding="utf-8")
    for model in (Scenario, Persona, Turn, DeeperConcern, Beat, KeyPoint, Feeling, OpenQuestion):
        for name in model.model_fields:
            assert f"`{name}`" in text, f"{model.__name__}.{name} is not documented"
